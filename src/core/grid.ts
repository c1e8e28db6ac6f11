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
  /**
   * Each cell's number format code, in the shape of `values` (Office.js `Range.numberFormat`; a file reader resolves
   * built-in ids to their codes, the zh-CN date ids 27–36 and 50–58 included). Missing, null, "" or "General" = none.
   * The core reads a cell through its format, as the user sees it (domain-rules (n)): 0.9 in "0%" is 90%, a serial in
   * a date format is that date.
   */
  formats?: (string | null | undefined)[][];
  /**
   * Cells holding a formula whose stored value cannot be trusted: none stored ("no-result"), or the workbook was marked
   * to be recalculated on load by the program that wrote it ("full-calc-on-load"), whose stored results may be 0
   * placeholders. 0-based, in the grid's coordinates. The core never reads such a value in silence.
   */
  untrustedFormulas?: { row: number; col: number; reason: "no-result" | "full-calc-on-load" }[];
  /** 0-based rows and columns the user hid. */
  hiddenRows?: number[];
  hiddenCols?: number[];
}

export interface WorkbookGrids {
  /** Shown in messages, e.g. "丰都县总工会2024.xlsx". */
  fileName: string;
  sheets: SheetGrid[];
  /** The workbook counts dates from 1904 (Mac Excel of old): its serials are 1,462 days short of the 1900 system's. */
  date1904?: boolean;
}
