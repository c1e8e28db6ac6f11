import { cellText } from "../text";
import type { Cell, Cells } from "../model/workbook";
import type { SheetView } from "./sheetView";

/** How a column is read when its cell is inside a merged area. */
export type MergeReading = "merged" | "own";

/**
 * The cells of one worksheet row for the mapped columns. Columns whose meaning spreads over a merged area (a project
 * name, a reason written once for several rows) read the merged value; numbers read only their own cell, so a weight
 * merged over two rows is counted once.
 */
export function readRowCells<C extends string>(
  view: SheetView,
  r: number,
  columns: Partial<Record<C, number>>,
  mergedColumns: ReadonlySet<C>,
): Cells<C> {
  const cells: Cells<C> = {};
  for (const field of Object.keys(columns) as C[]) {
    const c = columns[field] as number;
    const raw = mergedColumns.has(field) ? view.merged(r, c) : view.cell(r, c);
    const cell: Cell = { raw, text: cellText(raw), row: r + 1, col: c + 1 };
    cells[field] = cell;
  }
  return cells;
}

export function isBlankRow<C extends string>(cells: Cells<C>): boolean {
  for (const cell of Object.values(cells) as (Cell | undefined)[]) if (cell && cell.text !== "") return false;
  return true;
}

/** The first non-blank text of a row, left to right, whatever its column: where notes and total labels sit. */
export function firstText(view: SheetView, r: number): string {
  for (let c = 0; c < view.rowWidth(r); c++) {
    const t = cellText(view.merged(r, c));
    if (t !== "") return t;
  }
  return "";
}

/** A note under a table ("注：…", "说明：…", "填表说明"), never data. */
export function isNoteText(text: string): boolean {
  return /^(注|说明|备注|填表说明|附注)\s*[:：\d１-９一二三四五、.．]/.test(text) || /^(注|备注)$/.test(text);
}
