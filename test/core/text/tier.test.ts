import { parseGrade, parseGradeScale, parseTier, tierFromGrades } from "../../../src/core/text";

describe("parseTier: the three completion tiers of a qualitative row", () => {
  it.each([
    "达成", "已达成", "达成年度指标", "达成预期指标", "达成预期目标", "完成", "已完成", "全部完成", "按期完成", "按时完成",
    "达成。", " 已完成. ",
  ])("%s is 达成", (input) => {
    expect(parseTier(input)).toBe("达成");
  });

  it.each(["部分达成", "部分达成年度指标并具有一定效果", "基本达成", "基本完成", "部分完成", "部分达成。"])(
    "%s is 部分达成",
    (input) => {
      expect(parseTier(input)).toBe("部分达成");
    },
  );

  it.each(["未达成", "未达成年度指标且效果较差", "未完成", "未达到", "未完成。"])("%s is 未达成", (input) => {
    expect(parseTier(input)).toBe("未达成");
  });

  it.each<[unknown]>([["完成率95%"], ["100%完成"], ["效果明显"], ["优"], [""], [null], [1], ["达成率"], ["未完成部分已结转"]])(
    "%p states no tier",
    (input) => {
      expect(parseTier(input)).toBeNull();
    },
  );
});

describe("parseGradeScale: a grade scale written as the target", () => {
  it.each<[string, string[]]>([
    ["优良中差", ["优", "良", "中", "差"]],
    ["优良中低差", ["优", "良", "中", "低", "差"]],
    ["优/良/中/差", ["优", "良", "中", "差"]],
    ["优、良、中、差", ["优", "良", "中", "差"]],
    ["高/较高/中/低", ["高", "较高", "中", "低"]],
    ["好/较好/一般/较差/差", ["好", "较好", "一般", "较差", "差"]],
    ["好、较好、一般、较差、差", ["好", "较好", "一般", "较差", "差"]],
    ["好较好一般较差差", ["好", "较好", "一般", "较差", "差"]],
  ])("the whole scale %s means the top grade is the target", (input, scale) => {
    expect(parseGradeScale(input)).toEqual({ scale, targetIndex: 0 });
  });

  it("a scale written worst first is turned best first", () => {
    expect(parseGradeScale("差/中/良/优")).toEqual({ scale: ["优", "良", "中", "差"], targetIndex: 0 });
  });

  it.each<[string, string[], number]>([
    ["优", ["优", "良", "中", "差"], 0],
    ["良", ["优", "良", "中", "差"], 1],
    ["中", ["优", "良", "中", "差"], 2],
    ["差", ["优", "良", "中", "差"], 3],
    ["≥良", ["优", "良", "中", "差"], 1],
    ["良及以上", ["优", "良", "中", "差"], 1],
    ["良以上", ["优", "良", "中", "差"], 1],
    ["达到良", ["优", "良", "中", "差"], 1],
    ["高", ["高", "较高", "中", "低"], 0],
    ["较高", ["高", "较高", "中", "低"], 1],
    ["低", ["高", "较高", "中", "低"], 3],
    ["好", ["好", "较好", "一般", "较差", "差"], 0],
    ["较好", ["好", "较好", "一般", "较差", "差"], 1],
    ["一般", ["好", "较好", "一般", "较差", "差"], 2],
    ["较差", ["好", "较好", "一般", "较差", "差"], 3],
  ])("the single grade %s is that grade of its default scale", (input, scale, targetIndex) => {
    expect(parseGradeScale(input)).toEqual({ scale, targetIndex });
  });

  it.each<[unknown]>([["有效提升"], ["95%"], ["良好"], ["优良"], ["显著提升"], [""], [null], ["达成"], ["优秀率95%"]])(
    "%p is not a grade target",
    (input) => {
      expect(parseGradeScale(input)).toBeNull();
    },
  );
});

describe("parseGrade: where the actual value sits on the target's scale", () => {
  const ylzcd = ["优", "良", "中", "低", "差"];
  const hao = ["好", "较好", "一般", "较差", "差"];

  it.each<[string, string[], number | null]>([
    ["优", ylzcd, 0],
    ["良", ylzcd, 1],
    ["差", ylzcd, 4],
    ["良好", ylzcd, 1],
    ["优秀", ylzcd, 0],
    ["较好", hao, 1],
    ["好", hao, 0],
    ["较好", ["优", "良", "中", "差"], null],
    ["较差", hao, 3],
    ["达成", ylzcd, null],
    ["", ylzcd, null],
  ])("%s on %j → %p", (input, scale, expected) => {
    expect(parseGrade(input, scale)).toBe(expected);
  });
});

describe("tierFromGrades: d.4", () => {
  it.each<[number, number, string]>([
    [0, 0, "达成"],
    [1, 0, "达成"],
    [1, 1, "达成"],
    [0, 1, "部分达成"],
    [1, 2, "部分达成"],
    [0, 2, "未达成"],
    [0, 4, "未达成"],
  ])("target %i, actual %i → %s", (target, actual, expected) => {
    expect(tierFromGrades(target, actual)).toBe(expected);
  });
});
