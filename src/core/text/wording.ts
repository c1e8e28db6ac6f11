/**
 * Word-level signals for the "绩效指标量化不够" checks (domain-rules f): vague wording (Q3), placeholders left in
 * (Q9), and an actual value written as a range instead of a measurement (Q7).
 */
import { cellText, isErrorValue, toHalfWidth } from "./normalise";
import { parseQuantity } from "./quantity";
import { isShown } from "./shown";

/** The Q3 list of domain-rules.md (f), verbatim. A setting may extend it; this is the default. */
export const VAGUE_WORDS: readonly string[] = Object.freeze([
  "提升",
  "提高",
  "有效",
  "明显",
  "显著",
  "较好",
  "良好",
  "较高",
  "逐步",
  "进一步",
  "加强",
  "强化",
  "完善",
  "健全",
  "稳步",
  "持续",
  "不断",
  "积极",
  "大力",
  "努力",
  "力争",
  "尽量",
  "基本",
  "大幅",
  "确保",
  "保障",
  "及时",
  "按时",
  "按期",
  "规范",
  "合规",
  "符合规定",
  "符合相关规定",
  "按要求",
  "达到要求",
  "效果明显",
  "成效显著",
  "达成预期",
  "满意",
  "改善",
  "美化",
  "促进",
  "推动",
]);

/** Text as matched against word lists: half-width and without whitespace, so "有效 提升" still says 有效. */
function matchText(v: unknown): string {
  return toHalfWidth(cellText(v)).replace(/\s+/g, "");
}

/**
 * The longest listed vague word in the text (so "符合相关规定" is reported rather than "合规"), or null.
 * Whether the hit counts (no number, no grade scale) is for the check to decide.
 */
export function findVagueWord(v: unknown): string | null {
  const s = matchText(v);
  if (s === "") return null;
  let best: string | null = null;
  for (const w of VAGUE_WORDS) {
    if (s.includes(w) && (best === null || w.length > best.length)) best = w;
  }
  return best;
}

const PLACEHOLDER_WORDS = new Set(["待定", "待填", "待补充", "略", "无数据", "暂无数据"]);
/** Marks that stand in for a value: *, XX, ×, dashes, slashes; any mix or repetition of them ("———", "XXX"). */
const PLACEHOLDER_MARKS = /^[*xX×—\-/\\–―─]+$/;

/** The whole cell is a stand-in for a value nobody filled in. A blank cell is not a placeholder: it is blank. */
export function isPlaceholder(v: unknown): boolean {
  const s = toHalfWidth(cellText(v)).trim();
  if (s === "") return false;
  return PLACEHOLDER_WORDS.has(s) || PLACEHOLDER_MARKS.test(s);
}

/** Q7: signs and words that state a bound rather than a measured value. */
const COMPARISON_WORDS = [
  "≥", "≤", ">", "<", "≧", "≦", "⩾", "⩽", "以上", "以下", "不低于", "不超过", "不少于", "不高于", "以内",
  "至少", "大于", "小于",
];

/** The text holds a comparison sign or range word, as a target does and a measured actual value should not. */
export function hasComparisonWord(v: unknown): boolean {
  const s = matchText(v);
  return COMPARISON_WORDS.some((w) => s.includes(w));
}

/** Any digit, or a count in Chinese numerals such as "五场". */
export function hasNumber(v: unknown): boolean {
  if (typeof v === "number") return Number.isFinite(v);
  if (isShown(v)) return v.as === "number" || v.as === "percent";
  if (isErrorValue(v)) return false; // the 0 in #DIV/0! is not a number anyone typed
  if (/[0-9]/.test(toHalfWidth(cellText(v)))) return true;
  return parseQuantity(v).number !== null;
}
