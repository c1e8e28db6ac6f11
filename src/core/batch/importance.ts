import type { Severity } from "../model/finding";

/**
 * Which problems a reviewer must see first, whatever row they were found on. A bureau ranks departments by score, so
 * what bends the score comes first: a self-score above the computed one, then a full score resting on vague or copied
 * indicators, then money that went unspent without a word, then money that does not add up; everything else after,
 * errors before warnings.
 */
export const IMPORTANCE = ["overclaimed", "perfect-on-weak", "low-execution-unexplained", "money-mismatch", "other"] as const;

export type Importance = (typeof IMPORTANCE)[number];

const BY_CODE: Record<string, Importance> = {
  "suspicious-perfect-score": "perfect-on-weak",
  "low-execution-no-reason": "low-execution-unexplained",
  "subtotal-mismatch": "money-mismatch",
  "execution-over-100": "money-mismatch",
  "cost-exceeds-budget": "money-mismatch",
  "negative-amount": "money-mismatch",
};

/**
 * A finding's importance. `overclaimed` says the unit's self-score is above the computed one: its self-score-mismatch
 * findings then belong to the first kind; a self-score below the computed one costs the department, not the bureau.
 */
export function importanceOf(code: string, overclaimed: boolean): Importance {
  if (code === "self-score-mismatch") return overclaimed ? "overclaimed" : "other";
  return BY_CODE[code] ?? "other";
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface Ranked {
  code: string;
  severity: Severity;
}

/**
 * Most important first: by kind (IMPORTANCE), then errors before warnings before notes, then `weight` (e.g. how often a
 * kind occurs, larger first), then the order given. Pure and stable, so equal problems keep their places. `overclaimed`
 * may differ per item: in a file of several projects, only the project that claimed too much has its mismatches first.
 */
export function byImportance<T extends Ranked>(
  items: readonly T[],
  overclaimed: boolean | ((item: T) => boolean),
  weight: (item: T) => number = () => 0,
): T[] {
  const over = typeof overclaimed === "function" ? overclaimed : () => overclaimed;
  const key = (t: T) => IMPORTANCE.indexOf(importanceOf(t.code, over(t)));
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => key(a.item) - key(b.item) || SEVERITY_RANK[a.item.severity] - SEVERITY_RANK[b.item.severity] || weight(b.item) - weight(a.item) || a.i - b.i)
    .map(({ item }) => item);
}
