/**
 * A sheet to write, described as data: every cell with its value or formula, its style, the merges, widths, heights
 * and print setup. The report is built once as a plan in the core; each gateway (ExcelJS for files, Office.js in the
 * add-in) writes the same plan, so nothing here depends on who writes it.
 */

/** A style by name; the plan's `styles` table says what each name means. */
export type StyleName = string;

export interface CellStyle {
  font?: { name?: string; size?: number; bold?: boolean; color?: string; underline?: boolean };
  /** Fill colour as RRGGBB. */
  fill?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Excel number format code (en-US), e.g. "0.00", "0.00%", "#,##0.00", "@". */
  numberFormat?: string;
  /** Thin borders on all four sides. */
  border?: boolean;
  indent?: number;
}

/**
 * A cell's content. Text is always text: a string such as "=HYPERLINK(…)", "+1" or "@SUM(…)" typed by the user stays
 * those characters (gateways must write it so). A formula carries the value the engine computed for it, so the sheet
 * shows the right figures before any recalculation.
 */
export type PlanContent =
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "formula"; formula: string; cached: number | string }
  | { kind: "blank" };

export interface PlanCell {
  /** 1-based row and column. */
  row: number;
  col: number;
  content: PlanContent;
  style?: StyleName;
}

export interface PlanMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PrintSetup {
  paperSize: "A4";
  orientation: "portrait" | "landscape";
  /** Fit to this many pages wide; any number of pages tall. */
  fitToWidth: number;
  /** Rows repeated at the top of every printed page, e.g. "1:2". */
  printTitleRows?: string;
  /** Margins in inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  horizontalCentered: boolean;
  /** A footer such as "第 &P 页，共 &N 页". */
  footer?: string;
  /** The range that prints, e.g. "A1:J40"; everything else on the sheet (the tool's own columns) stays off the page. */
  printArea?: string;
}

/** A data validation: a dropdown or a bounded number, with the input prompt Excel shows on the cell. */
export interface PlanValidation {
  /** The cells it covers, e.g. "B3" or "F2:F500". */
  ref: string;
  type: "list" | "whole" | "decimal";
  /** The dropdown's choices (type "list"). */
  list?: string[];
  min?: number;
  max?: number;
  errorStyle?: "stop" | "warning" | "information";
  errorTitle?: string;
  error?: string;
  promptTitle?: string;
  prompt?: string;
}

export interface SheetPlan {
  name: string;
  cells: PlanCell[];
  merges: PlanMerge[];
  styles: Record<StyleName, CellStyle>;
  /** Column widths in Excel character units, index 0 = column A. */
  columnWidths: number[];
  /**
   * A style for each whole column (index 0 = column A), so a cell typed in later looks like the planned ones (the blank
   * template's font and number formats). Writers that cannot style a column leave it out.
   */
  columnStyles?: (StyleName | undefined)[];
  /** Row heights in points, by 1-based row; rows not listed keep the default. */
  rowHeights: Record<number, number>;
  print: PrintSetup;
  /** Rows frozen at the top of the window (0 for none). */
  frozenRows: number;
  /** Columns frozen at the left of the window. */
  frozenCols?: number;
  showGridLines: boolean;
  /** An autofilter over this range, e.g. "A1:P40" (the header row first). */
  autoFilter?: string;
  validations?: PlanValidation[];
}
