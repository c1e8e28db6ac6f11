import ExcelJS from "exceljs";
import type { RowKind, SummaryCell, SummarySheet } from "../../core/batch/summaryPlan";

const HEADER_FILL = "FFD9E1F2";
const FILL: Partial<Record<RowKind, string>> = { file: "FFF2F2F2", failed: "FFFCE4E4" };
const FONT = "宋体";

function valueOf(cell: SummaryCell): ExcelJS.CellValue {
  // Text stays text: ExcelJS stores a string as a shared string and never parses "=…" typed by an accountant.
  if (cell !== null && typeof cell === "object") return { text: cell.text, hyperlink: cell.link };
  return cell;
}

/** One sheet of the summary: the header frozen with an autofilter, widths, number formats, the rows coloured by kind. */
function addSheet(wb: ExcelJS.Workbook, sheet: SummarySheet): void {
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  ws.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width }));
  const header = ws.getRow(1);
  header.font = { name: FONT, bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  header.eachCell((cell) => (cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } }));
  sheet.rows.forEach((cells, i) => {
    const row = ws.addRow(cells.map(valueOf));
    const kind = sheet.kinds[i];
    row.font = { name: FONT, bold: kind === "file" };
    sheet.columns.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      if (c.numFmt) cell.numFmt = c.numFmt;
      cell.alignment = { vertical: "top", wrapText: c.wrap };
      const fill = FILL[kind];
      if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
      if (cells[j] !== null && typeof cells[j] === "object") cell.font = { name: FONT, color: { argb: "FF0563C1" }, underline: true };
    });
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rows.length + 1), column: sheet.columns.length } };
}

/** The summary workbook's bytes, its sheets in the order given. */
export async function buildSummaryWorkbook(sheets: readonly SummarySheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "绩效自评助手";
  for (const sheet of sheets) addSheet(wb, sheet);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
