import { headerKey, parseAmount } from "../text";
import type { Cells, FundColumn, FundRow } from "../model/workbook";
import { FUND_TOTAL_LABELS } from "./vocabulary";
import { firstText, isBlankRow, isNoteText, readRowCells } from "./cells";
import type { SheetView } from "./sheetView";

const MERGED: ReadonlySet<FundColumn> = new Set<FundColumn>(["project", "source", "reason"]);
const AMOUNTS: readonly FundColumn[] = ["initial", "budget", "spent"];

export function isFundTotalLabel(text: string): boolean {
  const key = headerKey(text);
  // "部门整体支出总额", "项目资金合计": the 20 + 80 form names its one line after what it totals.
  return FUND_TOTAL_LABELS.includes(key) || /^(合计|总计)/.test(key) || (/(总额|合计|总计)$/.test(key) && !/^其中/.test(key));
}

/** A row label that closes the money block of a one-sheet 自评表 (the targets and indicators follow it). */
function endsFundBlock(label: string): boolean {
  return /^(年度总体目标|总体目标|年度绩效目标|绩效目标|绩效指标|一级指标)/.test(headerKey(label));
}

function hasAmount(cells: Cells<FundColumn>): boolean {
  return AMOUNTS.some((f) => parseAmount(cells[f]?.raw).value !== null);
}

/**
 * The column that labels each fund line. Real 10号 forms put a header such as 项目资金（万元） merged down over the
 * whole block and the labels (年度资金总额, 其中：财政拨款…) in the column beside it; where the header found has no
 * label of its own in the data rows, the text column just left of the first amount column is the label column.
 */
function labelColumn(view: SheetView, headerRow: number, endRow: number, columns: Partial<Record<FundColumn, number>>): number | undefined {
  const explicit = columns.source;
  const firstAmount = Math.min(...AMOUNTS.map((f) => columns[f] ?? Infinity));
  const labelsIn = (c: number) => {
    let n = 0;
    for (let r = headerRow + 1; r < endRow; r++) {
      const area = view.mergeAt(r, c);
      if (area && area.top <= headerRow) continue;
      const v = view.merged(r, c);
      if (typeof v === "string" && v.trim() !== "" && parseAmount(v).value === null) n++;
    }
    return n;
  };
  if (explicit !== undefined && labelsIn(explicit) > 0) return explicit;
  for (let c = Number.isFinite(firstAmount) ? firstAmount - 1 : -1; c >= 0; c--) {
    if (c === columns.project) break;
    if (labelsIn(c) > 0) return c;
  }
  return explicit;
}

/**
 * The fund lines under the header, from `headerRow + 1` up to `endRow` (0-based, exclusive). Blank rows and notes are
 * skipped; a row naming the yearly targets or the indicators ends the block. Project names inherit from above.
 */
export function readFundRows(view: SheetView, headerRow: number, endRow: number, columns: Partial<Record<FundColumn, number>>, defaultProject: string): FundRow[] {
  const cols = { ...columns };
  let blockEnd = endRow;
  for (let r = headerRow + 1; r < endRow; r++) {
    if (endsFundBlock(firstText(view, r))) {
      blockEnd = r;
      break;
    }
  }
  const label = labelColumn(view, headerRow, blockEnd, columns);
  if (label !== undefined) cols.source = label;
  const rows: FundRow[] = [];
  let project = "";
  for (let r = headerRow + 1; r < blockEnd; r++) {
    const cells = readRowCells(view, r, cols, MERGED);
    if (isBlankRow(cells)) continue;
    const source = cells.source?.text ?? "";
    if (endsFundBlock(source)) break;
    if (isNoteText(firstText(view, r)) && !hasAmount(cells)) continue;
    const ownProject = cells.project?.text ?? "";
    if (ownProject !== "" && !isFundTotalLabel(ownProject)) project = ownProject;
    const projectIsTotal = ownProject !== "" && isFundTotalLabel(ownProject);
    if (!hasAmount(cells) && source === "" && !projectIsTotal) continue;
    rows.push({
      row: r + 1,
      project: projectIsTotal && source === "" ? "\u0000合计" : project || defaultProject,
      kind: isFundTotalLabel(source) || (projectIsTotal && source === "") ? "total" : "detail",
      source: projectIsTotal && source === "" ? ownProject : source,
      cells,
    });
  }
  const resolved = resolveGrandTotals(rows, defaultProject);
  return label === undefined ? withoutLabels(resolved) : resolved;
}

/** Without a label column, a project written on one row is that project's total; several rows are its parts. */
function withoutLabels(rows: FundRow[]): FundRow[] {
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.project, (count.get(r.project) ?? 0) + 1);
  return rows.map((r) => (count.get(r.project) === 1 ? { ...r, kind: "total" } : r));
}

/**
 * A row whose 项目名称 is 合计 adds up all projects. With several projects it is not a unit of its own and is dropped;
 * where it is the only named row, it is the one project's total.
 */
function resolveGrandTotals(rows: FundRow[], defaultProject: string): FundRow[] {
  const named = new Set(rows.filter((r) => r.project !== "\u0000合计").map((r) => r.project));
  if (named.size > 0) return rows.filter((r) => r.project !== "\u0000合计");
  return rows.map((r) => (r.project === "\u0000合计" ? { ...r, project: defaultProject } : r));
}
