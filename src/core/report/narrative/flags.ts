import type { Evaluation, ScoredIndicator, UnitResult } from "../../model/evaluation";
import type { Finding, FindingCode } from "../../model/finding";
import { counted } from "./format";

/** The checks behind the seed's 「绩效指标量化不够」 (domain-rules (f) Q1–Q9, Q11, Q12). */
export const QUANTIFICATION_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  "no-numeric-target",
  "qualitative-share",
  "vague-wording",
  "missing-unit",
  "missing-operator",
  "operator-mismatch",
  "actual-copies-target",
  "non-numeric-actual",
  "placeholder",
  "satisfaction-unmeasured",
  "undated-timeliness",
]);

/** Codes that make a row "定性或表述模糊" in the wording of (f); the others are named separately. */
export const VAGUE_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>(["no-numeric-target", "qualitative-share", "vague-wording", "placeholder"]);

export function unitByName(ev: Evaluation, name: string | undefined): UnitResult | null {
  if (name === undefined) return ev.units.length === 1 ? ev.units[0] : null;
  return ev.units.find((u) => u.name === name) ?? null;
}

/** The indicator a row finding is about: the row within its unit, or within any unit when the finding names none. */
export function indicatorOf(ev: Evaluation, f: Finding): { unit: UnitResult; ind: ScoredIndicator } | null {
  if (f.row === undefined) return null;
  const units = f.unit === undefined ? ev.units : ev.units.filter((u) => u.name === f.unit);
  for (const unit of units) {
    const ind = unit.indicators.find((i) => i.source.row === f.row);
    if (ind) return { unit, ind };
  }
  return null;
}

/** How many distinct places the findings point at: two findings on the same row are one indicator, not two. */
export function distinctPlaces(findings: readonly Finding[]): number {
  return new Set(findings.map((f, i) => (f.row !== undefined ? `${f.unit ?? ""}#${f.sheet}#${f.row}` : `#${i}`))).size;
}

export interface FlaggedIndicator {
  unit: UnitResult;
  ind: ScoredIndicator;
  codes: Set<FindingCode>;
}

/**
 * The indicators the quantification checks flagged, in unit and row order. A unit-level 「定性占比过高」 finding flags
 * every qualitative row of its unit: that is what it is about, and it keeps "M项为定性或表述模糊" true.
 */
export function quantificationFlags(ev: Evaluation): FlaggedIndicator[] {
  const byIndicator = new Map<ScoredIndicator, FlaggedIndicator>();
  const flag = (unit: UnitResult, ind: ScoredIndicator, code: FindingCode) => {
    const entry = byIndicator.get(ind) ?? { unit, ind, codes: new Set<FindingCode>() };
    entry.codes.add(code);
    byIndicator.set(ind, entry);
  };
  for (const f of ev.findings) {
    if (!QUANTIFICATION_CODES.has(f.code)) continue;
    const hit = indicatorOf(ev, f);
    if (hit) {
      if (hit.ind.kind !== "not-applicable") flag(hit.unit, hit.ind, f.code);
    } else if (f.code === "qualitative-share") {
      const unit = unitByName(ev, f.unit);
      for (const ind of unit ? counted(unit).filter((i) => i.kind === "qualitative") : []) flag(unit!, ind, f.code);
    }
  }
  const order = (e: FlaggedIndicator) => [ev.units.indexOf(e.unit), e.ind.source.row];
  return [...byIndicator.values()].sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1]);
}

/** Flagged rows that are 定性或表述模糊 rather than, say, only missing a unit. */
export function isVague(e: FlaggedIndicator): boolean {
  return e.ind.kind === "qualitative" || [...e.codes].some((c) => VAGUE_CODES.has(c));
}
