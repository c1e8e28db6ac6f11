/**
 * Number format codes (ECMA-376 18.8.31) rendered as Chinese Excel shows them, over borgar/numfmt. The layer is thin:
 * it only says what kind of value a code presents (a plain number, a percentage, a date, a time) and mends the few
 * codes Chinese writers emit that numfmt does not read.
 */
import { dateFromSerial, format, getFormatInfo } from "numfmt";
import { cellText } from "./normalise";
import { makeShown } from "./shown";

export type FormatKind = "general" | "number" | "percent" | "date" | "time" | "text";

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

interface Compiled {
  /** The code handed to numfmt, after the mending below. */
  code: string;
  kind: FormatKind;
  /**
   * What each number was seen as under this code. A table repeats its values (weights, scores, 100%), and numfmt's
   * format() costs some microseconds a call: remembered, a 100,000-row sheet renders each distinct value once.
   */
  seen: Map<number, unknown>;
  seen1904: Map<number, unknown> | null;
}

/** Distinct values remembered per code before the memory is started afresh. */
const MAX_SEEN = 50_000;

/** Codes seen in a workbook are few (a dozen or so); each is looked at once. */
const compiled = new Map<string, Compiled>();
const OPTIONS = { locale: "zh-CN", throws: false, invalid: "", overflow: "######" };
/** The 1904 system counts from 1904-01-01: its serial 0 is the 1900 system's 1,462. */
const DAYS_1904 = 1462;
/** 9999-12-31, the last day Excel shows; later serials show as ######. */
const LAST_SERIAL = 2958465;

/**
 * WPS writes its localized General ("G/通用格式") into files; Windows' system long-date and time codes ([$-F800],
 * [$-F400]) mean the machine's own format, which on a Chinese system is 2024年12月20日 and 14:30:00; and Chinese
 * Excel's 上午/下午 is the AM/PM marker. numfmt reads none of these as such.
 */
function mend(code: string): string {
  if (/\[\$-F800\]/i.test(code)) return 'yyyy"年"m"月"d"日"';
  if (/\[\$-F400\]/i.test(code)) return "h:mm:ss";
  return code.replace(/G\/通用格式/g, "General").replace(/上午\/下午/g, "AM/PM");
}

function compile(code: string): Compiled {
  let hit = compiled.get(code);
  if (hit) return hit;
  const mended = mend(code);
  let kind: FormatKind = "general";
  try {
    const info = getFormatInfo(mended);
    kind = kindOf(info.type, info.isPercent);
  } catch {
    kind = "general"; // a code numfmt cannot read: the cell is shown as General rather than as ######
  }
  hit = { code: mended, kind, seen: new Map(), seen1904: null };
  compiled.set(code, hit);
  return hit;
}

function kindOf(type: string, isPercent: boolean): FormatKind {
  if (type === "date" || type === "datetime") return "date";
  if (type === "time") return "time";
  if (type === "text") return "text";
  if (type === "general" || type === "error") return "general";
  return isPercent ? "percent" : "number";
}

/** What a code presents; "general" for none, "General", an unreadable code, or null. */
export function formatKind(code: string | null | undefined): FormatKind {
  if (!code || code === "General") return "general";
  return compile(code).kind;
}

/** A number as the code shows it, e.g. 0.9 in "0%" → "90%", 45646 in yyyy"年"m"月"d"日" → "2024年12月20日". */
export function renderNumber(n: number, code: string, date1904 = false): string {
  const c = compile(code);
  const value = date1904 && (c.kind === "date" || c.kind === "time") ? n + DAYS_1904 : n;
  return format(c.code, value, OPTIONS);
}

/**
 * The calendar day of a serial, in the 1900 system with Lotus's phantom 1900-02-29 (serial 60), as Excel counts, or
 * the 1904 system. Null outside the days Excel shows (before 1900-01-00 or after 9999-12-31).
 */
export function serialDate(serial: number, date1904 = false): DateParts | null {
  const s = date1904 ? serial + DAYS_1904 : serial;
  if (!Number.isFinite(s) || s < 0 || s >= LAST_SERIAL + 1) return null;
  const [year, month, day] = dateFromSerial(Math.floor(s));
  return { year, month, day };
}

/** Midnight UTC of a Date as a 1900-system serial, the way gateways that hand over Date objects mean the day. */
export function dateSerial(d: Date): number | null {
  const t = Date.prototype.getTime.call(d);
  if (!Number.isFinite(t)) return null;
  const days = t / 86400000 + 25569;
  // Serials up to 60 count the phantom leap day; Date objects before 1900-03-01 are a day later in Excel.
  return days < 61 ? days - 1 : days;
}

/**
 * The value of a cell as its format shows it: a Shown where the format changes what the user sees, else the value as
 * it is (text, blanks, General numbers, and numbers the format shows exactly as General would, such as 5 in "0").
 */
export function seenValue(value: unknown, code: string | null | undefined, date1904 = false): unknown {
  if (!code || code === "General") return value;
  let n: number | null = null;
  let fromDate = false;
  if (typeof value === "number") n = Number.isFinite(value) ? value : null;
  else if (Object.prototype.toString.call(value) === "[object Date]") {
    n = dateSerial(value as Date);
    fromDate = true;
  }
  if (n === null) return value;
  const c = compile(code);
  if (c.kind === "general" || c.kind === "text") return value;
  if (fromDate) return seeNumber(value, n, code, c.kind, false);
  const seen = date1904 ? (c.seen1904 ??= new Map()) : c.seen;
  let hit = seen.get(n);
  if (hit === undefined) {
    if (seen.size >= MAX_SEEN) seen.clear();
    hit = seeNumber(value, n, code, c.kind, date1904);
    seen.set(n, hit);
  }
  return hit;
}

function seeNumber(value: unknown, n: number, code: string, kind: FormatKind, date1904: boolean): unknown {
  const fromDate = typeof value !== "number";
  // A Date object is already a day in the 1900 count; only serials are shifted for the 1904 system.
  const in1904 = date1904 && !fromDate;
  if (kind === "date" || kind === "time") {
    const date = kind === "date" ? serialDate(n, in1904) : null;
    if (kind === "date" && date === null) return value;
    return makeShown(cellText(renderNumber(n, code, in1904)), n, kind, date);
  }
  if (fromDate || (kind !== "number" && kind !== "percent")) return value;
  const shown = cellText(renderNumber(n, code));
  if (kind === "number" && shown === cellText(n)) return value;
  return makeShown(shown, n, kind, null);
}
