/**
 * Item 4 of the bench: peak memory of each figure above, every task in a fresh process (bench/memory.ts), and the
 * scale case of issue 6: a 100,000-indicator workbook evaluated and its 自评报告 written under node's default heap.
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import v8 from "node:v8";
import { writeLargeWorkbookFile } from "../scripts/examples/generateLarge";
import { CORE_CASES } from "./core";
import { fmtInt, fmtMB, fmtMs, table } from "./measure";
import { probe, probeCommand } from "./memory";

const { buildCli } = require("../scripts/cli/build.js") as { buildCli(): string };

export async function runPeakBench(dir: string, xlsxRows: number, log: (s: string) => void): Promise<void> {
  buildCli();
  const rows: string[][] = [];
  const add = (what: string, p: { ms: number; maxRss: number }) => rows.push([what, fmtMs(p.ms), fmtMB(p.maxRss)]);
  // The formats case of section 1 reads the same rows through number formats; its memory is that of the plain case.
  for (const c of CORE_CASES.filter((c) => !c.formats)) add(`core evaluateGrids, ${fmtInt(c.rows)} indicators (grids built in the process)`, probe("core", String(c.rows)));

  const mid = join(dir, `peak-${xlsxRows}.xlsx`);
  await writeLargeWorkbookFile(mid, xlsxRows);
  add(`plain ExcelJS read, ${fmtInt(xlsxRows)}-indicator .xlsx`, probe("plain", mid));
  add(`evaluate --json, ${fmtInt(xlsxRows)}-indicator .xlsx (the command, start-up included)`, probeCommand(mid, "--json"));

  const big = join(dir, "peak-100000.xlsx");
  await writeLargeWorkbookFile(big, 100_000);
  log(`100,000-indicator file: ${fmtMB(statSync(big).size)}; node's default heap limit here: ${fmtMB(v8.getHeapStatistics().heap_size_limit)}`);
  add("plain ExcelJS read, 100,000-indicator .xlsx", probe("plain", big));
  add("evaluate --json, 100,000-indicator .xlsx (the command)", probeCommand(big, "--json"));
  const report = join(dir, "peak-100000-自评报告.xlsx");
  // Three runs: on a shared machine one run can be a fifth off the others.
  const runs = [0, 1, 2].map(() => probeCommand(big, "--out", report));
  const byTime = [...runs].sort((a, b) => a.ms - b.ms);
  add(`evaluate --out (report written), 100,000-indicator .xlsx, the command, median of 3 (${runs.map((r) => fmtMs(r.ms)).join(", ")})`, byTime[1]);
  const goal = (`goal for evaluate --out of 100,000 indicators: ≤ 15 s and ≤ 1 GB peak RSS: ${byTime[1].ms <= 15_000 && Math.max(...runs.map((r) => r.maxRss)) <= 1024 ** 3 ? "meets it" : "does NOT meet it"} (peak RSS of the three: ${runs.map((r) => fmtMB(r.maxRss)).join(", ")})`);
  log(table(["task (fresh process each)", "time in task", "peak RSS"], rows));
  log(goal);
  log(`report written: ${fmtMB(statSync(report).size)}`);
}
