import Big from "big.js";
import { dec, fixed, plain, round2, round2Capped, roundedRatioTimes } from "../decimal";
import type { ReverseRule } from "../settings";

/**
 * The scoring formulas of domain-rules.md (b.2), (d.2), (d.3) and (e), one pure function each. `t` target, `a` actual,
 * `w` weight. Every result is rounded half-up to 2 places and never exceeds the weight.
 */

export interface LineScore {
  score: number;
  /** 计分说明 as the report prints it, e.g. "487/500×10=9.74". */
  explanation: string;
}

const full = (w: number, why: string): LineScore => ({ score: round2Capped(w, w), explanation: `${why}，得满分${plain(w)}` });
const zero = (why: string): LineScore => ({ score: 0, explanation: `${why}，得0分` });
const capped = (x: Big, w: number): number => round2Capped(x.gt(dec(w)) ? dec(w) : x, w);
/** The same cap for a score already rounded to 2 places: rounding first and capping after gives the same result. */
const cappedRounded = (r: number, w: number): number => round2Capped(r > w ? w : r, w);

/** ≥ / ＞: a ≥ t → w, else ROUND(a/t × w, 2). A target of 0 or less is always met (and is flagged elsewhere). */
export function positiveScore(t: number, a: number, w: number): LineScore {
  if (t <= 0 || a >= t) return full(w, `完成值${plain(a)}达到指标值${plain(t)}`);
  const score = cappedRounded(roundedRatioTimes(Math.max(a, 0), t, w), w);
  return { score, explanation: `${plain(Math.max(a, 0))}/${plain(t)}×${plain(w)}=${fixed(score)}` };
}

/**
 * ≤ / ＜. R1 (default, local template text S3): a ≤ t → w, else ROUND(t/a × w, 2). R2 (vendor code S10): linear from
 * w at t down to 0 at 2t. A target of 0 ("安全事故≤0起") scores w for 0 and nothing otherwise under both, so that
 * nothing is divided by zero.
 */
export function reverseScore(t: number, a: number, w: number, rule: ReverseRule): LineScore {
  if (t <= 0) return a <= 0 ? full(w, `指标值为0，完成值${plain(a)}`) : zero(`指标值为0，完成值${plain(a)}超出`);
  if (a <= t) return full(w, `完成值${plain(a)}未超过指标值${plain(t)}`);
  if (rule === "R1") {
    const score = cappedRounded(roundedRatioTimes(t, a, w), w);
    return { score, explanation: `${plain(t)}/${plain(a)}×${plain(w)}=${fixed(score)}` };
  }
  if (a >= 2 * t) return zero(`完成值${plain(a)}达到指标值${plain(t)}的2倍`);
  const share = new Big(1).minus(dec(a).minus(dec(t)).div(dec(t)));
  const score = capped(share.times(dec(w)), w);
  return { score, explanation: `(1−(${plain(a)}−${plain(t)})/${plain(t)})×${plain(w)}=${fixed(score)}` };
}

/** ＝: scored as positive when t > 0; with t = 0, a ≤ 0 → w, else 0 (vendor code S10). */
export function equalScore(t: number, a: number, w: number): LineScore {
  if (t === 0) return a <= 0 ? full(w, "指标值为0，完成值为0") : zero(`指标值为0，完成值${plain(a)}`);
  return positiveScore(t, a, w);
}

/** MAX(score − deduction, 0) [V-code S10]. */
export function applyDeduction(score: number, deduction: number): number {
  return deduction > 0 ? Math.max(round2(dec(score).minus(dec(deduction))), 0) : score;
}

export type Tier = "达成" | "部分达成" | "未达成";

export interface Band {
  min: number;
  max: number;
  /** Only 达成 includes its upper bound (the full weight); the other bands stop just below the next one. */
  maxInclusive: boolean;
}

/** d.3: 达成 ROUND(0.8w,2) ≤ s ≤ w; 部分达成 ROUND(0.6w,2) ≤ s < ROUND(0.8w,2); 未达成 0 ≤ s < ROUND(0.6w,2). */
export function tierBand(tier: Tier, w: number): Band {
  const p80 = round2(dec(w).times("0.8"));
  const p60 = round2(dec(w).times("0.6"));
  if (tier === "达成") return { min: p80, max: round2(w), maxInclusive: true };
  if (tier === "部分达成") return { min: p60, max: p80, maxInclusive: false };
  return { min: 0, max: p60, maxInclusive: false };
}

export function inBand(score: number, band: Band): boolean {
  return score >= band.min && (band.maxInclusive ? score <= band.max : score < band.max);
}

export function bandText(band: Band): string {
  return `[${fixed(band.min)}, ${fixed(band.max)}${band.maxInclusive ? "]" : ")"}`;
}

/** The tier a score falls in, for a qualitative row whose tier was not written. */
export function tierOfScore(score: number, w: number): Tier {
  if (score >= tierBand("达成", w).min) return "达成";
  if (score >= tierBand("部分达成", w).min) return "部分达成";
  return "未达成";
}

export function defaultTierScore(tier: Tier, w: number, shares: Record<Tier, number>): number {
  return round2(dec(w).times(dec(shares[tier])));
}

export interface ExecutionScore {
  /** B ÷ A, unrounded; null where A is 0 or missing. */
  rate: number | null;
  score: number;
  explanation: string;
}

/** b.2: rate = B ÷ A (A = 全年预算数); score = ROUND(MIN(rate, 1) × W, 2). */
export function executionScore(budget: number | null, spent: number | null, w: number): ExecutionScore {
  if (budget === null || budget <= 0) return { rate: null, score: 0, explanation: "全年预算数为0或未填，无法计算执行率，得0分" };
  const b = Math.max(spent ?? 0, 0);
  const rate = dec(b).div(dec(budget));
  const score = round2Capped((rate.gt(1) ? new Big(1) : rate).times(dec(w)), w);
  return {
    rate: Number(rate),
    score,
    explanation: rate.gte(1) ? `执行率${rate.times(100).toFixed(2)}%，得满分${plain(w)}` : `${plain(b)}/${plain(budget)}×${plain(w)}=${fixed(score)}`,
  };
}

export type Grade = "优" | "良" | "中" | "差";

/** (e): 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below, on the rounded 100-point total. */
export function gradeOf(score100: number): Grade {
  const s = round2(score100);
  if (s >= 90) return "优";
  if (s >= 80) return "良";
  if (s >= 60) return "中";
  return "差";
}

/** d.6: the raw total on a 100-point basis. */
export function toHundred(total: number, maxTotal: number): number {
  return maxTotal > 0 ? round2(dec(total).div(dec(maxTotal)).times(100)) : 0;
}
