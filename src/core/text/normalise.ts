/**
 * Turning any cell value into comparable text. Accountants type on Chinese IMEs that switch between full-width and
 * half-width at will, and workbooks hand us numbers, dates, rich text and error objects; everything else in this
 * folder starts from the plain text made here.
 */

import { isShown } from "./shown";

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_TO_HALF_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

/**
 * Full-width ASCII (！ to ～, so also ＞＜＝％，．) to half-width, and the ideographic space to a space.
 * ≥ and ≤ have no half-width form and stay as they are.
 */
export function toHalfWidth(s: string): string {
  let out = "";
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) {
      out += String.fromCharCode(code - FULL_TO_HALF_OFFSET);
      changed = true;
    } else if (code === IDEOGRAPHIC_SPACE) {
      out += " ";
      changed = true;
    } else {
      out += s[i];
    }
  }
  return changed ? out : s;
}

/** Nested wrappers (a formula whose result is a hyperlink whose text is rich text…) never go deeper than this. */
const MAX_WRAPPER_DEPTH = 4;

// Spaces that Excel users paste in from Word and web pages, besides the plain ones.
const HORIZONTAL_SPACE = /[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
// Invisible characters that make two equal-looking cells differ.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * The display text of any cell value, trimmed, with runs of spaces collapsed and line breaks kept as "\n".
 * Never throws: workbooks and add-in hosts can hand over anything, including objects whose getters throw.
 */
export function cellText(v: unknown): string {
  let raw: string;
  try {
    raw = rawText(v, 0);
  } catch {
    return "";
  }
  return tidy(raw);
}

/** Anything tidy() would change; most cells have none of it, and skipping the replaces halves the cost of reading. */
const UNTIDY = /[\s\u200b-\u200d\u2060\ufeff]/;

function tidy(raw: string): string {
  if (raw === "") return "";
  if (!UNTIDY.test(raw)) return raw;
  return raw
    .replace(ZERO_WIDTH, "")
    .replace(/\r\n?/g, "\n")
    .replace(HORIZONTAL_SPACE, " ")
    .replace(/ ?\n ?/g, "\n")
    .trim();
}

function rawText(v: unknown, depth: number): string {
  if (v === null || v === undefined) return "";
  switch (typeof v) {
    case "string":
      return v;
    case "number":
      return numberText(v);
    case "boolean":
      return v ? "TRUE" : "FALSE";
    case "object":
      return objectText(v as object, depth);
    default:
      return "";
  }
}

/**
 * Excel shows at most 15 significant digits, so 0.1 + 0.2 computed by a formula displays as 0.3; doing the same here
 * keeps the text equal to what the accountant sees.
 */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return "";
  if (n === 0) return "0";
  return significantText(n, 15);
}

/**
 * A finite number rounded to `digits` significant digits, spelled the shortest way (String(Number(n.toPrecision(d)))).
 * A number whose own spelling has no more digits than that is its own result, as most cells are: no round trip.
 */
export function significantText(n: number, digits: number): string {
  const spelled = String(n);
  if (!spelled.includes("e") && spelled.length - (n < 0 ? 1 : 0) - (spelled.includes(".") ? 1 : 0) <= digits) return spelled;
  return String(Number(n.toPrecision(digits)));
}

function objectText(o: object, depth: number): string {
  if (depth > MAX_WRAPPER_DEPTH) return "";
  if (isShown(o)) return o.shown;
  if (Object.prototype.toString.call(o) === "[object Date]") return dateText(o as Date);
  const r = o as Record<string, unknown>;
  if (typeof r.error === "string") return r.error;
  if (Array.isArray(r.richText)) return richTextText(r.richText);
  if ("text" in r && r.text !== undefined) return rawText(r.text, depth + 1);
  if ("result" in r) return rawText(r.result, depth + 1);
  return "";
}

function richTextText(runs: unknown[]): string {
  let out = "";
  for (const run of runs) {
    try {
      const t = run !== null && typeof run === "object" ? (run as Record<string, unknown>).text : undefined;
      if (typeof t === "string") out += t;
    } catch {
      // A broken run loses its text, not the whole cell.
    }
  }
  return out;
}

/**
 * ExcelJS builds a date cell as midnight UTC of the Excel day, so the UTC fields are the day the accountant typed,
 * whatever the time zone of the machine reading the file.
 */
function dateText(d: Date): string {
  const t = Date.prototype.getTime.call(d);
  if (!Number.isFinite(t)) return "";
  const year = d.getUTCFullYear();
  if (year < 0 || year > 9999) return "";
  return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

const ERROR_LITERALS = new Set([
  "#DIV/0!",
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BUSY!",
  "#FIELD!",
  "#CONNECT!",
  "#BLOCKED!",
  "#UNKNOWN!",
]);

/**
 * An Excel error, whether the host gave it as an error object (ExcelJS) or as its literal text (Office.js), so a
 * formula that failed is never read as something the accountant typed.
 */
export function isErrorValue(v: unknown): boolean {
  try {
    if (typeof v === "string") return ERROR_LITERALS.has(toHalfWidth(v).trim().toUpperCase());
    if (v !== null && typeof v === "object" && !Array.isArray(v)) {
      return typeof (v as Record<string, unknown>).error === "string";
    }
  } catch {
    // An object that refuses to be read is not an error value we can recognise.
  }
  return false;
}

const OPENERS = "([【";
const CLOSERS = ")]】";

/**
 * The key a header cell is matched by: the same header typed as "全年预算数（万元）", "全年预算数(A)" or
 * "全年\n预算数" must give one key, so whitespace, bracketed notes, decoration and case are removed.
 */
export function headerKey(v: unknown): string {
  if (typeof v !== "string" || v.length > 200) return computeHeaderKey(v);
  // Project names and 一级指标 repeat on every row and are keyed many times each: remember the recent ones.
  let key = HEADER_KEYS.get(v);
  if (key === undefined) {
    if (HEADER_KEYS.size >= HEADER_KEY_CACHE) HEADER_KEYS.clear();
    key = computeHeaderKey(v);
    HEADER_KEYS.set(v, key);
  }
  return key;
}

const HEADER_KEY_CACHE = 50_000;
const HEADER_KEYS = new Map<string, string>();

function computeHeaderKey(v: unknown): string {
  const compact = toHalfWidth(cellText(v)).replace(/\s+/g, "");
  const key = trimChars(stripBracketedNotes(compact), ":*");
  return key.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** A loop rather than /[:*]+$/, which backtracks quadratically on a long cell full of colons. */
function trimChars(s: string, chars: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && chars.includes(s[start])) start++;
  while (end > start && chars.includes(s[end - 1])) end--;
  return s.slice(start, end);
}

/**
 * Removes every bracketed note, nested or not and wherever it sits ("全年(调整)预算数" → "全年预算数").
 * A note left open runs to the end of the cell ("执行率(%" → "执行率"); a header that is nothing but a note keeps its
 * words rather than becoming empty.
 */
function stripBracketedNotes(s: string): string {
  let out = "";
  let depth = 0;
  for (const ch of s) {
    if (OPENERS.includes(ch)) {
      depth++;
    } else if (CLOSERS.includes(ch)) {
      if (depth > 0) depth--;
    } else if (depth === 0) {
      out += ch;
    }
  }
  if (out !== "") return out;
  let words = "";
  for (const ch of s) if (!OPENERS.includes(ch) && !CLOSERS.includes(ch)) words += ch;
  return words;
}
