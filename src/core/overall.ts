import { dec, round2, sum } from "./decimal";
import type { Evaluation, UnitResult } from "./model/evaluation";
import { gradeOf, type Grade } from "./score/rules";

/** How the workbook's score was made from its projects' scores: one project, their mean, or weighted by 全年预算数. */
export type ScoreMethod = "single" | "mean" | "weighted";

/** The workbook's headline figures, as the 自评报告 summary shows them and the pane and the batch summary repeat. */
export interface Overall {
  /** The one unit's 100-point score, or the units' scores combined by `method`, rounded half-up to 2 places. */
  score: number;
  grade: Grade;
  method: ScoreMethod;
  /** Weighting was asked for but some project has no 全年预算数 above 0, so the mean was taken instead. */
  weightingUnavailable: boolean;
  budget: number | null;
  spent: number | null;
  /** Σ执行数 ÷ Σ预算数 over the units (1 = 100%), null when no budget is known. */
  executionRate: number | null;
  errors: number;
  warnings: number;
  notes: number;
}

/** Each project's 全年预算数 when every one has a positive one, else null: a weight of 0 would drop a project's score. */
function budgetWeights(units: readonly UnitResult[]): number[] | null {
  const weights = units.map((u) => u.budget);
  return weights.every((b): b is number => b !== null && b > 0) ? weights : null;
}

export function overallOf(ev: Evaluation): Overall {
  const units = ev.units;
  const asked = ev.settings.unitScore ?? "mean";
  const weights = units.length > 1 && asked === "weighted" ? budgetWeights(units) : null;
  const method: ScoreMethod = units.length <= 1 ? "single" : weights ? "weighted" : "mean";
  let score: number;
  if (units.length === 0) score = 0;
  else if (units.length === 1) score = units[0].score;
  else if (weights) score = round2(units.reduce((acc, u, i) => acc.plus(dec(u.score).times(weights[i])), dec(0)).div(dec(sum(weights))));
  else score = round2(dec(sum(units.map((u) => u.score))).div(units.length));
  const budgets = units.map((u) => u.budget).filter((b): b is number => b !== null);
  const budget = budgets.length ? round2(sum(budgets)) : null;
  const spent = units.some((u) => u.spent !== null) ? round2(sum(units.map((u) => Math.max(u.spent ?? 0, 0)))) : null;
  const executionRate = budget !== null && budget > 0 ? Number(dec(spent ?? 0).div(budget).round(4)) : null;
  const count = (s: string) => ev.findings.filter((f) => f.severity === s).length;
  return {
    score, grade: gradeOf(score), method, weightingUnavailable: asked === "weighted" && units.length > 1 && !weights,
    budget, spent, executionRate, errors: count("error"), warnings: count("warning"), notes: count("info"),
  };
}

/**
 * How the score was made, in the words the report, the batch summary and the command line all use, e.g.
 * "3个项目百分制得分按全年预算数加权平均". The pane says the same through its own strings (src/taskpane/i18n.ts).
 */
export function scoreMethodText(o: Pick<Overall, "method" | "weightingUnavailable">, projects: number): string {
  switch (o.method) {
    case "single":
      return "百分制";
    case "weighted":
      return `${projects}个项目百分制得分按全年预算数加权平均`;
    case "mean":
      return `${projects}个项目百分制得分的算术平均${o.weightingUnavailable ? "（有项目未填全年预算数，无法按预算加权）" : ""}`;
  }
}
