import type { Finding } from "../core/model/finding";
import type { Grade } from "../core/score/rules";

/** How figures read in the pane: the same rounding the 自评报告 sheet shows, so the two never disagree. */

export function formatScore(n: number): string {
  return n.toFixed(2);
}

/** A ratio (1 = 100%) as a percentage with two places, or null where it cannot be computed. */
export function formatRate(rate: number | null): string | null {
  return rate === null ? null : `${(rate * 100).toFixed(2)}%`;
}

/** 绩效指标!F15, 绩效指标!15:15 for a row, or the sheet's name alone for a finding about the whole sheet. */
export function findingPlace(f: Finding): string {
  if (f.cell) return `${f.sheet}!${f.cell}`;
  if (f.row) return `${f.sheet}!${f.row}:${f.row}`;
  return f.sheet;
}

export type BadgeColor = "success" | "brand" | "warning" | "danger";

export const GRADE_COLOR: Record<Grade, BadgeColor> = { 优: "success", 良: "brand", 中: "warning", 差: "danger" };

/** Case-insensitive match of a filter against what the user sees of a finding; an empty filter matches all. */
export function matchesFilter(f: Finding, filter: string): boolean {
  const q = filter.trim().toLowerCase();
  if (!q) return true;
  return `${findingPlace(f)} ${f.message} ${f.unit ?? ""} ${f.code}`.toLowerCase().includes(q);
}
