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

/**
 * How many decimals a number's shortest spelling has, or null when that spelling is exponential. A number that already
 * has no more decimals than a rounding keeps is its own result, and most cells are such: whole counts, 2-place scores.
 * Skipping the decimal arithmetic for them gives the same result and spares most of the evaluation's time.
 */
function decimalsOf(spelled: string): number | null {
  if (spelled.includes("e")) return null;
  const dot = spelled.indexOf(".");
  return dot < 0 ? 0 : spelled.length - dot - 1;
}

/** ROUND(x, places) half away from zero, as Excel does. */
export function round(x: number | Big, places = 2): number {
  if (typeof x === "number" && Number.isFinite(x)) {
    const decimals = decimalsOf(String(x));
    if (decimals !== null && decimals <= places) return x;
  }
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

/**
 * How far from a rounding boundary binary arithmetic must land to be trusted. At the sizes scores have (below 1e7
 * hundredths) a double is within 1e-8 of the true value, so outside this margin it rounds the way decimal does.
 */
const BINARY_MARGIN = 1e-6;
const BINARY_LIMIT = 1e7;

/**
 * ROUND(a / b × c, 2) for a non-negative result, exactly as the decimal arithmetic gives it. A result can round
 * differently in binary only within a hair of a half-cent; everywhere else the double decides, and a hundred thousand
 * indicators do not each pay for a decimal division.
 */
export function roundedRatioTimes(a: number, b: number, c: number): number {
  const hundredths = (a / b) * c * 100;
  if (hundredths >= 0 && hundredths < BINARY_LIMIT) {
    const fraction = hundredths - Math.floor(hundredths);
    if (Math.abs(fraction - 0.5) > BINARY_MARGIN) return Math.round(hundredths) / 100;
  }
  return round2(ratioTimes(a, b, c));
}

/** a ≥ b × c, decided in decimal where binary arithmetic lands too close to tell (0.3 ≥ 0.1 × 3). */
export function atLeastTimes(a: number, b: number, c: number): boolean {
  const product = b * c;
  if (Number.isFinite(product) && Math.abs(a - product) > BINARY_MARGIN * Math.max(Math.abs(a), Math.abs(product), 1)) return a > product;
  return dec(a).gte(dec(b).times(dec(c)));
}

/**
 * Σ values in decimal. Values of up to 6 decimals below 1e9, as weights, scores and amounts in 万元 are, add exactly
 * as integers of millionths; the quotient by 1e6 is then the double nearest the decimal sum, as big.js gives it.
 */
export function sum(values: readonly number[]): number {
  let millionths = 0;
  for (const v of values) {
    const decimals = Number.isFinite(v) && Math.abs(v) < 1e9 ? decimalsOf(String(v)) : null;
    if (decimals === null || decimals > 6) return Number(values.reduce<Big>((acc, x) => acc.plus(dec(x)), new Big(0)));
    millionths += Math.round(v * 1e6);
  }
  return millionths / 1e6;
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
  if (Number.isFinite(x) && places > 0) {
    // -0 prints as "0.00", as big.js prints it.
    const spelled = String(x === 0 ? 0 : x);
    const decimals = decimalsOf(spelled);
    if (decimals !== null && decimals <= places) return (decimals === 0 ? `${spelled}.` : spelled) + "0".repeat(places - decimals);
  }
  return dec(x).toFixed(places);
}

/** A number as an accountant writes it: no trailing zeros ("324.88", "10", "0.5"). */
export function plain(x: number): string {
  if (!Number.isFinite(x)) return "";
  const spelled = String(x);
  const decimals = decimalsOf(spelled);
  return decimals !== null && decimals <= 6 ? spelled : String(Number(dec(x).round(6)));
}
