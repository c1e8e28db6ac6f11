import Big from "big.js";

/**
 * Every score is rounded half-up to two places, as Excel's ROUND and the provincial system's Oracle round(x, 2) do.
 * Binary floating point gets that wrong (9.735 is stored as 9.73499…), so the arithmetic runs in decimal: a number
 * enters through its shortest decimal spelling (String(9.735) = "9.735"), which is also what the accountant typed.
 */

Big.DP = 20;
Big.RM = Big.roundHalfUp;

export type Dec = Big;

/**
 * A number into decimal. Products and quotients of extreme but finite cells (1e-306 as a budget) can overflow to
 * Infinity on the way back to a number; big.js refuses those, so they saturate at ±1e308 and NaN counts as 0 rather
 * than crashing the evaluation.
 */
export function dec(x: number | string | Big): Big {
  if (x instanceof Big) return x;
  if (typeof x === "number" && !Number.isFinite(x)) return new Big(Number.isNaN(x) ? 0 : x > 0 ? "1e308" : "-1e308");
  return new Big(x);
}

/** ROUND(x, places) half away from zero, as Excel does. */
export function round(x: number | Big, places = 2): number {
  return Number(dec(x).round(places, Big.roundHalfUp));
}

export function round2(x: number | Big): number {
  return round(x, 2);
}

/**
 * ROUND(x, 2), but never above the cap: a weight typed with three decimals (2.345) must not yield 2.35 for full marks,
 * because a score can never exceed its weight. Only then is the cap itself cut to two places.
 */
export function round2Capped(x: number | Big, cap: number): number {
  const r = round2(x);
  return r > cap ? Number(dec(cap).round(2, Big.roundDown)) : r;
}

/** a / b × c, computed in decimal: the shape of every proportional score. */
export function ratioTimes(a: number, b: number, c: number): Big {
  return dec(a).div(dec(b)).times(dec(c));
}

export function sum(values: readonly number[]): number {
  return Number(values.reduce<Big>((acc, v) => acc.plus(dec(v)), new Big(0)));
}

export function minus(a: number, b: number): number {
  return Number(dec(a).minus(dec(b)));
}

/** Two amounts agree when they differ by no more than the tolerance (both in the same unit). */
export function near(a: number, b: number, tolerance: number): boolean {
  return dec(a).minus(dec(b)).abs().lte(dec(tolerance));
}

/** Format with exactly `places` decimals, for messages and 计分说明 ("14.10", not "14.1"). */
export function fixed(x: number, places = 2): string {
  return dec(x).toFixed(places);
}

/** A number as an accountant writes it: no trailing zeros ("324.88", "10", "0.5"). */
export function plain(x: number): string {
  return Number.isFinite(x) ? String(Number(dec(x).round(6))) : "";
}
