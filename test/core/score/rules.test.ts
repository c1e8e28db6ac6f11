import { round2 } from "../../../src/core/decimal";
import { applyDeduction, defaultTierScore, equalScore, executionScore, gradeOf, inBand, positiveScore, reverseScore, tierBand, tierOfScore, toHundred } from "../../../src/core/score/rules";

const DEFAULTS = { 达成: 1, 部分达成: 0.7, 未达成: 0.3 };

describe("domain-rules.md (d.8) worked vectors", () => {
  it("positive under target: t=500人次, a=487, w=10 → 9.74", () => {
    expect(positiveScore(500, 487, 10)).toEqual({ score: 9.74, explanation: "487/500×10=9.74" });
  });
  it("reverse R1: t≤10, a=12, w=10 → 8.33", () => {
    expect(reverseScore(10, 12, 10, "R1").score).toBe(8.33);
  });
  it("reverse R2: t≤10, a=12, w=10 → 8.00", () => {
    expect(reverseScore(10, 12, 10, "R2").score).toBe(8);
  });
  it("reverse far over: t≤10, a=25, w=10 → 4.00 under R1 and 0 under R2", () => {
    expect(reverseScore(10, 25, 10, "R1").score).toBe(4);
    expect(reverseScore(10, 25, 10, "R2").score).toBe(0);
  });
  it("equal with t=0: a=0 → 5, a=1 → 0 (w=5)", () => {
    expect(equalScore(0, 0, 5).score).toBe(5);
    expect(equalScore(0, 1, 5).score).toBe(0);
  });
  it("over-achieve: t≥100, a=150, w=10 → 10 (capped at the weight)", () => {
    expect(positiveScore(100, 150, 10).score).toBe(10);
  });
  it("execution over 100%: A=100, B=104, W=10 → rate 1.04, score 10.00", () => {
    const e = executionScore(100, 104, 10);
    expect(e.rate).toBe(1.04);
    expect(e.score).toBe(10);
  });
  it("execution with A=0: rate —, score 0", () => {
    expect(executionScore(0, 5, 10)).toMatchObject({ rate: null, score: 0 });
    expect(executionScore(null, 5, 10)).toMatchObject({ rate: null, score: 0 });
  });
  it("execution partial: A=90, B=89.974 → 99.97%, 10 × 0.9997111 → 10.00 after rounding", () => {
    const e = executionScore(90, 89.974, 10);
    expect(round2((e.rate as number) * 100)).toBe(99.97);
    expect(e.score).toBe(10);
  });
  it("qualitative band: 部分达成, w=10, s=8 is invalid (must be < 8.00)", () => {
    expect(inBand(8, tierBand("部分达成", 10))).toBe(false);
    expect(inBand(7.99, tierBand("部分达成", 10))).toBe(true);
  });
  it("weights 110 all at full marks: raw 110.00, normalised 100.00", () => {
    expect(toHundred(110, 110)).toBe(100);
  });
});

describe("execution rate on 全年预算数 (b.2)", () => {
  it("76% × 10 = 7.6, as in the Chongqing table (S8)", () => {
    expect(executionScore(100, 76, 10).score).toBe(7.6);
  });
  it("a negative 执行数 counts as nothing spent", () => {
    expect(executionScore(100, -5, 10).score).toBe(0);
  });
  it("the Hubei variant with 分值 20: 90% → 18", () => {
    expect(executionScore(100, 90, 20).score).toBe(18);
  });
});

describe("rounding is half-up in decimal, as Excel's ROUND", () => {
  it("9.735 rounds to 9.74 (binary floating point would give 9.73)", () => {
    expect(round2(9.735)).toBe(9.74);
  });
  it("1.005 rounds to 1.01", () => {
    expect(round2(1.005)).toBe(1.01);
  });
  it("a proportional score that lands on a half: 1947/2000×10 = 9.735 → 9.74", () => {
    expect(positiveScore(2000, 1947, 10).score).toBe(9.74);
  });
  it("R1 10/12×10 = 8.3333… → 8.33 and 2/3×15 = 10.00", () => {
    expect(reverseScore(10, 12, 10, "R1").score).toBe(8.33);
    expect(positiveScore(3, 2, 15).score).toBe(10);
  });
});

describe("positive, reverse and equal edge cases (d.2)", () => {
  it("a met positive target earns exactly the weight", () => {
    expect(positiveScore(2000, 2000, 8).score).toBe(8);
  });
  it("a positive target of 0 is always met", () => {
    expect(positiveScore(0, 0, 5).score).toBe(5);
  });
  it("a negative actual scores nothing on a positive row", () => {
    expect(positiveScore(10, -3, 5).score).toBe(0);
  });
  it("reverse target 0 ('安全事故≤0起'): 0 → w, 1 → 0, under R1 and R2", () => {
    for (const rule of ["R1", "R2"] as const) {
      expect(reverseScore(0, 0, 5, rule).score).toBe(5);
      expect(reverseScore(0, 1, 5, rule).score).toBe(0);
    }
  });
  it("R2 at exactly 2t is 0", () => {
    expect(reverseScore(10, 20, 10, "R2").score).toBe(0);
  });
  it("equal with t > 0 is scored as positive: 8/10×5 = 4", () => {
    expect(equalScore(10, 8, 5).score).toBe(4);
  });
  it("a deduction is taken off and never below 0", () => {
    expect(applyDeduction(10, 2.5)).toBe(7.5);
    expect(applyDeduction(1, 3)).toBe(0);
  });
});

describe("qualitative tiers (d.3)", () => {
  it("达成: ROUND(0.8w,2) ≤ s ≤ w", () => {
    expect(tierBand("达成", 10)).toEqual({ min: 8, max: 10, maxInclusive: true });
    expect(inBand(10, tierBand("达成", 10))).toBe(true);
    expect(inBand(7.99, tierBand("达成", 10))).toBe(false);
  });
  it("未达成: 0 ≤ s < ROUND(0.6w,2)", () => {
    expect(inBand(5.99, tierBand("未达成", 10))).toBe(true);
    expect(inBand(6, tierBand("未达成", 10))).toBe(false);
  });
  it("bands round their bounds: w=3 → 达成 from 2.40, 部分达成 from 1.80", () => {
    expect(tierBand("达成", 3).min).toBe(2.4);
    expect(tierBand("部分达成", 3).min).toBe(1.8);
  });
  it("default scores: 达成 w, 部分达成 0.7w, 未达成 0.3w", () => {
    expect(defaultTierScore("达成", 5, DEFAULTS)).toBe(5);
    expect(defaultTierScore("部分达成", 5, DEFAULTS)).toBe(3.5);
    expect(defaultTierScore("未达成", 5, DEFAULTS)).toBe(1.5);
  });
  it("a score tells its tier where none is written", () => {
    expect(tierOfScore(8, 10)).toBe("达成");
    expect(tierOfScore(6, 10)).toBe("部分达成");
    expect(tierOfScore(5.99, 10)).toBe("未达成");
  });
});

describe("grades (e), inclusive at the lower end", () => {
  it.each([
    [100, "优"],
    [90, "优"],
    [89.99, "良"],
    [80, "良"],
    [79.99, "中"],
    [60, "中"],
    [59.99, "差"],
    [0, "差"],
  ] as const)("%p → %s", (score, grade) => {
    expect(gradeOf(score)).toBe(grade);
  });
  it("the grade is taken from the rounded total: 89.995 → 90.00 → 优", () => {
    expect(gradeOf(89.995)).toBe("优");
  });
});
