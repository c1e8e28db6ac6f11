import { dec, round2, sum } from "../decimal";
import type { UnitResult } from "../model/evaluation";
import type { ClaimedTotal } from "../model/workbook";
import { parseAmount } from "../text";
import { toHundred } from "./rules";

const TOLERANCE = 0.01;
const near = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE;

/** The parts of a unit's score as the table itself fills them in: the money block's 得分 and each row's 得分. */
export interface FilledParts {
  execution: number | null;
  indicators: number | null;
}

export function filledParts(unit: UnitResult): FilledParts {
  const lines = unit.indicators.filter((i) => i.kind !== "not-applicable");
  const indicators = lines.length && lines.every((i) => i.filledScore !== null) ? round2(sum(lines.map((i) => i.filledScore as number))) : null;
  return { execution: parseAmount(unit.fund.totalRow?.cells.score?.raw).value, indicators };
}

/**
 * What a filled 总分 stands for (domain-rules (o)): the whole score (indicators and 执行率), the indicators' part alone
 * (out of 90 where 执行率's 10 sits on the money block), or neither — a mismatch. Each is compared with the computed
 * figures and with the table's own filled parts. `hundred` is the claimed total on the form's 100-point scale, so that
 * it can be set beside the computed score.
 */
export interface ClaimReading {
  kind: "whole" | "indicators" | "mismatch";
  value: number;
  hundred: number;
  /** For "indicators": the 执行率得分 the total leaves out (the table's own where filled, else the computed one). */
  executionPart: number | null;
  /** The table's own parts added up (execution + indicators), where all are filled. */
  partsSum: number | null;
  /** The total is the sum of the table's own parts (or they are not all filled); false where it contradicts them. */
  matchesParts: boolean;
}

export function readClaim(unit: UnitResult, claim: ClaimedTotal): ClaimReading {
  const v = claim.value;
  const parts = filledParts(unit);
  const partsSum = parts.execution !== null && parts.indicators !== null ? round2(dec(parts.execution).plus(dec(parts.indicators))) : null;
  const scale = (raw: number) => (unit.maxTotal > 0 && !near(unit.maxTotal, 100) ? toHundred(raw, unit.maxTotal) : round2(raw));
  const base = { value: v, partsSum, matchesParts: partsSum === null || near(v, partsSum) };
  if (near(v, unit.score)) return { ...base, kind: "whole", hundred: round2(v), executionPart: null };
  if (near(v, unit.total)) return { ...base, kind: "whole", hundred: scale(v), executionPart: null };
  const indicatorPart = near(v, unit.indicatorScore) || (parts.indicators !== null && near(v, parts.indicators));
  if (indicatorPart && unit.executionWeight > 0) {
    const executionPart = parts.execution ?? unit.executionScore;
    return { ...base, kind: "indicators", hundred: scale(Number(dec(v).plus(dec(executionPart)))), executionPart, matchesParts: true };
  }
  return { ...base, kind: "mismatch", hundred: partsSum !== null && near(v, partsSum) ? scale(v) : round2(v), executionPart: null };
}
