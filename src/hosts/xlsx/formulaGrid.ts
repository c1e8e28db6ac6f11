import ExcelJS from "exceljs";
import { toCellValue } from "./cellValue";

/** A worksheet as Office.js `Range.formulas` gives it: "=" + the formula where a cell has one, its value elsewhere. */
export function formulaGrid(worksheet: ExcelJS.Worksheet): unknown[][] {
  const grid: unknown[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, r) => {
    const line: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merge's covered cells echo its value in ExcelJS; Office.js gives them blank.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const formula = cell.formula;
      line[c - 1] = formula ? `=${formula}` : toCellValue(cell.value);
    });
    grid[r - 1] = line;
  });
  return grid;
}
