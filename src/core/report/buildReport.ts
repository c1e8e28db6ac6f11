import { plain } from "../decimal";
import type { Evaluation, ScoredIndicator, UnitResult } from "../model/evaluation";
import { SEVERITY_LABEL, SEVERITY_ORDER } from "../model/finding";
import { overallOf, scoreMethodText } from "../overall";
import { A, gradeFormula, internalLink } from "./formula";
import { COLUMN_WIDTHS, LAST_COL, PRINT, STYLES } from "./layout";
import { stampFingerprint } from "./edits";
import { REPORT_MARKER, REPORT_SHEET } from "./marker";
import { buildNarrative } from "./narrative";
import type { SheetPlan } from "./plan";
import { SheetBuilder } from "./sheetBuilder";

/** Where a unit's figures landed, so later formulas can refer to them. */
interface UnitCells {
  rate: string;
  budget: string;
  execScore: string;
  execWeight: string;
  score?: string;
}

/**
 * The 自评报告 sheet as a plan: summary, fund table, one indicator table per unit, findings with links, and the
 * narrative report. Every computed figure is a formula over cells of this sheet, carrying the engine's value.
 */
export function buildReportPlan(ev: Evaluation, sheetName = REPORT_SHEET): SheetPlan {
  const b = new SheetBuilder([...COLUMN_WIDTHS], STYLES);
  const unitName = ev.basic["单位名称"] ?? ev.units[0]?.name ?? "";
  const year = ev.basic["评价年度"] ?? "";

  b.text(1, 1, `${unitName}${year ? `${year}年度` : ""}绩效自评表`, "title");
  b.merge(1, 1, 1, LAST_COL);
  b.rowHeights[1] = 30;
  b.text(2, 1, `${REPORT_MARKER}（${ev.fileName}，评分规则：${ev.profile}）。重新评分时本表整表替换（本表若被修改过，会先保留为“${sheetName}（修改前）”），请勿在此表内填写。`, "marker");
  b.merge(2, 1, 2, LAST_COL);
  b.rowHeights[2] = 16;
  b.row = 4;

  const summaryRows = writeSummaryHead(b, ev, unitName, year);
  const fund = writeFundTable(b, ev);
  ev.units.forEach((u, i) => writeIndicatorTable(b, ev, u, fund.units[i], ev.units.length > 1 ? i + 1 : 0));
  writeSummaryFigures(b, ev, summaryRows, fund);
  writeFindings(b, ev);
  writeNarrative(b, ev, unitName, year);

  return stampFingerprint(b.build(sheetName, { print: PRINT, frozenRows: 0, showGridLines: false }));
}

function section(b: SheetBuilder, title: string): void {
  b.row += 1;
  b.text(b.row, 1, title, "section");
  b.merge(b.row, 1, b.row, LAST_COL);
  b.rowHeights[b.row] = 22;
  b.row += 1;
}

function labelValue(b: SheetBuilder, label: string, value: string): number {
  const r = b.row++;
  b.text(r, 1, label, "label");
  b.text(r, 2, value, "value");
  b.merge(r, 2, r, 5, "value");
  return r;
}

/**
 * The summary's rows; 自评总分, 评价等级 and 资金执行率 are filled once the tables below exist. With several projects the
 * summary also lists each project's 100-point score in consecutive rows, so 自评总分 averages one range: an AVERAGE with
 * one argument per project would pass Excel's 255 arguments past 255 projects.
 */
