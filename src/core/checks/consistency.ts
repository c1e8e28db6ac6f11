import { dec, fixed, plain, sum } from "../decimal";
import type { UnitResult } from "../model/evaluation";
import { makeFinding, type Finding } from "../model/finding";
import { filledParts, readClaim } from "../score/claimed";
import { headerKey } from "../text";
import type { ClaimedTotal } from "../model/workbook";
import { targetColumn, type CheckContext, type UnitCheck } from "./context";

/**
 * Q13 cost-exceeds-budget: the cost indicators' targets, in 万元, add up to more than the whole budget. Only targets
 * whose unit is money count, and 元 is converted, because mixing 元 and 万元 is the usual cause of false alarms.
 */
export const costExceedsBudget: UnitCheck = (ctx) => {
  const budget = ctx.unit.budget;
  if (budget === null || budget <= 0) return [];
  const costs = ctx.unit.indicators.filter((i) => i.kind === "quantitative" && /成本/.test(i.source.level1 + i.source.level2) && i.targetValue !== null);
  const inWan = costs
    .map((i) => (/^万元/.test(i.unit) ? i.targetValue! : /^元/.test(i.unit) ? Number(dec(i.targetValue!).div(10000)) : null))
    .filter((v): v is number => v !== null);
  if (!inWan.length) return [];
  const total = sum(inWan);
  if (total <= budget) return [];
  return [makeFinding("cost-exceeds-budget", "warning", { sheet: ctx.model.indicators.sheet, row: costs[0].source.row, col: costs[0].source.cells[targetColumn(costs[0])]?.col }, `“${ctx.unit.name}”成本指标的指标值合计${fixed(total)}万元，超过全年预算数${plain(budget)}万元；请核对成本指标的数值和计量单位（元/万元）。`, ctx.unit.name)];
};

/**
 * The 总分 rows the accountant wrote for this unit: those under its name, or the workbook's only one, which belongs to
 * whichever unit there is (a one-project form rarely repeats the project's name on its 总分 row).
 */
function claimsOf(ctx: CheckContext): ClaimedTotal[] {
  const all = ctx.model.claimedTotals;
  return all.length === 1 ? all : all.filter((c) => headerKey(c.project) === headerKey(ctx.unit.name));
}

/** Q16 suspicious-perfect-score: 100 points while half the rows or more are vague, copied or not numeric. */
const WEAK = new Set(["vague-wording", "actual-copies-target", "non-numeric-actual"]);
export function suspiciousPerfectScore(ctx: CheckContext, rowFindings: readonly Finding[]): Finding[] {
  const rows = ctx.unit.indicators.filter((i) => i.kind !== "not-applicable");
  if (!rows.length) return [];
  const perfect = ctx.unit.score >= 100 || claimsOf(ctx).some((c) => c.value >= 100);
  if (!perfect) return [];
  const weakRows = new Set(rowFindings.filter((f) => WEAK.has(f.code) && f.row !== undefined).map((f) => f.row));
  if (weakRows.size * 2 < rows.length) return [];
  return [makeFinding("suspicious-perfect-score", "warning", { sheet: ctx.model.indicators.sheet }, `“${ctx.unit.name}”自评为满分，但${rows.length}项指标中有${weakRows.size}项表述模糊、照抄指标值或实际值不可计量，评分依据不足；请据实填报完成值（严禁刻意抬高分数）。`, ctx.unit.name)];
}

/**
 * (k) red: the share of indicator points earned runs more than 5% ahead of the execution share, i.e.
 * (s/sw − e/ew) / (s/sw) > 0.05: the indicators claim more than the money spent supports.
 */
export const performanceOutpacesSpending: UnitCheck = (ctx) => {
  const { indicatorScore: s, indicatorWeight: sw, executionScore: e, executionWeight: ew, budget } = ctx.unit;
  if (s <= 0 || sw <= 0 || ew <= 0 || budget === null || budget <= 0) return [];
  const indicatorShare = dec(s).div(dec(sw));
  // A share too small for 20 decimal places is no completion claim at all.
  if (indicatorShare.eq(0)) return [];
  const executionShare = dec(e).div(dec(ew));
  const gap = indicatorShare.minus(executionShare).div(indicatorShare);
  if (!gap.gt("0.05")) return [];
  return [makeFinding("performance-outpaces-spending", "warning", { sheet: ctx.model.fund.sheet }, `“${ctx.unit.name}”指标得分率${fixed(Number(indicatorShare.times(100)))}%明显高于预算执行得分率${fixed(Number(executionShare.times(100)))}%（超出${fixed(Number(gap.times(100)))}%），绩效完成情况与资金支出不匹配；请核对实际完成值或说明原因。`, ctx.unit.name)];
};

/**
 * A 总分 the accountant wrote under the table (domain-rules (o), (m)): the whole score, the indicators' part, or a
 * mismatch with the computed total; and, as a table's own contradiction, a 总分 that is not the sum of its parts.
 */
export const claimedTotalMismatch: UnitCheck = (ctx) => {
  const { unit } = ctx;
  const out: Finding[] = [];
  for (const c of claimsOf(ctx)) {
    const claim = readClaim(unit, c);
    const at = (severity: "warning" | "info", message: string) => out.push(makeFinding("self-score-mismatch", severity, { sheet: ctx.model.indicators.sheet, row: c.row, col: c.col }, message, unit.name));
    const parts = partsText(unit, claim.partsSum);
    if (claim.kind === "whole") {
      if (!claim.matchesParts) at("warning", `“${unit.name}”填报的总分${plain(c.value)}不等于表中各项得分之和${parts}，表内自相矛盾；请核对总分和各项得分。`);
      continue;
    }
    if (claim.kind === "indicators") {
      // A 总分 row whose 分值 is the indicators' weight (90) is the indicators' part by design.
      if (c.weight !== null && c.weight !== undefined && Math.abs(c.weight - unit.indicatorWeight) <= 0.01) continue;
      const wantsWhole = c.weight !== null && c.weight !== undefined && (Math.abs(c.weight - 100) <= 0.01 || Math.abs(c.weight - unit.maxTotal) <= 0.01);
      const whole = Number(dec(c.value).plus(dec(claim.executionPart ?? 0)));
      at(
        wantsWhole ? "warning" : "info",
        `“${unit.name}”填报的总分${plain(c.value)}等于指标得分小计，未含预算执行率得分${plain(claim.executionPart ?? 0)}${wantsWhole ? `；该行分值为${plain(c.weight as number)}，总分应为全部得分` : ""}；总分应包含执行率得分，即${fixed(whole)}分。`,
      );
      continue;
    }
    const againstParts = claim.partsSum === null ? "" : claim.matchesParts ? `（与表中各项得分之和相符，差异见各项得分的发现）` : `，也不等于表中各项得分之和${parts}，表内自相矛盾`;
    at("warning", `“${unit.name}”填报的总分${plain(c.value)}与按规则计算的${fixed(unit.score)}分不一致${againstParts}；请以计算结果为准并核对各项得分。`);
  }
  return out;
};

function partsText(unit: UnitResult, partsSum: number | null): string {
  const parts = filledParts(unit);
  if (partsSum === null || parts.execution === null || parts.indicators === null) return "";
  return `${fixed(partsSum)}（执行率得分${plain(parts.execution)} + 指标得分${plain(parts.indicators)}）`;
}
