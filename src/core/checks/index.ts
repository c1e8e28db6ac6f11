import type { Finding } from "../model/finding";
import type { CheckContext, RowCheck, UnitCheck } from "./context";
import { claimedTotalMismatch, costExceedsBudget, performanceOutpacesSpending, suspiciousPerfectScore } from "./consistency";
import { fundChecks } from "./fund";
import { missingDeviationReason, missingOperator, missingUnit, operatorMismatch, satisfactionUnmeasured, undatedTimeliness } from "./indicatorShape";
import { structureChecks } from "./unitStructure";
import { actualCopiesTarget, placeholder, vagueWording } from "./wording";

export type { CheckContext } from "./context";

const ROW_CHECKS: RowCheck[] = [vagueWording, missingUnit, missingOperator, operatorMismatch, actualCopiesTarget, placeholder, satisfactionUnmeasured, undatedTimeliness, missingDeviationReason];
const UNIT_CHECKS: UnitCheck[] = [fundChecks, ...structureChecks, costExceedsBudget, performanceOutpacesSpending, claimedTotalMismatch];

/** Every check of domain-rules.md (f) and (k) and template.md over one scored unit. */
export function checkUnit(ctx: CheckContext): Finding[] {
  const rowFindings: Finding[] = [];
  for (const ind of ctx.unit.indicators) for (const check of ROW_CHECKS) rowFindings.push(...check(ind, ctx));
  const unitFindings: Finding[] = [];
  for (const check of UNIT_CHECKS) unitFindings.push(...check(ctx));
  const perfect = suspiciousPerfectScore(ctx, [...ctx.scoringFindings, ...rowFindings]);
  return [...rowFindings, ...unitFindings, ...perfect];
}
