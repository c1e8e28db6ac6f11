import ExcelJS from "exceljs";

/** Writes a workbook the way a user's file arrives: as the bytes of an .xlsx. */
export async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function oneSheetBytes(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet("表"));
  return toBytes(workbook);
}
