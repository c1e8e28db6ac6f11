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
import { probe } from "./memory";

export async function runPeakBench(dir: string, xlsxRows: number, log: (s: string) => void): Promise<void> {
  const rows: string[][] = [];
  const add = (what: string, p: { ms: number; maxRss: number }) => rows.push([what, fmtMs(p.ms), fmtMB(p.maxRss)]);
  for (const c of CORE_CASES) add(`core evaluateGrids, ${fmtInt(c.rows)} indicators (grids built in the process)`, probe("core", String(c.rows)));

  const mid = join(dir, `peak-${xlsxRows}.xlsx`);
  await writeLargeWorkbookFile(mid, xlsxRows);
  add(`plain ExcelJS read, ${fmtInt(xlsxRows)}-indicator .xlsx`, probe("plain", mid));
  add(`evaluate --json, ${fmtInt(xlsxRows)}-indicator .xlsx`, probe("evaluate", mid));

  const big = join(dir, "peak-100000.xlsx");
  await writeLargeWorkbookFile(big, 100_000);
  log(`100,000-indicator file: ${fmtMB(statSync(big).size)}; node's default heap limit here: ${fmtMB(v8.getHeapStatistics().heap_size_limit)}`);
  add("plain ExcelJS read, 100,000-indicator .xlsx", probe("plain", big));
  add("evaluate --json, 100,000-indicator .xlsx", probe("evaluate", big));
  const report = join(dir, "peak-100000-自评报告.xlsx");
  add("evaluate --out (report written), 100,000-indicator .xlsx", probe("report", big, report));
  log(table(["task (fresh process each)", "time in task", "peak RSS"], rows));
  log(`report written: ${fmtMB(statSync(report).size)}`);
}
