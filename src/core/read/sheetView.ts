import type { MergeArea, SheetGrid } from "../grid";
import { seenValue } from "../text";

/**
 * A sheet as the reader sees it. A cell's value is read through its number format (domain-rules (n)): 0.9 in "0%"
 * comes out as a Shown "90%", so nothing downstream needs to know formats; `stored()` is the bare value.
 * Merged areas hold their value in the top-left cell only (as Office.js reports them);
 * `merged()` answers with that value anywhere inside the area, which is what a person sees on the sheet.
 * Merges are looked up per column with a binary search, so a merge over a whole column costs nothing extra.
 */
export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  readonly hidden: boolean;
  /** Formula cells whose stored result cannot be trusted (0-based), as the gateway listed them. */
  readonly untrustedFormulas: NonNullable<SheetGrid["untrustedFormulas"]>;
  private readonly values: unknown[][];
  /** Null when the grid has no formats: then every cell is its stored value and costs nothing extra. */
  private readonly formats: (string | null | undefined)[][] | null;
  private readonly date1904: boolean;
  private readonly mergesByColumn = new Map<number, MergeArea[]>();
  /** One past the rightmost column any merged area reaches. */
  private mergeWidth = 0;

  constructor(grid: SheetGrid, options: { date1904?: boolean } = {}) {
    this.name = String(grid.name ?? "");
    this.hidden = grid.hidden === true;
    this.values = Array.isArray(grid.values) ? grid.values : [];
    this.formats = Array.isArray(grid.formats) && grid.formats.length > 0 ? grid.formats : null;
    this.date1904 = options.date1904 === true;
    this.untrustedFormulas = Array.isArray(grid.untrustedFormulas) ? grid.untrustedFormulas : [];
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
    this.mergeWidth = Math.max(this.mergeWidth, right + 1);
    for (let c = area.left; c <= right; c++) {
      let list = this.mergesByColumn.get(c);
      if (!list) this.mergesByColumn.set(c, (list = []));
      list.push(area);
    }
  }

  /** The value stored in the cell (0-based), blank inside a merged area except at its top-left. */
  stored(r: number, c: number): unknown {
    const row = this.values[r];
    return Array.isArray(row) ? row[c] : undefined;
  }

  /** The cell's value as the user sees it: its stored value through its number format. */
  cell(r: number, c: number): unknown {
    const row = this.values[r];
    const v = Array.isArray(row) ? row[c] : undefined;
    if (this.formats === null || v === null || v === undefined || typeof v === "string") return v;
    const codes = this.formats[r];
    const code = Array.isArray(codes) ? codes[c] : undefined;
    return typeof code === "string" && code !== "" && code !== "General" ? seenValue(v, code, this.date1904) : v;
  }

  /** The cell's number format code, "" for none. */
  format(r: number, c: number): string {
    const codes = this.formats?.[r];
    const code = Array.isArray(codes) ? codes[c] : undefined;
    return typeof code === "string" ? code : "";
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

  /**
   * The columns of row r (0-based) where a person can see anything: its own cells and any merged area's. A stray value
   * at XFD1048576 makes the sheet 16,384 columns wide; walking that width on every row would never end, so per-row
   * loops stop here.
   */
  rowWidth(r: number): number {
    const own = this.row(r).length;
    return Math.min(this.colCount, Math.max(own, this.mergeWidth));
  }

  row(r: number): unknown[] {
    const row = this.values[r];
    return Array.isArray(row) ? row : [];
  }
}
