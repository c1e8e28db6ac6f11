import { round2, sum } from "../decimal";
import type { Evaluation, UnitResult } from "../model/evaluation";
import { SEVERITY_LABEL, type Finding, type Severity } from "../model/finding";
import type { ClaimedTotal } from "../model/workbook";
import { overallOf } from "../overall";
import { readClaim } from "../score/claimed";
import { toHundred } from "../score/rules";
import { headerKey, parseAmount } from "../text";

/**
 * What one workbook of a batch comes to: the summary's rows and the findings, and nothing else. A worker thread posts
 * this back instead of the Evaluation, which for 100,000 indicators is hundreds of megabytes to clone.
 */

export interface SummaryFigures {
  budget: number | null;
  spent: number | null;
  /** 1 = 100%. */
  executionRate: number | null;
  /** The self-score as the accountant filed it; null where the workbook does not state one. */
  claimed: number | null;
  /** The computed 100-point score. */
  score: number;
  grade: string;
  errors: number;
  warnings: number;
  notes: number;
  /** The main problems, one line each, most serious first. */
  main: string[];
}

export interface UnitLine extends SummaryFigures {
  /** The unit (项目) as scored. */
  project: string;
}

export interface FindingLine {
  sheet: string;
  cell: string;
  severity: Severity;
  code: string;
  message: string;
  unit: string;
}

export interface EvaluatedFile {
  ok: true;
  /** The path as the batch found it (shown in the summary). */
  file: string;
  /** 基本信息's 单位名称, or "" where the workbook does not say. */
  unitName: string;
  units: UnitLine[];
  /** The file as a whole (the 自评报告's headline figures); the summary shows it as its own row only for several units. */
  overall: SummaryFigures;
  /** The first findings, at most FINDINGS_PER_FILE, in the evaluation's order (errors first). */
  findings: FindingLine[];
  /** How many findings were left out of `findings`. */
  findingsOmitted: number;
  report: { path: string; sheet: string; standalone: boolean } | null;
}

export interface FailedFile {
  ok: false;
  file: string;
  /** The one Chinese line the single-file command prints on stderr. */
  error: string;
}

/** A summary an earlier batch wrote, found among the inputs: not a self-evaluation, so neither scored nor failed. */
export interface SkippedFile {
  ok: false;
  skipped: true;
  file: string;
  reason: string;
}

export type FileResult = EvaluatedFile | FailedFile;

export type JobResult = FileResult | SkippedFile;

export const isSkipped = (r: JobResult): r is SkippedFile => "skipped" in r;

/**
 * A workbook of 100,000 indicators may carry as many findings; fifty such files would overflow a sheet's 1,048,576 rows.
 * The summary lists the first ones of each file and says where the rest are (its 自评报告 lists them all).
 */
export const FINDINGS_PER_FILE = 1_000;

/** How many distinct problems the 主要问题 column names. */
const MAIN_PROBLEMS = 3;

/**
 * The 总分 rows that belong to a unit: those under its name, or the workbook's only one, which belongs to whichever unit
 * there is. The same rule as the self-score-mismatch check (src/core/checks/consistency.ts), so the figure shown is the
 * figure that check compared.
 */
function claimedRows(claimed: readonly ClaimedTotal[], unit: string): ClaimedTotal[] {
  return claimed.length === 1 ? [...claimed] : claimed.filter((c) => headerKey(c.project) === headerKey(unit));
}

/**
 * The self-score as filed, on the form's 100-point scale so that it stands beside 计算得分 (domain-rules (o)): the 总分
 * the accountant wrote under the table — where it is the indicators' part alone, with the 执行率得分 added — or, where
 * there is none, the sum of the scores they filled in line by line (every indicator's 自评得分 and the fund table's 得分);
 * null when lines are left blank, rather than a partial sum that would look like a low claim.
 */
export function claimedScore(unit: UnitResult, claimed: readonly ClaimedTotal[]): number | null {
  const rows = claimedRows(claimed, unit.name);
  if (rows.length) return readClaim(unit, rows[rows.length - 1]).hundred;
  const lines = unit.indicators.filter((i) => i.kind !== "not-applicable");
  if (!lines.length || lines.some((i) => i.filledScore === null)) return null;
  const execution = parseAmount(unit.fund.totalRow?.cells.score?.raw).value;
  if (execution === null) return null;
  const raw = round2(sum([execution, ...lines.map((i) => i.filledScore as number)]));
  return unit.maxTotal > 0 && Math.abs(unit.maxTotal - 100) > 0.005 ? toHundred(raw, unit.maxTotal) : raw;
}

function count(findings: readonly Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}

/**
 * The most serious problems, one per kind: errors before warnings (notes are left to the report), then the most frequent
 * kind first; each line quotes the first finding of its kind and says how many there are.
 */
export function mainProblems(findings: readonly Finding[], limit = MAIN_PROBLEMS): string[] {
  const byCode = new Map<string, { first: Finding; n: number }>();
  for (const f of findings) {
    if (f.severity === "info") continue;
    const key = `${f.severity}:${f.code}`;
    const seen = byCode.get(key);
    if (seen) seen.n++;
    else byCode.set(key, { first: f, n: 1 });
  }
  return [...byCode.values()]
    .sort((a, b) => (a.first.severity === b.first.severity ? b.n - a.n : a.first.severity === "error" ? -1 : 1))
    .slice(0, limit)
    .map(({ first, n }) => `【${SEVERITY_LABEL[first.severity]}】${first.sheet}${first.cell ? `!${first.cell}` : ""} ${first.message}${n > 1 ? `（同类共 ${n} 处）` : ""}`);
}

function figuresOf(findings: readonly Finding[]): Pick<SummaryFigures, "errors" | "warnings" | "notes" | "main"> {
  return { errors: count(findings, "error"), warnings: count(findings, "warning"), notes: count(findings, "info"), main: mainProblems(findings) };
}

/**
 * The summary's view of one evaluated workbook. A unit's counts are the findings that name it; findings about the
 * workbook as a whole (基本信息, weights of the whole table) count on the file's row, which takes all of them.
 */
export function summariseEvaluation(file: string, ev: Evaluation, claimed: readonly ClaimedTotal[], report: EvaluatedFile["report"]): EvaluatedFile {
  const single = ev.units.length === 1;
  const units: UnitLine[] = ev.units.map((u) => {
    const own = single ? ev.findings : ev.findings.filter((f) => f.unit === u.name);
    return { project: u.name, budget: u.budget, spent: u.spent, executionRate: u.executionRate, claimed: claimedScore(u, claimed), score: u.score, grade: u.grade, ...figuresOf(own) };
  });
  const o = overallOf(ev);
  // The file's claim is the 总分 written for the file as a whole: the unit's claim when there is one unit, else none.
  const fileClaim = single ? units[0].claimed : null;
  const overall: SummaryFigures = { budget: o.budget, spent: o.spent, executionRate: o.executionRate, claimed: fileClaim, score: o.score, grade: o.grade, ...figuresOf(ev.findings) };
  const findings = ev.findings.slice(0, FINDINGS_PER_FILE).map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity, code: f.code, message: f.message, unit: f.unit ?? "" }));
  return { ok: true, file, unitName: ev.basic["单位名称"] ?? "", units, overall, findings, findingsOmitted: ev.findings.length - findings.length, report };
}
