import { headerKey, parseAmount } from "../text";
import type { Cells, ClaimedTotal, IndicatorColumn, IndicatorRow } from "../model/workbook";
import { CLAIMED_TOTAL_NAMES, INDICATOR_HEADERS, TOTAL_ROW_NAMES } from "./vocabulary";
import { firstText, isBlankRow, isNoteText, readRowCells } from "./cells";
import { isStruckOut, isTemplateName, level1Of, splitLevelWeight, withoutNumbering } from "./printedForm";
import type { SheetView } from "./sheetView";

/** Columns whose value spreads over a merged area: the grouping columns and a reason written once for several rows. */
const MERGED: ReadonlySet<IndicatorColumn> = new Set<IndicatorColumn>(["project", "level1", "level2", "reason"]);

export interface IndicatorRows {
  rows: IndicatorRow[];
  claimedTotals: ClaimedTotal[];
}

function isTotalName(text: string): boolean {
  return TOTAL_ROW_NAMES.includes(headerKey(text));
}

/** The cells a template row leaves empty (or strikes out with "/"); the reason column may hold a stray "0". */
const VALUE_COLUMNS: readonly IndicatorColumn[] = ["operator", "target", "adjustedTarget", "unit", "actual", "weight", "tier", "coefficient", "selfScore"];

/** "指标2:", "……", "指标1:/" with "/" in its cells: the template's offer of a row, left in the print (domain-rules (m)). */
function isTemplateRow(name: string, cells: Cells<IndicatorColumn>): boolean {
  return isTemplateName(name) && VALUE_COLUMNS.every((f) => isStruckOut(cells[f]?.text ?? ""));
}

/** A block of the 20 + 80 form repeats the table's header row ("一级指标 | 二级指标 | 三级指标 | …"). */
function isRepeatedHeader(cells: Cells<IndicatorColumn>): boolean {
  const key = headerKey(cells.name?.text ?? "");
  return INDICATOR_HEADERS.name.includes(key) || (key !== "" && headerKey(cells.level1?.text ?? "") === "一级指标");
}

/**
 * The indicator rows under the header. 项目名称, 一级指标 and 二级指标 inherit from above where blank or merged; a
 * row without a 三级指标, or whose 三级指标 is 合计/小计/总分, is not an indicator. A 总分 row's number is kept as the
 * total the accountant claimed.
 */
export function readIndicatorRows(view: SheetView, headerRow: number, endRow: number, columns: Partial<Record<IndicatorColumn, number>>, defaultProject: string): IndicatorRows {
  const rows: IndicatorRow[] = [];
  const claimedTotals: ClaimedTotal[] = [];
  let project = "";
  let level1 = "";
  let level1Weight: number | null = null;
  let level2 = "";
  for (let r = headerRow + 1; r < endRow; r++) {
    const cells = readRowCells(view, r, columns, MERGED);
    if (isBlankRow(cells)) continue;
    const lead = firstText(view, r);
    if (isNoteText(lead)) continue;
    if (isRepeatedHeader(cells)) continue;
    const written = cells.name?.text ?? "";
    const totalRow = isTotalName(written) || [cells.project, cells.level1, cells.level2].some((c) => c && isTotalName(c.text));
    if (totalRow || written === "") {
      const claimed = claimedTotal(view, r, columns);
      if (claimed) claimedTotals.push({ project: project || defaultProject, ...claimed });
      if (totalRow) continue;
    }
    if (cells.project?.text) project = cells.project.text;
    if (cells.level2?.text) level2 = splitLevelWeight(cells.level2.text).name;
    if (cells.level1?.text) {
      const split = splitLevelWeight(cells.level1.text);
      level1 = split.name || level1Of(level2);
      level1Weight = split.weight;
    }
    if (written === "" || isTemplateRow(written, cells)) continue;
    const name = withoutNumbering(written);
    rows.push({ row: r + 1, project: project || defaultProject, level1, level2, name, cells, level1Weight });
  }
  return { rows, claimedTotals };
}

/**
 * "总分 | | … | 100": the number in the score column, or else the last number on the row. The label is looked for in
 * the row's own cells, since the form's 绩效指标 label is often merged down beside the 总分 row too.
 */
function claimedTotal(view: SheetView, r: number, columns: Partial<Record<IndicatorColumn, number>>): Omit<ClaimedTotal, "project"> | null {
  let labelled = false;
  for (let c = 0; c < view.rowWidth(r) && !labelled; c++) {
    const area = view.mergeAt(r, c);
    if (area && area.top !== r) continue;
    labelled = CLAIMED_TOTAL_NAMES.includes(headerKey(view.cell(r, c)));
  }
  if (!labelled) return null;
  const weightCol = columns.weight;
  const weight = weightCol === undefined ? null : parseAmount(view.cell(r, weightCol)).value;
  const scoreCol = columns.selfScore;
  if (scoreCol !== undefined) {
    const v = parseAmount(view.cell(r, scoreCol)).value;
    if (v !== null) return { value: v, row: r + 1, col: scoreCol + 1, weight };
  }
  for (let c = view.rowWidth(r) - 1; c >= 0; c--) {
    const v = parseAmount(view.cell(r, c)).value;
    if (v !== null) return { value: v, row: r + 1, col: c + 1, weight: c === weightCol ? null : weight };
  }
  return null;
}
