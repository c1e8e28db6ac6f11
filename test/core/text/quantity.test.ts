import { parseQuantity, Quantity } from "../../../src/core/text";

type Expected = Partial<Quantity>;

/** Reads like the cell and what it says. Fields not named are not checked, except where a case says so. */
function expectQuantity(input: unknown, expected: Expected): void {
  expect(parseQuantity(input)).toMatchObject(expected);
}

describe("parseQuantity: a number typed with its sign and unit", () => {
  it.each<[unknown, Expected]>([
    [2000, { number: 2000, unit: "", operator: null, rest: "", approximate: false }],
    ["2000", { number: 2000, unit: "" }],
    ["≥2000人次", { number: 2000, unit: "人次", operator: "≥" }],
    ["≥ 2000人次", { number: 2000, unit: "人次", operator: "≥" }],
    ["９５％", { number: 95, unit: "%" }],
    ["95%", { number: 95, unit: "%", operator: null }],
    ["≥95%", { number: 95, unit: "%", operator: "≥" }],
    ["＞＝95%", { number: 95, unit: "%", operator: "≥" }],
    ["≤10天", { number: 10, unit: "天", operator: "≤" }],
    ["=100%", { number: 100, unit: "%", operator: "＝" }],
    ["＝100%", { number: 100, unit: "%", operator: "＝" }],
    [">0", { number: 0, unit: "", operator: "＞" }],
    ["<5起", { number: 5, unit: "起", operator: "＜" }],
    ["≥266米", { number: 266, unit: "米", operator: "≥" }],
    ["1,200.00", { number: 1200, unit: "" }],
    [" 1.5 ", { number: 1.5, unit: "", text: "1.5" }],
    ["20万元", { number: 20, unit: "万元" }],
    ["1.5万元", { number: 1.5, unit: "万元" }],
    ["0起", { number: 0, unit: "起" }],
    ["5场次", { number: 5, unit: "场次" }],
    ["11起", { number: 11, unit: "起" }],
    ["-5", { number: -5, unit: "" }],
    ["2次/年", { number: 2, unit: "次/年" }],
    ["2000 人次", { number: 2000, unit: "人次" }],
    ["1名", { number: 1, unit: "名" }],
  ])("%p", (input, expected) => expectQuantity(input, expected));
});

describe("parseQuantity: words for a sign, before or after the number", () => {
  it.each<[unknown, Expected]>([
    ["不低于95%", { number: 95, unit: "%", operator: "≥", rest: "" }],
    ["不少于10场", { number: 10, unit: "场", operator: "≥" }],
    ["95%以上", { number: 95, unit: "%", operator: "≥", rest: "" }],
    ["95%及以上", { number: 95, unit: "%", operator: "≥" }],
    ["2000人次以上", { number: 2000, unit: "人次", operator: "≥" }],
    ["10天以内", { number: 10, unit: "天", operator: "≤", rest: "" }],
    ["5%以下", { number: 5, unit: "%", operator: "≤" }],
    ["不超过30万元", { number: 30, unit: "万元", operator: "≤" }],
    ["控制在30万元以内", { number: 30, unit: "万元", operator: "≤" }],
    ["达到100%", { number: 100, unit: "%", operator: "≥", rest: "" }],
    ["满意度达95%", { number: 95, unit: "%", operator: "≥", rest: "满意度" }],
    ["至少5场", { number: 5, unit: "场", operator: "≥" }],
    ["30个工作日内", { number: 30, unit: "个工作日", operator: "≤", rest: "" }],
    ["慰问困难职工≥2000人次", { number: 2000, unit: "人次", operator: "≥", rest: "慰问困难职工" }],
  ])("%p", (input, expected) => expectQuantity(input, expected));

  it("never reports 定性 as the operator of a quantity", () => {
    expect(parseQuantity("定性").operator).toBeNull();
  });
});

describe("parseQuantity: approximate values are marked, not dropped", () => {
  it.each<[unknown, Expected]>([
    ["2000余人次", { number: 2000, unit: "人次", approximate: true, operator: null }],
    ["2000多人次", { number: 2000, unit: "人次", approximate: true }],
    ["约600人次", { number: 600, unit: "人次", approximate: true }],
    ["100人次左右", { number: 100, unit: "人次", approximate: true, rest: "" }],
    ["100人次上下", { number: 100, unit: "人次", approximate: true }],
    ["近600人次", { number: 600, unit: "人次", approximate: true }],
    ["600人次", { approximate: false }],
  ])("%p", (input, expected) => expectQuantity(input, expected));
});

