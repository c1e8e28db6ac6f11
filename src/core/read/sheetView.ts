import type { MergeArea, SheetGrid } from "../grid";

/**
 * A sheet as the reader sees it. Merged areas hold their value in the top-left cell only (as Office.js reports them);
 * `merged()` answers with that value anywhere inside the area, which is what a person sees on the sheet.
 * Merges are looked up per column with a binary search, so a merge over a whole column costs nothing extra.
 */
export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  readonly hidden: boolean;
  private readonly values: unknown[][];
  private readonly mergesByColumn = new Map<number, MergeArea[]>();

  constructor(grid: SheetGrid) {
    this.name = String(grid.name ?? "");
    this.hidden = grid.hidden === true;
    this.values = Array.isArray(grid.values) ? grid.values : [];
    this.rowCount = this.values.length;
    let cols = 0;
    for (const row of this.values) if (Array.isArray(row) && row.length > cols) cols = row.length;
    this.colCount = cols;
    for (const area of grid.merges ?? []) this.addMerge(area);
    for (const list of this.mergesByColumn.values()) list.sort((a, b) => a.top - b.top);
  }

  private addMerge(area: MergeArea): void {
    const valid = [area.top, area.left, area.bottom, area.right].every((n) => Number.isInteger(n) && n >= 0);
    if (!valid || area.bottom < area.top || area.right < area.left) return;
    const right = Math.min(area.right, Math.max(this.colCount - 1, area.left));
    for (let c = area.left; c <= right; c++) {
      let list = this.mergesByColumn.get(c);
      if (!list) this.mergesByColumn.set(c, (list = []));
      list.push(area);
    }
  }

  /** The value stored in the cell (0-based), blank inside a merged area except at its top-left. */
  cell(r: number, c: number): unknown {
    const row = this.values[r];
    return Array.isArray(row) ? row[c] : undefined;
  }

  /** The area (0-based) that covers the cell, if any. */
  mergeAt(r: number, c: number): MergeArea | undefined {
    const list = this.mergesByColumn.get(c);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length - 1;
    let found: MergeArea | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].top <= r) {
        found = list[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // Overlapping merges do not occur in valid files; in a damaged one the latest-starting area is as good as any.
    return found && found.bottom >= r && found.left <= c && found.right >= c ? found : undefined;
  }

  /** The value a person sees in the cell: the merged area's value where the cell lies inside one. */
  merged(r: number, c: number): unknown {
    const area = this.mergeAt(r, c);
    return area ? this.cell(area.top, area.left) : this.cell(r, c);
  }

  row(r: number): unknown[] {
    const row = this.values[r];
    return Array.isArray(row) ? row : [];
  }
}
