import { findVagueWord, hasComparisonWord, hasNumber, isPlaceholder, VAGUE_WORDS } from "../../../src/core/text";

describe("VAGUE_WORDS: the Q3 list of domain-rules (f)", () => {
  it("is the list in the rules, in its order", () => {
    expect(VAGUE_WORDS).toEqual([
      "提升", "提高", "有效", "明显", "显著", "较好", "良好", "较高", "逐步", "进一步", "加强", "强化", "完善", "健全",
      "稳步", "持续", "不断", "积极", "大力", "努力", "力争", "尽量", "基本", "大幅", "确保", "保障", "及时", "按时",
      "按期", "规范", "合规", "符合规定", "符合相关规定", "按要求", "达到要求", "效果明显", "成效显著", "达成预期",
      "满意", "改善", "美化", "促进", "推动",
    ]);
  });

  it("cannot be changed by accident", () => {
    expect(Object.isFrozen(VAGUE_WORDS)).toBe(true);
  });
});

describe("findVagueWord: the longest vague word in the text", () => {
  it.each<[unknown, string | null]>([
    ["进一步提升职工满意度", "进一步"],
    ["有效提升", "提升"],
    ["效果明显", "效果明显"],
    ["符合相关规定", "符合相关规定"],
    ["符合规定", "符合规定"],
    ["美化环境。", "美化"],
    ["显著 提升", "提升"],
    ["慰问困难职工≥2000人次", null],
    ["", null],
    [null, null],
    [95, null],
  ])("%p → %p", (input, expected) => {
    expect(findVagueWord(input)).toBe(expected);
  });
});

describe("isPlaceholder: a stand-in left where a value belongs (Q9)", () => {
  it.each(["*", "＊", "XX", "xx", "X", "×", "—", "——", "-", "--", "/", "／", "待定", "待填", "略", "无数据", " * "])(
    "%p is a placeholder",
    (input) => {
      expect(isPlaceholder(input)).toBe(true);
    },
  );

  it.each<[unknown]>([[""], [null], ["0"], [0], ["XX人次"], ["≥*"], ["无"], ["完成"], ["-5"]])(
    "%p is not",
    (input) => {
      expect(isPlaceholder(input)).toBe(false);
    },
  );
});

describe("hasComparisonWord: an actual value must be measured, not a bound (Q7)", () => {
  it.each(["≥266米", "≤10天", "＞0", "＜5", ">0", "<5", "≧1", "≦1", "95%以上", "5%以下", "不低于95%", "不超过30万元",
    "不少于5场", "不高于10%", "10天以内", "至少5场", "大于0", "小于5"])("%p holds one", (input) => {
    expect(hasComparisonWord(input)).toBe(true);
  });

  it.each<[unknown]>([["266米"], ["100%"], ["完成"], [""], [null], [266]])("%p does not", (input) => {
    expect(hasComparisonWord(input)).toBe(false);
  });
});

describe("hasNumber: any digit, or a count in Chinese numerals", () => {
  it.each<[unknown]>([["2000余人次"], ["９５％"], ["五场"], ["两次"], [0], [324.88], ["2024年12月31日前"]])(
    "%p has a number",
    (input) => {
      expect(hasNumber(input)).toBe(true);
    },
  );

  it.each<[unknown]>([
    ["显著提升"], ["一级指标"], ["十分满意"], [""], [null], [NaN], [Infinity], [true], ["#DIV/0!"], [{ error: "#DIV/0!" }],
  ])(
    "%p has none",
    (input) => {
      expect(hasNumber(input)).toBe(false);
    },
  );
});
