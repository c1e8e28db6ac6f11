import { columnLetter } from "../ref";
import type { SheetPlan } from "../report/plan";
import { SheetBuilder } from "../report/sheetBuilder";
import { SEVERITY_LABEL } from "../model/finding";
import { byImportance } from "./importance";
import { problemType } from "./problemTypes";
import { isOverclaim, type FileResult } from "./result";
import { departmentOf, FINDINGS_SHEET, layTable, type Column, type SummaryOptions, type SummaryRow } from "./summaryPlan";
import { SUMMARY_PRINT, SUMMARY_STYLES } from "./summaryStyles";

export const FINDINGS_COLUMNS: Column[] = [
  { header: "严重程度", width: 7, kind: "center" },
  { header: "单位", width: 14, kind: "text" },
  { header: "项目", width: 14, kind: "text" },
  { header: "问题类型", width: 12, kind: "text" },
  { header: "代码", width: 16, kind: "text" },
  { header: "工作表", width: 8, kind: "text" },
  { header: "单元格", width: 6, kind: "center" },
  { header: "问题说明", width: 62, kind: "text" },
  { header: "文件", width: 16, kind: "text" },
];

/** A file that could not be read heads the list: the bureau cannot score it until the department sends it again. */
const FAILED = "无法评分";
const ORDER: Record<string, number> = { [FAILED]: 0, error: 1, warning: 2, info: 3, note: 4 };

interface Line {
  order: number;
  department: string;
  position: number;
  row: SummaryRow;
}

/**
 * 问题清单: every finding of every file (up to FINDINGS_PER_FILE each) and a line per file that failed, by severity, then
 * department, and within a department most important first (src/core/batch/importance.ts), so the reviewer reads down
 * from what bends a score.
 */
export function findingsPlan(results: readonly FileResult[], options: SummaryOptions): SheetPlan {
  const lines: Line[] = [];
  const add = (order: number, department: string, row: SummaryRow) => lines.push({ order, department, position: lines.length, row });
  for (const file of results) {
    const department = departmentOf(file);
    if (!file.ok) {
      add(ORDER[FAILED], department, { kind: "failed", values: { 严重程度: FAILED, 单位: department, 问题说明: file.error, 文件: file.file } });
      continue;
    }
    const overclaimed = new Set(file.units.filter((u) => isOverclaim(u.claimed, u.score)).map((u) => u.project));
    const single = file.units.length === 1;
    const isOver = (unit: string) => (single ? overclaimed.size > 0 : overclaimed.has(unit));
    // Severity comes first in the sheet anyway, so within a file this orders each severity's findings by importance.
    for (const f of byImportance(file.findings, (f) => isOver(f.unit))) {
      add(ORDER[f.severity], department, {
        kind: "plain",
        values: { 严重程度: SEVERITY_LABEL[f.severity], 单位: department, 项目: f.unit, 问题类型: problemType(f.code), 代码: f.code, 工作表: f.sheet, 单元格: f.cell, 问题说明: f.message, 文件: file.file },
      });
    }
    if (file.findingsOmitted > 0) {
      const where = file.report ? `见自评报告 ${options.linkOf(file.report.path)}` : "请单独评分该文件查看";
      add(ORDER.note, department, { kind: "note", values: { 单位: department, 问题说明: `另有 ${file.findingsOmitted} 条问题未列在此表，${where}。`, 文件: file.file } });
    }
  }
  lines.sort((a, b) => a.order - b.order || a.department.localeCompare(b.department, "zh-CN") || a.position - b.position);

  const b = new SheetBuilder(FINDINGS_COLUMNS.map((c) => c.width), SUMMARY_STYLES);
  const last = layTable(b, FINDINGS_COLUMNS, lines.map((l) => l.row));
  return b.build(FINDINGS_SHEET, {
    print: SUMMARY_PRINT,
    frozenRows: 1,
    frozenCols: 0,
    showGridLines: true,
    autoFilter: `A1:${columnLetter(FINDINGS_COLUMNS.length)}${last}`,
  });
}

