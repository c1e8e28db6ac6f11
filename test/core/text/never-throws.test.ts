/**
 * Property: whatever a workbook or an add-in host hands over, every function here returns, and every number it
 * returns is finite or null. Long inputs are here to catch regexes that backtrack without end: if one sneaks in,
 * this file hangs instead of passing.
 */
import fc from "fast-check";
import * as text from "../../../src/core/text";

const LONG = 100_000;

/** Pieces of what accountants type, so random strings reach the deep branches of the parsers. */
const CELL_PIECES = [
  "≥", "≤", "＞", "＜", "＝", ">", "<", "=", ">=", "≧", "≦", "不低于", "不超过", "至少", "达到", "约", "近", "以上",
  "以下", "以内", "左右", "余", "多", "2000", "95", "0", "-", "+", ".", ",", "，", "．", "１２", "９５％", "%", "％",
  "人次", "万元", "个工作日", "场", "次/年", "五", "十二", "两", "百", "零", "一级", "十分", "第", "至", "到", "~",
  "—", "年", "月", "日", "底", "前", "2024", "12", "31", "/", "(", ")", "（", "）", "【", "】", "[", "]", ":", "：",
  "*", "＊", "X", "优", "良", "中", "差", "较好", "一般", "完成", "未达成", "部分", "达成", "提升", " ", "\u3000",
  "\t", "\n", "\r\n", "\u00a0", "\u200b", "#DIV/0!", "#N/A", "1e-7", "Infinity", "NaN", "￥", "¥", "\u2212", "𠀀",
];

const cellLikeString = fc.array(fc.constantFrom(...CELL_PIECES), { maxLength: 30 }).map((p) => p.join(""));

const fullWidthString = fc.string({
  unit: fc.integer({ min: 0xff01, max: 0xff5e }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});

/** 100,000 characters made of a repeated pattern: the worst shapes for a scanner are long runs of one thing. */
const longString = fc
  .array(fc.constantFrom(...CELL_PIECES, "1", "9", "一", "啊", "a"), { minLength: 1, maxLength: 6 })
  .map((parts) => {
    const unit = parts.join("") || "1";
    return unit.repeat(Math.ceil(LONG / unit.length)).slice(0, LONG);
  });

const PATHOLOGICAL_LONG = [
  "1".repeat(LONG),
  "9".repeat(LONG - 1) + "x",
  "1,".repeat(LONG / 2),
  "1,000".repeat(LONG / 5),
  "1.".repeat(LONG / 2),
  ":".repeat(LONG - 1) + "a",
  "a" + ":".repeat(LONG - 2) + "a",
  "*".repeat(LONG),
  "(".repeat(LONG),
  "（".repeat(LONG / 2) + "）".repeat(LONG / 2),
  " ".repeat(LONG),
  " \t".repeat(LONG / 2) + "x",
  "一".repeat(LONG),
  "一啊".repeat(LONG / 2),
  "十场".repeat(LONG / 2),
  "≥".repeat(LONG - 4) + "2000",
  "约".repeat(LONG - 4) + "2000",
  "2000" + "人".repeat(LONG - 4),
  "2000" + "以上".repeat((LONG - 4) / 2),
  "2024年".repeat(LONG / 5),
  "2024-".repeat(LONG / 5),
  "-".repeat(LONG),
  "—".repeat(LONG),
  "优".repeat(LONG),
  "优良".repeat(LONG / 2),
  "提升".repeat(LONG / 2),
  "%".repeat(LONG),
  "1%-".repeat(LONG / 3),
  "１".repeat(LONG),
];

function throwingObject(keys: string[]): object {
  const o = {};
  for (const key of keys) {
    Object.defineProperty(o, key, {
      enumerable: true,
      get() {
        throw new Error(`getter ${key}`);
      },
    });
  }
  return o;
}

const hostileProxy = new Proxy(
  {},
  {
    get() {
      throw new Error("get");
    },
    has() {
      throw new Error("has");
    },
    getPrototypeOf() {
      throw new Error("getPrototypeOf");
    },
    ownKeys() {
      throw new Error("ownKeys");
    },
    getOwnPropertyDescriptor() {
      throw new Error("getOwnPropertyDescriptor");
    },
  },
);

const strangeValues = fc.constantFrom<unknown>(
  NaN,
  Infinity,
  -Infinity,
  -0,
  0,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  1e21,
  -1e-7,
  0.1 + 0.2,
  new Date(NaN),
  new Date(8.64e15),
  new Date(-8.64e15),
  new Date(Date.UTC(2024, 11, 31)),
  { error: "#DIV/0!" },
  { error: 42 },
  { richText: "not an array" },
  { richText: [null, 1, { text: 2 }, { text: "ok" }, throwingObject(["text"])] },
  { text: { richText: [{ text: "嵌套" }] } },
  { formula: "A1", result: { error: "#N/A" } },
  { formula: "A1", result: NaN },
  { result: Infinity },
  throwingObject(["error"]),
  throwingObject(["error", "richText", "text", "result"]),
  throwingObject(["result"]),
  Object.create(null),
  [],
  [1, 2, 3],
  () => 1,
  Symbol("s"),
  BigInt(10),
  new Map(),
  new String("2000人次"),
  new Number(5),
);

const anyCell = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.anything({
      withBigInt: true,
      withDate: true,
      withNullPrototype: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withUnicodeString: true,
    }),
  },
  { weight: 4, arbitrary: cellLikeString },
  { weight: 2, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 2, arbitrary: fullWidthString },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.date() },
  { weight: 2, arbitrary: strangeValues },
);

