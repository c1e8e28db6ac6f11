/**
 * Addresses as Office.js writes them ("绩效指标!A1:L20", "'my sheet'!B3", "Sheet1!A1:B2, Sheet1!D4", "Sheet1!5:7",
 * "Sheet1!C:C") turned into 0-based rectangles in worksheet coordinates, and back.
 */
import { columnLetter } from "../../core/ref";

/** 0-based and inclusive; row 0 is worksheet row 1. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The part after the sheet name: a sheet name may hold "!" only when quoted, and a quote is doubled inside it. */
function stripSheet(address: string): string {
  const s = address.trim();
  if (s.startsWith("'")) {
    for (let i = 1; i < s.length; i++) {
      if (s[i] !== "'") continue;
      if (s[i + 1] === "'") {
        i++;
        continue;
      }
      return s[i + 1] === "!" ? s.slice(i + 2) : s;
    }
    return s;
  }
  const bang = s.lastIndexOf("!");
  return bang >= 0 ? s.slice(bang + 1) : s;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const ROW = /^\$?(\d+)$/;
const COL = /^\$?([A-Za-z]{1,3})$/;

/** One rectangle ("A1", "A1:C9", "5:7", "C:D"), with or without a sheet name; null when it is not an address. */
export function parseRect(address: string): Rect | null {
  const body = stripSheet(address);
  const [a, b = a] = body.split(":");
  if (a === undefined) return null;
  const cellA = CELL.exec(a);
  const cellB = CELL.exec(b);
  if (cellA && cellB) {
    return norm(Number(cellA[2]) - 1, columnNumber(cellA[1]) - 1, Number(cellB[2]) - 1, columnNumber(cellB[1]) - 1);
  }
  const rowA = ROW.exec(a);
  const rowB = ROW.exec(b);
  if (rowA && rowB) return norm(Number(rowA[1]) - 1, 0, Number(rowB[1]) - 1, MAX_COLS - 1);
  const colA = COL.exec(a);
  const colB = COL.exec(b);
  if (colA && colB) return norm(0, columnNumber(colA[1]) - 1, MAX_ROWS - 1, columnNumber(colB[1]) - 1);
  return null;
}

function norm(r1: number, c1: number, r2: number, c2: number): Rect {
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/**
 * A RangeAreas address: rectangles separated by commas (Office.js also accepts ";"). Commas inside a quoted sheet name
 * are not separators.
 */
export function parseAreas(address: string | null | undefined): Rect[] {
  if (!address) return [];
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (!quoted && (ch === "," || ch === ";")) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts.map(parseRect).filter((r): r is Rect => r !== null);
}

export function cellCount(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** "A1" or "A1:C9" from a 0-based rectangle. */
export function rectAddress(r: Rect): string {
  const a = `${columnLetter(r.left + 1)}${r.top + 1}`;
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${columnLetter(r.right + 1)}${r.bottom + 1}`;
}

/** Rows only ("5:5", "5:9"), 1-based. */
export function rowsAddress(first: number, last: number): string {
  return `${first}:${last}`;
}
