import type { Finding } from "../../core/model/finding";

/** Activates the finding's sheet and selects its cell, else its row, else A1: one sync. */
export async function selectInContext(context: Excel.RequestContext, finding: Finding): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(finding.sheet);
  sheet.activate();
  const address = finding.cell || (finding.row ? `${finding.row}:${finding.row}` : "A1");
  sheet.getRange(address).select();
  await context.sync();
}
