import type { CellStyle, PrintSetup, StyleName } from "../report/plan";

/** The summary's looks, shared by its two sheets: 宋体 10, thin borders, a grey header, rows coloured by what they are. */

/**
 * How a row looks: a department of one project, a department of several (its own figures, over its projects), a
 * project under it, a file that could not be evaluated, a note, a plain line.
 */
export type RowKind = "department" | "group" | "project" | "failed" | "note" | "plain";

/** The kinds of cell, each a style per row kind: "money" → "money", "money.project", "money.failed" … */
export type CellKind = "text" | "center" | "count" | "money" | "rate" | "score" | "link";

export const FONT = { name: "宋体", size: 10 };
const HEADER_FILL = "D9E1F2";
const FILL: Partial<Record<RowKind, string>> = { group: "F2F2F2", failed: "FCE4E4" };

const BASE: Record<CellKind, CellStyle> = {
  text: { horizontal: "left", wrap: true },
  center: { horizontal: "center", wrap: true },
  count: { horizontal: "center", numberFormat: "0" },
  money: { horizontal: "right", numberFormat: "0.00" },
  rate: { horizontal: "right", numberFormat: "0.00%" },
  score: { horizontal: "right", numberFormat: "0.00" },
  link: { horizontal: "left", wrap: true },
};

export const styleName = (cell: CellKind, row: RowKind): StyleName => `${cell}.${row}`;

function variants(): Record<StyleName, CellStyle> {
  const out: Record<StyleName, CellStyle> = {};
  for (const row of ["department", "group", "project", "failed", "note", "plain"] as RowKind[]) {
    for (const [cell, base] of Object.entries(BASE) as [CellKind, CellStyle][]) {
      // A department of several projects is bold over its projects; a link looks like one.
      const bold = row === "group" && cell !== "link";
      const font = cell === "link" ? { ...FONT, color: "0563C1", underline: true } : { ...FONT, bold };
      out[styleName(cell, row)] = { ...base, font, vertical: "top", border: true, fill: FILL[row], indent: row === "project" && cell === "text" ? 1 : undefined };
    }
  }
  return out;
}

export const SUMMARY_STYLES: Record<StyleName, CellStyle> = {
  ...variants(),
  header: { font: { ...FONT, bold: true }, fill: HEADER_FILL, horizontal: "center", vertical: "middle", wrap: true, border: true },
  section: { font: { ...FONT, size: 11, bold: true }, horizontal: "left", vertical: "middle" },
  totalLabel: { font: { ...FONT, bold: true }, fill: "F2F2F2", horizontal: "left", vertical: "top", wrap: true, border: true },
  totalCount: { font: FONT, horizontal: "right", vertical: "top", numberFormat: "0", border: true },
  totalMoney: { font: FONT, horizontal: "right", vertical: "top", numberFormat: "0.00", border: true },
  totalRate: { font: FONT, horizontal: "right", vertical: "top", numberFormat: "0.00%", border: true },
  totalText: { font: FONT, horizontal: "left", vertical: "top", wrap: true, border: true },
};

/**
 * A4 landscape, one page wide however long, the header row on every page, page numbers at the foot: a bureau files
 * the printed summary, and a page that is a fifth of a table is no use on paper.
 */
export const SUMMARY_PRINT: PrintSetup = {
  paperSize: "A4",
  orientation: "landscape",
  fitToWidth: 1,
  printTitleRows: "1:1",
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  horizontalCentered: true,
  footer: "第 &P 页，共 &N 页",
};

/** The font size every height estimate of the summary assumes. */
export const FONT_SIZE = FONT.size;
