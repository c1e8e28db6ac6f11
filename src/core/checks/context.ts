import { makeFinding, type Finding, type FindingCode, type Severity } from "../model/finding";
import type { ScoredIndicator, UnitResult } from "../model/evaluation";
import { targetColumnOf, type IndicatorColumn, type WorkbookModel } from "../model/workbook";
import type { Profile, Settings } from "../settings";

/** What every check may look at: the workbook as read, one unit as scored, and the rules in force. */
export interface CheckContext {
  model: WorkbookModel;
  unit: UnitResult;
  settings: Settings;
  profile: Profile;
  /** Findings the scoring already raised for this unit (Q16 counts some of them). */
  scoringFindings: readonly Finding[];
}

export type UnitCheck = (ctx: CheckContext) => Finding[];
export type RowCheck = (indicator: ScoredIndicator, ctx: CheckContext) => Finding[];

/** A finding about one indicator row, at the cell of the given column (or the row, where that column is absent). */
export function rowFinding(ctx: CheckContext, ind: ScoredIndicator, code: FindingCode, severity: Severity, column: IndicatorColumn, message: string): Finding {
  const cell = ind.source.cells[column];
  return makeFinding(code, severity, { sheet: ctx.model.indicators.sheet, row: ind.source.row, col: cell?.col ?? ctx.model.indicators.columns[column] ?? 0 }, message, ctx.unit.name);
}

/** The target cell actually in force: 调整指标值 where filled, else 年度指标值. */
export function targetColumn(ind: ScoredIndicator): IndicatorColumn {
  return targetColumnOf(ind.source);
}

export const quote = (s: string) => `“${s}”`;