function writeSummaryHead(b: SheetBuilder, ev: Evaluation, unitName: string, year: string) {
  section(b, "一、自评结果汇总");
  labelValue(b, "单位", unitName);
  labelValue(b, "年度", year);
  labelValue(b, "评价类型", ev.basic["评价类型"] || "部门整体");
  labelValue(b, "评分规则", `${ev.profile}（反向指标按${ev.settings.reverseRule === "R1" ? "R1：指标值/实际值×分值" : "R2：超出部分线性扣减，2倍时为0"}）`);
  const score = b.row++;
  const grade = b.row++;
  const rate = b.row++;
  const counts = SEVERITY_ORDER.map((s) => `${SEVERITY_LABEL[s]}${ev.findings.filter((f) => f.severity === s).length}项`).join("，");
  labelValue(b, "发现的问题", ev.findings.length ? counts : "未发现问题");
  labelValue(b, "依据不足的分值", unsupportedText(ev));
  let list: SummaryRows["list"] = null;
  if (ev.units.length > 1) {
    const header = b.row++;
    for (const [l, r, t] of [[1, 3, "项目"], [4, 4, "自评总分"], [5, 5, "评价等级"], [6, 6, "全年预算数（万元）"]] as const) {
      b.text(header, l, t, "header");
      b.merge(header, l, header, r, "header");
    }
    list = { first: b.row, last: b.row + ev.units.length - 1 };
    b.row += ev.units.length;
  }
  return { score, grade, rate, list };
}

interface SummaryRows {
  score: number;
  grade: number;
  rate: number;
  /** The rows of the per-project score list (several projects only). */
  list: { first: number; last: number } | null;
}

/** domain-rules (p): the points scored on a filled 得分 alone, so a reviewer can tell a 100 earned from one asserted. */
function unsupportedText(ev: Evaluation): string {
  const one = (u: UnitResult) => `${plain(u.unsupportedWeight)}分${u.unsupportedWeight > 0 ? `（${u.indicators.filter((i) => i.unsupported).length}项指标仅凭填报得分，无可计量依据）` : ""}`;
  return ev.units.length === 1 ? one(ev.units[0]) : ev.units.map((u) => `${u.name} ${one(u)}`).join("；");
}

function writeSummaryFigures(b: SheetBuilder, ev: Evaluation, rows: SummaryRows, fund: FundCells): void {
  const cells = fund.units;
  const scores = cells.map((c) => c.score as string);
  const single = ev.units.length === 1;
  // ROUND(AVERAGE(…), 2) as the sheet computes it, rounded half-up in decimal like every other figure.
  const overall = overallOf(ev);
  const mean = overall.score;
  if (rows.list) {
    ev.units.forEach((u, i) => {
      const r = rows.list!.first + i;
      b.text(r, 1, u.name, "text");
      b.merge(r, 1, r, 3, "text");
      b.formula(r, 4, scores[i], u.score, "score");
      b.formula(r, 5, gradeFormula(A(4, r)), u.grade, "textCenter");
      // The weight of a budget-weighted score (--unit-score weighted), beside the score it weighs.
      b.formula(r, 6, cells[i].budget, u.budget ?? 0, "money");
    });
  }
  b.text(rows.score, 1, "自评总分", "label");
  if (single) b.formula(rows.score, 2, scores[0], ev.units[0].score, "scoreStrong");
  else if (rows.list) {
    // Over the contiguous score list, never one argument per project: Excel allows 255 arguments and 8,192 characters.
    const [first, last] = [rows.list.first, rows.list.last];
    const weighted = `ROUND(SUMPRODUCT(${A(4, first)}:${A(4, last)},${A(6, first)}:${A(6, last)})/SUM(${A(6, first)}:${A(6, last)}),2)`;
    b.formula(rows.score, 2, overall.method === "weighted" ? weighted : `ROUND(AVERAGE(${A(4, first)}:${A(4, last)}),2)`, mean, "scoreStrong");
  }
  else b.number(rows.score, 2, 0, "scoreStrong");
  b.merge(rows.score, 2, rows.score, 3, "scoreStrong");
  // 得分方法: how several projects make the one score (src/core/overall.ts), as the pane and the batch summary say it.
  b.text(rows.score, 4, single ? "百分制" : `${scoreMethodText(overall, ev.units.length)}，各项目得分见下表`, "value");
  b.merge(rows.score, 4, rows.score, 5, "value");

  b.text(rows.grade, 1, "评价等级", "label");
  b.formula(rows.grade, 2, gradeFormula(A(2, rows.score)), overall.grade, "gradeStrong");
  b.merge(rows.grade, 2, rows.grade, 5, "gradeStrong");

  b.text(rows.rate, 1, "资金执行率", "label");
  if (fund.totals) b.formula(rows.rate, 2, `IF(N(${fund.totals.budget})<=0,"",${fund.totals.spent}/${fund.totals.budget})`, overallRate(ev), "percentStrong");
  else if (single) b.formula(rows.rate, 2, `IF(${cells[0].rate}="","",${cells[0].rate})`, ev.units[0].executionRate === null ? "" : rawRate(ev.units[0]), "percentStrong");
  else b.text(rows.rate, 2, "", "percentStrong");
  b.merge(rows.rate, 2, rows.rate, 5, "percentStrong");
}

