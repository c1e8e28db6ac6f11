import { parseAmount, parseNumberText, parseRatio } from "../../../src/core/text";

describe("parseNumberText: a plain number, as typed", () => {
  it.each<[string, number]>([
    ["1,200.00", 1200],
    [" 1.5 ", 1.5],
    ["１２００", 1200],
    ["１，２００．５", 1200.5],
    ["-3", -3],
    ["+3", 3],
    [".5", 0.5],
    ["5.", 5],
    ["0", 0],
    ["-0", 0],
    ["1,234,567.89", 1234567.89],
    ["1 200", 1200],
    ["− 3", -3],
  ])("%p → %p", (input, expected) => {
    expect(parseNumberText(input)).toBe(expected);
  });

  const notNumbers = ["", " ", "1.2.3", "12abc", "abc", "1,20", "1200,000", ".", "-", "+", "1e5", "Infinity", "NaN"];
  it.each([...notNumbers, "9".repeat(400)])(
    "%p is not a number",
    (input) => {
      expect(parseNumberText(input)).toBeNull();
    },
  );

  it("never returns -0", () => {
    expect(Object.is(parseNumberText("-0"), 0)).toBe(true);
  });
});

describe("parseAmount: money, weights and scores", () => {
  it.each<[unknown, number | null, string]>([
    [324.88, 324.88, ""],
    [10, 10, ""],
    ["20万元", 20, "万元"],
    ["10分", 10, "分"],
    ["324.88", 324.88, ""],
    ["1,200.00元", 1200, "元"],
    ["￥1,200", 1200, ""],
    ["¥1,200", 1200, ""],
    ["１２００", 1200, ""],
    ["20 万元", 20, "万元"],
    ["95%", 95, "%"],
    ["20万元（含结转）", 20, "万元"],
    [{ formula: "SUM(B2:B4)", result: 324.88 }, 324.88, ""],
  ])("%p → %p %p", (input, value, unit) => {
    expect(parseAmount(input)).toMatchObject({ value, unit });
  });

  it.each<[unknown]>([
    ["—"], ["-"], ["/"], [""], ["#DIV/0!"], [{ error: "#DIV/0!" }], [true], [false], [new Date(Date.UTC(2024, 0, 1))],
    [{}], [null], [undefined], [NaN], [Infinity], ["约20万元"], ["20万元，其中结转5万元"], ["完成"],
  ])("%p has no amount", (input) => {
    expect(parseAmount(input).value).toBeNull();
  });

  it("keeps the cell's text", () => {
    expect(parseAmount(" 1,200.00元 ").text).toBe("1,200.00元");
  });
});

describe("parseRatio: rates and coefficients as a ratio, 1 = 100%", () => {
  it.each<[unknown, number]>([
    ["100%", 1],
    ["99.97%", 0.9997],
    ["９５％", 0.95],
    ["76 %", 0.76],
    [0.76, 0.76],
    [76, 0.76],
    ["76", 0.76],
    ["0.76", 0.76],
    [1, 1],
    ["1", 1],
    [1.5, 1.5],
    [104, 1.04],
    ["104.00%", 1.04],
    ["0%", 0],
  ])("%p → %p", (input, expected) => {
    expect(parseRatio(input)).toBe(expected);
  });

  it("reads a bare value above 1.5 as a percentage", () => {
    expect(parseRatio(1.51)).toBe(0.0151);
  });

  it.each<[unknown]>([
    [""], ["abc"], ["#DIV/0!"], [{ error: "#DIV/0!" }], [null], [NaN], [true], ["100%完成"], [new Date()],
  ])(
    "%p is not a ratio",
    (input) => {
      expect(parseRatio(input)).toBeNull();
    },
  );
});
