/** Cell content as accountants really type it, turned into numbers, operators, units, tiers and grades. */
export { toHalfWidth, cellText, isErrorValue, headerKey, significantText } from "./normalise";
export { parseNumberText, parseAmount, parseRatio } from "./numbers";
export { parseOperatorCell } from "./operator";
export type { Operator, OperatorCell } from "./operator";
export { parseQuantity } from "./quantity";
export type { Quantity } from "./quantity";
export { parseTier, parseGradeScale, parseGrade, tierFromGrades } from "./tier";
export type { Tier, GradeTarget } from "./tier";
export { VAGUE_WORDS, findVagueWord, isPlaceholder, hasComparisonWord, hasNumber } from "./wording";
export * from "./embeddedScale";
export { seenValue, formatKind, renderNumber, serialDate } from "./numberFormat";
export type { FormatKind, DateParts } from "./numberFormat";
export { isShown, shownNumber } from "./shown";
export type { Shown } from "./shown";
