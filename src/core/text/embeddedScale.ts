import { cellText } from "./normalise";
import { parseGradeScale, parseTier, type GradeTarget, type Tier } from "./tier";

/**
 * Targets often carry their scale beside the words: "效果明显（优/良/中/差）", "服务质量：好/较好/一般/较差/差". Such a
 * target is graded, not vague (domain-rules (f) Q3), and its actual grade maps to a tier (d.4).
 */
export function findGradeScale(v: unknown): GradeTarget | null {
  const whole = parseGradeScale(v);
  if (whole) return whole;
  const text = cellText(v);
  if (text.length > 200) return null;
  for (const m of text.matchAll(/[（(【[]([^）)】\]]{1,40})[）)】\]]/g)) {
    const inside = parseGradeScale(m[1]);
    if (inside) return inside;
  }
  const tail = text.split(/[:：]/);
  return tail.length > 1 ? parseGradeScale(tail[tail.length - 1]) : null;
}

const TIER_SCALE = /(达到|达成|完成)[/、，,|](部分\1|基本\1)[/、，,|]未\1/;

/** A target that spells out the tiers themselves, e.g. "达到/部分达到/未达到". */
export function hasTierScale(v: unknown): boolean {
  return TIER_SCALE.test(cellText(v));
}

/** The tier an actual value names, including the short words of a tier scale (达到 / 部分达到 / 未达到). */
export function parseTierWord(v: unknown): Tier | null {
  const tier = parseTier(v);
  if (tier) return tier;
  const text = cellText(v).replace(/[。.！!]+$/, "");
  if (text === "达到" || text === "已达到") return "达成";
  if (text === "部分达到" || text === "基本达到") return "部分达成";
  return null;
}
