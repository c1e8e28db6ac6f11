/**
 * Qualitative rows: the three completion tiers of the scoring rules (domain-rules d.3) and the grade words that
 * accountants use instead ("优良中差" as the target, "优" as the actual; d.4).
 */
import { cellText, toHalfWidth } from "./normalise";

export type Tier = "达成" | "部分达成" | "未达成";

/**
 * Whole-cell phrases only: "完成率95%" or "未完成部分已结转" must not be read as a tier. The longer, negative and
 * partial forms are listed first as a reminder that "达成" is contained in all of them.
 */
const TIER_PHRASES: readonly [Tier, readonly string[]][] = [
  [
    "未达成",
    ["未达成", "未达成年度指标", "未达成年度指标且效果较差", "未完成", "未达到", "未达标", "没有完成", "没有达成"],
  ],
  [
    "部分达成",
    [
      "部分达成",
      "部分达成年度指标",
      "部分达成年度指标并具有一定效果",
      "基本达成",
      "基本达成年度指标",
      "基本完成",
      "部分完成",
    ],
  ],
  [
    "达成",
    [
      "达成",
      "已达成",
      "全部达成",
      "达成年度指标",
      "达成预期指标",
      "达成预期目标",
      "完成",
      "已完成",
      "全部完成",
      "已全部完成",
      "按期完成",
      "已按期完成",
      "按时完成",
      "已按时完成",
    ],
  ],
];

const TIER_BY_PHRASE: ReadonlyMap<string, Tier> = new Map(
  TIER_PHRASES.flatMap(([tier, phrases]) => phrases.map((p) => [p, tier] as [string, Tier])),
);

/** The completion tier a cell states, or null when it states something else. */
export function parseTier(v: unknown): Tier | null {
  return TIER_BY_PHRASE.get(compact(v)) ?? null;
}

/** Cell text for whole-cell matching: half-width, no whitespace, no full stop or comma at the end. */
function compact(v: unknown): string {
  const s = toHalfWidth(cellText(v)).replace(/\s+/g, "");
  let end = s.length;
  while (end > 0 && "。.,;!、".includes(s[end - 1])) end--;
  return s.slice(0, end);
}

// ---------------------------------------------------------------------------------------------------------------
// Grades

export interface GradeTarget {
  /** Best first. */
  scale: string[];
  targetIndex: number;
}

/**
 * The orders grades come in, best first. A written scale must be a part of one of them, in order, so "良好"
 * (良 then 好, two different families) is an adjective and not a scale.
 */
const GRADE_FAMILIES: readonly (readonly string[])[] = [
  ["优", "良", "中", "低", "差"],
  ["高", "较高", "中", "一般", "较低", "低"],
  ["好", "较好", "一般", "较差", "差"],
];

/** The scale a single grade word belongs to when only that word is written (domain-rules d.4). */
const DEFAULT_SCALES: readonly (readonly string[])[] = [
  ["优", "良", "中", "差"],
  ["高", "较高", "中", "低"],
  ["好", "较好", "一般", "较差", "差"],
];

/** Longest first, so "较好" is never read as "较" and "好". */
const GRADE_WORDS = ["较高", "较低", "较好", "较差", "一般", "优", "良", "中", "低", "差", "高", "好"];

/** A written scale needs at least this many grades; "优良" alone is an adjective ("优良品质"). */
const MIN_SCALE_LENGTH = 3;

const AT_LEAST_PREFIXES = ["≥", ">=", "≧", "⩾", "不低于", "达到", "至少"];
const AT_LEAST_SUFFIXES = ["及以上", "或以上", "以上"];

/**
 * A grade target: either a whole scale ("优良中差", "好/较好/一般/较差/差", which means the top grade is expected) or
 * one grade, possibly as "≥良" / "良及以上" / "达到良". Null for anything else, including "良好" and "有效提升".
 */
export function parseGradeScale(v: unknown): GradeTarget | null {
  const s = compact(v);
  if (s === "") return null;
  const written = writtenScale(s);
  if (written) return { scale: written, targetIndex: 0 };
  const grade = stripAffixes(s);
  for (const scale of DEFAULT_SCALES) {
    const i = scale.indexOf(grade);
    if (i >= 0) return { scale: [...scale], targetIndex: i };
  }
  return null;
}

function writtenScale(s: string): string[] | null {
  const tokens = gradeTokens(s);
  if (!tokens || tokens.length < MIN_SCALE_LENGTH) return null;
  for (const family of GRADE_FAMILIES) {
    if (isOrderedSubset(tokens, family)) return tokens;
    const reversed = [...tokens].reverse();
    if (isOrderedSubset(reversed, family)) return reversed; // written worst first: "差/中/良/优"
  }
  return null;
}

/** Splits "优良中差" or "优/良/中/差" into grade words; null if anything but grade words and separators is there. */
function gradeTokens(s: string): string[] | null {
  const tokens: string[] = [];
  let i = 0;
  while (i < s.length) {
    if ("/、,;|-".includes(s[i])) {
      i++;
      continue;
    }
    const word = GRADE_WORDS.find((w) => s.startsWith(w, i));
    if (!word) return null;
    tokens.push(word);
    i += word.length;
  }
  return tokens;
}

function isOrderedSubset(tokens: string[], family: readonly string[]): boolean {
  let last = -1;
  for (const t of tokens) {
    const i = family.indexOf(t);
    if (i <= last) return false;
    last = i;
  }
  return true;
}

function stripAffixes(s: string): string {
  let core = s;
  const prefix = AT_LEAST_PREFIXES.find((p) => core.startsWith(p));
  if (prefix) core = core.slice(prefix.length);
  const suffix = AT_LEAST_SUFFIXES.find((p) => core.endsWith(p));
  if (suffix) core = core.slice(0, core.length - suffix.length);
  return core;
}

/**
 * Everyday words for a grade, used for the actual value only: "良好" is 良 and "优秀" is 优 on a 优良中差 scale.
 * "较好" is deliberately absent: on a scale without 较好 it is not 好.
 */
const GRADE_SYNONYMS: Readonly<Record<string, string>> = {
  优秀: "优",
  良好: "良",
  中等: "中",
};

/** The index in scale of the grade an actual value states, or null. */
export function parseGrade(v: unknown, scale: string[]): number | null {
  if (!Array.isArray(scale)) return null;
  const s = compact(v);
  if (s === "") return null;
  const direct = scale.indexOf(s);
  if (direct >= 0) return direct;
  const synonym = Object.prototype.hasOwnProperty.call(GRADE_SYNONYMS, s) ? GRADE_SYNONYMS[s] : undefined;
  if (synonym === undefined) return null;
  const i = scale.indexOf(synonym);
  return i >= 0 ? i : null;
}

/** d.4: at or above the target grade is 达成, one step below 部分达成, further below 未达成. */
export function tierFromGrades(targetIndex: number, actualIndex: number): Tier {
  const stepsBelow = actualIndex - targetIndex;
  if (stepsBelow <= 0) return "达成";
  if (stepsBelow === 1) return "部分达成";
  return "未达成";
}
