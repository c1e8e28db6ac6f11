import { dec, round2, sum } from "./decimal";
import type { Evaluation } from "./model/evaluation";
import { gradeOf, type Grade } from "./score/rules";

/** The workbook's headline figures, as the 自评报告 summary shows them and the pane and the batch summary repeat. */
export interface Overall {
  /** The one unit's 100-point score, or the arithmetic mean of the units' scores [P], rounded half-up to 2 places. */
  score: number;
  grade: Grade;
  budget: number | null;
  spent: number | null;
  /** Σ执行数 ÷ Σ预算数 over the units (1 = 100%), null when no budget is known. */
  executionRate: number | null;
  errors: number;
  warnings: number;
  notes: number;
}

export function overallOf(ev: Evaluation): Overall {
  const units = ev.units;
  const score = units.length === 0 ? 0 : units.length === 1 ? units[0].score : round2(dec(sum(units.map((u) => u.score))).div(units.length));
  const budgets = units.map((u) => u.budget).filter((b): b is number => b !== null);
  const budget = budgets.length ? round2(sum(budgets)) : null;
  const spent = units.some((u) => u.spent !== null) ? round2(sum(units.map((u) => Math.max(u.spent ?? 0, 0)))) : null;
  const executionRate = budget !== null && budget > 0 ? Number(dec(spent ?? 0).div(budget).round(4)) : null;
  const count = (s: string) => ev.findings.filter((f) => f.severity === s).length;
  return { score, grade: gradeOf(score), budget, spent, executionRate, errors: count("error"), warnings: count("warning"), notes: count("info") };
}
