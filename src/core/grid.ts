/**
 * What a gateway hands the core: each sheet as a plain grid of cell values, as Office.js `Range.values`
 * and ExcelJS both can deliver it. Nothing here knows where the grid came from.
 */

/** An Excel error value such as #DIV/0! or #N/A, kept apart from text so it is never mistaken for what a user typed. */
export interface CellError {
  error: string;
}

/**
 * One cell's value. Office.js gives numbers, strings and booleans (dates as serial numbers, errors as "#DIV/0!" strings);
 * ExcelJS also gives Date objects and error objects. Gateways reduce everything else (rich text, hyperlinks, formulas)
 * to one of these. The core still accepts `unknown` everywhere, because real files hold surprises.
 */
export type CellValue = string | number | boolean | Date | CellError | null;

/** A merged area, 0-based and inclusive, in the grid's coordinates (row 0 = worksheet row 1, col 0 = column A). */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  /** The worksheet's name as the workbook has it. */
  name: string;
  /** values[r][c] is the cell at worksheet row r+1, column c+1. Rows may be ragged; a missing cell is blank. */
  values: unknown[][];
  /** Merged areas. A merged area's value sits in its top-left cell only; the other cells are blank, as in Office.js. */
  merges?: MergeArea[];
  hidden?: boolean;
}

export interface WorkbookGrids {
  /** Shown in messages, e.g. "丰都县总工会2024.xlsx". */
  fileName: string;
  sheets: SheetGrid[];
}
