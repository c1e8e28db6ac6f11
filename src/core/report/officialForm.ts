import { plain } from "../decimal";
import type { Evaluation, ScoredIndicator, UnitResult } from "../model/evaluation";
import { A, gradeFormula } from "./formula";
import { FORM_COLS, TOOL } from "./layout";
import type { SheetBuilder } from "./sheetBuilder";

/**
 * The official 自评表 of the evaluation type, one per unit, in columns A–I (the print area): 财预〔2020〕10号 附件1's
 * 项目支出绩效自评表 (domain-rules S1, S7, (m)), or the 部门整体支出绩效自评表 in the same order. Its cells hold what
 * the 一体化 system asks for, so they can be copied as they are; the tool's own figures (the numbers it compared,
 * 计分说明) sit in columns J–M beside the rows they explain, outside the print area. Every score is a formula.
 */

export type FormType = "项目支出" | "部门整体";

export function formTypeOf(ev: Evaluation): FormType {
  return /项目/.test(ev.basic["评价类型"] ?? "") ? "项目支出" : "部门整体";
}

export const FORM_TITLE: Record<FormType, string> = { 项目支出: "项目支出绩效自评表", 部门整体: "部门整体支出绩效自评表" };
/** The money block's label: 10号's for a project; for a department the 部门预算执行情况 of the published forms (S8). */
export const MONEY_LABEL: Record<FormType, string> = { 项目支出: "项目资金（万元）", 部门整体: "部门预算资金（万元）" };
export const MONEY_HEADERS = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];
export const MONEY_ROWS = ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"];
export const INDICATOR_HEADERS = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

/** Where a form put the figures the summary refers to. */
export interface FormCells {
  rate: string;
  budget: string;
  spent: string;
  /** The 100-point score (beside the 总分 row, in the tool's columns). */
  score: string;
}

/** The detail lines' money by the form's 其中 rows: 上年结转 by name, 财政拨款 by name, the rest 其他资金. */
function moneyByRow(u: UnitResult): ({ initial: number | null; budget: number | null; spent: number | null } | null)[] {
  const rows: ({ initial: number | null; budget: number | null; spent: number | null } | null)[] = [null, null, null];
  for (const line of u.fund.lines) {
    const i = /结转|结余/.test(line.source) ? 1 : /财政|拨款/.test(line.source) ? 0 : 2;
    const add = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Number(plain(a + b)));
    const prev = rows[i] ?? { initial: null, budget: null, spent: null };
    rows[i] = { initial: add(prev.initial, line.initial), budget: add(prev.budget, line.budget), spent: add(prev.spent, line.spent) };
  }
  return rows;
}

function labelRow(b: SheetBuilder, label: string, value: string): void {
  const r = b.row++;
  b.text(r, 1, label, "label");
  b.merge(r, 1, r, 2, "label");
  b.text(r, 3, value, "value");
  b.merge(r, 3, r, FORM_COLS, "value");
  b.fit(r, value, 3, FORM_COLS, 10, 20);
}

/** The year line under the title: （2022年度）. */
export function yearLine(b: SheetBuilder, year: string): void {
  const r = b.row++;
  b.text(r, 1, `（${year || "    "}年度）`, "formYear");
  b.merge(r, 1, r, FORM_COLS);
  b.rowHeights[r] = 20;
}

export function writeForm(b: SheetBuilder, ev: Evaluation, u: UnitResult, type: FormType, single: boolean): FormCells {
  const basic = ev.basic;
  if (type === "项目支出") {
    labelRow(b, "项目名称", single && basic["项目名称"] ? basic["项目名称"] : u.name);
    labelRow(b, "主管部门", basic["主管部门"] ?? "");
    labelRow(b, "实施单位", basic["实施单位"] ?? basic["单位名称"] ?? "");
  } else {
    labelRow(b, "部门（单位）名称", single ? (basic["单位名称"] ?? u.name) : u.name);
  }
  const money = writeMoney(b, u, type);
  writeGoals(b, single ? (basic["年度绩效目标"] ?? "") : "", single ? (basic["实际完成情况"] ?? "") : "");
  const ind = writeIndicators(b, ev, u);

  const total = b.row++;
  b.text(total, 1, "总分", "totalLabel");
  b.merge(total, 1, total, 6, "totalLabel");
  // The 20 + 80 form prints no weights: its indicators' weight is the form's, not a sum of cells.
  const indWeight = u.weightsImplied ? plain(u.indicatorWeight) : ind.weights;
  const max = A(7, total);
  const raw = A(8, total);
  b.formula(total, 7, `ROUND(${money.weight}+${indWeight},2)`, u.maxTotal, "totalScore");
  b.formula(total, 8, `ROUND(${money.score}+${ind.scores},2)`, u.total, "totalScore");
  b.text(total, 9, "", "totalLabel");
  // The form's 总分 is the sum of its 得分; the grade is by the 100-point score, which differs where the weights do not add to 100.
  b.text(total, TOOL.kind, "自评总分（百分制）", "toolLabel");
  b.merge(total, TOOL.kind, total, TOOL.actual, "toolLabel");
  b.formula(total, TOOL.note, `IF(${max}>0,ROUND(${raw}/${max}*100,2),0)`, u.score, "totalScore");
  const score = A(TOOL.note, total);

  const verdict = b.row++;
  b.text(verdict, 1, "自评结论", "label");
  b.merge(verdict, 1, verdict, 2, "label");
  b.formula(verdict, 3, gradeFormula(score), u.grade, "gradeStrong");
  b.merge(verdict, 3, verdict, FORM_COLS, "gradeStrong");
  b.rowHeights[verdict] = 22;
  return { rate: money.rate, budget: money.budget, spent: money.spent, score };
}

