import type { WorkbookGrids } from "../grid";
import { SEVERITY_LABEL } from "../model/finding";
import type { EvaluatedFile, FileResult, SummaryFigures } from "./result";

/**
 * The batch summary as data: which sheets, columns and cells, with no spreadsheet library in sight, so the layout is
 * tested without writing a file. src/hosts/xlsx/writeSummary.ts turns it into a workbook.
 */

export type SummaryCell = string | number | null | { text: string; link: string };

export interface SummaryColumn {
  header: string;
  /** In characters, as Excel counts column width. */
  width: number;
  numFmt?: string;
  wrap?: boolean;
}

/** How a row looks: a unit (项目) of a file, a file's own figures, or a file that could not be evaluated. */
export type RowKind = "unit" | "file" | "failed" | "note";

export interface SummarySheet {
  name: string;
  columns: SummaryColumn[];
  rows: SummaryCell[][];
  kinds: RowKind[];
}

export const SUMMARY_SHEET = "汇总";
export const FINDINGS_SHEET = "问题清单";

const MONEY = "0.00";
const RATE = "0.00%";
const SCORE = "0.00";
const COUNT = "0";

export const SUMMARY_COLUMNS: SummaryColumn[] = [
  { header: "序号", width: 6, numFmt: COUNT },
  { header: "文件", width: 28, wrap: true },
  { header: "状态", width: 10 },
  { header: "单位", width: 22, wrap: true },
  { header: "项目", width: 26, wrap: true },
  { header: "全年预算数（万元）", width: 12, numFmt: MONEY },
  { header: "全年执行数（万元）", width: 12, numFmt: MONEY },
  { header: "执行率", width: 9, numFmt: RATE },
  { header: "填报总分", width: 9, numFmt: SCORE },
  { header: "计算得分", width: 9, numFmt: SCORE },
  { header: "等级", width: 6 },
  { header: "错误", width: 6, numFmt: COUNT },
  { header: "警告", width: 6, numFmt: COUNT },
  { header: "提示", width: 6, numFmt: COUNT },
  { header: "主要问题", width: 60, wrap: true },
  { header: "自评报告", width: 30, wrap: true },
];

export const FINDINGS_COLUMNS: SummaryColumn[] = [
  { header: "文件", width: 28, wrap: true },
  { header: "单位", width: 22, wrap: true },
  { header: "项目", width: 24, wrap: true },
  { header: "工作表", width: 10 },
  { header: "单元格", width: 8 },
  { header: "严重程度", width: 8 },
  { header: "代码", width: 22 },
  { header: "问题说明", width: 80, wrap: true },
];

export interface SummaryOptions {
  /** The report's path as a link from the summary: relative to the summary's folder, so the folder can be moved whole. */
  linkOf: (reportPath: string) => string;
}

function figures(f: SummaryFigures): SummaryCell[] {
  return [f.budget, f.spent, f.executionRate, f.claimed, f.score, f.grade, f.errors, f.warnings, f.notes, f.main.join("\n")];
}

function reportCell(file: EvaluatedFile, options: SummaryOptions): SummaryCell {
  if (!file.report) return null;
  const link = options.linkOf(file.report.path);
  return { text: `${link}（工作表“${file.report.sheet}”）`, link };
}

const status = (file: EvaluatedFile) => (file.report?.standalone ? "已评分（报告为独立工作簿）" : "已评分");

/**
 * 汇总: a row per file with its unit's figures. A file of several projects (项目) — a department's 项目支出 forms in
 * one workbook — gets its own row first, with the figures of its 自评报告 (Σ budget, Σ spent, the mean of the projects'
 * scores), and then a row per project: the bureau ranks departments by the first and follows up projects by the others.
 * Filtering 项目 for "全部项目" leaves exactly one row per file.
 */
export function summarySheet(results: readonly FileResult[], options: SummaryOptions): SummarySheet {
  const rows: SummaryCell[][] = [];
  const kinds: RowKind[] = [];
  results.forEach((file, i) => {
    const n = i + 1;
    if (!file.ok) {
      rows.push([n, file.file, "无法评分", null, null, null, null, null, null, null, null, null, null, null, file.error, null]);
      kinds.push("failed");
      return;
    }
    const report = reportCell(file, options);
    if (file.units.length === 1) {
      rows.push([n, file.file, status(file), file.unitName, file.units[0].project, ...figures(file.units[0]), report]);
      kinds.push("unit");
      return;
    }
    rows.push([n, file.file, status(file), file.unitName, `全部项目（${file.units.length}个）`, ...figures(file.overall), report]);
    kinds.push("file");
    for (const u of file.units) {
      rows.push([n, file.file, status(file), file.unitName, u.project, ...figures(u), report]);
      kinds.push("unit");
    }
  });
  return { name: SUMMARY_SHEET, columns: SUMMARY_COLUMNS, rows, kinds };
}

/** 问题清单: every finding of every file (up to FINDINGS_PER_FILE each), and a line for each file that failed. */
export function findingsSheet(results: readonly FileResult[], options: SummaryOptions): SummarySheet {
  const rows: SummaryCell[][] = [];
  const kinds: RowKind[] = [];
  for (const file of results) {
    if (!file.ok) {
      rows.push([file.file, null, null, null, null, "无法评分", null, file.error]);
      kinds.push("failed");
      continue;
    }
    for (const f of file.findings) {
      rows.push([file.file, file.unitName, f.unit, f.sheet, f.cell, SEVERITY_LABEL[f.severity], f.code, f.message]);
      kinds.push("unit");
    }
    if (file.findingsOmitted > 0) {
      const where = file.report ? `见自评报告 ${options.linkOf(file.report.path)}` : "请单独评分该文件查看";
      rows.push([file.file, file.unitName, null, null, null, null, null, `另有 ${file.findingsOmitted} 条问题未列在此表，${where}。`]);
      kinds.push("note");
    }
  }
  return { name: FINDINGS_SHEET, columns: FINDINGS_COLUMNS, rows, kinds };
}

/**
 * A summary this tool wrote: its two sheets, and 汇总's header as above. A bureau often keeps the summary in the folder
 * it evaluates, under a name of its own choosing, so the next run must know it by its content rather than its name.
 */
export function isBatchSummary(grids: WorkbookGrids): boolean {
  const summary = grids.sheets.find((s) => s.name === SUMMARY_SHEET);
  if (!summary || !grids.sheets.some((s) => s.name === FINDINGS_SHEET)) return false;
  const header = summary.values[0] ?? [];
  return SUMMARY_COLUMNS.every((c, i) => header[i] === c.header);
}
