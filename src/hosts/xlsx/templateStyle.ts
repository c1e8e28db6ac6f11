import type ExcelJS from "exceljs";

/**
 * How the blank workbook looks. 宋体 is on every Chinese Windows and in WPS, where 等线 is not always installed;
 * charset 134 (GB2312) keeps Excel from substituting a Western font for it.
 */
export const BODY_FONT: Partial<ExcelJS.Font> = { name: "宋体", size: 11, charset: 134 };
export const HEADER_FONT: Partial<ExcelJS.Font> = { ...BODY_FONT, bold: true };
export const REQUIRED_FONT: Partial<ExcelJS.Font> = { ...BODY_FONT, bold: true, color: { argb: "FFC00000" } };

export const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
export const THIN_BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export const MONEY_FORMAT = "#,##0.00";
export const RATE_FORMAT = "0.00%";
export const SCORE_FORMAT = "0.00";

/** A CJK character is about two units of Excel's column width (the width of "0"). */
export const CJK_CHAR_WIDTH = 2;
const LINE_HEIGHT_POINTS = 15;

/** Header at row 1, frozen, so the column names stay in view while a long table is filled in. */
export function writeFrozenHeader(sheet: ExcelJS.Worksheet, headers: readonly string[]): void {
  const row = sheet.getRow(1);
  headers.forEach((header, i) => {
    const cell = row.getCell(i + 1);
    cell.value = header;
    cell.style = {
      font: HEADER_FONT,
      fill: HEADER_FILL,
      border: THIN_BORDERS,
      alignment: { horizontal: "center", vertical: "middle", wrapText: true },
    };
  });
  row.height = 24;
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }];
}

/**
 * Column widths plus a column style, so cells the accountant types into later get the same font and number format as
 * the pre-filled ones. Must run before any cell is written: ExcelJS copies the column style into new cells.
 */
export interface ColumnSpec {
  width: number;
  numFmt?: string;
  /** For free text that runs past the column width. */
  wrap?: boolean;
}

export function setColumns(sheet: ExcelJS.Worksheet, columns: readonly ColumnSpec[]): void {
  columns.forEach(({ width, numFmt, wrap }, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = width;
    column.font = BODY_FONT;
    column.alignment = wrap ? { vertical: "top", wrapText: true } : { vertical: "middle" };
    if (numFmt) column.numFmt = numFmt;
  });
}

export function borderRow(row: ExcelJS.Row, columnCount: number): void {
  for (let c = 1; c <= columnCount; c++) row.getCell(c).border = THIN_BORDERS;
}

/** Excel does not grow a row to fit wrapped text in merged cells, so the height is estimated from the text. */
export function heightForText(text: string, widthUnits: number): number {
  const units = Array.from(text).reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0xff ? CJK_CHAR_WIDTH : 1), 0);
  return Math.max(1, Math.ceil(units / Math.max(1, widthUnits - 2))) * LINE_HEIGHT_POINTS;
}
