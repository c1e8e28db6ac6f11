import ExcelJS from "exceljs";
import type { Evaluation } from "../../core/model/evaluation";
import { buildReportPlan } from "../../core/report/buildReport";
import { keepEditedReport } from "../../core/report/edits";
import { isToolReport, reportSheetName } from "../../core/report/marker";
import { cellText } from "../../core/text";
import { trimBlankRows } from "./blankRows";
import { partsACopyWouldLose } from "./copyGuard";
import { formulaGrid } from "./formulaGrid";
import { applyPlan } from "./writePlan";

export interface ReportWorkbook {
  data: Uint8Array;
  sheetName: string;
  /** True where the report stands in a workbook of its own, because a copy of the input would have lost something. */
  standalone: boolean;
  /** Why (in Chinese): the parts a copy would have lost, or the reason the input could not be copied. */
  reasons: string[];
  /** Where the earlier report was edited since the tool wrote it: the name it was kept under, and the sentence saying so. */
  kept?: { sheet: string; note: string };
}

/** Which sheets are called 自评报告… and whether the tool wrote them (its marker in A2). */
function existingReports(wb: ExcelJS.Workbook): Map<string, boolean> {
  const found = new Map<string, boolean>();
  for (const ws of wb.worksheets) found.set(ws.name, isToolReport([[], [cellText(ws.getCell("A2").value)]]));
  return found;
}

/**
 * The input workbook with its 自评报告 sheet, as bytes. The report the tool wrote before is replaced; a sheet of that
 * name the user made is kept and the report goes to 自评报告(2). The input bytes are only read.
 */
export async function buildReportWorkbook(input: Uint8Array, ev: Evaluation): Promise<ReportWorkbook> {
  let reasons: string[];
  try {
    reasons = await partsACopyWouldLose(input);
  } catch {
    reasons = ["原文件的压缩结构无法完整读取"];
  }
  // A copy would carry every blank formatted row into ExcelJS twice (load and write): gigabytes for a million of them.
  const blank = reasons.length ? 0 : (await trimBlankRows(input)).rows;
  if (blank > 0) reasons = [`${blank} 行仅设置了格式的空白行`];
  if (!reasons.length) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(input as unknown as ExcelJS.Buffer);
    } catch {
      reasons = ["原工作簿中有本工具无法原样复制的内容"];
    }
    if (!reasons.length) {
      const sheetName = reportSheetName(existingReports(wb));
      const old = wb.getWorksheet(sheetName);
      const keep = old ? keepEditedReport(sheetName, formulaGrid(old), new Set(wb.worksheets.map((w) => w.name))) : null;
      if (old && keep) old.name = keep.keep;
      else if (old) wb.removeWorksheet(old.id);
      const ws = wb.addWorksheet(sheetName);
      applyPlan(ws, buildReportPlan(ev, sheetName));
      wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: wb.worksheets.indexOf(ws), visibility: "visible" }];
      const kept = keep ? { sheet: keep.keep, note: keep.note } : undefined;
      return { data: new Uint8Array(await wb.xlsx.writeBuffer()), sheetName, standalone: false, reasons, ...(kept ? { kept } : {}) };
    }
  }
  const wb = new ExcelJS.Workbook();
  const sheetName = reportSheetName(new Map());
  applyPlan(wb.addWorksheet(sheetName), buildReportPlan(ev, sheetName));
  return { data: new Uint8Array(await wb.xlsx.writeBuffer()), sheetName, standalone: true, reasons };
}
