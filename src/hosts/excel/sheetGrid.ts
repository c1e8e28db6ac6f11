/**
 * Office.js values placed in worksheet coordinates. `Range.values` starts at the used range's top-left, while the core's
 * grid row 0 is worksheet row 1 and column 0 is column A; the loaded address says where the block sits.
 */
import type { MergeArea, SheetGrid } from "../../core/grid";
import { isToolReport } from "../../core/report/marker";
import { parseAreas, type Rect } from "./address";

/** One block of values read from a sheet, with where its top-left cell is. */
export interface ValueBlock {
  rect: Rect;
  values: unknown[][];
}

/**
 * The sheet's grid from its blocks (one for a read in one go, several row bands for a chunked read). Rows above the
 * first value stay empty arrays: the core takes a missing cell as blank, so nothing is padded needlessly.
 */
export function gridOf(name: string, blocks: readonly ValueBlock[], hidden: boolean, mergeAddress?: string | null): SheetGrid {
  const values: unknown[][] = [];
  for (const { rect, values: rows } of blocks) {
    while (values.length < rect.top) values.push([]);
    rows.forEach((row, i) => {
      const line = rect.left > 0 ? new Array<unknown>(rect.left).fill(null).concat(row) : row.slice();
      values[rect.top + i] = line;
    });
  }
  for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];
  const grid: SheetGrid = { name, values };
  if (mergeAddress !== undefined) grid.merges = mergesOf(mergeAddress);
  if (hidden) grid.hidden = true;
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
