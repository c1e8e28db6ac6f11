/**
 * Reading a target or actual value cell: "≥2000人次", "2000余人次", "不低于95%", "90%-95%", "五场",
 * "30个工作日内", "2024年12月31日前". The sign, unit and number are often typed into one cell, so they are taken
 * apart here, and whatever is left over is kept for the checks on vague wording (domain-rules d.1, f).
 *
 * Everything is a single left-to-right scan over the text with short, bounded look-aheads, so a pasted essay of
 * 100,000 characters costs no more than reading it once.
 */
import { cellText, isErrorValue, toHalfWidth } from "./normalise";
import { parseNumberText } from "./numbers";
import type { Operator } from "./operator";
import { isShown, preciseNumber, type Shown } from "./shown";

export interface Quantity {
  /** cellText of the input. */
  text: string;
  /** The value; for a range, its lower bound. Null when the cell states no number (a date is not a number). */
  number: number | null;
  /** "人次", "%", "万元"; "" when none, and always "" for a plain number cell. */
  unit: string;
  /** A sign or word written into the cell, if any; never "定性". */
  operator: Operator | null;
  /** "余", "多", "约", "左右", "上下", "近": the accountant did not count exactly. */
  approximate: boolean;
  range: [number, number] | null;
  /** Words left over that are neither number, unit nor operator, e.g. "完成" in "100%完成"; "" when none. */
  rest: string;
  /** A deadline: "2024年12月31日前", "12月底前", "2024-12-31", or a date cell. */
  date: { year?: number; month: number; day?: number } | null;
}

type CellDate = NonNullable<Quantity["date"]>;

export function parseQuantity(v: unknown): Quantity {
  const text = cellText(v);
  const blank: Quantity = {
    text,
    number: null,
    unit: "",
    operator: null,
    approximate: false,
    range: null,
    rest: "",
    date: null,
  };
  try {
    if (typeof v === "number") return { ...blank, number: finiteOrNull(v) };
    // "#DIV/0!" holds a digit but no quantity; an error is reported as such by the caller, not as words.
    if (typeof v === "boolean" || isErrorValue(v)) return blank;
    if (isDateObject(v)) return { ...blank, date: dateOfObject(v) };
    if (isShown(v)) return { ...blank, ...readShown(text, v) };
    return { ...blank, ...readText(toHalfWidth(text).replace(/\u2212/g, "-")) };
  } catch {
    // Only an object that refuses to be inspected (a hostile Proxy) gets here; it is text without a number.
    return { ...blank, rest: text };
  }
}

type Reading = Omit<Quantity, "text">;

/**
 * A cell read through its number format: a date format gives the day, a time of day no quantity, and a number or
 * percentage what its text says ("≥90%" from "\"≥\"0%"), at the stored precision where the text shows it rounded.
 */
function readShown(text: string, v: Shown): Partial<Reading> {
  if (v.as === "date") return { date: v.date };
  if (v.as === "time") return { rest: text };
  // "(1,200.00)": an accounting code's negative, which the text alone would read as 1200 in brackets.
  if (v.as === "number" && /^\([\d,.\s]+\)$/.test(text)) return { number: v.stored };
  const reading = readText(toHalfWidth(text).replace(/\u2212/g, "-"));
  if (reading.number === null || reading.number === undefined || reading.range) return reading;
  return { ...reading, number: preciseNumber(v, reading.number) };
}

