/**
 * A cell read through its number format (domain-rules (n)): 0.9 in "0%" is 90%, 45646 in yyyy"年"m"月"d"日" is
 * 2024年12月20日, 1200 in "#,##0.00" is 1,200.00. The reader hands such a value to everything downstream in place of
 * the bare number, so the parsers, the checks and the report see what the accountant sees without knowing formats.
 */
import type { DateParts } from "./numberFormat";

export interface Shown {
  /** What the cell shows: "90%", "2024年12月20日", "1,200.00". */
  readonly shown: string;
  /** The number stored in the file: 0.9, 45646, 1200. */
  readonly stored: number;
  /** How the format presents it. */
  readonly as: "number" | "percent" | "date" | "time";
  /** The calendar day, for a date. */
  readonly date: DateParts | null;
}

const SHOWN = Symbol.for("jixiao.shown");

/** Never throws: hosts can hand over objects whose getters throw. */
export function isShown(v: unknown): v is Shown {
  if (v === null || typeof v !== "object") return false;
  try {
    return (v as Record<symbol, unknown>)[SHOWN] === true;
  } catch {
    return false;
  }
}

/** Frozen: one Shown stands for every cell of the same value and code (numberFormat.ts remembers them). */
export function makeShown(shown: string, stored: number, as: Shown["as"], date: DateParts | null): Shown {
  return Object.freeze({ shown, stored, as, date: date && Object.freeze(date), [SHOWN]: true }) as Shown;
}

/** 15 significant digits, as Excel shows: 0.98687 × 100 is 98.68700000000001 in binary floating point. */
function significant(n: number): number {
  return n === 0 || !Number.isFinite(n) ? n : Number(n.toPrecision(15));
}

/** The number a Shown stands for, in the unit it shows: a percentage in percent (98.687 for 0.98687 in "0.00%"). */
export function shownNumber(s: Shown): number {
  return s.as === "percent" ? significant(s.stored * 100) : s.stored;
}

/**
 * The number to use where the shown text reads as `read`: the stored precision (98.687 behind "98.69%") when the
 * text shows that number rounded, else what the text says (a code that scales by thousands shows another number).
 */
export function preciseNumber(s: Shown, read: number): number {
  const exact = shownNumber(s);
  const decimals = /\d\.(\d+)/.exec(s.shown)?.[1].length ?? 0;
  const tolerance = 0.5 * 10 ** -decimals + Math.abs(exact) * 1e-12;
  return Math.abs(read - exact) <= tolerance ? exact : read;
}
