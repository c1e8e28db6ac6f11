import { dec, fixed, round2 } from "../../decimal";
import type { Evaluation, ScoredIndicator, UnitResult } from "../../model/evaluation";
import type { BasicLabel } from "../../model/workbook";
import { headerKey } from "../../text";

/**
 * How the narrative spells numbers, one rule per kind so the same figure never appears in two spellings:
 * - money (万元): always two decimals, as the seed writes "324.88" and as 资金情况 tables print amounts;
 * - execution rate: "100%" only when spending equals the budget exactly (the seed's "资金执行率100%"), otherwise two
 *   decimals of a percent ("99.97%", "104.00%"), so a rate that merely rounds to 100 is not passed off as complete;
 * - scores and weights: a whole number bare ("得分100分", "满分10分"), anything else with exactly two decimals ("9.50",
 *   "91.41"), matching both the seed and the two-decimal 计分说明 of the indicator table.
 */
export function money(x: number): string {
  return fixed(x, 2);
}

export function score(x: number): string {
  const r = round2(x);
  return Number.isInteger(r) ? String(r) : fixed(r, 2);
}

export function percentOf(ratio: number): string {
  return `${fixed(Number(dec(ratio).times(100)), 2)}%`;
}

/** The execution rate as the report prints it; null where it cannot be computed (no budget). */
export function unitRate(unit: UnitResult): string | null {
  const { budget, spent } = unit;
  if (budget !== null && budget > 0 && spent !== null && dec(spent).eq(dec(budget))) return "100%";
  return unit.executionRate === null ? null : percentOf(unit.executionRate);
}

export function totalRate(budget: number, spent: number): string | null {
  if (budget <= 0) return null;
  if (dec(spent).eq(dec(budget))) return "100%";
  return percentOf(Number(dec(spent).div(dec(budget))));
}


const CHINESE_DIGITS = "零一二三四五六七八九";

/** 1 → 一, 10 → 十, 12 → 十二, 25 → 二十五: sub-section numbers never run past a few dozen. */
export function chineseNumber(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : CHINESE_DIGITS[tens]}十${ones ? CHINESE_DIGITS[ones] : ""}`;
}

export function subHeading(n: number, title: string): string {
  return `（${chineseNumber(n)}）${title}`;
}

const MAX_QUOTE = 40;

/** “…” around a user text; inner “” become ‘’ as Chinese typesetting nests them, and an essay is cut short. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const short = flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE)}…` : flat;
  return `“${short.replace(/“/g, "‘").replace(/”/g, "’")}”`;
}

/** A 基本信息 text, or null where it is missing or blank, so callers skip the sentence instead of printing nothing. */
export function basicText(ev: Evaluation, label: BasicLabel): string | null {
  const t = ev.basic[label]?.trim();
  return t ? t : null;
}

/** A free text as paragraphs, one per line, blank lines dropped. */
export function lines(text: string | null): string[] {
  if (!text) return [];
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

/** A clause taken from a user's cell, for use inside a sentence: no trailing full stop to double up with ours. */
export function clause(text: string): string {
  return text.trim().replace(/[。．.；;，,\s]+$/, "");
}

export function withFullStop(text: string): string {
  return /[。！？.!?…”’」）)]$/.test(text) ? text : `${text}。`;
}

/** The evaluation year as a number, from 评价年度 ("2024", "2024年", "2024年度"). */
export function yearOf(ev: Evaluation): number | null {
  const m = /(\d{4})/.exec(ev.basic["评价年度"] ?? "");
  return m ? Number(m[1]) : null;
}

/** "2024年度" or, with no year, "本年度": every sentence that needs a year can open with fixed text either way. */
export function yearLabel(ev: Evaluation): string {
  const y = yearOf(ev);
  return y === null ? "本年度" : `${y}年度`;
}

/** The department: 单位名称, else the only unit's name. */
export function departmentName(ev: Evaluation): string | null {
  return basicText(ev, "单位名称") ?? (ev.units.length === 1 ? ev.units[0].name : null);
}

/** "职工帮扶项目" already says 项目; the seed's "{单位}项目到位资金" must not become "职工帮扶项目项目". */
export function asProject(unitName: string): string {
  return /项目$/.test(unitName) ? unitName : `${unitName}项目`;
}

export const counted = (unit: UnitResult): ScoredIndicator[] => unit.indicators.filter((i) => i.kind !== "not-applicable");

/** The three first-level dimensions, recognised as the checks recognise them (headerKey contains the key). */
export const DIMENSIONS = [
  { key: "产出", name: "产出指标" },
  { key: "效益", name: "效益指标" },
  { key: "满意", name: "满意度指标" },
] as const;

export type DimensionKey = (typeof DIMENSIONS)[number]["key"];

export function dimensionOf(ind: ScoredIndicator): DimensionKey | null {
  const key = headerKey(ind.source.level1);
  return DIMENSIONS.find((d) => key.includes(d.key))?.key ?? null;
}