/** The rate exactly as the sheet's formula computes it: spent ÷ budget in binary floating point. */
function rawRate(u: UnitResult): number {
  return Math.max(u.spent ?? 0, 0) / (u.budget as number);
}

function overallRate(ev: Evaluation): number | string {
  const budget = ev.units.reduce((s, u) => s + (u.budget ?? 0), 0);
  const spent = ev.units.reduce((s, u) => s + Math.max(u.spent ?? 0, 0), 0);
  return budget > 0 ? spent / budget : "";
}

/** Where the fund table put each unit's figures, and the all-units totals (several units only). */
interface FundCells {
  units: UnitCells[];
  totals: { budget: string; spent: string } | null;
}

function writeFundTable(b: SheetBuilder, ev: Evaluation): FundCells {
  section(b, "二、资金执行情况（万元）");
  const h = b.row++;
  const headers: [number, number, string][] = [
    [1, 2, "项目"],
    [3, 3, "年初预算数"],
    [4, 4, "全年预算数"],
    [5, 5, "全年执行数"],
    [6, 6, "执行率"],
    [7, 7, "分值"],
    [8, 8, "得分"],
    [9, 11, "计分说明"],
  ];
  for (const [l, r, t] of headers) {
    b.text(h, l, t, "header");
    b.merge(h, l, h, r, "header");
  }
  b.rowHeights[h] = 28;
  const first = b.row;
  const cells = ev.units.map((u) => {
    const r = b.row++;
    b.text(r, 1, u.name, "text");
    b.merge(r, 1, r, 2, "text");
    b.number(r, 3, u.fund.initial, "money");
    b.number(r, 4, u.budget, "money");
    b.number(r, 5, u.spent === null ? null : Math.max(u.spent, 0), "money");
    b.formula(r, 6, `IF(N(${A(4, r)})<=0,"",MAX(N(${A(5, r)}),0)/${A(4, r)})`, u.executionRate === null ? "" : rawRate(u), "percent");
    b.number(r, 7, u.executionWeight, "number");
    b.formula(r, 8, `IF(${A(6, r)}="",0,ROUND(MIN(${A(6, r)},1)*${A(7, r)},2))`, u.executionScore, "score");
    const note = u.fund.derived.length ? `${u.executionExplanation}（合计行空缺，按明细行之和）` : u.executionExplanation;
    b.text(r, 9, note, "explain");
    b.merge(r, 9, r, 11, "explain");
    b.fit(r, note, 9, 11, 9, 20);
    return { rate: A(6, r), budget: A(4, r), execScore: A(8, r), execWeight: A(7, r) };
  });
  if (ev.units.length > 1) {
    const r = b.row++;
    const last = r - 1;
    b.text(r, 1, "合计", "totalLabel");
    b.merge(r, 1, r, 2, "totalLabel");
    const sumOf = (col: number, values: (number | null)[]) => b.formula(r, col, `SUM(${A(col, first)}:${A(col, last)})`, sumPlain(values), "money");
    sumOf(3, ev.units.map((u) => u.fund.initial));
    sumOf(4, ev.units.map((u) => u.budget));
    sumOf(5, ev.units.map((u) => (u.spent === null ? null : Math.max(u.spent, 0))));
    b.formula(r, 6, `IF(N(${A(4, r)})<=0,"",${A(5, r)}/${A(4, r)})`, overallRate(ev), "percent");
    for (const c of [7, 8]) b.text(r, c, "—", "textCenter");
    b.text(r, 9, "", "explain");
    b.merge(r, 9, r, 11, "explain");
    return { units: cells, totals: { budget: A(4, r), spent: A(5, r) } };
  }
  return { units: cells, totals: null };
}