function header(b: SheetBuilder, r: number, col: number, text: string, right = col): void {
  b.text(r, col, text, "header");
  b.merge(r, col, r, right, "header");
}

function writeMoney(b: SheetBuilder, u: UnitResult, type: FormType) {
  const h = b.row++;
  const first = h;
  header(b, h, 2, "", 3);
  MONEY_HEADERS.forEach((t, i) => header(b, h, 4 + i, t));
  header(b, h, TOOL.kind, "计分说明", TOOL.note);
  b.rowHeights[h] = 24;

  const rateFormula = (r: number) => `IF(N(${A(5, r)})<=0,"",MAX(N(${A(6, r)}),0)/${A(5, r)})`;
  const rateOf = (budget: number | null, spent: number | null) => (budget !== null && budget > 0 ? Math.max(spent ?? 0, 0) / budget : "");

  const t = b.row++;
  b.text(t, 2, MONEY_ROWS[0], "text");
  b.merge(t, 2, t, 3, "text");
  b.number(t, 4, u.fund.initial, "money");
  b.number(t, 5, u.budget, "money");
  b.number(t, 6, u.spent === null ? null : Math.max(u.spent, 0), "money");
  b.number(t, 7, u.executionWeight, "number");
  b.formula(t, 8, rateFormula(t), u.executionRate === null ? "" : rateOf(u.budget, u.spent), "percent");
  b.formula(t, 9, `IF(${A(8, t)}="",0,ROUND(MIN(${A(8, t)},1)*${A(7, t)},2))`, u.executionScore, "score");
  const note = u.fund.derived.length ? `${u.executionExplanation}（合计行空缺，按明细行之和）` : u.executionExplanation;
  b.text(t, TOOL.kind, note, "explain");
  b.merge(t, TOOL.kind, t, TOOL.note, "explain");
  b.fit(t, note, TOOL.kind, TOOL.note, 9, 20);

  moneyByRow(u).forEach((m, i) => {
    const r = b.row++;
    b.text(r, 2, MONEY_ROWS[i + 1], "text");
    b.merge(r, 2, r, 3, "text");
    b.number(r, 4, m?.initial ?? null, "money");
    b.number(r, 5, m?.budget ?? null, "money");
    b.number(r, 6, m?.spent ?? null, "money");
    b.text(r, 7, "—", "textCenter");
    if (m && m.budget !== null) b.formula(r, 8, rateFormula(r), rateOf(m.budget, m.spent), "percent");
    else b.number(r, 8, null, "percent");
    b.text(r, 9, "—", "textCenter");
  });
  b.text(first, 1, MONEY_LABEL[type], "label");
  b.merge(first, 1, b.row - 1, 1, "label");
  return { rate: A(8, t), budget: A(5, t), spent: A(6, t), weight: A(7, t), score: A(9, t) };
}

function writeGoals(b: SheetBuilder, planned: string, done: string): void {
  const h = b.row++;
  header(b, h, 2, "预期目标", 5);
  header(b, h, 6, "实际完成情况", FORM_COLS);
  const r = b.row++;
  b.text(r, 2, planned, "value");
  b.merge(r, 2, r, 5, "value");
  b.text(r, 6, done, "value");
  b.merge(r, 6, r, FORM_COLS, "value");
  const longer = planned.length > done.length ? planned : done;
  b.fit(r, longer, 2, 5, 10, 40);
  b.text(h, 1, "年度总体目标", "label");
  b.merge(h, 1, r, 1, "label");
}

