/**
 * Numbers as accountants type them into money, weight, score and rate cells: "1,200.00", "１２００", "20万元",
 * "￥1,200", "99.97%". What cannot be read is null, never NaN, so a blank is never mistaken for zero.
 */
import { cellText, toHalfWidth } from "./normalise";
import { isShown, preciseNumber, type Shown } from "./shown";

/** No plain number worth reading is this long; the cap also keeps the regex below cheap on pasted essays. */
const MAX_NUMBER_TEXT = 400;

// Digits either ungrouped or grouped in threes by commas (or by spaces, as some banks print them), one decimal
// point, an optional sign. "1,20" and "1.2.3" are typing mistakes, not numbers.
const PLAIN_NUMBER = /^([+-]?) *(\d+|\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+)?(\.\d*)?$/;

/** A plain number, possibly signed and with thousands separators; anything else is null. */
export function parseNumberText(s: string): number | null {
  if (typeof s !== "string") return null;
  const t = toHalfWidth(s).replace(/\u2212/g, "-").trim();
  if (t === "" || t.length > MAX_NUMBER_TEXT) return null;
  const m = PLAIN_NUMBER.exec(t);
  if (!m) return null;
  const intPart = (m[2] ?? "").replace(/[, ]/g, "");
  const fracPart = m[3] ?? "";
  if (intPart === "" && fracPart.length < 2) return null; // a sign or a dot alone
  const n = Number(`${m[1]}${intPart || "0"}${fracPart === "." ? "" : fracPart}`);
  return finiteOrNull(n);
}

/** -0 becomes 0 so it prints as "0"; anything not finite becomes null. */
function finiteOrNull(n: number): number | null {
  if (!Number.isFinite(n)) return null;
  return n === 0 ? 0 : n;
}

// "-" and "/" alone are how a cell is struck out; so are the dashes.
const STRUCK_OUT = /^[-—–―─/\\]*$/;
const CURRENCY = /^[￥¥]\s*/;
const LEADING_NUMBER = /^[+-]?(?:\d[\d,]*)?(?:\.\d+)?/;
/** A unit is a short word such as 万元, 分 or %; longer text after a number is a sentence, not an amount. */
const MAX_UNIT_LENGTH = 6;

/**
 * Money, weights and scores: a number, or text holding one number followed by at most a short unit. A currency sign
 * leaves the unit empty, because "￥324.88" in a 万元 column still means 万元.
 */
export function parseAmount(v: unknown): { value: number | null; unit: string; text: string } {
  const text = cellText(v);
  if (typeof v === "number") return { value: finiteOrNull(v), unit: "", text };
  if (isShown(v)) return { ...shownAmount(text, v), text };
  if (typeof v !== "string" && !isWrappedText(v)) return { value: null, unit: "", text };
  return { ...amountFromText(text), text };
}

/**
 * Formula results, rich text and hyperlinks are still the text or number the accountant sees; dates, booleans and
 * error objects are not amounts.
 */
function isWrappedText(v: unknown): boolean {
  try {
    if (v === null || typeof v !== "object") return false;
    if (Object.prototype.toString.call(v) === "[object Date]") return false;
    const r = v as Record<string, unknown>;
    if (typeof r.error === "string") return false;
    if ("result" in r) return typeof r.result === "number" || typeof r.result === "string";
    return Array.isArray(r.richText) || typeof r.text === "string";
  } catch {
    return false;
  }
}

/** A date is not an amount; "1,200.00" is 1200 at the stored precision; "(1,200.00)", an accountant's negative, is -1200. */
function shownAmount(text: string, v: Shown): { value: number | null; unit: string } {
  if (v.as === "date" || v.as === "time") return { value: null, unit: "" };
  const read = amountFromText(text);
  if (read.value !== null) return { value: finiteOrNull(preciseNumber(v, read.value)), unit: read.unit };
  return ACCOUNTING_NEGATIVE.test(text) ? { value: finiteOrNull(v.stored), unit: "" } : read;
}

const ACCOUNTING_NEGATIVE = /^\(\s*[￥¥$]?\s*[\d,]*\.?\d+\s*\)$/;

function amountFromText(text: string): { value: number | null; unit: string } {
  const s = toHalfWidth(text).replace(/\u2212/g, "-").replace(CURRENCY, "").trim();
  if (STRUCK_OUT.test(s) || s.length > MAX_NUMBER_TEXT) return { value: null, unit: "" };
  const whole = parseNumberText(s);
  if (whole !== null) return { value: whole, unit: "" };
  const token = LEADING_NUMBER.exec(s)?.[0] ?? "";
  const value = /\d/.test(token) ? parseNumberText(token) : null;
  if (value === null) return { value: null, unit: "" };
  const unit = unitOf(s.slice(token.length));
  return unit === null ? { value: null, unit: "" } : { value, unit };
}

/** The unit after an amount, without a bracketed note such as "(含结转)"; null when it is not a unit at all. */
function unitOf(rest: string): string | null {
  const unit = rest.replace(/\([^()]*\)|\[[^[\]]*\]|【[^【】]*】/g, "").trim();
  if (unit.length > MAX_UNIT_LENGTH || /[\d\s.,]/.test(unit)) return null;
  return unit;
}

/** Values above this, written without a % sign, are percentages: nobody fills in a rate of 76 meaning 7600%. */
const BARE_PERCENT_THRESHOLD = 1.5;

/**
 * A rate or coefficient as filled in: "99.97%", "９５％", 0.76, or 76 meaning 76%. Returned as a ratio (1 = 100%).
 */
export function parseRatio(v: unknown): number | null {
  if (isShown(v)) {
    // A cell shown as a percentage holds its ratio (0.9869 shown as 98.69%); a date is no rate.
    if (v.as === "percent") return finiteOrNull(roundSignificant(v.stored));
    if (v.as !== "number") return null;
    v = v.stored;
  }
  if (typeof v === "number") {
    const n = finiteOrNull(v);
    if (n === null) return null;
    return Math.abs(n) > BARE_PERCENT_THRESHOLD ? percentToRatio(n) : n;
  }
  if (typeof v !== "string" && !isWrappedText(v)) return null;
  const s = toHalfWidth(cellText(v)).trim();
  if (s.endsWith("%") || s.endsWith("‰")) {
    const n = parseNumberText(s.slice(0, -1));
    if (n === null) return null;
    return s.endsWith("%") ? percentToRatio(n) : finiteOrNull(roundSignificant(n / 1000));
  }
  const n = parseNumberText(s);
  if (n === null) return null;
  return Math.abs(n) > BARE_PERCENT_THRESHOLD ? percentToRatio(n) : n;
}

/** 99.97 / 100 is 0.9996999999999999 in binary floating point; rounding to 15 digits gives back 0.9997. */
function percentToRatio(n: number): number | null {
  return finiteOrNull(roundSignificant(n / 100));
}

function roundSignificant(n: number): number {
  return Number.isFinite(n) && n !== 0 ? Number(n.toPrecision(15)) : n;
}
