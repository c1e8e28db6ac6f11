import { headerKey, parseAmount } from "../text";
import type { ClaimedTotal, IndicatorColumn, IndicatorRow } from "../model/workbook";
import { CLAIMED_TOTAL_NAMES, TOTAL_ROW_NAMES } from "./vocabulary";
import { firstText, isBlankRow, isNoteText, readRowCells } from "./cells";
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
  let level2 = "";
  for (let r = headerRow + 1; r < endRow; r++) {
    const cells = readRowCells(view, r, columns, MERGED);
    if (isBlankRow(cells)) continue;
    const lead = firstText(view, r);
    if (isNoteText(lead)) continue;
    const name = cells.name?.text ?? "";
    const totalRow = isTotalName(name) || [cells.project, cells.level1, cells.level2].some((c) => c && isTotalName(c.text));
    if (totalRow || name === "") {
      const claimed = claimedTotal(view, r, lead, columns);
      if (claimed) claimedTotals.push({ project: project || defaultProject, ...claimed });
      if (totalRow) continue;
    }
    if (cells.project?.text) project = cells.project.text;
    if (cells.level1?.text) level1 = cells.level1.text;
    if (cells.level2?.text) level2 = cells.level2.text;
    if (name === "") continue;
    rows.push({ row: r + 1, project: project || defaultProject, level1, level2, name, cells });
  }
  return { rows, claimedTotals };
}

/** "总分 | | … | 100": the number in the score column, or else the last number on the row. */
function claimedTotal(view: SheetView, r: number, lead: string, columns: Partial<Record<IndicatorColumn, number>>): { value: number; row: number; col: number } | null {
  if (!CLAIMED_TOTAL_NAMES.includes(headerKey(lead))) return null;
  const scoreCol = columns.selfScore;
  if (scoreCol !== undefined) {
    const v = parseAmount(view.cell(r, scoreCol)).value;
    if (v !== null) return { value: v, row: r + 1, col: scoreCol + 1 };
  }
  for (let c = view.colCount - 1; c >= 0; c--) {
    const v = parseAmount(view.cell(r, c)).value;
    if (v !== null) return { value: v, row: r + 1, col: c + 1 };
  }
  return null;
}
