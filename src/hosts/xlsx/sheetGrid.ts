import ExcelJS from "exceljs";
import type { CellValue, MergeArea, SheetGrid } from "../../core/grid";
import { isBlank, toCellValue } from "./cellValue";
import { parseRangeRef } from "./rangeRef";

/**
 * Above this many cells the grid is left ragged (each row ends at its own last value) instead of padded to a rectangle:
 * one stray value far to the right must not multiply into millions of nulls. Excel on the web caps a read at 5,000,000
 * cells, so the Office.js gateway never hands the core anything bigger either.
 */
const MAX_RECTANGLE_CELLS = 5_000_000;

interface RowCells {
  cells: CellValue[];
  /** 1-based column of the last non-blank cell. */
  last: number;
}

/** One worksheet as the core sees it: values from A1 to the last non-blank cell, merged values in the top-left only. */
export function toSheetGrid(worksheet: ExcelJS.Worksheet): SheetGrid {
  const rows = new Map<number, RowCells>();
  let height = 0;
  let width = 0;

  // includeEmpty: false walks only rows that hold a cell value, so a million formatted empty rows cost nothing here.
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    let last = 0;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = readCell(cell);
      cells[colNumber - 1] = value;
      if (!isBlank(value)) last = Math.max(last, colNumber);
    });
    if (last === 0) return;
    rows.set(rowNumber, { cells, last });
    height = Math.max(height, rowNumber);
    width = Math.max(width, last);
  });

  const rectangular = height * width <= MAX_RECTANGLE_CELLS;
  const values: CellValue[][] = [];
  for (let r = 1; r <= height; r++) {
    const row = rows.get(r);
    const length = rectangular ? width : (row?.last ?? 0);
    const line: CellValue[] = new Array(length).fill(null);
    if (row) {
      for (let c = 0; c < length && c < row.cells.length; c++) line[c] = row.cells[c] ?? null;
    }
    values.push(line);
  }

  const grid: SheetGrid = { name: worksheet.name, values, merges: mergesOf(worksheet, height, width) };
  if (worksheet.state === "hidden" || worksheet.state === "veryHidden") grid.hidden = true;
  return grid;
}

/** ExcelJS gives every cell of a merged area the master's value; Office.js, and so the core, expect it once. */
function readCell(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  try {
    // A formula's `value` is a copy that keeps only truthy fields, so a cached 0, FALSE or "" would read as blank (a
    // 合计 of 0 as if nothing were filled in); `result` is the cached value itself.
    if (cell.type === ExcelJS.ValueType.Formula) return toCellValue({ formula: "", result: cell.result });
    return toCellValue(cell.value);
  } catch {
    // A getter deep in ExcelJS may trip over a shape it did not expect; one odd cell must not lose the workbook.
    return null;
  }
}

/**
 * Merged areas clipped to the grid; an area wholly in the trimmed blank margin says nothing and is dropped.
 * `model` is computed on every access and walks all rows, so it is read only when the sheet has merges at all.
 */
function mergesOf(worksheet: ExcelJS.Worksheet, height: number, width: number): MergeArea[] {
  if (!worksheet.hasMerges) return [];
  const areas: MergeArea[] = [];
  for (const ref of worksheet.model.merges ?? []) {
    const area = parseRangeRef(String(ref));
    if (!area || area.top >= height || area.left >= width) continue;
    areas.push({
      top: area.top,
      left: area.left,
      bottom: Math.min(area.bottom, height - 1),
      right: Math.min(area.right, width - 1),
    });
  }
  return areas.sort((a, b) => a.top - b.top || a.left - b.left);
}
