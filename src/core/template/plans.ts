import type { CellStyle, PlanCell, PlanMerge, PlanValidation, PrintSetup, SheetPlan, StyleName } from "../report/plan";
import { columnLetter } from "../ref";
import {
  BASIC_HEADERS,
  BASIC_INFO_ROWS,
  COMPLETION_LEVELS,
  EXECUTION_WEIGHT,
  FUND_HEADERS,
  FUND_SOURCES,
  INDICATOR_HEADERS,
  INDICATOR_INPUT_ROWS,
  INSTRUCTIONS,
  INSTRUCTIONS_TITLE,
  LEVEL1_INDICATORS,
  LEVEL2_INDICATORS,
  OPERATORS,
  SHEET_BASIC,
  SHEET_FUNDS,
  SHEET_INDICATORS,
} from "./content";

/**
 * The blank standard workbook of docs/template.md as sheet plans, for the one writer of files. 宋体 is on every Chinese
 * Windows and in WPS, where 等线 is not always installed. Every column carries its style, so what the accountant
 * types later gets the same font and number format as the pre-filled cells.
 */
const SONG = { name: "宋体", size: 11 };
const BORDERED = { border: true, vertical: "middle" } as const;

export const MONEY_FORMAT = "#,##0.00";
export const RATE_FORMAT = "0.00%";
export const SCORE_FORMAT = "0.00";

const STYLES: Record<StyleName, CellStyle> = {
  body: { font: SONG, vertical: "middle" },
  bodyWrap: { font: SONG, vertical: "top", wrap: true },
  money: { font: SONG, vertical: "middle", numberFormat: MONEY_FORMAT },
  rate: { font: SONG, vertical: "middle", numberFormat: RATE_FORMAT },
  score: { font: SONG, vertical: "middle", numberFormat: SCORE_FORMAT },
  header: { font: { ...SONG, bold: true }, fill: "DDEBF7", border: true, horizontal: "center", vertical: "middle", wrap: true },
  label: { font: { ...SONG, bold: true }, ...BORDERED },
  required: { font: { ...SONG, bold: true, color: "C00000" }, ...BORDERED },
  cell: { font: SONG, ...BORDERED },
  cellLong: { font: SONG, border: true, vertical: "top", wrap: true },
  cellMoney: { font: SONG, ...BORDERED, numberFormat: MONEY_FORMAT },
  cellRate: { font: SONG, ...BORDERED, numberFormat: RATE_FORMAT },
  cellScore: { font: SONG, ...BORDERED, numberFormat: SCORE_FORMAT },
  cellWrap: { font: SONG, border: true, vertical: "top", wrap: true },
  title: { font: { ...SONG, bold: true }, vertical: "middle" },
  note: { font: SONG, vertical: "top", wrap: true },
};

const PRINT: PrintSetup = {
  paperSize: "A4",
  orientation: "landscape",
  fitToWidth: 1,
  printTitleRows: "1:1",
  margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  horizontalCentered: false,
};

/** A CJK character is about two units of Excel's column width (the width of "0"). */
const CJK_CHAR_WIDTH = 2;
const LINE_HEIGHT_POINTS = 15;

/** Excel does not grow a row to fit wrapped text in merged cells, so the height is estimated from the text. */
export function heightForText(text: string, widthUnits: number): number {
  const units = Array.from(text).reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0xff ? CJK_CHAR_WIDTH : 1), 0);
  return Math.max(1, Math.ceil(units / Math.max(1, widthUnits - 2))) * LINE_HEIGHT_POINTS;
}

interface Column {
  width: number;
  /** Column style (body cells) and the style of a bordered cell of the table. */
  style: StyleName;
  cell: StyleName;
}

class Sheet {
  readonly cells: PlanCell[] = [];
  readonly merges: PlanMerge[] = [];
  readonly rowHeights: Record<number, number> = {};
  readonly validations: PlanValidation[] = [];

  constructor(
    readonly name: string,
    readonly columns: readonly Column[],
  ) {}

  text(row: number, col: number, text: string, style: StyleName): void {
    this.cells.push({ row, col, content: { kind: "text", text }, style });
  }

  /** Header at row 1, frozen (see plan()), so the column names stay in view while a long table is filled in. */
  header(headers: readonly string[]): void {
    headers.forEach((h, i) => this.text(1, i + 1, h, "header"));
    this.rowHeights[1] = 24;
  }

  /** A row of the table: bordered cells in each column's own format. */
  borderRow(row: number): void {
    this.columns.forEach((c, i) => this.cells.push({ row, col: i + 1, content: { kind: "blank" }, style: c.cell }));
  }

  plan(): SheetPlan {
    return {
      name: this.name,
      cells: this.cells,
      merges: this.merges,
      styles: STYLES,
      columnWidths: this.columns.map((c) => c.width),
      columnStyles: this.columns.map((c) => c.style),
      rowHeights: this.rowHeights,
      print: PRINT,
      frozenRows: 1,
      showGridLines: true,
      validations: this.validations,
    };
  }
}