function writeIndicators(b: SheetBuilder, ev: Evaluation, u: UnitResult): { scores: string; weights: string } {
  const h = b.row++;
  INDICATOR_HEADERS.forEach((t, i) => header(b, h, 2 + i, t));
  ["指标性质", "指标数值", "完成数值", "计分说明"].forEach((t, i) => header(b, h, TOOL.kind + i, t));
  b.rowHeights[h] = 28;
  const first = b.row;
  for (const ind of u.indicators) writeIndicatorRow(b, ev, ind, b.row++);
  const last = b.row - 1;
  mergeRuns(b, u.indicators, first);
  b.text(h, 1, "绩效指标", "label");
  b.merge(h, 1, Math.max(h, last), 1, "label");
  const sum = (col: number) => (last >= first ? `SUM(${A(col, first)}:${A(col, last)})` : "0");
  return { scores: sum(8), weights: sum(7) };
}

/** 一级 and 二级 cells merged down over their rows, as on the printed form; each run's text in its first cell only. */
function mergeRuns(b: SheetBuilder, inds: readonly ScoredIndicator[], first: number): void {
  const runs = (key: (i: number) => string, col: number) => {
    let start = 0;
    for (let i = 1; i <= inds.length; i++) {
      if (i < inds.length && key(i) === key(start)) continue;
      b.text(first + start, col, col === 2 ? inds[start].source.level1 : inds[start].source.level2, "text");
      b.merge(first + start, col, first + i - 1, col, "text");
      start = i;
    }
  };
  if (!inds.length) return;
  runs((i) => inds[i].source.level1, 2);
  runs((i) => `${inds[i].source.level1}\u0000${inds[i].source.level2}`, 3);
}

function writeIndicatorRow(b: SheetBuilder, ev: Evaluation, ind: ScoredIndicator, r: number): void {
  const s = ind.source;
  b.text(r, 4, s.name, "text");
  b.text(r, 5, ind.target.text + (ind.unit && ind.target.text && !ind.target.text.includes(ind.unit) ? ind.unit : ""), "text");
  b.text(r, 6, ind.actual.text, "text");
  if (ind.kind === "not-applicable") b.text(r, 7, "不适用", "textCenter");
  else b.number(r, 7, ind.weight, "number");
  const numeric = ind.kind === "quantitative" && ind.targetValue !== null && ind.actualValue !== null && ind.scoreFrom === "rule" && !ind.target.date;
  const formula = scoreFormula(ev, ind, r, numeric);
  if (formula) b.formula(r, 8, formula, ind.score, "score");
  else b.number(r, 8, ind.score, "score");
  const reason = s.cells.reason?.text ?? "";
  b.text(r, 9, reason, "text");

  b.text(r, TOOL.kind, ind.kind === "qualitative" ? "定性" : ind.operator ?? "", "textCenter");
  b.number(r, TOOL.target, numeric ? ind.targetValue : null, "number");
  b.number(r, TOOL.actual, numeric ? ind.actualValue : null, "number");
  const note = ind.scoreFrom === "filled" ? `${ind.explanation}（取自填报）` : ind.explanation;
  b.text(r, TOOL.note, note, "explain");
  b.fit(r, note, TOOL.note, TOOL.note, 9, 20);
  for (const [text, col] of [[s.name, 4], [ind.target.text, 5], [ind.actual.text, 6], [reason, 9]] as const) if (text.length > 4) b.fit(r, text, col, col, 10, 20);
}

/**
 * The line's score as a formula over its own cells (the compared numbers in K and L, the weight in G), where a rule
 * computed it. Scores the accountant filled in, and rows the rules could not score, stay values: there is nothing to compute.
 */
function scoreFormula(ev: Evaluation, ind: ScoredIndicator, r: number, numeric: boolean): string | null {
  if (ind.weight === null || ind.kind === "not-applicable") return null;
  const [G, H, I] = [A(TOOL.target, r), A(TOOL.actual, r), A(7, r)];
  let f: string | null = null;
  if (numeric) {
    const op = ind.operator;
    if (op === "≥" || op === "＞") f = `IF(OR(${G}<=0,${H}>=${G}),${I},ROUND(MAX(${H},0)/${G}*${I},2))`;
    else if (op === "＝") f = `IF(${G}=0,IF(${H}<=0,${I},0),IF(OR(${G}<0,${H}>=${G}),${I},ROUND(MAX(${H},0)/${G}*${I},2)))`;
    else if (ev.settings.reverseRule === "R1") f = `IF(${G}<=0,IF(${H}<=0,${I},0),IF(${H}<=${G},${I},ROUND(${G}/${H}*${I},2)))`;
    else f = `IF(${G}<=0,IF(${H}<=0,${I},0),IF(${H}<=${G},${I},IF(${H}>=2*${G},0,ROUND((1-(${H}-${G})/${G})*${I},2))))`;
  } else if (ind.kind === "qualitative" && ind.scoreFrom === "default" && ind.tier) {
    f = `ROUND(${I}*${plain(ev.settings.qualitativeDefaults[ind.tier])},2)`;
  }
  if (!f) return null;
  const deduction = ind.deduction;
  return deduction > 0 ? `MAX(ROUND(${f}-${plain(deduction)},2),0)` : f;
}
