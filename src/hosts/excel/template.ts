/**
 * 插入模板 inside Excel: the three sheets of the standard workbook (src/core/template/content.ts, the same content the
 * ExcelJS gateway writes to a file), each created only where no sheet of that name exists; nothing is overwritten.
 * Two syncs: the sheet names, then everything written.
 */
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
} from "../../core/template/content";
import { columnLetter } from "../../core/ref";
import { widthToPoints } from "./payload";

const FONT = "宋体";
const HEADER_FILL = "#DDEBF7";
const BORDER_COLOR = "#808080";
const MONEY = "#,##0.00";
const RATE = "0.00%";
const SCORE = "0.00";
const CJK_UNITS = 2;
const LINE_POINTS = 15;

interface Column {
  width: number;
  numberFormat?: string;
  wrap?: boolean;
}

const BASIC_COLUMNS: Column[] = [{ width: 22 }, { width: 80 }];
const FUND_COLUMNS: Column[] = [
  { width: 24 },
  { width: 22 },
  { width: 14, numberFormat: MONEY },
  { width: 14, numberFormat: MONEY },
  { width: 14, numberFormat: MONEY },
  { width: 8, numberFormat: SCORE },
  { width: 10, numberFormat: RATE },
  { width: 10, numberFormat: SCORE },
  { width: 40, wrap: true },
];
const INDICATOR_COLUMNS: Column[] = [
  { width: 20 },
  { width: 12 },
  { width: 20 },
  { width: 30, wrap: true },
  { width: 10 },
  { width: 14 },
  { width: 10 },
  { width: 14 },
  { width: 8, numberFormat: SCORE },
  { width: 10 },
  { width: 10, numberFormat: SCORE },
  { width: 40, wrap: true },
];

/** Rows of a paragraph of text at a given column width, as the ExcelJS template sizes its notes. */
export function heightForText(text: string, widthUnits: number): number {
  const units = Array.from(text).reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0xff ? CJK_UNITS : 1), 0);
  return Math.max(1, Math.ceil(units / Math.max(1, widthUnits - 2))) * LINE_POINTS;
}

export async function insertTemplateInContext(context: Excel.RequestContext): Promise<{ created: string[]; skipped: string[] }> {
  const collection = context.workbook.worksheets;
  collection.load("items/name");
  await context.sync();
  const existing = new Set(collection.items.map((s) => s.name));
  const created: string[] = [];
  const skipped: string[] = [];
  const writers: [string, (sheet: Excel.Worksheet) => void][] = [
    [SHEET_BASIC, writeBasic],
    [SHEET_FUNDS, writeFunds],
    [SHEET_INDICATORS, writeIndicators],
  ];
  for (const [name, write] of writers) {
    if (existing.has(name)) {
      skipped.push(name);
      continue;
    }
    write(collection.add(name));
    created.push(name);
  }
  if (created.length) {
    collection.getItem(created[0]).activate();
    await context.sync();
  }
  return { created, skipped };
}

function lastColumn(count: number): string {
  return columnLetter(count);
}

function setColumns(sheet: Excel.Worksheet, columns: readonly Column[]): void {
  columns.forEach((c, i) => {
    const letter = columnLetter(i + 1);
    const column = sheet.getRange(`${letter}:${letter}`);
    column.format.columnWidth = widthToPoints(c.width);
    column.format.font.name = FONT;
    column.format.font.size = 11;
    column.format.verticalAlignment = c.wrap ? "Top" : "Center";
    if (c.wrap) column.format.wrapText = true;
    if (c.numberFormat) {
      const rows = INDICATOR_INPUT_ROWS.last - 1;
      sheet.getRange(`${letter}2:${letter}${INDICATOR_INPUT_ROWS.last}`).numberFormat = Array.from({ length: rows }, () => [c.numberFormat as string]);
    }
  });
}

function borders(range: Excel.Range, inside: boolean): void {
  const outline = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
  const edges = inside ? [...outline, "InsideVertical" as const, "InsideHorizontal" as const] : outline;
  for (const edge of edges) {
    const border = range.format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = BORDER_COLOR;
  }
}

/** The header row, styled and frozen so the column names stay in view. */
function writeHeader(sheet: Excel.Worksheet, headers: readonly string[]): void {
  const range = sheet.getRange(`A1:${lastColumn(headers.length)}1`);
  range.values = [[...headers]];
  range.format.font.bold = true;
  range.format.fill.color = HEADER_FILL;
  range.format.horizontalAlignment = "Center";
  range.format.verticalAlignment = "Center";
  range.format.wrapText = true;
  range.format.rowHeight = 24;
  borders(range, true);
  sheet.freezePanes.freezeRows(1);
}

