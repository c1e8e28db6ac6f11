import { headerKey, toHalfWidth } from "../text";
import type { SheetView } from "./sheetView";

/**
 * Which sheet holds a table when several could (issue 10 item 3): an exact name beats an alias, which beats a name
 * matched after stripping brackets, which beats a name that merely contains it; a visible sheet beats a hidden one;
 * and a name marked as a copy — 绩效指标 (2), 旧, 备份, 原, 副本 — never beats the plain one.
 */

export type Match = "exact" | "alias" | "stripped" | "contains" | "content";

export interface Candidate {
  view: SheetView;
  match: Match;
  copy: boolean;
  /** Position in the workbook, the last tie-break. */
  index: number;
}

const MATCH_ORDER: readonly Match[] = ["exact", "alias", "stripped", "contains", "content"];

/** Excel's "(2)" for a duplicated sheet, and the words accountants add to an old or spare copy. */
const COPY_WORDS = /旧|备份|副本|复制|拷贝|原|copy|bak|old/i;
const DUPLICATE_SUFFIX = /\(\d{1,2}\)$/;

const compact = (s: string) => toHalfWidth(s).replace(/\s+/g, "").toLowerCase();

/** Whether what is left of a sheet's name, besides the table's name, marks it as a copy. */
function isCopyMark(rest: string): boolean {
  return COPY_WORDS.test(rest) || DUPLICATE_SUFFIX.test(rest);
}

/** The sheets whose names name the table, best first. `names[0]` is the table's own name, the rest its aliases. */
export function namedCandidates(views: readonly SheetView[], names: readonly string[]): Candidate[] {
  const own = compact(names[0]);
  const exactNames = names.map(compact);
  const keys = names.map((n) => headerKey(n)).filter((k) => k !== "");
  const out: Candidate[] = [];
  views.forEach((view, index) => {
    const name = compact(view.name);
    const key = headerKey(view.name);
    let match: Match | null = null;
    if (name === own) match = "exact";
    else if (exactNames.includes(name)) match = "alias";
    else if (keys.includes(key)) match = "stripped";
    else if (keys.some((k) => key.includes(k))) match = "contains";
    if (!match) return;
    const copy = match !== "exact" && match !== "alias" && isCopyMark(restOf(name, names));
    out.push({ view, match, copy, index });
  });
  return out.sort(compareCandidates);
}

/** A sheet's name without the table's name it was matched by: "(2)" of "绩效指标 (2)", "旧" of "旧绩效指标". */
function restOf(name: string, names: readonly string[]): string {
  const hit = names.map(compact).sort((a, b) => b.length - a.length).find((n) => name.includes(n));
  return hit ? name.replace(hit, "") : name;
}

/** Sheets found by their content (the table's header) rather than their name, best first. */
export function contentCandidates(views: readonly SheetView[], order: readonly SheetView[]): Candidate[] {
  return views
    .map((view) => ({ view, match: "content" as Match, copy: isCopyMark(compact(view.name)), index: order.indexOf(view) }))
    .sort(compareCandidates);
}

export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    Number(a.copy) - Number(b.copy) ||
    Number(a.view.hidden) - Number(b.view.hidden) ||
    MATCH_ORDER.indexOf(a.match) - MATCH_ORDER.indexOf(b.match) ||
    a.index - b.index
  );
}

/** Why the first was used rather than the second, in the words of the rule that decided it. */
export function whyChosen(used: Candidate, other: Candidate, ownName: string): string {
  if (used.copy !== other.copy) return `“${other.view.name}”的名称标明是副本或旧表`;
  if (used.view.hidden !== other.view.hidden) return `“${other.view.name}”是隐藏的工作表`;
  if (used.match !== other.match) {
    if (used.match === "exact") return `“${used.view.name}”与标准名称“${ownName}”完全一致`;
    if (used.match === "alias") return `“${used.view.name}”是“${ownName}”的标准别名`;
    return `“${used.view.name}”的名称更接近“${ownName}”`;
  }
  return `“${used.view.name}”排在前面`;
}
