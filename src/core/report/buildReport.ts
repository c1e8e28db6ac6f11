import { plain } from "../decimal";
import type { Evaluation, UnitResult } from "../model/evaluation";
import { SEVERITY_LABEL, SEVERITY_ORDER } from "../model/finding";
import { overallOf, scoreMethodText } from "../overall";
import { A, gradeFormula, internalLink } from "./formula";
import { columnLetter } from "../ref";
import { COLUMN_WIDTHS, FORM_COLS, LAST_COL, PRINT, STYLES } from "./layout";
import { FORM_TITLE, formTypeOf, writeForm, yearLine, type FormCells } from "./officialForm";
import { stampFingerprint } from "./edits";
import { REPORT_MARKER, REPORT_SHEET } from "./marker";
import { buildNarrative } from "./narrative";
import type { SheetPlan } from "./plan";
import { SheetBuilder } from "./sheetBuilder";

/**
 * The 自评报告 sheet as a plan: the official 自评表 of the evaluation type, one per unit, in A–I (the print area, with
 * the tool's own figures beside it in J–M); then, outside the print area, the summary, the findings with links, and the
 * narrative report. Every computed figure is a formula over cells of this sheet, carrying the engine's value.
 */
export function buildReportPlan(ev: Evaluation, sheetName = REPORT_SHEET): SheetPlan {
  const b = new SheetBuilder([...COLUMN_WIDTHS], STYLES);
  const unitName = ev.basic["单位名称"] ?? ev.units[0]?.name ?? "";
  const year = ev.basic["评价年度"] ?? "";
  const type = formTypeOf(ev);
  const single = ev.units.length <= 1;

  b.text(1, 1, FORM_TITLE[type], "title");
  b.merge(1, 1, 1, FORM_COLS);
  b.rowHeights[1] = 30;
  const marker = `${REPORT_MARKER}（${ev.fileName}，评分规则：${ev.profile}）。重新评分时本表整表替换（本表若被修改过，会先保留为“${sheetName}（修改前）”），请勿在此表内填写。`;
  b.text(2, 1, marker, "marker");
  b.merge(2, 1, 2, FORM_COLS);
  b.fit(2, marker, 1, FORM_COLS, 9, 16);
  b.row = 3;

  const cells: FormCells[] = ev.units.map((u, i) => {
    if (i > 0) {
      // Each further project's form starts with its own title: the repeated print title is the first form's alone.
      b.row += 1;
      b.text(b.row, 1, FORM_TITLE[type], "title");
      b.merge(b.row, 1, b.row, FORM_COLS);
      b.rowHeights[b.row++] = 30;
    }
    yearLine(b, year);
    return writeForm(b, ev, u, type, single);
  });
  const formEnd = b.row - 1;
  b.row += 1;
  const note = b.row++;
  b.text(note, 1, "以下为绩效自评助手的汇总与检查结果，供核对，不在打印区域内。", "marker");
  b.merge(note, 1, note, LAST_COL);

  const summaryRows = writeSummaryHead(b, ev, unitName, year);
  writeSummaryFigures(b, ev, summaryRows, cells);
  writeFindings(b, ev);
  writeNarrative(b, ev, unitName, year);

  const print = { ...PRINT, printTitleRows: single ? PRINT.printTitleRows : undefined, printArea: `A1:${columnLetter(FORM_COLS)}${formEnd}` };
  return stampFingerprint(b.build(sheetName, { print, frozenRows: 0, showGridLines: false }));
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
    for (const [l, r, t] of [[1, 3, "项目"], [4, 4, "自评总分"], [5, 5, "评价等级"], [6, 6, "全年预算数（万元）"], [7, 7, "全年执行数（万元）"]] as const) {
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

function writeSummaryFigures(b: SheetBuilder, ev: Evaluation, rows: SummaryRows, cells: FormCells[]): void {
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
      b.formula(r, 7, `MAX(N(${cells[i].spent}),0)`, Math.max(u.spent ?? 0, 0), "money");
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
  if (rows.list) {
    // Over the list's contiguous ranges, as 自评总分: one SUM argument per project would pass 255 projects.
    const [first, last] = [rows.list.first, rows.list.last];
    const [budget, spent] = [`SUM(${A(6, first)}:${A(6, last)})`, `SUM(${A(7, first)}:${A(7, last)})`];
    b.formula(rows.rate, 2, `IF(${budget}<=0,"",${spent}/${budget})`, overallRate(ev), "percentStrong");
  }
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

function writeFindings(b: SheetBuilder, ev: Evaluation): void {
  section(b, "二、发现的问题");
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
      // No style for the covered cells: a paragraph has no border to draw round them, and a long report has a
      // paragraph per indicator, eight blank cells each.
      b.merge(pr, 1, pr, LAST_COL);
      b.fit(pr, text, 1, LAST_COL, 11, 18);
    }
  }
}