function finiteOrNull(n: unknown): void {
  if (n === null) return;
  expect(typeof n).toBe("number");
  expect(Number.isFinite(n)).toBe(true);
}

const SCALES = [["优", "良", "中", "差"], ["好", "较好", "一般", "较差", "差"], [], ["良"]];

/** Calls every export on one value and checks what comes back. */
function exerciseEverything(v: unknown): void {
  const s = typeof v === "string" ? v : text.cellText(v);

  expect(typeof text.toHalfWidth(s)).toBe("string");
  expect(typeof text.cellText(v)).toBe("string");
  expect(typeof text.isErrorValue(v)).toBe("boolean");
  expect(typeof text.headerKey(v)).toBe("string");

  finiteOrNull(text.parseNumberText(s));
  finiteOrNull(text.parseNumberText(v as string));
  const amount = text.parseAmount(v);
  finiteOrNull(amount.value);
  expect(typeof amount.unit).toBe("string");
  expect(typeof amount.text).toBe("string");
  finiteOrNull(text.parseRatio(v));

  const op = text.parseOperatorCell(v);
  if (op) expect(typeof op.recognised).toBe("boolean");

  const q = text.parseQuantity(v);
  finiteOrNull(q.number);
  expect(typeof q.unit).toBe("string");
  expect(typeof q.rest).toBe("string");
  expect(q.operator).not.toBe("定性");
  if (q.range) {
    finiteOrNull(q.range[0]);
    finiteOrNull(q.range[1]);
    expect(q.range[0]).toBeLessThanOrEqual(q.range[1]);
    expect(q.number).toBe(q.range[0]);
  }
  if (q.date) {
    expect(q.date.month).toBeGreaterThanOrEqual(1);
    expect(q.date.month).toBeLessThanOrEqual(12);
  }

  text.parseTier(v);
  const grade = text.parseGradeScale(v);
  if (grade) expect(grade.targetIndex).toBeLessThan(grade.scale.length);
  for (const scale of SCALES) {
    const g = text.parseGrade(v, scale);
    if (g !== null) expect(g).toBeLessThan(scale.length);
  }
  text.parseGrade(v, v as string[]);

  text.findVagueWord(v);
  expect(typeof text.isPlaceholder(v)).toBe("boolean");
  expect(typeof text.hasComparisonWord(v)).toBe("boolean");
  expect(typeof text.hasNumber(v)).toBe("boolean");
}

describe("no input makes any of these functions throw or return a number that is not finite", () => {
  it("holds for arbitrary values, strings, full-width text, doubles and dates", () => {
    fc.assert(fc.property(anyCell, (v) => exerciseEverything(v)), { numRuns: 2000 });
  });

  it("holds for objects whose getters throw, Excel errors and extreme numbers and dates", () => {
    fc.assert(fc.property(strangeValues, (v) => exerciseEverything(v)), { numRuns: 300 });
  });

  // Handed over directly: fast-check itself would trip on this proxy.
  it("holds for a proxy that refuses every operation", () => {
    exerciseEverything(hostileProxy);
  });

  it("holds for strings of 100,000 characters, built from the worst shapes for a scanner", () => {
    for (const s of PATHOLOGICAL_LONG) exerciseEverything(s);
  });

  it("holds for random strings of 100,000 characters", () => {
    fc.assert(fc.property(longString, (s) => exerciseEverything(s)), { numRuns: 40 });
  });

  it("tierFromGrades gives a tier for any pair of numbers", () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (a, b) => {
        expect(["达成", "部分达成", "未达成"]).toContain(text.tierFromGrades(a, b));
      }),
    );
  });
});
