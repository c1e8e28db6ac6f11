/**
 * Item 1: the core (readWorkbook + scoring + checks, i.e. evaluateGrids) over standard workbooks held in memory as grids.
 */
import { evaluateGrids } from "../src/core/evaluate";
import type { WorkbookGrids } from "../src/core/grid";
import type { Evaluation } from "../src/core/model/evaluation";
import { buildStandardGrids } from "./grids";
import { collect, fmtInt, fmtMB, fmtMs, fmtRate, heapAvailable, heapUsed, median, rss, table, timeSync } from "./measure";

export interface CoreCase {
  rows: number;
  /** Timed runs; the median is reported. */
  runs: number;
  /** Untimed runs first, so the JIT has settled: at least this many, and for at least warmupMs. */
  warmup: number;
  warmupMs: number;
  /**
   * Every cell carries a number format code, as Office.js `numberFormat` and the file reader hand them over: General on
   * text, "0" / "#,##0.00" on numbers. Shows what reading cells as Excel shows them costs.
   */
  formats?: boolean;
}

export const CORE_CASES: CoreCase[] = [
  { rows: 1_000, runs: 7, warmup: 3, warmupMs: 1_500 },
  { rows: 10_000, runs: 5, warmup: 1, warmupMs: 1_500 },
  { rows: 100_000, runs: 3, warmup: 0, warmupMs: 0 },
  { rows: 100_000, runs: 3, warmup: 0, warmupMs: 0, formats: true },
];

function withFormats(grids: WorkbookGrids): WorkbookGrids {
  // Codes that show each number as it means (no 0% on a bare 0.95), so the findings stay those of the plain case.
  const codeOf = (v: unknown) => (typeof v !== "number" ? "General" : Number.isInteger(v) ? "0" : "#,##0.00");
  return { ...grids, sheets: grids.sheets.map((s) => ({ ...s, formats: s.values.map((r) => r.map(codeOf)) })) };
}

interface CoreResult {
  rows: number;
  formats: boolean;
  runs: number;
  times: number[];
  units: number;
  findings: number;
  gridHeap: number | null;
  resultHeap: number | null;
  rssAfter: number;
}

function measure(c: CoreCase): CoreResult {
  collect();
  const before = heapUsed();
  const grids = c.formats ? withFormats(buildStandardGrids(c.rows)) : buildStandardGrids(c.rows);
  collect();
  const gridHeap = heapAvailable() ? heapUsed() - before : null;

  const warmupStart = performance.now();
  for (let i = 0; i < c.warmup || performance.now() - warmupStart < c.warmupMs; i++) evaluateGrids(grids);
  const times: number[] = [];
  let last: Evaluation | null = null;
  // No forced GC between timed runs: here a full collection just before a run made the 1,000-row run about 3× slower
  // (≈130 ms instead of ≈45 ms), which would measure the forced collection rather than the code.
  for (let i = 0; i < c.runs; i++) {
    last = null;
    const run = timeSync(() => evaluateGrids(grids));
    times.push(run.ms);
    last = run.value;
  }
  // Heap the evaluation keeps (the Evaluation object), measured on a separate run between two full collections.
  last = null;
  collect();
  const base = heapUsed();
  last = evaluateGrids(grids);
  collect();
  const resultHeap = heapAvailable() ? heapUsed() - base : null;
  const units = last.units.length;
  const findings = last.findings.length;
  const rssAfter = rss();
  return { rows: c.rows, formats: c.formats === true, runs: c.runs, times, units, findings, gridHeap, resultHeap, rssAfter };
}

export function runCoreBench(log: (s: string) => void): void {
  const results: CoreResult[] = [];
  for (const c of CORE_CASES) {
    results.push(measure(c));
    collect();
  }
  const rows = results.map((r) => {
    const med = median(r.times);
    return [
      `${fmtInt(r.rows)}${r.formats ? " with formats" : ""}`,
      `${fmtInt(r.units)} / ${fmtInt(r.findings)}`,
      String(r.runs),
      fmtMs(med),
      `${fmtMs(Math.min(...r.times))} – ${fmtMs(Math.max(...r.times))}`,
      fmtRate((r.rows / med) * 1000),
      r.gridHeap === null ? "n/a" : fmtMB(r.gridHeap),
      r.resultHeap === null ? "n/a" : fmtMB(r.resultHeap),
      fmtMB(r.rssAfter),
    ];
  });
  log(
    table(
      ["indicator rows", "units / findings", "runs", "median", "min – max", "throughput", "grids heap", "result heap Δ", "RSS after"],
      rows,
    ),
  );
}
