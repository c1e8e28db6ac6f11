import ExcelJS from "exceljs";
import type { SheetPlan } from "../../core/report/plan";
import { applyPlan } from "./writePlan";

/** The summary workbook's bytes: each sheet plan (src/core/batch) written by the plan writer, in the order given. */
export async function buildSummaryWorkbook(plans: readonly SheetPlan[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "绩效自评助手";
  for (const plan of plans) applyPlan(wb.addWorksheet(plan.name), plan);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
