import fc from "fast-check";
import { cellText, headerKey, isErrorValue, significantText, toHalfWidth } from "../../../src/core/text";

describe("toHalfWidth: what an IME in full-width mode types is read like its ASCII twin", () => {
  it.each([
    ["１２００", "1200"],
    ["９５％", "95%"],
    ["１，２００．５０", "1,200.50"],
    ["＞＝", ">="],
    ["＜", "<"],
    ["＝１００％", "=100%"],
    ["ＡＢＣａｂｃ", "ABCabc"],
    ["全年\u3000预算", "全年 预算"],
    ["（万元）", "(万元)"],
    ["～", "~"],
  ])("%s → %s", (input, expected) => {
    expect(toHalfWidth(input)).toBe(expected);
  });

  it("keeps ≥ and ≤, which have no half-width form", () => {
    expect(toHalfWidth("≥95%≤")).toBe("≥95%≤");
  });

  it("leaves Chinese text alone", () => {
    expect(toHalfWidth("慰问困难职工")).toBe("慰问困难职工");
  });
});

describe("cellText: the text a cell displays, whatever the host handed over", () => {
  it.each<[string, unknown, string]>([
    ["null is blank", null, ""],
    ["undefined is blank", undefined, ""],
    ["NaN is blank", NaN, ""],
    ["Infinity is blank", Infinity, ""],
    ["-Infinity is blank", -Infinity, ""],
    ["an integer", 2000, "2000"],
    ["money", 324.88, "324.88"],
    ["-0 prints as 0", -0, "0"],
    ["float noise is shown as Excel shows it", 0.1 + 0.2, "0.3"],
    ["true", true, "TRUE"],
    ["false", false, "FALSE"],
    ["a date cell", new Date(Date.UTC(2024, 11, 31)), "2024-12-31"],
    ["an invalid date", new Date(NaN), ""],
    ["an error object", { error: "#DIV/0!" }, "#DIV/0!"],
    ["rich text", { richText: [{ text: "慰问" }, { text: "困难职工" }] }, "慰问困难职工"],
    ["a hyperlink", { text: "丰都县总工会", hyperlink: "http://example.org" }, "丰都县总工会"],
    ["a formula result", { formula: "B2/A2", result: 1 }, "1"],
    ["a formula that failed", { formula: "B2/A2", result: { error: "#DIV/0!" } }, "#DIV/0!"],
    ["a formula without a result", { formula: "B2/A2" }, ""],
    ["an array", [1, 2], ""],
    ["a plain object", { a: 1 }, ""],
    ["a symbol", Symbol("x"), ""],
    ["a function", () => 1, ""],
  ])("%s", (_, input, expected) => {
    expect(cellText(input)).toBe(expected);
  });

  it("trims, collapses runs of spaces and tabs, and keeps line breaks", () => {
    expect(cellText("  慰问 \t  困难职工 \r\n 2000人次  ")).toBe("慰问 困难职工\n2000人次");
  });

  it("treats non-breaking and ideographic spaces as spaces, and drops zero-width characters", () => {
    expect(cellText("\u00a0全年\u3000\u3000预算\u200b数\ufeff")).toBe("全年 预算数");
  });

  it("never throws, even for an object whose getters throw", () => {
    const hostile = {};
    for (const key of ["error", "richText", "text", "result"]) {
      Object.defineProperty(hostile, key, {
        get() {
          throw new Error("boom");
        },
        enumerable: true,
      });
    }
    expect(cellText(hostile)).toBe("");
  });

  it("never recurses forever on a self-referencing result", () => {
    const loop: { result?: unknown } = {};
    loop.result = loop;
    expect(cellText(loop)).toBe("");
  });
});

describe("isErrorValue: an Excel error is never mistaken for what the accountant typed", () => {
  it.each(["#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA",
    "#BUSY!", "#FIELD!", "#CONNECT!", "#BLOCKED!", "#UNKNOWN!", " #div/0! ", "#n/a"])("%s is an error", (s) => {
    expect(isErrorValue(s)).toBe(true);
  });

  it("recognises error objects", () => {
    expect(isErrorValue({ error: "#N/A" })).toBe(true);
  });

  it.each<[unknown]>([["#DIV/0"], ["DIV/0!"], ["#"], [""], [0], [null], [{ error: 1 }], [{}], [new Date()]])(
    "%p is not an error",
    (v) => {
      expect(isErrorValue(v)).toBe(false);
    },
  );
});

describe("headerKey: one key for a header however it was typed", () => {
  it.each([
    ["全年预算数（万元）", "全年预算数"],
    ["全年预算数(A)", "全年预算数"],
    ["执行率（B/A）", "执行率"],
    ["全年(调整)预算数", "全年预算数"],
    ["全年（调整）预算数（万元）", "全年预算数"],
    ["全年\n预算数", "全年预算数"],
    [" 全 年 预 算 数 ", "全年预算数"],
    ["【注】全年预算数", "全年预算数"],
    ["全年预算数[万元]", "全年预算数"],
    ["执行率(%", "执行率"],
    ["项目名称：", "项目名称"],
    ["*项目名称", "项目名称"],
    ["＊项目名称:", "项目名称"],
    ["得分系数(%)", "得分系数"],
    ["指标权重（分）", "指标权重"],
    ["ABC", "abc"],
    ["", ""],
  ])("%s → %s", (input, expected) => {
    expect(headerKey(input)).toBe(expected);
  });

  it("removes nested notes", () => {
    expect(headerKey("预算数（万元（含结转））")).toBe("预算数");
  });

  it("keeps the words of a header that is nothing but a note", () => {
    expect(headerKey("（万元）")).toBe("万元");
  });
});

describe("a number to so many significant digits, as Excel shows 15 and the 校验码 compares 12", () => {
  it("0.1 + 0.2 shows as 0.3 at 15 digits; 95, 0.95 and 1234.5 are their own spelling; 1e21 stays 1e+21", () => {
    expect(significantText(0.1 + 0.2, 15)).toBe("0.3");
    expect(significantText(95, 15)).toBe("95");
    expect(significantText(0.95, 12)).toBe("0.95");
    expect(significantText(-1234.5, 12)).toBe("-1234.5");
    expect(significantText(1e21, 15)).toBe("1e+21");
    expect(significantText(0.000001234567890123, 12)).toBe("0.00000123456789012");
  });
  it("is String(Number(n.toPrecision(d))) for any finite number", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(12, 15), (n, d) => significantText(n, d) === String(Number(n.toPrecision(d)))),
      { numRuns: 20_000 },
    );
  });
});