describe("parseQuantity: ranges give their lower bound as the number", () => {
  it.each<[unknown, Expected]>([
    ["90%-95%", { number: 90, range: [90, 95], unit: "%" }],
    ["90%~95%", { number: 90, range: [90, 95], unit: "%" }],
    ["90%～95%", { number: 90, range: [90, 95], unit: "%" }],
    ["90%至95%", { number: 90, range: [90, 95], unit: "%" }],
    ["90-95%", { number: 90, range: [90, 95], unit: "%" }],
    ["3-5个", { number: 3, range: [3, 5], unit: "个" }],
    ["3至5个", { number: 3, range: [3, 5], unit: "个" }],
    ["95%", { range: null }],
  ])("%p", (input, expected) => expectQuantity(input, expected));
});

describe("parseQuantity: Chinese numerals only as a count followed by its unit", () => {
  it.each<[unknown, Expected]>([
    ["五场", { number: 5, unit: "场" }],
    ["十二个", { number: 12, unit: "个" }],
    ["两次", { number: 2, unit: "次" }],
    ["二十场", { number: 20, unit: "场" }],
    ["一百零五人", { number: 105, unit: "人" }],
    ["两千人次", { number: 2000, unit: "人次" }],
    ["不少于三次", { number: 3, unit: "次", operator: "≥" }],
    ["十余场", { number: 10, unit: "场", approximate: true }],
  ])("%p is a count", (input, expected) => expectQuantity(input, expected));

  it.each(["一级指标", "一般", "十分满意", "一次性补助", "进一步提升", "第五场", "优良中差", "一二场"])(
    "%p is not a number",
    (input) => {
      expect(parseQuantity(input).number).toBeNull();
    },
  );
});

describe("parseQuantity: words that are neither number, unit nor sign are kept in rest", () => {
  it.each<[unknown, Expected]>([
    ["100%完成", { number: 100, unit: "%", rest: "完成" }],
    ["完成", { number: null, unit: "", rest: "完成" }],
    ["达成预期指标", { number: null, rest: "达成预期指标" }],
    ["优良中差", { number: null, rest: "优良中差" }],
    ["5场培训活动", { number: 5, unit: "场", rest: "培训活动" }],
    ["2024年度慰问2000人次", { number: 2000, unit: "人次", rest: "2024年度慰问" }],
    ["", { number: null, rest: "", text: "" }],
  ])("%p", (input, expected) => expectQuantity(input, expected));

  it("does not read a clause number such as 1.2.3 as a quantity", () => {
    expect(parseQuantity("1.2.3").number).toBeNull();
  });
});

describe("parseQuantity: deadlines are dates, not numbers", () => {
  it.each<[unknown, Expected]>([
    ["2024年12月31日前", { number: null, date: { year: 2024, month: 12, day: 31 }, operator: "≤", rest: "" }],
    ["12月底前", { number: null, date: { month: 12 }, operator: "≤" }],
    ["2024-12-31", { number: null, date: { year: 2024, month: 12, day: 31 } }],
    ["2024/12/31", { number: null, date: { year: 2024, month: 12, day: 31 } }],
    ["2024.6.30", { number: null, date: { year: 2024, month: 6, day: 30 } }],
    ["2024年底前", { number: null, date: { year: 2024, month: 12 }, operator: "≤" }],
    ["6月30日前完成", { number: null, date: { month: 6, day: 30 }, operator: "≤", rest: "完成" }],
    ["截至2024年12月31日", { number: null, date: { year: 2024, month: 12, day: 31 }, operator: "≤" }],
    [new Date(Date.UTC(2024, 11, 31)), { number: null, date: { year: 2024, month: 12, day: 31 }, text: "2024-12-31" }],
  ])("%p", (input, expected) => expectQuantity(input, expected));

  it("a day without a month, or a month 13, is not a date", () => {
    expect(parseQuantity("2024-13-01").date).toBeNull();
    expect(parseQuantity("12个月").date).toBeNull();
  });

  it("an invalid Date cell is blank", () => {
    expect(parseQuantity(new Date(NaN))).toMatchObject({ text: "", number: null, date: null });
  });

  it("has no date for an ordinary number", () => {
    expect(parseQuantity("≥2000人次").date).toBeNull();
  });
});

describe("parseQuantity: cells that are not numbers", () => {
  it.each<[unknown]>([[null], [undefined], [NaN], [Infinity], [true], [{ error: "#DIV/0!" }], ["#DIV/0!"], [{}]])(
    "%p has no number",
    (input) => {
      expect(parseQuantity(input).number).toBeNull();
    },
  );

  it("a plain number cell has no unit, operator or rest", () => {
    expect(parseQuantity(324.88)).toEqual({
      text: "324.88",
      number: 324.88,
      unit: "",
      operator: null,
      approximate: false,
      range: null,
      rest: "",
      date: null,
    });
  });

  it("-0 is 0", () => {
    expect(Object.is(parseQuantity(-0).number, 0)).toBe(true);
  });
});