const plain = (width: number): Column => ({ width, style: "body", cell: "cell" });
const wrapped = (width: number): Column => ({ width, style: "bodyWrap", cell: "cellWrap" });
const money = (width: number): Column => ({ width, style: "money", cell: "cellMoney" });
const score = (width: number): Column => ({ width, style: "score", cell: "cellScore" });
const rate = (width: number): Column => ({ width, style: "rate", cell: "cellRate" });

function listValidation(ref: string, options: readonly string[], errorStyle: "stop" | "warning"): PlanValidation {
  return { ref, type: "list", list: [...options], errorStyle, errorTitle: "请从下拉列表中选择", error: `可选：${options.join("、")}` };
}

function basicInfoPlan(year: number | undefined): SheetPlan {
  const sheet = new Sheet(SHEET_BASIC, [plain(22), plain(80)]);
  sheet.header(BASIC_HEADERS);
  BASIC_INFO_ROWS.forEach((info, i) => {
    const row = i + 2;
    sheet.borderRow(row);
    sheet.text(row, 1, info.label, info.required ? "required" : "label");
    const valueStyle = info.long ? "cellLong" : "cell";
    const value = info.label === "评价年度" && year !== undefined ? year : info.value;
    if (typeof value === "number") sheet.cells.push({ row, col: 2, content: { kind: "number", value }, style: valueStyle });
    else if (value !== undefined) sheet.text(row, 2, value, valueStyle);
    else sheet.cells.push({ row, col: 2, content: { kind: "blank" }, style: valueStyle });
    const prompt = info.prompt ? { promptTitle: info.label, prompt: info.prompt } : {};
    if (info.options) sheet.validations.push({ ...listValidation(`B${row}`, info.options, "stop"), ...prompt });
    if (info.label === "评价年度") {
      sheet.validations.push({ ref: `B${row}`, type: "whole", min: 2000, max: 2100, errorStyle: "stop", errorTitle: "评价年度", error: "请填写四位年份，如 2024", ...prompt });
    }
  });

  // One blank row, then the notes; each note spans both columns so it reads as a paragraph.
  const titleRow = BASIC_INFO_ROWS.length + 3;
  sheet.text(titleRow, 1, INSTRUCTIONS_TITLE, "title");
  const totalWidth = sheet.columns.reduce((a, c) => a + c.width, 0);
  INSTRUCTIONS.forEach((text, i) => {
    const row = titleRow + 1 + i;
    sheet.text(row, 1, text, "note");
    sheet.merges.push({ top: row, left: 1, bottom: row, right: sheet.columns.length });
    sheet.rowHeights[row] = heightForText(text, totalWidth);
  });
  return sheet.plan();
}

function fundPlan(): SheetPlan {
  const sheet = new Sheet(SHEET_FUNDS, [plain(24), plain(22), money(14), money(14), money(14), score(8), rate(10), score(10), wrapped(40)]);
  sheet.header(FUND_HEADERS);
  FUND_SOURCES.forEach((source, i) => {
    sheet.borderRow(i + 2);
    sheet.text(i + 2, 2, source, i === 0 ? "label" : "cell");
  });
  // Helper formulas on the 合计 row only: the core recomputes and compares, so these are a convenience, never trusted.
  // The cached result "" is what they yield on a blank row, so a reader that does not recalculate sees a blank.
  sheet.cells.push({ row: 2, col: 6, content: { kind: "number", value: EXECUTION_WEIGHT }, style: "cellScore" });
  sheet.cells.push({ row: 2, col: 7, content: { kind: "formula", formula: 'IF(N(D2)=0,"",E2/D2)', cached: "" }, style: "cellRate" });
  sheet.cells.push({ row: 2, col: 8, content: { kind: "formula", formula: 'IF(G2="","",ROUND(MIN(G2,1)*F2,2))', cached: "" }, style: "cellScore" });
  return sheet.plan();
}

function indicatorPlan(): SheetPlan {
  const sheet = new Sheet(SHEET_INDICATORS, [
    plain(20),
    plain(12),
    plain(20),
    wrapped(30),
    plain(10),
    plain(14),
    plain(10),
    plain(14),
    score(8),
    plain(10),
    score(10),
    wrapped(40),
  ]);
  sheet.header(INDICATOR_HEADERS);
  // Warnings rather than stops: the reader accepts variants such as ">=" or "正向", so typing one should stay possible.
  const dropdowns: Array<[string, readonly string[]]> = [
    ["一级指标", LEVEL1_INDICATORS],
    ["二级指标", LEVEL2_INDICATORS],
    ["指标性质", OPERATORS],
    ["完成等级", COMPLETION_LEVELS],
  ];
  const { first, last } = INDICATOR_INPUT_ROWS;
  for (const [header, options] of dropdowns) {
    const col = columnLetter((INDICATOR_HEADERS as readonly string[]).indexOf(header) + 1);
    sheet.validations.push(listValidation(`${col}${first}:${col}${last}`, options, "warning"));
  }
  return sheet.plan();
}

/** 基本信息, 资金情况, 绩效指标, in that order; 评价年度 filled in when a year is given. */
export function templatePlans(year?: number): SheetPlan[] {
  return [basicInfoPlan(year), fundPlan(), indicatorPlan()];
}
