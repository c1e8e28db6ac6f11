/**
 * Office.js values placed in worksheet coordinates. `Range.values` starts at the used range's top-left, while the core's
 * grid row 0 is worksheet row 1 and column 0 is column A; the loaded address says where the block sits.
 */
import type { MergeArea, SheetGrid } from "../../core/grid";
import { isToolReport } from "../../core/report/marker";
import { parseAreas, type Rect } from "./address";

/** One block of values read from a sheet, with where its top-left cell is, and each cell's number format code. */
export interface ValueBlock {
  rect: Rect;
  values: unknown[][];
  /** `Range.numberFormat`, the same shape as values; absent where Excel did not answer it. */
  formats?: unknown[][];
}

/**
 * The sheet's grid from its blocks (one for a read in one go, several row bands for a chunked read). Rows above the
 * first value stay empty arrays: the core takes a missing cell as blank, so nothing is padded needlessly.
 */
export function gridOf(name: string, blocks: readonly ValueBlock[], hidden: boolean, mergeAddress?: string | null): SheetGrid {
  const values = place(blocks.map((b) => ({ rect: b.rect, rows: b.values })));
  const grid: SheetGrid = { name, values };
  // Formats go with the grid only where one says something: a sheet all "General" costs no second grid in memory.
  const formatted = blocks.filter((b) => b.formats && b.formats.some((row) => row.some(isFormat)));
  if (formatted.length) {
    grid.formats = place(formatted.map((b) => ({ rect: b.rect, rows: (b.formats as unknown[][]).map((row) => row.map((f) => (isFormat(f) ? f : null))) }))) as (string | null)[][];
  }
  if (mergeAddress !== undefined) grid.merges = mergesOf(mergeAddress);
  if (hidden) grid.hidden = true;
  return grid;
}

const isFormat = (f: unknown): f is string => typeof f === "string" && f !== "" && f !== "General";

/** Rows of blocks placed at their worksheet rows and columns; rows above or between blocks stay empty arrays. */
function place(blocks: readonly { rect: Rect; rows: readonly unknown[][] }[]): unknown[][] {
  const grid: unknown[][] = [];
  for (const { rect, rows } of blocks) {
    while (grid.length < rect.top) grid.push([]);
    rows.forEach((row, i) => {
      grid[rect.top + i] = rect.left > 0 ? new Array<unknown>(rect.left).fill(null).concat(row) : row.slice();
    });
  }
  for (let r = 0; r < grid.length; r++) if (!grid[r]) grid[r] = [];
  return grid;
}

/** Merged areas from a RangeAreas address, in the grid's coordinates (both are 0-based from A1). */
export function mergesOf(address: string | null | undefined): MergeArea[] {
  return parseAreas(address)
    .map((r) => ({ top: r.top, left: r.left, bottom: r.bottom, right: r.right }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Whether a sheet is the tool's own earlier report, from its values in worksheet coordinates. */
export function isReportGrid(grid: SheetGrid): boolean {
  return isToolReport(grid.values);
}