/** Floating-point sum, as SUM computes it, of the figures that are there. */
function sumPlain(values: (number | null)[]): number {
  return values.reduce<number>((s, v) => s + (v ?? 0), 0);
}

const INDICATOR_HEADERS: [number, string][] = [
  [1, "一级指标"],
  [2, "二级指标"],
  [3, "三级指标"],
  [4, "指标性质"],
  [5, "年度指标值"],
  [6, "实际完成值"],
  [7, "指标数值"],
  [8, "完成数值"],
  [9, "分值"],
  [10, "得分"],
  [11, "计分说明"],
];

function writeIndicatorTable(b: SheetBuilder, ev: Evaluation, u: UnitResult, cells: UnitCells, index: number): void {
  section(b, index ? `三、绩效指标完成情况（${index}）${u.name}` : "三、绩效指标完成情况");
  const h = b.row++;
  for (const [c, t] of INDICATOR_HEADERS) b.text(h, c, t, "header");
  b.rowHeights[h] = 28;
  const first = b.row;
  for (const ind of u.indicators) writeIndicatorRow(b, ev, ind, b.row++);
  const last = b.row - 1;
  const sumRange = (col: number) => (last >= first ? `SUM(${A(col, first)}:${A(col, last)})` : "0");

  const total = (label: string, formula: string, cached: number | string, style = "totalScore") => {
    const r = b.row++;
    b.text(r, 1, label, "totalLabel");
    b.merge(r, 1, r, 8, "totalLabel");
    b.formula(r, 9, formula, cached, style);
    b.merge(r, 9, r, 10, style);
    b.text(r, 11, "", "explain");
    return A(9, r);
  };
  const indScore = total("指标得分小计", sumRange(10), u.indicatorScore);
  // The 20 + 80 form prints no weights: its indicators' weight is the form's, not a sum of cells.
  const indWeight = total("指标分值小计", u.weightsImplied ? plain(u.indicatorWeight) : sumRange(9), u.indicatorWeight);
  const execScore = total("预算执行率得分", `${cells.execScore}`, u.executionScore);
  const execWeight = total("预算执行率分值", `${cells.execWeight}`, u.executionWeight);
  const raw = total("自评得分（原始）", `ROUND(${execScore}+${indScore},2)`, u.total);
  const max = total("分值合计", `ROUND(${execWeight}+${indWeight},2)`, u.maxTotal);
  const score = total("自评总分（百分制）", `IF(${max}>0,ROUND(${raw}/${max}*100,2),0)`, u.score);
  total("评价等级", gradeFormula(score), u.grade, "totalGrade");
  cells.score = score;
}