function listRule(range: Excel.Range, options: readonly string[], style: "Stop" | "Warning", prompt?: { title: string; message: string }): void {
  range.dataValidation.rule = { list: { inCellDropDown: true, source: options.join(",") } };
  range.dataValidation.errorAlert = { showAlert: true, style, title: "请从下拉列表中选择", message: `可选：${options.join("、")}` };
  if (prompt) range.dataValidation.prompt = { showPrompt: true, title: prompt.title, message: prompt.message };
}

function writeBasic(sheet: Excel.Worksheet): void {
  setColumns(sheet, BASIC_COLUMNS);
  writeHeader(sheet, BASIC_HEADERS);
  const last = BASIC_INFO_ROWS.length + 1;
  const body = sheet.getRange(`A2:B${last}`);
  body.values = BASIC_INFO_ROWS.map((info) => [info.label, info.value ?? ""]);
  borders(body, true);
  BASIC_INFO_ROWS.forEach((info, i) => {
    const row = i + 2;
    const label = sheet.getRange(`A${row}`).format.font;
    label.bold = true;
    if (info.required) label.color = "#C00000";
    const value = sheet.getRange(`B${row}`);
    if (info.long) {
      value.format.verticalAlignment = "Top";
      value.format.wrapText = true;
    }
    const prompt = info.prompt ? { title: info.label, message: info.prompt } : undefined;
    if (info.options) listRule(value, info.options, "Stop", prompt);
    if (info.label === "评价年度") {
      value.dataValidation.rule = { wholeNumber: { formula1: 2000, formula2: 2100, operator: "Between" } };
      value.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: "评价年度", message: "请填写四位年份，如 2024" };
      if (prompt) value.dataValidation.prompt = { showPrompt: true, ...prompt };
    }
  });

  const titleRow = BASIC_INFO_ROWS.length + 3;
  const title = sheet.getRange(`A${titleRow}`);
  title.values = [[INSTRUCTIONS_TITLE]];
  title.format.font.bold = true;
  const totalWidth = BASIC_COLUMNS.reduce((s, c) => s + c.width, 0);
  INSTRUCTIONS.forEach((text, i) => {
    const row = titleRow + 1 + i;
    const range = sheet.getRange(`A${row}:B${row}`);
    range.merge(false);
    range.values = [[text, ""]];
    range.format.verticalAlignment = "Top";
    range.format.wrapText = true;
    range.format.rowHeight = heightForText(text, totalWidth);
  });
}

function writeFunds(sheet: Excel.Worksheet): void {
  setColumns(sheet, FUND_COLUMNS);
  writeHeader(sheet, FUND_HEADERS);
  const last = FUND_SOURCES.length + 1;
  const body = sheet.getRange(`A2:${lastColumn(FUND_HEADERS.length)}${last}`);
  // The 合计 row's helper formulas: a convenience for the accountant; the evaluation recomputes and compares.
  body.formulas = FUND_SOURCES.map((source, i) =>
    i === 0 ? ["", source, "", "", "", EXECUTION_WEIGHT, '=IF(N(D2)=0,"",E2/D2)', '=IF(G2="","",ROUND(MIN(G2,1)*F2,2))', ""] : ["", source, "", "", "", "", "", "", ""],
  );
  borders(body, true);
  sheet.getRange("B2").format.font.bold = true;
}

function writeIndicators(sheet: Excel.Worksheet): void {
  setColumns(sheet, INDICATOR_COLUMNS);
  writeHeader(sheet, INDICATOR_HEADERS);
  // Warnings rather than stops: the reader accepts variants such as ">=" or "正向", so typing one stays possible.
  const dropdowns: [string, readonly string[]][] = [
    ["一级指标", LEVEL1_INDICATORS],
    ["二级指标", LEVEL2_INDICATORS],
    ["指标性质", OPERATORS],
    ["完成等级", COMPLETION_LEVELS],
  ];
  for (const [header, options] of dropdowns) {
    const letter = columnLetter((INDICATOR_HEADERS as readonly string[]).indexOf(header) + 1);
    listRule(sheet.getRange(`${letter}${INDICATOR_INPUT_ROWS.first}:${letter}${INDICATOR_INPUT_ROWS.last}`), options, "Warning");
  }
}
