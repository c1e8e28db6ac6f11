import type { CellStyle, PrintSetup, StyleName } from "./plan";

/**
 * Columns A–I are the official form (its print area); J–M are the tool's own, beside the rows they explain: the
 * indicator's 指标性质, the two numbers it compared, and 计分说明. Widths in Excel character units.
 */
export const COLUMN_WIDTHS = [9, 9, 10, 16, 11, 11, 7, 8, 16, 8, 9, 9, 22];
export const LAST_COL = COLUMN_WIDTHS.length;
/** The form's last column (I). */
export const FORM_COLS = 9;
/** The tool's columns beside the form. */
export const TOOL = { kind: 10, target: 11, actual: 12, note: 13 } as const;

const SONG = "宋体";
const HEI = "黑体";
const MONEY = "#,##0.00";

/** Government forms are printed in 宋体 with 黑体 headings, thin black borders and no colour beyond a pale header. */
export const STYLES: Record<StyleName, CellStyle> = {
  title: { font: { name: HEI, size: 16, bold: true }, horizontal: "center", vertical: "middle" },
  formYear: { font: { name: SONG, size: 11 }, horizontal: "center", vertical: "middle" },
  toolLabel: { font: { name: SONG, size: 9, bold: true }, fill: "F2F2F2", horizontal: "right", vertical: "middle", wrap: true, border: true },
  marker: { font: { name: SONG, size: 9, color: "808080" }, horizontal: "center", vertical: "middle", wrap: true },
  section: { font: { name: HEI, size: 12, bold: true }, vertical: "middle" },
  header: { font: { name: SONG, size: 10, bold: true }, fill: "DDEBF7", horizontal: "center", vertical: "middle", wrap: true, border: true },
  text: { font: { name: SONG, size: 10 }, vertical: "middle", wrap: true, border: true, numberFormat: "@" },
  textCenter: { font: { name: SONG, size: 10 }, horizontal: "center", vertical: "middle", wrap: true, border: true, numberFormat: "@" },
  label: { font: { name: SONG, size: 10, bold: true }, fill: "F2F2F2", horizontal: "center", vertical: "middle", wrap: true, border: true },
  value: { font: { name: SONG, size: 10 }, horizontal: "left", vertical: "middle", wrap: true, border: true },
  money: { font: { name: SONG, size: 10 }, horizontal: "right", vertical: "middle", border: true, numberFormat: MONEY },
  number: { font: { name: SONG, size: 10 }, horizontal: "right", vertical: "middle", border: true, numberFormat: "General" },
  percent: { font: { name: SONG, size: 10 }, horizontal: "right", vertical: "middle", border: true, numberFormat: "0.00%" },
  score: { font: { name: SONG, size: 10 }, horizontal: "right", vertical: "middle", border: true, numberFormat: "0.00" },
  scoreStrong: { font: { name: SONG, size: 11, bold: true }, horizontal: "left", vertical: "middle", border: true, numberFormat: "0.00" },
  gradeStrong: { font: { name: SONG, size: 11, bold: true }, horizontal: "left", vertical: "middle", border: true },
  percentStrong: { font: { name: SONG, size: 10 }, horizontal: "left", vertical: "middle", border: true, numberFormat: "0.00%" },
  totalLabel: { font: { name: SONG, size: 10, bold: true }, fill: "F2F2F2", horizontal: "right", vertical: "middle", border: true },
  totalScore: { font: { name: SONG, size: 10, bold: true }, fill: "F2F2F2", horizontal: "right", vertical: "middle", border: true, numberFormat: "0.00" },
  totalGrade: { font: { name: SONG, size: 10, bold: true }, fill: "F2F2F2", horizontal: "center", vertical: "middle", border: true },
  explain: { font: { name: SONG, size: 9 }, vertical: "middle", wrap: true, border: true, numberFormat: "@" },
  link: { font: { name: SONG, size: 10, color: "0563C1", underline: true }, horizontal: "center", vertical: "middle", border: true },
  error: { font: { name: SONG, size: 10, bold: true, color: "C00000" }, horizontal: "center", vertical: "middle", border: true },
  warning: { font: { name: SONG, size: 10, color: "9C5700" }, horizontal: "center", vertical: "middle", border: true },
  info: { font: { name: SONG, size: 10, color: "595959" }, horizontal: "center", vertical: "middle", border: true },
  reportTitle: { font: { name: HEI, size: 14, bold: true }, horizontal: "center", vertical: "middle" },
  reportHeading: { font: { name: HEI, size: 12, bold: true }, vertical: "middle" },
  paragraph: { font: { name: SONG, size: 11 }, vertical: "top", wrap: true, numberFormat: "@" },
  fingerprint: { font: { name: SONG, size: 8, color: "A6A6A6" }, vertical: "middle", numberFormat: "@" },
};

export const PRINT: PrintSetup = {
  paperSize: "A4",
  orientation: "portrait",
  fitToWidth: 1,
  // The title repeats on every page; the tool's notice in row 2 prints once, on the first.
  printTitleRows: "1:1",
  margins: { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  horizontalCentered: true,
  footer: "第 &P 页，共 &N 页",
};
