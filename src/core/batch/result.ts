import { fixed, plain, round2, sum } from "../decimal";
import type { Evaluation, UnitResult } from "../model/evaluation";
import { SEVERITY_LABEL, type Finding, type Severity } from "../model/finding";
import type { ClaimedTotal } from "../model/workbook";
import { readClaim } from "../score/claimed";
import { toHundred } from "../score/rules";
import { overallOf, type ScoreMethod } from "../overall";
import { byImportance } from "./importance";
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
  /** 依据不足的分值 (domain-rules (p)): points scored on the filled 得分 alone; a file of several units adds its units'. */
  unsupported: number;
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
  /** 基本信息's 单位名称, or the file's name where the workbook does not say (`unitFromFileName`). */
  unitName: string;
  unitFromFileName: boolean;
  /** How the file's score was made from its projects' (src/core/overall.ts). */
  method: ScoreMethod;
  weightingUnavailable: boolean;
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

/** A file's name without its folder and extension: the department where 基本信息 does not name it. */
export function fileStem(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}

/** A unit whose self-score as filed is above the computed one. */
export interface Overclaim {
  /** The unit's name, for a file of several; "" for a file of one. */
  unit: string;
  claimed: number;
  score: number;
}

/** Above by more than the rounding of two-decimal scores. */
export const isOverclaim = (claimed: number | null, score: number): claimed is number => claimed !== null && claimed - score > 0.005;

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

const where = (f: Finding) => `${f.sheet}${f.cell ? `!${f.cell}` : ""}`;

/**
 * The problems a reviewer must see first (src/core/batch/importance.ts), one line per kind, notes left to the report.
 * A self-score above the computed one is said first, with both figures, whether or not a 总分 row was there to flag;
 * the self-score-mismatch findings then join that line instead of taking one of their own. Each other line quotes the
 * first finding of its kind and says how many there are.
 */
export function mainProblems(findings: readonly Finding[], overclaims: readonly Overclaim[] = [], limit = MAIN_PROBLEMS): string[] {
  const byCode = new Map<string, { first: Finding; n: number; code: string; severity: Severity }>();
  for (const f of findings) {
    if (f.severity === "info") continue;
    const key = `${f.severity}:${f.code}`;
    const seen = byCode.get(key);
    if (seen) seen.n++;
    else byCode.set(key, { first: f, n: 1, code: f.code, severity: f.severity });
  }
  const lines: string[] = [];
  const overclaimed = overclaims.length > 0;
  if (overclaimed) {
    const mismatches = [...byCode.values()].filter((g) => g.code === "self-score-mismatch");
    const n = mismatches.reduce((t, g) => t + g.n, 0);
    const also = n ? `；自评得分与计算不符共 ${n} 处，首处 ${where(mismatches[0].first)}` : "";
    for (const [i, o] of overclaims.entries()) {
      const who = o.unit ? `“${o.unit}”` : "";
      lines.push(`【警告】${who}填报总分${plain(o.claimed)}分，高于按规则计算的${fixed(o.score)}分（高${fixed(o.claimed - o.score)}分）${i === 0 ? also : ""}`);
    }
    for (const g of mismatches) byCode.delete(`${g.severity}:${g.code}`);
  }
  for (const g of byImportance([...byCode.values()], overclaimed, (g) => g.n)) {
    lines.push(`【${SEVERITY_LABEL[g.severity]}】${where(g.first)} ${g.first.message}${g.n > 1 ? `（同类共 ${g.n} 处）` : ""}`);
  }
  return lines.slice(0, limit);
}

function figuresOf(findings: readonly Finding[], overclaims: readonly Overclaim[]): Pick<SummaryFigures, "errors" | "warnings" | "notes" | "main"> {
  return { errors: count(findings, "error"), warnings: count(findings, "warning"), notes: count(findings, "info"), main: mainProblems(findings, overclaims) };
}

/**
 * The summary's view of one evaluated workbook. A unit's counts are the findings that name it; findings about the
 * workbook as a whole (基本信息, weights of the whole table) count on the file's row, which takes all of them.
 */
export function summariseEvaluation(file: string, ev: Evaluation, claimed: readonly ClaimedTotal[], report: EvaluatedFile["report"]): EvaluatedFile {
  const single = ev.units.length === 1;
  const overclaims: Overclaim[] = [];
  const units: UnitLine[] = ev.units.map((u) => {
    const own = single ? ev.findings : ev.findings.filter((f) => f.unit === u.name);
    const claim = claimedScore(u, claimed);
    const over = isOverclaim(claim, u.score) ? [{ unit: single ? "" : u.name, claimed: claim, score: u.score }] : [];
    overclaims.push(...over);
    return { project: u.name, budget: u.budget, spent: u.spent, executionRate: u.executionRate, claimed: claim, score: u.score, unsupported: u.unsupportedWeight, grade: u.grade, ...figuresOf(own, over) };
  });
  const o = overallOf(ev);
  // The file's claim is the 总分 written for the file as a whole: the unit's claim when there is one unit, else none.
  const fileClaim = single ? units[0].claimed : null;
  const overall: SummaryFigures = { budget: o.budget, spent: o.spent, executionRate: o.executionRate, claimed: fileClaim, score: o.score, unsupported: round2(sum(ev.units.map((u) => u.unsupportedWeight))), grade: o.grade, ...figuresOf(ev.findings, overclaims) };
  const findings = ev.findings.slice(0, FINDINGS_PER_FILE).map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity, code: f.code, message: f.message, unit: f.unit ?? "" }));
  const named = (ev.basic["单位名称"] ?? "").trim();
  return {
    ok: true, file, unitName: named || fileStem(file), unitFromFileName: !named, method: o.method, weightingUnavailable: o.weightingUnavailable,
    units, overall, findings, findingsOmitted: ev.findings.length - findings.length, report,
  };
}
