import type { SheetPlan } from "../../core/report/plan";
import { writePlansToNewPackage } from "./write";

/** The summary workbook's bytes: each sheet plan (src/core/batch) written by the one SpreadsheetML writer, in order. */
export async function buildSummaryWorkbook(plans: readonly SheetPlan[]): Promise<Uint8Array> {
  return writePlansToNewPackage(plans);
}
