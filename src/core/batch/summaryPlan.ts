import type { WorkbookGrids } from "../grid";
import { fixed } from "../decimal";
import { columnLetter } from "../ref";
import type { SheetPlan } from "../report/plan";
import { REPORT_SHEET } from "../report/marker";
import { SheetBuilder } from "../report/sheetBuilder";
import type { UnitScoreMethod } from "../settings";
import { batchTotals, GRADES, rankedDepartments } from "./ranking";
import { fileStem, type EvaluatedFile, type FailedFile, type FileResult, type SummaryFigures } from "./result";
import { FONT_SIZE, styleName, SUMMARY_PRINT, SUMMARY_STYLES, type CellKind, type RowKind } from "./summaryStyles";

/**
 * The batch summary as sheet plans (src/core/report/plan.ts): cells, styles, heights and print setup as data, with no
 * spreadsheet library in sight, so any plan writer writes it and the layout is tested without a file.
 */

export const SUMMARY_SHEET = "汇总";
export const FINDINGS_SHEET = "问题清单";

export interface Column {
  header: string;
  /** In characters, as Excel counts column width. */
  width: number;
  kind: CellKind;
}

/**
 * 汇总's columns. Their widths add up to what A4 landscape prints at about three quarters of full size: the old
 * sixteen columns of 257 characters came out at half size over many pages.
 */
export const SUMMARY_COLUMNS: Column[] = [
  { header: "排名", width: 5, kind: "count" },
  { header: "层级", width: 5, kind: "center" },
  { header: "单位", width: 14, kind: "text" },
  { header: "项目", width: 16, kind: "text" },
  { header: "状态", width: 8, kind: "text" },
  { header: "全年预算数（万元）", width: 10, kind: "money" },
  { header: "全年执行数（万元）", width: 10, kind: "money" },
  { header: "执行率", width: 8, kind: "rate" },
  { header: "填报总分", width: 7, kind: "score" },
  { header: "计算得分", width: 7, kind: "score" },
  { header: "依据不足的分值", width: 7, kind: "score" },
  { header: "等级", width: 5, kind: "center" },
  { header: "错误", width: 5, kind: "count" },
  { header: "警告", width: 5, kind: "count" },
  { header: "提示", width: 5, kind: "count" },
  { header: "主要问题", width: 42, kind: "text" },
  { header: "文件", width: 14, kind: "text" },
  { header: "自评报告", width: 14, kind: "link" },
];

/** 层级: what a row is, so a filter on 部门 leaves exactly one row per department and sorting never mixes the two. */
export const LEVEL = { department: "部门", project: "项目" } as const;

export interface SummaryOptions {
  /** The report's path as a link from the summary: relative to the summary's folder, so the folder can be moved whole. */
  linkOf: (reportPath: string) => string;
  /** How several projects make a department's score, as asked (`--unit-score`). */
  unitScore?: UnitScoreMethod;
  /** Files the walk passed over, and why: said under the totals, so nothing leaves the summary unmentioned. */
  skipped?: readonly { file: string; reason: string }[];
}

const col = (header: string) => SUMMARY_COLUMNS.findIndex((c) => c.header === header) + 1;

export type SummaryValue = string | number | null | { text: string; link: string };

/** A department as 单位 shows it: 基本信息's 单位名称, else the file's name, marked as such. */
export const departmentOf = (file: FileResult): string =>
  file.ok ? (file.unitFromFileName ? `${file.unitName}（取自文件名）` : file.unitName) : `${fileStem(file.file)}（取自文件名）`;

function status(file: EvaluatedFile): string {
  return file.report?.standalone ? "已评分（报告为独立工作簿）" : "已评分";
}

function reportLink(file: EvaluatedFile, options: SummaryOptions): SummaryValue {
  if (!file.report) return null;
  const link = options.linkOf(file.report.path);
  // The sheet is named only where it is not the usual one (自评报告(2) beside a sheet of the user's): a line saved per row.
  return { text: file.report.sheet === REPORT_SHEET ? link : `${link}（工作表“${file.report.sheet}”）`, link };
}

function methodShort(file: EvaluatedFile): string {
  return file.method === "weighted" ? "按预算加权" : "算术平均";
}

export type SummaryRow = { kind: RowKind; values: Record<string, SummaryValue> };

function figures(f: SummaryFigures): Record<string, SummaryValue> {
  return {
    "全年预算数（万元）": f.budget, "全年执行数（万元）": f.spent, 执行率: f.executionRate, 填报总分: f.claimed, 计算得分: f.score, 依据不足的分值: f.unsupported, 等级: f.grade,
    错误: f.errors, 警告: f.warnings, 提示: f.notes, 主要问题: f.main.join("\n"),
  };
}

