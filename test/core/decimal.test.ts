import Big from "big.js";
import fc from "fast-check";
import { atLeastTimes, fixed, plain, round, round2, round2Capped, roundedRatioTimes, sum } from "../../src/core/decimal";

/**
 * The shortcuts in decimal.ts skip the decimal arithmetic where binary arithmetic cannot give a different result. Each
 * is checked here against big.js itself, on the half-cent ties that break binary rounding and on random figures.
 */
const bigRound = (x: number, places: number) => Number(new Big(x).round(places, Big.roundHalfUp));
const bigRatio = (a: number, b: number, c: number) => Number(new Big(a).div(new Big(b)).times(new Big(c)).round(2, Big.roundHalfUp));

/** Figures as accountants type them: up to 7 digits and 0–4 decimals. */
const typed = fc.tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 4 })).map(([n, d]) => n / 10 ** d);
const positive = typed.filter((x) => x > 0);

describe("ROUND(a/t × w, 2) without a decimal division where binary cannot differ (d.2)", () => {
  it("half-cent ties round up as Excel's ROUND: 2.345/1 × 1 → 2.35, 1.005 → 1.01; 487/500 × 10 → 9.74", () => {
    expect(roundedRatioTimes(1, 8, 0.1)).toBe(bigRatio(1, 8, 0.1));
    expect(roundedRatioTimes(2.345, 1, 1)).toBe(2.35);
    expect(roundedRatioTimes(1.005, 1, 1)).toBe(1.01);
    expect(roundedRatioTimes(487, 500, 10)).toBe(9.74);
    expect(roundedRatioTimes(10, 12, 10)).toBe(8.33);
  });
  it("agrees with big.js on random typed figures", () => {
    fc.assert(fc.property(typed, positive, positive, (a, t, w) => roundedRatioTimes(a, t, w) === bigRatio(a, t, w)), { numRuns: 20_000 });
  });
  it("agrees with big.js on constructed ties (k + 0.5 hundredths)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 1, max: 1000 }), (k, t) => {
        const a = ((k + 0.5) / 100) * t;
        return roundedRatioTimes(a, t, 1) === bigRatio(a, t, 1);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe("a ≥ t × ratio (over-achievement, 1.2 by default) decided exactly", () => {
  it("1.21 ≥ 1.1 × 1.1 although 1.1 × 1.1 is 1.2100000000000002 in binary", () => {
    expect(1.1 * 1.1 > 1.21).toBe(true);
    expect(atLeastTimes(1.21, 1.1, 1.1)).toBe(true);
    expect(atLeastTimes(1.2, 1.1, 1.1)).toBe(false);
    expect(atLeastTimes(0.36, 0.3, 1.2)).toBe(true);
  });
  it("agrees with big.js on random typed figures, ties included", () => {
    fc.assert(
      fc.property(typed, positive, fc.constantFrom(1.2, 1.5, 2, 1.1, 1.05), fc.boolean(), (a, t, r, tie) => {
        const x = tie ? Number(new Big(t).times(r)) : a;
        return atLeastTimes(x, t, r) === new Big(x).gte(new Big(t).times(r));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("rounding and printing shortcuts give big.js's results", () => {
  const any = fc.oneof(typed, fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.constantFrom(-0, 0, 1e-7, 1e21, 2.345, 9.735, 0.1 + 0.2));
  it("round(x, 2) and round2", () => {
    fc.assert(fc.property(any, (x) => Object.is(round(x, 2), bigRound(x, 2)) && Object.is(round2(x), bigRound(x, 2))), { numRuns: 20_000 });
  });
  it("round2Capped never exceeds the cap: 2.345 of 2.345 → 2.34", () => {
    expect(round2Capped(2.345, 2.345)).toBe(2.34);
    expect(round2Capped(2, 2)).toBe(2);
  });
  it("fixed(x) prints two decimals: 14.1 → 14.10, -0 → 0.00", () => {
    expect(fixed(14.1)).toBe("14.10");
    expect(fixed(-0)).toBe("0.00");
    fc.assert(fc.property(any, (x) => fixed(x) === new Big(x).toFixed(2)), { numRuns: 20_000 });
  });
  it("plain(x) prints at most 6 decimals without trailing zeros: 324.88, 10, 123456.123457", () => {
    expect(plain(324.88)).toBe("324.88");
    expect(plain(123456.1234567)).toBe("123456.123457");
    fc.assert(fc.property(any, (x) => plain(x) === String(Number(new Big(x).round(6)))), { numRuns: 20_000 });
  });
  it("sum adds in decimal: 0.1 + 0.2 = 0.3, 30 + 20.5 + 49.5 = 100, and agrees with big.js on any figures", () => {
    expect(sum([0.1, 0.2])).toBe(0.3);
    expect(sum([30, 20.5, 49.5])).toBe(100);
    expect(sum([])).toBe(0);
    expect(Object.is(sum([-0]), 0)).toBe(true);
    const bigSum = (xs: number[]) => Number(xs.reduce((acc, x) => acc.plus(new Big(x)), new Big(0)));
    fc.assert(fc.property(fc.array(any, { maxLength: 60 }), (xs) => Object.is(sum(xs), bigSum(xs)) || (sum(xs) === 0 && bigSum(xs) === 0)), { numRuns: 20_000 });
  });
});
