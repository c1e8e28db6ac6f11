import { columnLetter } from "../ref";

/** Small helpers for writing formulas that Excel 2016+, WPS and LibreOffice all read the same way. */

export const A = (col: number, row: number) => `${columnLetter(col)}${row}`;

/** A string literal inside a formula: "" doubles a quote. */
export function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A sheet reference inside a formula or link: 'name' with ' doubled. */
export function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** =HYPERLINK("#'sheet'!F7","sheet!F7"): a link that selects the cell inside this workbook. */
export function internalLink(sheet: string, cell: string, label: string): string {
  return `HYPERLINK(${literal(`#${sheetRef(sheet)}!${cell}`)},${literal(label)})`;
}

/** The grade bands of domain-rules (e) as a formula over a 100-point score cell. */
export function gradeFormula(scoreCell: string): string {
  return `IF(${scoreCell}>=90,"优",IF(${scoreCell}>=80,"良",IF(${scoreCell}>=60,"中","差")))`;
}
