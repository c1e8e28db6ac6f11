import ExcelJS from "exceljs";
import { WorkbookWriteError } from "./errors";
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
  type BasicInfoRow,
} from "../../core/template/content";
import {
  HEADER_FONT,
  MONEY_FORMAT,
  RATE_FORMAT,
  REQUIRED_FONT,
  SCORE_FORMAT,
  borderRow,
  heightForText,
  setColumns,
  writeFrozenHeader,
} from "./templateStyle";

/** The blank standard workbook of docs/template.md, ready for an accountant to fill in. */
export function buildTemplateWorkbook(year?: number): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "绩效自评助手";
  addBasicInfoSheet(workbook, year);
  addFundSheet(workbook);
  addIndicatorSheet(workbook);
  return workbook;
}

/** Node only (ExcelJS writes through `fs`); the browser saves `buildTemplateWorkbook().xlsx.writeBuffer()` itself. */
export async function writeTemplateFile(path: string, year?: number): Promise<void> {
  try {
    await buildTemplateWorkbook(year).xlsx.writeFile(path);
  } catch (cause) {
    throw new WorkbookWriteError(path, cause);
  }
}

function addBasicInfoSheet(workbook: ExcelJS.Workbook, year: number | undefined): void {
  const sheet = workbook.addWorksheet(SHEET_BASIC);
  const widths = [22, 80];
  setColumns(sheet, widths.map((width) => ({ width })));
  writeFrozenHeader(sheet, BASIC_HEADERS);

  BASIC_INFO_ROWS.forEach((info, i) => {
    const row = sheet.getRow(i + 2);
    row.getCell(1).value = info.label;
    row.getCell(1).font = info.required ? REQUIRED_FONT : HEADER_FONT;

    const value = row.getCell(2);
    if (info.value !== undefined) value.value = info.value;
    if (info.long) value.alignment = { vertical: "top", wrapText: true };
    if (info.options) value.dataValidation = withPrompt(listValidation(info.options, "stop"), info);
    if (info.label === "评价年度") {
      if (year !== undefined) value.value = year;
      value.dataValidation = withPrompt(yearValidation(), info);
    }
    borderRow(row, widths.length);
  });

  // One blank row, then the notes; each note spans both columns so it reads as a paragraph.
  const titleRow = BASIC_INFO_ROWS.length + 3;
  sheet.getCell(titleRow, 1).value = INSTRUCTIONS_TITLE;
  sheet.getCell(titleRow, 1).font = HEADER_FONT;
  const totalWidth = widths.reduce((a, b) => a + b, 0);
  INSTRUCTIONS.forEach((text, i) => {
    const rowNumber = titleRow + 1 + i;
    sheet.mergeCells(rowNumber, 1, rowNumber, widths.length);
    const cell = sheet.getCell(rowNumber, 1);
    cell.value = text;
    cell.alignment = { vertical: "top", wrapText: true };
    sheet.getRow(rowNumber).height = heightForText(text, totalWidth);
  });
}

function addFundSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(SHEET_FUNDS);
  setColumns(sheet, [
    { width: 24 },
    { width: 22 },
    { width: 14, numFmt: MONEY_FORMAT },
    { width: 14, numFmt: MONEY_FORMAT },
    { width: 14, numFmt: MONEY_FORMAT },
    { width: 8, numFmt: SCORE_FORMAT },
    { width: 10, numFmt: RATE_FORMAT },
    { width: 10, numFmt: SCORE_FORMAT },
    { width: 40, wrap: true },
  ]);
  writeFrozenHeader(sheet, FUND_HEADERS);

  FUND_SOURCES.forEach((source, i) => {
    const row = sheet.getRow(i + 2);
    row.getCell(2).value = source;
    borderRow(row, FUND_HEADERS.length);
  });

  // Helper formulas on the 合计 row only: the core recomputes and compares, so these are a convenience, never trusted.
  // The cached result "" is what they yield on a blank row, so a reader that does not recalculate sees a blank.
  const total = sheet.getRow(2);
  total.getCell(2).font = HEADER_FONT;
  total.getCell(6).value = EXECUTION_WEIGHT;
  total.getCell(7).value = { formula: 'IF(N(D2)=0,"",E2/D2)', result: "" };
  total.getCell(8).value = { formula: 'IF(G2="","",ROUND(MIN(G2,1)*F2,2))', result: "" };
}

function addIndicatorSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(SHEET_INDICATORS);
  setColumns(sheet, [
    { width: 20 },
    { width: 12 },
    { width: 20 },
    { width: 30, wrap: true },
    { width: 10 },
    { width: 14 },
    { width: 10 },
    { width: 14 },
    { width: 8, numFmt: SCORE_FORMAT },
    { width: 10 },
    { width: 10, numFmt: SCORE_FORMAT },
    { width: 40, wrap: true },
  ]);
  writeFrozenHeader(sheet, INDICATOR_HEADERS);

  // Warnings rather than stops: the reader accepts variants such as ">=" or "正向", so typing one should stay possible.
  const dropdowns: Array<[string, readonly string[]]> = [
    ["一级指标", LEVEL1_INDICATORS],
    ["二级指标", LEVEL2_INDICATORS],
    ["指标性质", OPERATORS],
    ["完成等级", COMPLETION_LEVELS],
  ];
  for (const [header, options] of dropdowns) {
    const column = (INDICATOR_HEADERS as readonly string[]).indexOf(header) + 1;
    const validation = listValidation(options, "warning");
    for (let r = INDICATOR_INPUT_ROWS.first; r <= INDICATOR_INPUT_ROWS.last; r++) {
      sheet.getCell(r, column).dataValidation = validation;
    }
  }
}

function listValidation(options: readonly string[], errorStyle: "stop" | "warning"): ExcelJS.DataValidation {
  return {
    type: "list",
    allowBlank: true,
    formulae: [`"${options.join(",")}"`],
    showErrorMessage: true,
    errorStyle,
    errorTitle: "请从下拉列表中选择",
    error: `可选：${options.join("、")}`,
  };
}

function withPrompt(validation: ExcelJS.DataValidation, info: BasicInfoRow): ExcelJS.DataValidation {
  return info.prompt ? { ...validation, showInputMessage: true, promptTitle: info.label, prompt: info.prompt } : validation;
}

function yearValidation(): ExcelJS.DataValidation {
  return {
    type: "whole",
    operator: "between",
    allowBlank: true,
    formulae: [2000, 2100],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "评价年度",
    error: "请填写四位年份，如 2024",
  };
}
