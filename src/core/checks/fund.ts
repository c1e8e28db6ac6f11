import { dec, fixed, near, plain } from "../decimal";
import { makeFinding, type Finding } from "../model/finding";
import type { FundColumn } from "../model/workbook";
import { parseAmount, parseRatio } from "../text";
import type { CheckContext, UnitCheck } from "./context";

function place(ctx: CheckContext, column: FundColumn) {
  const row = ctx.unit.fund.totalRow ?? ctx.unit.fund.details[0] ?? null;
  const col = row?.cells[column]?.col ?? ctx.model.fund.columns[column] ?? 0;
  return { sheet: ctx.model.fund.sheet, row: row?.row ?? 0, col: row ? col : 0 };
}

/** Any 偏差原因 written on the unit's fund lines. */
function reasonGiven(ctx: CheckContext): boolean {
  const rows = [ctx.unit.fund.totalRow, ...ctx.unit.fund.details];
  return rows.some((r) => (r?.cells.reason?.text ?? "") !== "");
}

const rateText = (rate: number) => `${dec(rate).times(100).toFixed(2)}%`;

/** Where the form asks for a reason: its money block's 偏差原因 column, else (the 10号 form has none there) the report. */
function reasonPlace(ctx: CheckContext): string {
  return ctx.model.fund.columns.reason !== undefined ? "请在偏差原因中说明" : "表中资金部分没有偏差原因栏，请在自评报告的偏差原因分析中说明";
}

/** No unit is written and the amount cannot be 万元: a county department's budget above 100,000 万元 (10亿元). */
const IMPLAUSIBLE_WAN = 100_000;

/** The money checks of template.md and domain-rules (b.2), (k). */
export const fundChecks: UnitCheck = (ctx) => {
  const out: Finding[] = [];
  const { unit } = ctx;
  const { budget, spent, initial } = unit.fund;
  const say = (code: Parameters<typeof makeFinding>[0], severity: "error" | "warning", column: FundColumn, message: string) =>
    out.push(makeFinding(code, severity, place(ctx, column), message, unit.name));

  if (budget === null || budget === 0) {
    say("budget-missing", "error", "budget", `“${unit.name}”的全年预算数${budget === 0 ? "为0" : "未填"}，无法计算预算执行率，执行率得分按0分计；请填写全年（调整后）预算数。`);
    return out;
  }
  if (spent === null) {
    say("budget-missing", "error", "spent", `“${unit.name}”的全年执行数未填，按0计算执行率；请填写全年实际支出。`);
  }
  const rate = unit.executionRate ?? 0;
  const exact = Number(dec(spent ?? 0).div(dec(budget)));
  if (exact > 1) {
    say("execution-over-100", "warning", "spent", `“${unit.name}”全年执行数${plain(spent ?? 0)}万元超过全年预算数${plain(budget)}万元（执行率${rateText(exact)}），执行率得分按满分计；请核对是否含上年结转或其他资金。`);
  }
  if (exact < 0.9 && !reasonGiven(ctx)) {
    say("low-execution-no-reason", "warning", "reason", `“${unit.name}”预算执行率${rateText(exact)}，低于90%，未说明原因；${reasonPlace(ctx)}（100字以内）。`);
  }
  if (dec(budget).minus(dec(spent ?? 0)).div(dec(budget)).gt("0.2")) {
    say("large-unspent-budget", "warning", "spent", `“${unit.name}”有${fixed(Number(dec(budget).minus(dec(spent ?? 0))))}万元（${rateText(1 - exact)}）预算未执行，超过全年预算的五分之一；请分析资金未支出的原因。`);
  }
  if (initial !== null && initial > 0 && !near(initial, budget, 0.005) && !reasonGiven(ctx)) {
    say("budget-adjusted-no-reason", "warning", "reason", `“${unit.name}”年初预算数${plain(initial)}万元调整为全年预算数${plain(budget)}万元，未说明调整理由；年中追加或调减预算的，${reasonPlace(ctx).replace(/说明$/, "写明")}追加或调减的理由。`);
  }
  compareFilled(ctx, rate, out);
  if (!ctx.model.fund.form?.amountUnitCell && budget > IMPLAUSIBLE_WAN) {
    say(
      "amount-unit-unclear",
      "warning",
      "budget",
      `“${unit.name}”的全年预算数${plain(budget)}按万元计为${fixed(budget / 10000)}亿元，超出一般部门（项目）的规模，而表中没有写明金额单位；金额如以“元”填写，请在表头注明“单位：元”（将换算为万元），或改按万元填写。`,
    );
  }
  return out;
};

/** 执行率 and 得分 as the accountant filled them: compared with the computed ones, never trusted. */
function compareFilled(ctx: CheckContext, rate: number, out: Finding[]) {
  const { unit } = ctx;
  const row = unit.fund.totalRow;
  if (!row) return;
  const filledRate = parseRatio(row.cells.rate?.raw);
  if (filledRate !== null && unit.executionRate !== null && Math.abs(filledRate - unit.executionRate) > 0.005) {
    out.push(makeFinding("self-score-mismatch", "warning", place(ctx, "rate"), `“${unit.name}”填报的执行率${row.cells.rate?.text}与计算值${rateText(rate)}（全年执行数÷全年预算数）不一致；请改为以全年（调整后）预算数为分母计算的执行率${rateText(rate)}。`, unit.name));
  }
  const filledScore = parseAmount(row.cells.score?.raw).value;
  if (filledScore !== null && Math.abs(filledScore - unit.executionScore) > 0.01) {
    // The table contradicts itself where even its own printed rate does not give its printed score (86% → 9).
    const byOwnRate = filledRate !== null ? Number(dec(Math.min(filledRate, 1)).times(dec(unit.executionWeight)).round(2, 1)) : null;
    const own = byOwnRate !== null && Math.abs(byOwnRate - filledScore) > 0.01 && Math.abs(byOwnRate - unit.executionScore) > 0.005 ? `（按表中所填执行率${row.cells.rate?.text}计也只有${fixed(byOwnRate)}）` : "";
    const rule = unit.executionRate === null ? `计算值${fixed(unit.executionScore)}` : `分值${plain(unit.executionWeight)} × 执行率${rateText(Math.min(rate, 1))} = ${fixed(unit.executionScore)}`;
    out.push(makeFinding("self-score-mismatch", "warning", place(ctx, "score"), `“${unit.name}”填报的执行率得分${plain(filledScore)}不等于${rule}${own}${filledScore > unit.executionWeight ? "，且超过了分值" : ""}；请核对后改为${fixed(unit.executionScore)}。`, unit.name));
  }
}
