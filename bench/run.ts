/**
 * Benchmark of 绩效自评助手: `npm run bench` prints figures only (no pass/fail, exit status 0 unless the bench itself
 * breaks).
 *
 *   1. the core (evaluateGrids) over 1,000 / 10,000 / 100,000 indicator rows built in memory as grids;
 *   2. the file reader: `evaluate --json` of a 20,000-indicator .xlsx as a command beside a plain ExcelJS read in a
 *      fresh process; its MB/s of sheet XML beside unzip alone; its peak memory; the bytes the page fetches to read;
 *   2b. the SpreadsheetML writer's throughput (a report plan into a new package and into the user's own) and its size;
 *   3. a batch of 50 workbooks (`evaluate --summary`) on one thread and on all cores;
 *   4. peak memory of each figure, every task in a fresh process, and a 100,000-indicator workbook with its report;
 *   5. the task pane's first-load bytes (a production build), and the Office gateway's sync count and largest request
 *      for 100 / 10,000 / 100,000 indicators on the test's fake Excel, with peak memory;
 *   6. the machine.
 * A few minutes on 2 cores (the 100,000-indicator report alone takes about a minute).
 *
 * Heap figures need a full GC between measurements. They are taken with global.gc when node runs with --expose-gc:
 *     node --expose-gc --import tsx bench/run.ts        or        NODE_OPTIONS=--expose-gc npm run bench
 * and under plain `npm run bench` the collector is reached at run time instead (see bench/measure.ts; the "gc:" line
 * says which). Where neither works the heap columns read n/a and RSS is what is left.
 *
 * Where the time of `evaluate` goes, phase by phase: npx tsx bench/phases.ts [indicatorCount] [runs]
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { loadLine, machineLines } from "./machine";
import { fmtMs } from "./measure";

// The sections are imported when they run, so a module of src/ that is broken for a moment in the shared tree costs
// only the section that needs it.
const XLSX_ROWS = 20_000;

const log = (s: string) => process.stdout.write(s + "\n");

/** The temporary folder of item 2, made only when that section starts; removed however the bench ends. */
let tempDir: string | null = null;
function cleanUp(): void {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  tempDir = null;
}
process.once("exit", cleanUp);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    cleanUp();
    process.kill(process.pid, signal);
  });
}

/** A section that cannot run (a broken module in the shared tree, a full disk) says so and the others still print. */
async function section(title: string, body: () => void | Promise<void>): Promise<void> {
  log(title);
  try {
    await body();
  } catch (e) {
    log(`  (section could not run: ${e instanceof Error ? e.message : String(e)})`);
    process.exitCode = 1;
  }
  log("");
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = loadLine();
  log("绩效自评助手 benchmark");
  log("");
  await section("== 1. core: evaluateGrids over grids in memory (readWorkbook + scoring + checks) ==", async () => {
    const { runCoreBench } = await import("./core");
    log("standard workbook: 基本信息 / 资金情况 / 绩效指标, one project per 50 indicators, weights 90 + execution 10");
    runCoreBench(log);
    log("throughput = rows / median; heap Δ after a full GC (grids heap: the input grids; result heap: what one Evaluation keeps)");
  });
  await section(`== 2. the file reader: evaluate --json on a ${XLSX_ROWS.toLocaleString("en-US")}-indicator .xlsx as a command vs a plain ExcelJS read; MB/s, peak memory, page bytes ==`, async () => {
    const { runXlsxBench } = await import("./xlsx");
    tempDir = mkdtempSync(join(os.tmpdir(), "jixiao-bench-"));
    try {
      await runXlsxBench(tempDir, XLSX_ROWS, log);
    } finally {
      cleanUp();
    }
  });
  await section("== 2b. writer: a 自评报告 plan written as SpreadsheetML ==", async () => {
    const { runWriteBench } = await import("./write");
    tempDir = mkdtempSync(join(os.tmpdir(), "jixiao-bench-"));
    try {
      await runWriteBench(tempDir, log);
    } finally {
      cleanUp();
    }
  });
  await section("== 3. batch: evaluate -- <folder> --summary, 50 workbooks, one thread vs all cores ==", async () => {
    const { runBatchBench } = await import("./batch");
    tempDir = mkdtempSync(join(os.tmpdir(), "jixiao-bench-"));
    try {
      await runBatchBench(tempDir, log);
    } finally {
      cleanUp();
    }
  });
  await section("== 4. peak memory (RSS) of each figure, every task in a fresh process ==", async () => {
    const { runPeakBench } = await import("./peaks");
    tempDir = mkdtempSync(join(os.tmpdir(), "jixiao-bench-"));
    try {
      await runPeakBench(tempDir, XLSX_ROWS, log);
    } finally {
      cleanUp();
    }
  });
  await section("== 5a. task pane: what taskpane.html downloads (production build) ==", async () => {
    const { runPaneBench } = await import("./pane");
    tempDir = mkdtempSync(join(os.tmpdir(), "jixiao-bench-"));
    try {
      runPaneBench(tempDir, log);
    } finally {
      cleanUp();
    }
  });
  await section("== 5b. Office gateway: one-click evaluation on the test's fake Excel (web limits on), fresh process each ==", async () => {
    const { probe } = await import("./memory");
    const { fmtMB } = await import("./measure");
    log("indicators    syncs  chunks  largest request   time (fake)   peak RSS");
    for (const n of [100, 10_000, 100_000]) {
      const p = probe("office", String(n));
      const r = JSON.parse(p.detail) as { syncs: number; chunks: number; largestRequestBytes: number; ms: number };
      log(`${n.toLocaleString("en-US").padStart(10)}  ${String(r.syncs).padStart(6)}  ${String(r.chunks).padStart(6)}  ${`${(r.largestRequestBytes / 1e6).toFixed(2)} MB`.padStart(15)}  ${fmtMs(r.ms).padStart(12)}  ${fmtMB(p.maxRss).padStart(9)}`);
    }
    log("syncs = round trips to Excel (1 read + 1 write + 1 per extra chunk); every request must stay under Excel on the web's 5 MB");
  });
  await section("== 6. machine ==", () => machineLines(loadAtStart).forEach((line) => log(line)));
  log(`bench wall time: ${fmtMs(performance.now() - started)}`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