/** A department first, its projects under it; a file that could not be evaluated is a department without a score. */
function departmentRows(file: FileResult, rank: number | null, options: SummaryOptions): SummaryRow[] {
  const common = { 单位: departmentOf(file), 文件: file.file };
  if (!file.ok) return [{ kind: "failed", values: { ...common, 层级: LEVEL.department, 状态: "无法评分", 主要问题: (file as FailedFile).error } }];
  const shared = { ...common, 状态: status(file), 自评报告: reportLink(file, options) };
  if (file.units.length === 1) {
    return [{ kind: "department", values: { ...shared, 排名: rank, 层级: LEVEL.department, 项目: file.units[0].project, ...figures(file.units[0]) } }];
  }
  return [
    { kind: "group", values: { ...shared, 排名: rank, 层级: LEVEL.department, 项目: `全部项目（${file.units.length}个，${methodShort(file)}）`, ...figures(file.overall) } },
    ...file.units.map((u): SummaryRow => ({ kind: "project", values: { ...shared, 层级: LEVEL.project, 项目: u.project, ...figures(u) } })),
  ];
}

/** The rows of 汇总's table: departments by rank, each with its projects under it, then the files that failed. */
export function summaryRows(results: readonly FileResult[], options: SummaryOptions): SummaryRow[] {
  const rows: SummaryRow[] = [];
  for (const { file, rank } of rankedDepartments(results)) rows.push(...departmentRows(file, rank, options));
  for (const file of results) if (!file.ok) rows.push(...departmentRows(file, null, options));
  return rows;
}