function writeIndicatorRow(b: SheetBuilder, ev: Evaluation, ind: ScoredIndicator, r: number): void {
  const s = ind.source;
  b.text(r, 1, s.level1, "text");
  b.text(r, 2, s.level2, "text");
  b.text(r, 3, s.name, "text");
  b.text(r, 4, ind.kind === "qualitative" ? "定性" : ind.operator ?? "", "textCenter");
  b.text(r, 5, ind.target.text + (ind.unit && ind.target.text && !ind.target.text.includes(ind.unit) ? ind.unit : ""), "text");
  b.text(r, 6, ind.actual.text, "text");
  const numeric = ind.kind === "quantitative" && ind.targetValue !== null && ind.actualValue !== null && ind.scoreFrom === "rule" && !ind.target.date;
  b.number(r, 7, numeric ? ind.targetValue : null, "number");
  b.number(r, 8, numeric ? ind.actualValue : null, "number");
  if (ind.kind === "not-applicable") b.text(r, 9, "不适用", "textCenter");
  else b.number(r, 9, ind.weight, "number");
  const formula = scoreFormula(ev, ind, r, numeric);
  if (formula) b.formula(r, 10, formula, ind.score, "score");
  else b.number(r, 10, ind.score, "score");
  const note = ind.scoreFrom === "filled" ? `${ind.explanation}（取自填报）` : ind.explanation;
  b.text(r, 11, note, "explain");
  b.fit(r, note, 11, 11, 9, 20);
  const longest = [s.name, ind.target.text, ind.actual.text].reduce((a, t) => (t.length > a.length ? t : a));
  if (longest.length > 6) b.fit(r, longest, 3, 3, 10, 20);
}

/**
 * The line's score as a formula over its own cells (G target, H actual, I weight), where a rule computed it. Scores the
 * accountant filled in, and rows the rules could not score, stay values: there is nothing to compute.
 */
function scoreFormula(ev: Evaluation, ind: ScoredIndicator, r: number, numeric: boolean): string | null {
  if (ind.weight === null || ind.kind === "not-applicable") return null;
  const [G, H, I] = [A(7, r), A(8, r), A(9, r)];
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


function writeFindings(b: SheetBuilder, ev: Evaluation): void {
  section(b, "四、发现的问题");
  if (!ev.findings.length) {
    const r = b.row++;
    b.text(r, 1, "未发现问题。", "value");
    b.merge(r, 1, r, LAST_COL, "value");
    return;
  }
  const h = b.row++;
  b.text(h, 1, "序号", "header");
  b.text(h, 2, "级别", "header");
  b.text(h, 3, "位置", "header");
  b.text(h, 4, "问题及修改建议", "header");
  b.merge(h, 4, h, LAST_COL, "header");
  ev.findings.forEach((f, i) => {
    const r = b.row++;
    b.number(r, 1, i + 1, "textCenter");
    b.text(r, 2, SEVERITY_LABEL[f.severity], f.severity);
    const where = f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
    if (f.cell) b.formula(r, 3, internalLink(f.sheet, f.cell, where), where, "link");
    else b.text(r, 3, where, "textCenter");
    const message = f.unit && !f.message.includes(`“${f.unit}”`) ? `【${f.unit}】${f.message}` : f.message;
    b.text(r, 4, message, "text");
    b.merge(r, 4, r, LAST_COL, "text");
    b.fit(r, message, 4, LAST_COL, 10, 20);
  });
}

function writeNarrative(b: SheetBuilder, ev: Evaluation, unitName: string, year: string): void {
  b.row += 2;
  const t = b.row++;
  b.text(t, 1, `${unitName}${year ? `${year}年度` : ""}绩效自评工作报告`, "reportTitle");
  b.merge(t, 1, t, LAST_COL);
  b.rowHeights[t] = 28;
  for (const s of buildNarrative(ev)) {
    const r = b.row++;
    b.text(r, 1, s.heading, "reportHeading");
    b.merge(r, 1, r, LAST_COL);
    b.rowHeights[r] = 22;
    for (const p of s.paragraphs) {
      const pr = b.row++;
      const text = `　　${p}`;
      b.text(pr, 1, text, "paragraph");
      b.merge(pr, 1, pr, LAST_COL, "paragraph");
      b.fit(pr, text, 1, LAST_COL, 11, 18);
    }
  }
}
