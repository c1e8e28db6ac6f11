import type { ScoredIndicator } from "../model/evaluation";

/**
 * A target or actual as the report prints it: the accountant's own cell text (the unit appended where the text lacks
 * it), so the sheet, the Word tables and the workbook read the same. One place, so a change to how a cell's value is
 * shown reaches every table.
 */
export function targetText(ind: ScoredIndicator): string {
  const text = ind.target.text;
  return text + (ind.unit && text && !text.includes(ind.unit) ? ind.unit : "");
}

export function actualText(ind: ScoredIndicator): string {
  return ind.actual.text;
}

/** The row's own 偏差原因分析及改进措施, as written. */
export function reasonText(ind: ScoredIndicator): string {
  return ind.source.cells.reason?.text.trim() ?? "";
}