/** A link as a HYPERLINK formula (a plan's cells are values and formulas), text alone where Excel's 255 would cut it. */
function putValue(b: SheetBuilder, row: number, c: number, value: SummaryValue, style: string): void {
  if (value === null || value === undefined) b.put(row, c, { kind: "blank" }, style);
  else if (typeof value === "number") b.number(row, c, value, style);
  else if (typeof value === "string") b.text(row, c, value, style);
  else {
    const q = (s: string) => s.replace(/"/g, '""');
    if (value.link.length > 255 || value.text.length > 255) b.text(row, c, value.text, style);
    else b.formula(row, c, `HYPERLINK("${q(value.link)}","${q(value.text)}")`, value.text, style);
  }
}

const textOf = (v: SummaryValue): string => (v === null || v === undefined ? "" : typeof v === "object" ? v.text : String(v));

/** The header, then each row with every wrapped cell's height estimated (neither WPS nor LibreOffice grows a row). */
export function layTable(b: SheetBuilder, columns: readonly Column[], rows: readonly SummaryRow[]): number {
  columns.forEach((c, i) => {
    b.text(1, i + 1, c.header, "header");
    b.fit(1, c.header, i + 1, i + 1, FONT_SIZE, 27);
  });
  rows.forEach((row, i) => {
    const r = i + 2;
    columns.forEach((c, j) => {
      const value = row.values[c.header] ?? null;
      putValue(b, r, j + 1, value, styleName(c.kind, row.kind));
      if (c.kind === "text" || c.kind === "link" || c.kind === "center") b.fit(r, textOf(value), j + 1, j + 1, FONT_SIZE, 15);
    });
  });
  return rows.length + 1;
}

/**
 * 汇总统计 under the table, outside its filter: counts, Σ money and the mean as formulas over the 部门 rows (so they hold
 * when a reviewer corrects a cell), each carrying the value the engine computed.
 */
function totalsBlock(b: SheetBuilder, results: readonly FileResult[], last: number, options: SummaryOptions): void {
  const t = batchTotals(results);
  const range = (header: string) => `${columnLetter(col(header))}2:${columnLetter(col(header))}${last}`;
  const dept = `${range("层级")},"${LEVEL.department}"`;
  const labelEnd = col("状态");
  const value = labelEnd + 1;
  const lastCol = SUMMARY_COLUMNS.length;
  let r = last + 2;
  b.text(r, 1, "汇总统计", "section");
  b.merge(r, 1, r, lastCol);
  b.rowHeights[r] = 20;
  const line = (label: string) => {
    r++;
    b.text(r, 1, label, "totalLabel");
    b.merge(r, 1, r, labelEnd, "totalLabel");
    return r;
  };
  const note = (text: string) => {
    b.text(r, value + 1, text, "totalText");
    b.merge(r, value + 1, r, lastCol, "totalText");
    b.fit(r, text, value + 1, lastCol, FONT_SIZE, 15);
  };
  const scoredRow = line("已评分的单位（个）");
  b.formula(r, value, `COUNTIFS(${dept},${range("状态")},"已评分*")`, t.scored, "totalCount");
  note(`共 ${t.files} 个文件，每个文件为一个单位；含多个项目的单位按一个单位计`);
  line("无法评分的单位（个）");
  b.formula(r, value, `COUNTIFS(${dept},${range("状态")},"无法评分")`, t.failed, "totalCount");
  note(t.failed ? "见上表“状态”为“无法评分”的行，“主要问题”说明原因和处理办法" : "无");
  for (const g of GRADES) {
    line(`评价等级为“${g}”（个）`);
    b.formula(r, value, `COUNTIFS(${dept},${range("等级")},"${g}")`, t.grades[g], "totalCount");
  }
  line("平均计算得分");
  const v = columnLetter(value);
  b.formula(r, value, `IF(${v}${scoredRow}=0,"",ROUND(AVERAGEIFS(${range("计算得分")},${dept},${range("状态")},"已评分*"),2))`, t.meanScore ?? "", "totalMoney");
  note("已评分单位计算得分的算术平均");
  const budgetRow = line("全年预算数合计（万元）");
  b.formula(r, value, `SUMIFS(${range("全年预算数（万元）")},${dept})`, t.budget, "totalMoney");
  const spentRow = line("全年执行数合计（万元）");
  b.formula(r, value, `SUMIFS(${range("全年执行数（万元）")},${dept})`, t.spent, "totalMoney");
  line("总体执行率");
  b.formula(r, value, `IF(N(${v}${budgetRow})<=0,"",${v}${spentRow}/${v}${budgetRow})`, t.executionRate ?? "", "totalRate");
  note(t.executionRate === null ? "无全年预算数，无法计算" : `全年执行数合计 ÷ 全年预算数合计 = ${fixed(t.spent)} ÷ ${fixed(t.budget)}`);
  line("多项目单位的得分");
  b.text(r, value, "", "totalText");
  note(unitScoreNote(results, options.unitScore ?? "mean"));
  if (options.skipped?.length) {
    line("未列入的文件");
    b.text(r, value, String(options.skipped.length), "totalCount");
    note(skippedLine(options.skipped));
  }
}

function unitScoreNote(results: readonly FileResult[], asked: UnitScoreMethod): string {
  const example = results.find((r): r is EvaluatedFile => r.ok && r.units.length > 1 && r.weightingUnavailable);
  const how = asked === "weighted"
    ? `各项目百分制得分按全年预算数加权平均（--unit-score weighted）${example ? `；有项目未填全年预算数的单位（如“${example.unitName}”）只能按算术平均` : ""}`
    : "各项目百分制得分的算术平均（默认；加 --unit-score weighted 改为按全年预算数加权平均）";
  return `含多个项目的单位，排名所用的得分为${how}；各项目的得分见其下“层级”为“项目”的行。`;
}

/** The files passed over, in one line: the name and why, the first twenty named. */
export function skippedLine(skipped: readonly { file: string; reason: string }[], shown = 20): string {
  const named = skipped.slice(0, shown).map((s) => `${s.file}（${s.reason}）`).join("、");
  return `已跳过 ${skipped.length} 个文件：${named}${skipped.length > shown ? ` 等` : ""}`;
}

/**
 * 汇总: a row per department, ranked, with its projects as sub-rows; the totals under it; printed landscape, one page
 * wide, the header on every page, frozen at the header and the 单位 column.
 */
export function summaryPlan(results: readonly FileResult[], options: SummaryOptions): SheetPlan {
  const b = new SheetBuilder(SUMMARY_COLUMNS.map((c) => c.width), SUMMARY_STYLES);
  const last = layTable(b, SUMMARY_COLUMNS, summaryRows(results, options));
  totalsBlock(b, results, last, options);
  return b.build(SUMMARY_SHEET, {
    print: SUMMARY_PRINT,
    frozenRows: 1,
    frozenCols: col("单位"),
    showGridLines: true,
    autoFilter: `A1:${columnLetter(SUMMARY_COLUMNS.length)}${last}`,
  });
}

/**
 * A summary this tool wrote: its two sheets, and 汇总's header naming the file, its state and its score. A bureau often
 * keeps the summary in the folder it evaluates, under a name of its own choosing, so the next run must know it by its
 * content rather than its name; earlier versions' summaries (with 序号 and without 排名) are known the same way.
 */
export function isBatchSummary(grids: WorkbookGrids): boolean {
  const summary = grids.sheets.find((s) => s.name === SUMMARY_SHEET);
  if (!summary || !grids.sheets.some((s) => s.name === FINDINGS_SHEET)) return false;
  const header = new Set((summary.values[0] ?? []).map((v) => String(v ?? "")));
  return ["文件", "状态", "单位", "计算得分", "主要问题", "自评报告"].every((h) => header.has(h));
}