function readText(s: string): Partial<Reading> {
  if (s === "") return {};
  let first = indexOfDigit(s, 0);
  while (first >= 0) {
    const date = readDateAt(s, first);
    if (date) return date;
    // "2024年度慰问2000人次": the year only says when; the quantity is the number after it.
    const yearEnd = yearContextEnd(s, first);
    const next = yearEnd < 0 ? -1 : indexOfDigit(s, yearEnd);
    if (next < 0) break;
    first = next;
  }
  if (first >= 0) {
    const token = arabicNumberAt(s, first);
    return token ? readAround(s, token) : { rest: s };
  }
  const token = chineseNumberIn(s);
  return token ? readAround(s, token) : { rest: s };
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers

interface NumberToken {
  start: number;
  end: number;
  value: number;
  chinese: boolean;
}

function arabicNumberAt(s: string, firstDigit: number): NumberToken | null {
  let start = firstDigit;
  if (s[start - 1] === "." && !isDigit(s[start - 2])) start--; // ".5"
  if ((s[start - 1] === "-" || s[start - 1] === "+") && signMayStandAt(s, start - 1)) start--;

  let end = firstDigit;
  while (isDigit(s[end])) end++;
  // Thousands separators only where they fit: "1,200,000", never "1200,000" or a list such as "5,6".
  if (end - firstDigit <= 3) {
    while (s[end] === "," && isThreeDigits(s, end + 1)) end += 4;
  }
  if (s[end] === "." && isDigit(s[end + 1])) {
    end++;
    while (isDigit(s[end])) end++;
  }
  // "1.2.3" is a clause number or a version, not a quantity.
  if (s[end] === "." && isDigit(s[end + 1])) return null;
  const value = parseNumberText(s.slice(start, end));
  return value === null ? null : { start, end, value, chinese: false };
}

/** A "-" is a minus sign at the start or after a space or comparison sign; after a word or a digit it is a dash. */
function signMayStandAt(s: string, i: number): boolean {
  return i === 0 || /[\s≥≤≧≦⩾⩽<>=(:,;]/.test(s[i - 1]);
}

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const MAX_CHINESE_NUMERAL = 12;

/**
 * Units after which a Chinese numeral is a count ("五场", "两次", "十二个"). Deliberately without 分 ("十分满意")
 * and 级 ("一级指标"), and the unit must stand alone ("一次性" is not one time).
 */
const CHINESE_COUNT_UNITS = new Set([
  "个", "次", "场", "场次", "人", "人次", "名", "位", "项", "件", "份", "篇", "期", "批", "户", "家", "所", "座",
  "处", "条", "起", "台", "套", "本", "部", "册", "天", "日", "周", "月", "个月", "年", "季度", "小时", "工作日",
  "个工作日", "轮", "届", "类", "种", "节", "课时", "学时", "张", "辆", "间", "亩", "米", "公里", "万元", "元",
  "万人", "万人次",
]);

function isChineseNumeral(ch: string | undefined): boolean {
  return ch !== undefined && (ch in CHINESE_DIGITS || ch in CHINESE_MULTIPLIERS);
}

/** The first run of Chinese numerals that is wholly a number and is followed directly by a counting unit. */
function chineseNumberIn(s: string): NumberToken | null {
  let i = 0;
  while (i < s.length) {
    if (!isChineseNumeral(s[i])) {
      i++;
      continue;
    }
    let end = i;
    while (isChineseNumeral(s[end])) end++;
    if (end - i <= MAX_CHINESE_NUMERAL && s[i - 1] !== "第") {
      const value = chineseValue(s.slice(i, end));
      if (value !== null) {
        const after = APPROXIMATE_AFTER_NUMBER.includes(s[end]) ? end + 1 : end;
        const unit = readUnit(s, after);
        const isCount = unit.unit === unit.run && CHINESE_COUNT_UNITS.has(unit.unit);
        if (isCount) return { start: i, end, value, chinese: true };
      }
    }
    i = end;
  }
  return null;
}

/** 十二 → 12, 二十 → 20, 一百零五 → 105, 两千 → 2000; malformed runs such as 一二 or 十百 are not numbers. */
function chineseValue(run: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastMultiplier = Infinity;
  for (let i = 0; i < run.length; i++) {
    const ch = run[i];
    if (ch in CHINESE_DIGITS) {
      if (digit !== null && digit !== 0) return null;
      digit = CHINESE_DIGITS[ch];
      continue;
    }
    const m = CHINESE_MULTIPLIERS[ch];
    if (m >= lastMultiplier || digit === 0) return null;
    const times = digit ?? (i === 0 && m === 10 ? 1 : null); // "十二" means one ten
    if (times === null) return null;
    total += times * m;
    digit = null;
    lastMultiplier = m;
  }
  return total + (digit ?? 0);
}

// ---------------------------------------------------------------------------------------------------------------
// What surrounds a number: sign words before it, the unit and range after it, then 以上 / 以内 / 左右.

const APPROXIMATE_AFTER_NUMBER = "余多"; // "2000余人次", "10多个"

type PrefixMeaning = Operator | "approximate";

const PREFIX_WORDS: ReadonlyMap<string, PrefixMeaning> = new Map<string, PrefixMeaning>([
  ...meaning("≥", ["≥", "≧", "⩾", ">=", "=>", "大于等于", "大于或等于", "不低于", "不少于", "不小于", "至少", "最少", "最低", "达到", "达", "高达"]),
  ...meaning("＞", [">", "大于", "高于", "超过", "多于"]),
  ...meaning("＝", ["=", "==", "═", "等于"]),
  ...meaning("＜", ["<", "小于", "低于", "少于"]),
  ...meaning("≤", ["≤", "≦", "⩽", "<=", "=<", "小于等于", "小于或等于", "不高于", "不超过", "不大于", "不多于", "最多", "至多", "控制在"]),
  ...meaning("approximate", ["约", "大约", "约为", "近", "将近", "接近"]),
]);

const SUFFIX_WORDS: ReadonlyMap<string, PrefixMeaning | "none"> = new Map<string, PrefixMeaning | "none">([
  ...meaning("≥", ["以上", "及以上", "或以上"]),
  ...meaning("≤", ["以下", "及以下", "或以下", "以内", "之内", "内"]),
  ...meaning("approximate", ["左右", "上下"]),
  ...meaning("none", ["(含)", "(包含)"]),
]);

function meaning<const T>(m: T, words: string[]): [string, T][] {
  return words.map((w) => [w, m]);
}

const LONGEST_PREFIX_WORD = Math.max(...[...PREFIX_WORDS.keys()].map((w) => w.length));

function readAround(s: string, token: NumberToken): Partial<Reading> {
  let p = token.end;
  let approximate = false;
  if (APPROXIMATE_AFTER_NUMBER.includes(s[p])) {
    approximate = true;
    p++;
  }
  const first = readUnit(s, p);
  let unit = first.unit;
  p = first.end;

  let number = token.value;
  let range: [number, number] | null = null;
  const upper = readRangeEnd(s, p, token.chinese);
  if (upper && (unit === "" || upper.unit === "" || unit === upper.unit)) {
    range = token.value <= upper.value ? [token.value, upper.value] : [upper.value, token.value];
    number = range[0];
    unit = upper.unit || unit;
    p = upper.end;
  }

  const before = stripPrefixWords(s.slice(0, token.start));
  const after = stripWordsAtStart(s, p, SUFFIX_WORDS);
  const operator = before.operator ?? operatorOf(after.meanings);
  approximate = approximate || before.approximate || after.meanings.includes("approximate");
  return { number, unit, operator, approximate, range, rest: joinRest(before.rest, after.rest) };
}

function readRangeEnd(s: string, p: number, chinese: boolean): { value: number; unit: string; end: number } | null {
  let q = skipSpaces(s, p);
  if (RANGE_DASHES.includes(s[q]) || s[q] === "至" || s[q] === "到") q = skipSpaces(s, q + 1);
  else return null;
  let token: NumberToken | null = null;
  if (isDigit(s[q])) token = arabicNumberAt(s, q);
  else if (chinese && isChineseNumeral(s[q])) {
    let end = q;
    while (isChineseNumeral(s[end]) && end - q <= MAX_CHINESE_NUMERAL) end++;
    const value = chineseValue(s.slice(q, end));
    if (value !== null) token = { start: q, end, value, chinese: true };
  }
  if (!token || token.start !== q) return null;
  const unit = readUnit(s, token.end);
  return { value: token.value, unit: unit.unit, end: unit.end };
}

const RANGE_DASHES = "-~〜—–―";

interface Stripped {
  operator: Operator | null;
  approximate: boolean;
  rest: string;
}

/** Peels sign and approximation words off the end of the text before the number, nearest first. */
function stripPrefixWords(prefix: string): Stripped {
  let operator: Operator | null = null;
  let approximate = false;
  let end = prefix.length;
  for (;;) {
    while (end > 0 && isSpace(prefix[end - 1])) end--;
    let found: PrefixMeaning | undefined;
    let length = 0;
    for (let len = Math.min(LONGEST_PREFIX_WORD, end); len > 0 && !found; len--) {
      found = PREFIX_WORDS.get(prefix.slice(end - len, end));
      length = len;
    }
    if (!found) break;
    if (found === "approximate") approximate = true;
    else operator ??= found;
    end -= length;
  }
  return { operator, approximate, rest: prefix.slice(0, end).trim() };
}

function stripWordsAtStart<T>(s: string, p: number, words: ReadonlyMap<string, T>): { meanings: T[]; rest: string } {
  const longest = Math.max(...[...words.keys()].map((w) => w.length));
  const meanings: T[] = [];
  for (;;) {
    p = skipSpaces(s, p);
    let found: T | undefined;
    let length = 0;
    for (let len = longest; len > 0 && found === undefined; len--) {
      found = words.get(s.slice(p, p + len));
      length = len;
    }
    if (found === undefined) break;
    meanings.push(found);
    p += length;
  }
  return { meanings, rest: s.slice(p).trim() };
}

function operatorOf(meanings: (PrefixMeaning | "none")[]): Operator | null {
  for (const m of meanings) if (m !== "approximate" && m !== "none") return m;
  return null;
}

function joinRest(a: string, b: string): string {
  return a && b ? `${a} ${b}` : a || b;
}

// ---------------------------------------------------------------------------------------------------------------
// Units

/** Units seen in the tables; a longer word that begins with one of them is that unit followed by other words. */
const KNOWN_UNITS = new Set([
  "%", "‰", "元", "万元", "亿元", "千元", "人", "人次", "万人", "万人次", "名", "位", "户", "家", "个", "项", "件", "次",
  "场", "场次", "期", "批", "篇", "份", "本", "册", "套", "台", "台套", "辆", "部", "条", "处", "座", "所", "间", "起",
  "例", "天", "日", "个工作日", "工作日", "小时", "分钟", "周", "个月", "月", "年", "季度", "米", "公里", "千米",
  "平方米", "平方公里", "立方米", "亩", "公顷", "吨", "千克", "公斤", "个百分点", "百分点", "分", "张", "块", "株",
  "棵", "只", "头", "盏", "根", "支", "类", "种", "轮", "届", "课时", "学时", "班", "节", "次/年", "人/次", "元/人",
]);
const SINGLE_CHAR_UNITS = "%‰℃";
const MAX_UNIT_RUN = 10;
const MAX_UNKNOWN_UNIT = 6;

/** Words that end a unit: "人次" in "2000人次以上", "个工作日" in "30个工作日内", "%" in "100%完成". */
const UNIT_STOP_WORDS = [
  "以上", "以下", "以内", "以前", "以后", "之内", "之前", "之后", "及以上", "及以下", "或以上", "或以下", "左右",
  "上下", "完成", "达成", "达到", "内", "前", "后", "已", "未", "的", "和", "与", "及", "或", "等", "至", "到",
];

interface UnitReading {
  unit: string;
  /** Where the unit ends. */
  end: number;
  /** The whole word the unit was taken from; longer than unit when the word ran on ("场培训"). */
  run: string;
}

function readUnit(s: string, p: number): UnitReading {
  let start = p;
  // "2000 人次": one space between number and unit is still that number's unit.
  if (s[start] === " " && isUnitChar(s[start + 1])) start++;
  if (s[start] !== undefined && SINGLE_CHAR_UNITS.includes(s[start])) {
    return { unit: s[start], end: start + 1, run: s[start] };
  }
  let k = start;
  while (k - start < MAX_UNIT_RUN && !stopsUnit(s, k)) {
    if (isUnitChar(s[k])) k++;
    else if (s[k] === "/" && k > start && isUnitChar(s[k + 1])) k++; // 次/年
    else break;
  }
  const runsOn = k - start >= MAX_UNIT_RUN && isUnitChar(s[k]) && !stopsUnit(s, k);
  const run = s.slice(start, k);
  if (run === "") return { unit: "", end: p, run };
  if (KNOWN_UNITS.has(run)) return { unit: run, end: k, run };
  const known = longestKnownPrefix(run);
  if (known) return { unit: known, end: start + known.length, run };
  if (!runsOn && run.length <= MAX_UNKNOWN_UNIT) return { unit: run, end: k, run };
  return { unit: "", end: p, run };
}

function longestKnownPrefix(run: string): string {
  for (let len = run.length - 1; len > 0; len--) {
    const candidate = run.slice(0, len);
    if (KNOWN_UNITS.has(candidate)) return candidate;
  }
  return "";
}

function stopsUnit(s: string, k: number): boolean {
  for (const w of UNIT_STOP_WORDS) if (s.startsWith(w, k)) return true;
  return false;
}

function isUnitChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (
    (c >= 0x4e00 && c <= 0x9fff) || // CJK ideographs
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x41 && c <= 0x5a) || // A-Z
    (c >= 0x61 && c <= 0x7a) || // a-z
    ch === "²" ||
    ch === "³" ||
    ch === "㎡" ||
    ch === "㎞"
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Dates: deadlines in time indicators ("2024年12月31日前", "12月底前", "2024-12-31").

const DATE_PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => CellDate }[] = [
  { re: /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/y, read: (m) => ({ year: +m[1], month: +m[2], day: +m[3] }) },
  {
    re: /(\d{4})年(\d{1,2})月(?:(\d{1,2})[日号]|底|末|份|初|上旬|中旬|下旬)?/y,
    read: (m) => withDay({ year: +m[1], month: +m[2] }, m[3]),
  },
  { re: /(\d{4})年(?:底|末)/y, read: (m) => ({ year: +m[1], month: 12 }) },
  { re: /(\d{1,2})月(\d{1,2})[日号]/y, read: (m) => ({ month: +m[1], day: +m[2] }) },
  { re: /(\d{1,2})月(?:底|末|份|初|上旬|中旬|下旬|(?=前|之前|以前))/y, read: (m) => ({ month: +m[1] }) },
];

const DATE_SUFFIX_WORDS: ReadonlyMap<string, Operator> = new Map<string, Operator>([
  ...meaning<Operator>("≤", ["前", "之前", "以前", "以内", "之内", "内"]),
  ...meaning<Operator>("≥", ["后", "之后", "以后"]),
]);
const DATE_PREFIX_WORDS: ReadonlyMap<string, Operator> = new Map<string, Operator>([
  ...meaning<Operator>("≤", ["截至", "截止", "截止到", "不晚于", "≤", "<="]),
  ...meaning<Operator>("≥", ["不早于", "≥", ">="]),
]);

function withDay(d: CellDate, day: string | undefined): CellDate {
  return day === undefined ? d : { ...d, day: +day };
}

/** A date only where the first digit of the cell starts it; "完成3次，2024年底前" is a count, not a deadline. */
function readDateAt(s: string, i: number): Partial<Reading> | null {
  for (const { re, read } of DATE_PATTERNS) {
    re.lastIndex = i;
    const m = re.exec(s);
    if (!m) continue;
    const date = read(m);
    if (!isValidDate(date)) continue;
    const after = stripWordsAtStart(s, i + m[0].length, DATE_SUFFIX_WORDS);
    const before = stripDatePrefix(s.slice(0, i));
    return {
      date,
      operator: before.operator ?? after.meanings[0] ?? null,
      rest: joinRest(before.rest, after.rest),
    };
  }
  return null;
}

function stripDatePrefix(prefix: string): { operator: Operator | null; rest: string } {
  const trimmed = prefix.trimEnd();
  for (let len = Math.min(3, trimmed.length); len > 0; len--) {
    const op = DATE_PREFIX_WORDS.get(trimmed.slice(trimmed.length - len));
    if (op) return { operator: op, rest: trimmed.slice(0, trimmed.length - len).trim() };
  }
  return { operator: null, rest: trimmed.trim() };
}

function isValidDate(d: CellDate): boolean {
  return d.month >= 1 && d.month <= 12 && (d.day === undefined || (d.day >= 1 && d.day <= 31));
}

function isDateObject(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

/** UTC fields, as in cellText: ExcelJS stores the typed day as midnight UTC. */
function dateOfObject(d: Date): CellDate | null {
  if (!Number.isFinite(Date.prototype.getTime.call(d))) return null;
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

// ---------------------------------------------------------------------------------------------------------------

function indexOfDigit(s: string, from: number): number {
  for (let i = from; i < s.length; i++) if (isDigit(s[i])) return i;
  return -1;
}

const YEAR_CONTEXT = /(?:19|20)\d{2}年(?!底|末)/y;

function yearContextEnd(s: string, i: number): number {
  YEAR_CONTEXT.lastIndex = i;
  return YEAR_CONTEXT.exec(s) ? YEAR_CONTEXT.lastIndex : -1;
}

/** Exactly three digits at i, as after a thousands separator. */
function isThreeDigits(s: string, i: number): boolean {
  return isDigit(s[i]) && isDigit(s[i + 1]) && isDigit(s[i + 2]) && !isDigit(s[i + 3]);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

function isSpace(ch: string): boolean {
  return ch === " " || ch === "\n" || ch === "\t";
}

function skipSpaces(s: string, p: number): number {
  while (p < s.length && isSpace(s[p])) p++;
  return p;
}

function finiteOrNull(n: number): number | null {
  if (!Number.isFinite(n)) return null;
  return n === 0 ? 0 : n;
}
