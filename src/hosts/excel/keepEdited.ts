/**
 * Before the report is rewritten: if the accountant edited the tool's earlier report, keep it under another name
 * (自评报告（修改前）) rather than clearing it. The decision is the core's (keepEditedReport); this reads the sheet's
 * formulas (values where a cell has none) in one sync and queues the rename, which the report's own write then syncs.
 */
import { keepEditedReport } from "../../core/report/edits";
import { parseRect } from "./address";

export async function keepIfEdited(context: Excel.RequestContext, sheet: string, names: Iterable<string>): Promise<{ keep: string; note: string } | null> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("address, formulas");
  await context.sync();
  if (used.isNullObject) return null;
  const rect = parseRect(used.address.replace(/^.*!/, ""));
  if (!rect) return null;
  // The grid from A1, as the core reads every sheet: the used range may start lower or further right.
  const values: unknown[][] = [];
  used.formulas.forEach((row, r) => (values[rect.top + r] = [...Array<unknown>(rect.left).fill(null), ...row]));
  const decision = keepEditedReport(sheet, values, new Set(names));
  if (decision) ws.name = decision.keep;
  return decision;
}
