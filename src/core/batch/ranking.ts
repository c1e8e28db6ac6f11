import { dec, round2, sum } from "../decimal";
import type { Grade } from "../score/rules";
import type { EvaluatedFile, FileResult } from "./result";

/**
 * 排名 as a league table counts: best score first, equal scores (to the 0.01 shown) share a place and the next place is
 * skipped (95, 90, 90, 85 → 1, 2, 2, 4).
 */
export function competitionRanks(scores: readonly number[]): number[] {
  const shown = scores.map((s) => round2(s));
  return shown.map((s) => 1 + shown.filter((t) => t > s).length);
}

/** The departments that were scored, best first; equal scores in the order of their names, as a reader looks them up. */
export function rankedDepartments(results: readonly FileResult[]): { file: EvaluatedFile; rank: number }[] {
  const scored = results.filter((r): r is EvaluatedFile => r.ok);
  const order = scored
    .map((file, i) => ({ file, i }))
    .sort((a, b) => b.file.overall.score - a.file.overall.score || a.file.unitName.localeCompare(b.file.unitName, "zh-CN") || a.i - b.i)
    .map(({ file }) => file);
  const ranks = competitionRanks(order.map((f) => f.overall.score));
  return order.map((file, i) => ({ file, rank: ranks[i] }));
}

/** The totals block of 汇总: what a bureau reports upward about the whole batch. */
export interface BatchTotals {
  files: number;
  scored: number;
  failed: number;
  grades: Record<Grade, number>;
  /** The mean of the departments' scores, rounded half-up to 2 places; null when none was scored. */
  meanScore: number | null;
  /** Σ 全年预算数 and Σ 全年执行数 of the departments scored (万元). */
  budget: number;
  spent: number;
  /** Σ执行数 ÷ Σ预算数, null without a budget. */
  executionRate: number | null;
}

export const GRADES: readonly Grade[] = ["优", "良", "中", "差"];

export function batchTotals(results: readonly FileResult[]): BatchTotals {
  const scored = results.filter((r): r is EvaluatedFile => r.ok);
  const grades = Object.fromEntries(GRADES.map((g) => [g, scored.filter((f) => f.overall.grade === g).length])) as Record<Grade, number>;
  const budget = round2(sum(scored.map((f) => f.overall.budget ?? 0)));
  const spent = round2(sum(scored.map((f) => f.overall.spent ?? 0)));
  return {
    files: results.length,
    scored: scored.length,
    failed: results.length - scored.length,
    grades,
    meanScore: scored.length ? round2(dec(sum(scored.map((f) => f.overall.score))).div(scored.length)) : null,
    budget,
    spent,
    executionRate: budget > 0 ? spent / budget : null,
  };
}
