import { parseOperatorCell } from "../../../src/core/text";

describe("parseOperatorCell: the 指标性质 / 计算符号 column", () => {
  it("a blank cell has no operator cell at all", () => {
    expect(parseOperatorCell("")).toBeNull();
    expect(parseOperatorCell(null)).toBeNull();
    expect(parseOperatorCell("  ")).toBeNull();
  });

  it.each<[string, string]>([
    ["≥", "≥"], ["≧", "≥"], [">=", "≥"], ["=>", "≥"], ["＞＝", "≥"], ["> =", "≥"], ["大于等于", "≥"], ["不低于", "≥"],
    ["不少于", "≥"], ["正向", "≥"], ["正向指标", "≥"],
    ["＞", "＞"], [">", "＞"], ["大于", "＞"],
    ["＝", "＝"], ["=", "＝"], ["==", "＝"], ["等于", "＝"],
    ["＜", "＜"], ["<", "＜"], ["小于", "＜"],
    ["≤", "≤"], ["≦", "≤"], ["<=", "≤"], ["=<", "≤"], ["小于等于", "≤"], ["不高于", "≤"], ["不超过", "≤"],
    ["反向", "≤"], ["反向指标", "≤"], ["逆向", "≤"],
  ])("%s is the quantitative operator %s", (input, operator) => {
    expect(parseOperatorCell(input)).toEqual({ operator, nature: "quantitative", recognised: true });
  });

  it.each(["定性", "定性指标", " 定性 "])("%s is qualitative", (input) => {
    expect(parseOperatorCell(input)).toEqual({ operator: "定性", nature: "qualitative", recognised: true });
  });

  it.each(["定量", "定量指标"])("%s says quantitative without naming a sign", (input) => {
    expect(parseOperatorCell(input)).toEqual({ operator: null, nature: "quantitative", recognised: true });
  });

  it.each<[unknown]>([["其他"], ["≥95%"], ["优良中差"], [42]])("%p is not recognised", (input) => {
    expect(parseOperatorCell(input)).toEqual({ operator: null, nature: null, recognised: false });
  });
});
