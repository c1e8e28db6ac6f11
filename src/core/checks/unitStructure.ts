import { fixed, plain, sum } from "../decimal";
import { makeFinding } from "../model/finding";
import type { ScoredIndicator } from "../model/evaluation";
import { headerKey } from "../text";
import type { CheckContext, UnitCheck } from "./context";

const DIMENSIONS = [
  { key: "产出", name: "产出指标", weight: 50 },
  { key: "效益", name: "效益指标", weight: 30 },
  { key: "满意", name: "满意度指标", weight: 10 },
] as const;
const EXECUTION_DEFAULT = 10;

const counted = (ctx: CheckContext) => ctx.unit.indicators.filter((i) => i.kind !== "not-applicable");
const inDimension = (i: ScoredIndicator, key: string) => headerKey(i.source.level1).includes(key);
const unitPlace = (ctx: CheckContext) => ({ sheet: ctx.model.indicators.sheet });

/** Q10 missing-dimension: no row at all under 产出, 效益 or 满意度 (the seed's 「绩效目标申报不够全面」). */
export const missingDimension: UnitCheck = (ctx) => {
  const rows = counted(ctx);
  const missing = DIMENSIONS.filter((d) => !rows.some((i) => inDimension(i, d.key)));
  if (!missing.length) return [];
  return [makeFinding("missing-dimension", "error", unitPlace(ctx), `“${ctx.unit.name}”缺少${missing.map((d) => d.name).join("、")}，绩效目标申报不够全面；请补充该维度的具体指标。`, ctx.unit.name)];
};

/** Q2 qualitative-share: more than a third of the rows, or more than 30% of the weight, are qualitative [P]. */
export const qualitativeShare: UnitCheck = (ctx) => {
  const rows = counted(ctx);
  if (!rows.length) return [];
  const qual = rows.filter((i) => i.kind === "qualitative");
  const allWeight = sum(rows.map((i) => i.weight ?? 0));
  const qualWeight = sum(qual.map((i) => i.weight ?? 0));
  const byCount = qual.length * 3 > rows.length;
  const byWeight = allWeight > 0 && qualWeight / allWeight > 0.3;
  if (!byCount && !byWeight) return [];
  return [
    makeFinding("qualitative-share", "warning", unitPlace(ctx), `“${ctx.unit.name}”共${rows.length}项指标中有${qual.length}项为定性指标（分值${plain(qualWeight)}/${plain(allWeight)}），超过${byCount ? "三分之一" : "30%的分值"}，绩效指标量化不够；建议尽量细化为可计量的数量、质量、时效、成本指标。`, ctx.unit.name),
  ];
};

/** Q17 too-few-core-indicators: Chongqing 部门整体 wants at least 5 core indicators [V S9]. */
export const tooFewCoreIndicators: UnitCheck = (ctx) => {
  const min = ctx.profile.coreIndicatorMin;
  if (min === null) return [];
  const core = counted(ctx).filter((i) => /^(是|y|yes|√|✓|核心|核心指标)$/i.test(i.source.cells.isCore?.text ?? "")).length;
  if (core >= min) return [];
  const where = ctx.model.indicators.columns.isCore ? "" : "（表中没有“是否核心指标”列）";
  return [makeFinding("too-few-core-indicators", "warning", unitPlace(ctx), `“${ctx.unit.name}”的核心指标只有${core}个${where}，重庆市部门整体绩效管理要求核心指标不少于${min}个；请在“是否核心指标”中标明。`, ctx.unit.name)];
};

/** d.6: the weights, execution included, should add up to 100; the score is then normalised to 100. */
export const weightsNot100: UnitCheck = (ctx) => {
  const { maxTotal, total, score } = ctx.unit;
  if (maxTotal <= 0 || Math.abs(maxTotal - 100) < 0.005) return [];
  return [makeFinding("weights-not-100", "warning", unitPlace(ctx), `“${ctx.unit.name}”分值合计为${plain(maxTotal)}，不等于100；原始得分${fixed(total)}已按百分制折算为${fixed(score)}分。请核对各指标分值。`, ctx.unit.name)];
};

/** d.5: first-level subtotals against the default 产出50 / 效益30 / 满意度10 / 执行率10; a warning, not an error. */
export const level1WeightsNondefault: UnitCheck = (ctx) => {
  // Weights the form does not print cannot be compared; the finding that they are missing says enough.
  if (ctx.unit.weightsImplied) return [];
  const rows = counted(ctx);
  const parts = DIMENSIONS.map((d) => ({ ...d, actual: sum(rows.filter((i) => inDimension(i, d.key)).map((i) => i.weight ?? 0)) }));
  const off = parts.filter((p) => Math.abs(p.actual - p.weight) > 0.005);
  const execOff = Math.abs(ctx.unit.executionWeight - EXECUTION_DEFAULT) > 0.005;
  if (!off.length && !execOff) return [];
  const said = [...parts.map((p) => `${p.name.replace("指标", "")}${plain(p.actual)}`), `执行率${plain(ctx.unit.executionWeight)}`].join(" / ");
  return [makeFinding("level1-weights-nondefault", "warning", unitPlace(ctx), `“${ctx.unit.name}”一级指标分值为 ${said}，与通行的 产出50 / 效益30 / 满意度10 / 执行率10 不同；如有特殊情况可以调整，请在报告中说明理由。`, ctx.unit.name)];
};

export const structureChecks: UnitCheck[] = [missingDimension, qualitativeShare, tooFewCoreIndicators, weightsNot100, level1WeightsNondefault];

