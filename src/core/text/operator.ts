/**
 * The 指标性质 / 计算符号 column. The provincial system knows six values (≥ ＞ ＝ ＜ ≤ 定性, domain-rules S10); the
 * workbooks hold those signs in either width, typed as two characters, or as words such as 不低于, 正向 and 定量指标.
 */
import { cellText, toHalfWidth } from "./normalise";

export type Operator = "≥" | "＞" | "＝" | "＜" | "≤" | "定性";

export interface OperatorCell {
  operator: Operator | null;
  nature: "quantitative" | "qualitative" | null;
  /** false when the cell holds something, but nothing this column is known to hold. */
  recognised: boolean;
}

/**
 * Every spelling, keyed after half-width conversion and with whitespace removed (so "＞＝" and "> =" are ">=").
 * 正向 (higher is better) is scored as ≥ and 反向/逆向 as ≤, which is how the scoring rules treat them.
 */
const SPELLINGS: ReadonlyMap<string, Operator> = new Map<string, Operator>([
  ...words("≥", ["≥", "≧", "⩾", ">=", "=>", "大于等于", "大于或等于", "不低于", "不少于", "不小于", "正向", "正向指标"]),
  ...words("＞", [">", "大于", "高于", "多于", "超过"]),
  // ═ (a box-drawing line) is how some printed forms' fonts export ＝.
  ...words("＝", ["=", "==", "═", "等于"]),
  ...words("＜", ["<", "小于", "低于", "少于"]),
  ...words("≤", [
    "≤",
    "≦",
    "⩽",
    "<=",
    "=<",
    "小于等于",
    "小于或等于",
    "不高于",
    "不超过",
    "不大于",
    "不多于",
    "反向",
    "反向指标",
    "逆向",
    "逆向指标",
  ]),
  ...words("定性", ["定性", "定性指标"]),
]);

const QUANTITATIVE_ONLY = new Set(["定量", "定量指标"]);

function words(op: Operator, spellings: string[]): [string, Operator][] {
  return spellings.map((w) => [w, op]);
}

/** Reads an operator cell; null for a blank cell. */
export function parseOperatorCell(v: unknown): OperatorCell | null {
  const key = toHalfWidth(cellText(v)).replace(/\s+/g, "");
  if (key === "") return null;
  const operator = SPELLINGS.get(key);
  if (operator === "定性") return { operator, nature: "qualitative", recognised: true };
  if (operator) return { operator, nature: "quantitative", recognised: true };
  if (QUANTITATIVE_ONLY.has(key)) return { operator: null, nature: "quantitative", recognised: true };
  return { operator: null, nature: null, recognised: false };
}
