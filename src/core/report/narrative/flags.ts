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

/**
 * Units by name and indicators by row, built once per evaluation: the narrative looks findings up by the thousand,
 * and a search through 2,000 projects for each of them made a 100,000-indicator report take seconds.
 */
interface Index {
  unitByName: Map<string, UnitResult>;
  /** By unit name, then row: the first unit of that name holding the row, as a search in unit order finds it. */
  byUnitRow: Map<string, Map<number, { unit: UnitResult; ind: ScoredIndicator }>>;
  /** By row in any unit, the first in unit order. */
  byRow: Map<number, { unit: UnitResult; ind: ScoredIndicator }>;
  unitOrder: Map<UnitResult, number>;
}

const INDEXES = new WeakMap<Evaluation, Index>();

function indexOf(ev: Evaluation): Index {
  let index = INDEXES.get(ev);
  if (index) return index;
  index = { unitByName: new Map(), byUnitRow: new Map(), byRow: new Map(), unitOrder: new Map() };
  ev.units.forEach((unit, order) => {
    index!.unitOrder.set(unit, order);
    if (!index!.unitByName.has(unit.name)) index!.unitByName.set(unit.name, unit);
    let rows = index!.byUnitRow.get(unit.name);
    if (!rows) index!.byUnitRow.set(unit.name, (rows = new Map()));
    for (const ind of unit.indicators) {
      const hit = { unit, ind };
      if (!rows.has(ind.source.row)) rows.set(ind.source.row, hit);
      if (!index!.byRow.has(ind.source.row)) index!.byRow.set(ind.source.row, hit);
    }
  });
  INDEXES.set(ev, index);
  return index;
}

export function unitByName(ev: Evaluation, name: string | undefined): UnitResult | null {
  if (name === undefined) return ev.units.length === 1 ? ev.units[0] : null;
  return indexOf(ev).unitByName.get(name) ?? null;
}

/** The indicator a row finding is about: the row within its unit, or within any unit when the finding names none. */
export function indicatorOf(ev: Evaluation, f: Finding): { unit: UnitResult; ind: ScoredIndicator } | null {
  if (f.row === undefined) return null;
  const index = indexOf(ev);
  return (f.unit === undefined ? index.byRow.get(f.row) : index.byUnitRow.get(f.unit)?.get(f.row)) ?? null;
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
export function quantificationFlags(ev: Evaluation): readonly FlaggedIndicator[] {
  const known = FLAGS.get(ev);
  // The conclusion asks once per unit; an evaluation's findings are final by then, but a changed list is recounted.
  if (known && known.findings === ev.findings && known.count === ev.findings.length) return known.flags;
  const flags = collectFlags(ev);
  FLAGS.set(ev, { findings: ev.findings, count: ev.findings.length, flags });
  return flags;
}

const FLAGS = new WeakMap<Evaluation, { findings: readonly Finding[]; count: number; flags: readonly FlaggedIndicator[] }>();

function collectFlags(ev: Evaluation): FlaggedIndicator[] {
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
  const { unitOrder } = indexOf(ev);
  return [...byIndicator.values()].sort((a, b) => unitOrder.get(a.unit)! - unitOrder.get(b.unit)! || a.ind.source.row - b.ind.source.row);
}

/** Flagged rows that are 定性或表述模糊 rather than, say, only missing a unit. */
export function isVague(e: FlaggedIndicator): boolean {
  return e.ind.kind === "qualitative" || [...e.codes].some((c) => VAGUE_CODES.has(c));
}
