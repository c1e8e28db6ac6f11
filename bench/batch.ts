/**
 * Item 3 of the bench: a finance bureau's batch. 50 generated department workbooks of 30 to 300 indicators (one to six
 * projects each, as county departments file them), evaluated with `evaluate -- <folder> --summary`, reports included,
 * once on one thread and once with one worker thread per core; each run in a fresh process for its peak memory.
 */
import { mkdirSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { writeLargeWorkbookFile } from "../scripts/examples/generateLarge";
import { fmtMB, fmtMs, table } from "./measure";
import { probe } from "./memory";

export const BATCH_FILES = 50;

/** Indicator counts spread deterministically over 30–300. */
const sizeOf = (i: number) => 30 + ((i * 97) % 271);

export async function runBatchBench(dir: string, log: (s: string) => void): Promise<void> {
  const inputs = join(dir, "inputs");
  mkdirSync(inputs, { recursive: true });
  let indicators = 0;
  for (let i = 0; i < BATCH_FILES; i++) {
    const n = sizeOf(i);
    indicators += n;
    await writeLargeWorkbookFile(join(inputs, `部门${String(i + 1).padStart(2, "0")}.xlsx`), n, Math.max(1, Math.round(n / 50)));
  }
  log(`${BATCH_FILES} workbooks, ${indicators.toLocaleString("en-US")} indicators in all (30–300 each), reports written beside the summary`);
  const cores = os.availableParallelism();
  const rows: string[][] = [];
  let single = 0;
  for (const threads of [...new Set([1, cores])]) {
    const p = probe("batch", inputs, join(dir, `out-${threads}`, "汇总.xlsx"), String(threads));
    if (threads === 1) single = p.ms;
    rows.push([threads === 1 ? "1 thread (main thread)" : `${threads} worker threads (all cores)`, fmtMs(p.ms), `${((BATCH_FILES / p.ms) * 1000).toFixed(1)} files/s`, threads === 1 ? "1.00×" : `${(single / p.ms).toFixed(2)}×`, fmtMB(p.maxRss)]);
  }
  log(table(["run", "wall time", "throughput", "speed-up", "peak RSS"], rows));
  if (cores === 1) log("(one core: the all-cores run is the one-thread run)");
}
