import type { MergeArea } from "../../core/grid";

const RANGE = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i;

/** "B3:C5" (or a single "B3") → 0-based inclusive area; null for anything else. */
export function parseRangeRef(ref: string): MergeArea | null {
  const match = RANGE.exec(ref.trim());
  if (!match) return null;
  const [, col1, row1, col2 = col1, row2 = row1] = match;
  const a = { row: Number(row1) - 1, col: columnIndex(col1) };
  const b = { row: Number(row2) - 1, col: columnIndex(col2) };
  if (a.row < 0 || b.row < 0) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** "A" → 0, "Z" → 25, "AA" → 26. */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
