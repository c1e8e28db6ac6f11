import { cellAddress } from "../ref";

/**
 * Findings: what is wrong in a workbook, each pointing at its cell. The codes of template.md are a contract other
 * programs rely on; the extra codes at the end cover rules of domain-rules.md that the template's table leaves out.
 */

export const FINDING_CODES = [
  // domain-rules.md (f), Q1–Q17, in order
  "no-numeric-target",
  "qualitative-share",
  "vague-wording",
  "missing-unit",
  "missing-operator",
  "operator-mismatch",
  "actual-copies-target",
  "non-numeric-actual",
  "placeholder",
  "missing-dimension",
  "satisfaction-unmeasured",
  "undated-timeliness",
  "cost-exceeds-budget",
  "score-out-of-band",
  "missing-deviation-reason",
  "suspicious-perfect-score",
  "too-few-core-indicators",
  // fund and total checks of template.md
  "budget-missing",
  "execution-over-100",
  "low-execution-no-reason",
  "budget-adjusted-no-reason",
  "total-row-derived",
  "weights-not-100",
  "level1-weights-nondefault",
  "self-score-mismatch",
  "over-achievement",
  "performance-outpaces-spending",
  // rules of domain-rules.md (b), (d), (k) that the template's table does not name
  "missing-actual",
  "missing-weight",
  "qualitative-tier-missing",
  "approximate-value",
  "percent-scale",
  "negative-amount",
  "subtotal-mismatch",
  "large-unspent-budget",
  "unreadable-cell",
  "basic-info-missing",
  // domain-rules (n) and issue 10: what the file itself leaves uncertain
  "formula-unverified",
  "sheet-ambiguous",
  // domain-rules (m): amounts with no unit written that cannot be 万元
  "amount-unit-unclear",
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

export type Severity = "error" | "warning" | "info";

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

export const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  /** "F7"; "" when the finding concerns the whole workbook or unit. */
  cell: string;
  message: string;
  /** The unit (项目) the finding belongs to, when it belongs to one. */
  unit?: string;
  /** 1-based worksheet row, when the finding is about a row. */
  row?: number;
}

/** Where a finding points: a cell (row and col, 1-based), a row (col 0), or the sheet as a whole (row 0). */
export interface Place {
  sheet: string;
  row?: number;
  col?: number;
}

export function makeFinding(code: FindingCode, severity: Severity, place: Place, message: string, unit?: string): Finding {
  const row = place.row ?? 0;
  const col = place.col ?? 0;
  const finding: Finding = { code, severity, sheet: place.sheet, cell: row > 0 && col > 0 ? cellAddress(row, col) : "", message };
  if (unit !== undefined) finding.unit = unit;
  if (row > 0) finding.row = row;
  return finding;
}
