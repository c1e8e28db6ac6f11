import { dec, fixed, round, round2, sum } from "../decimal";
import { makeFinding, type Finding } from "../model/finding";
import type { ScoredIndicator, UnitResult } from "../model/evaluation";
import type { FundForm, IndicatorForm } from "../model/workbook";
import type { Profile, Settings } from "../settings";
import { impliedWeight } from "./impliedWeight";
import { executionWeight, fundFigures } from "./fund";
import { scoreIndicator } from "./indicator";
import { executionScore, gradeOf, toHundred } from "./rules";
import type { UnitRows } from "./units";

export interface UnitContext {
  fundSheet: string;
  indicatorSheet: string;
  settings: Settings;
  profile: Profile;
  year: number | null;
  /** What the printed form says about its money (unit, execution weight in a header) and its indicator table. */
  fundForm?: FundForm;
  indicatorForm?: IndicatorForm;
  hasTierColumn?: boolean;
}

/** One unit scored: execution (b.2), each indicator (d.2, d.3), totals and the grade (d.5, d.6, e). */
export function scoreUnit(unit: UnitRows, ctx: UnitContext): { result: UnitResult; findings: Finding[] } {
  const findings: Finding[] = [];
  const { figures, findings: fundFindings } = fundFigures(unit.fundRows, ctx.fundSheet, unit.name, ctx.fundForm?.amountUnit);
  findings.push(...fundFindings);
  const w = executionWeight(unit.fundRows, ctx.profile.executionWeight, ctx.fundForm?.headerWeight ?? null);
  const execution = executionScore(figures.budget, figures.spent, w);

  const indicators: ScoredIndicator[] = [];
  for (const row of unit.indicatorRows) {
    const implicitWeight = ctx.indicatorForm?.weights === "implicit" || (row.level1Weight ?? null) !== null;
    const { scored, findings: rowFindings } = scoreIndicator(row, { sheet: ctx.indicatorSheet, settings: ctx.settings, profile: ctx.profile, year: ctx.year, implicitWeight, hasTierColumn: ctx.hasTierColumn });
    indicators.push(scored);
    findings.push(...rowFindings);
  }
  const counted = indicators.filter((i) => i.kind !== "not-applicable" && (i.weight !== null || i.weightImplied));
  const implied = impliedWeight(counted, w, ctx.indicatorForm?.goalWeight ?? null);
  if (implied) findings.push(makeFinding("missing-weight", "warning", { sheet: ctx.indicatorSheet }, implied.message(unit.name), unit.name));
  const indicatorWeight = round2(dec(sum(counted.filter((i) => i.weight !== null).map((i) => i.weight as number))).plus(dec(implied?.weight ?? 0)));
  let indicatorScore = sum(counted.map((i) => i.score));
  if (implied && indicatorScore > indicatorWeight) {
    // Filled scores above what the form allows cannot all be right; the total is held at the form's maximum.
    findings.push(makeFinding("self-score-mismatch", "warning", { sheet: ctx.indicatorSheet }, `“${unit.name}”各指标填报得分合计${fixed(indicatorScore)}，超过指标部分满分${fixed(indicatorWeight)}，已按${fixed(indicatorWeight)}计；请核对各指标得分。`, unit.name));
    for (const i of counted) if (i.weightImplied && i.score > indicatorWeight) i.score = indicatorWeight;
    indicatorScore = indicatorWeight;
  }
  const unsupportedWeight = sum(counted.filter((i) => i.unsupported).map((i) => i.weight ?? i.score));
  const total = round2(dec(execution.score).plus(dec(indicatorScore)));
  const maxTotal = round2(dec(w).plus(dec(indicatorWeight)));
  const score = toHundred(total, maxTotal);
  if (maxTotal <= 0) {
    findings.push(makeFinding("weights-not-100", "error", { sheet: ctx.indicatorSheet }, `“${unit.name}”的分值合计为0，无法计算总分；请填写执行率和各指标的分值。`, unit.name));
  }
  return {
    result: {
      name: unit.name,
      fund: figures,
      budget: figures.budget,
      spent: figures.spent,
      executionRate: execution.rate === null ? null : round(execution.rate, 4),
      executionScore: execution.score,
      executionWeight: w,
      executionExplanation: execution.explanation,
      indicatorScore: round2(indicatorScore),
      indicatorWeight: round2(indicatorWeight),
      total,
      maxTotal,
      score,
      grade: gradeOf(score),
      unsupportedWeight: Math.min(round2(unsupportedWeight), indicatorWeight),
      weightsImplied: implied !== null,
      indicators,
    },
    findings,
  };
}
