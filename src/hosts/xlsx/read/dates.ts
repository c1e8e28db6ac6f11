/**
 * A Strict file stores a date cell (`t="d"`) as ISO 8601 text; everything else in the product sees dates as Excel
 * does, as a serial day number in the workbook's date system with a date format. Excel's 1900 system counts from
 * 1899-12-30 for every date after February 1900 (its phantom 1900-02-29 is why not from 1900-01-01); 1904 from 1904-01-01.
 */
const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const TIME_ONLY = /^T?(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/;

/** The serial of an ISO date or time, read as the wall-clock time written (a zone suffix is ignored, as Excel does). */
export function isoToSerial(text: string, date1904: boolean): number | null {
  const iso = ISO.exec(text.trim());
  if (iso) {
    const [, y, mo, d, h = "0", mi = "0", s = "0", frac = ""] = iso;
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) + Math.round(Number(frac || 0) * 1000);
    if (Number.isNaN(ms)) return null;
    const serial = (ms - (date1904 ? EPOCH_1904 : EPOCH_1900)) / DAY_MS;
    // Before 1900-03-01 the 1900 system is a day short (Excel's 1900-02-29); such dates are not in a 绩效 workbook,
    // but reading 1900-01-01 as 2 rather than 1 would be wrong, so count the phantom day away.
    return !date1904 && serial < 61 ? serial - 1 : serial;
  }
  const time = TIME_ONLY.exec(text.trim());
  if (time) {
    const [, h, mi, s = "0", frac = ""] = time;
    return (Number(h) * 3600 + Number(mi) * 60 + Number(s) + Number(frac || 0)) / 86400;
  }
  return null;
}

/** The format a date cell gets when its style gives it none, so that it still reads as a date. */
export function isoFormat(text: string): string {
  if (TIME_ONLY.test(text.trim())) return "hh:mm:ss";
  return /[T ]\d{2}:\d{2}/.test(text) && !/[T ]00:00(:00(\.0+)?)?(Z|[+-].*)?$/.test(text) ? "yyyy-mm-dd hh:mm:ss" : "yyyy-mm-dd";
}
