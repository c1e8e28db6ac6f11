/**
 * Item 2: `evaluate --json` on a generated 20,000-indicator .xlsx beside a plain ExcelJS read of the same file.
 */
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../src/cli/main";
import { writeLargeWorkbookFile } from "../scripts/examples/generateLarge";
import { fmtInt, fmtMB, fmtMs, fmtRate, median, table, timeAsync } from "./measure";

const RUNS = 3;
/** The issue's target: evaluating may cost at most twice the plain read. */
const TARGET_RATIO = 2;
const ROOT = resolve(__dirname, "..");

async function plainRead(path: string): Promise<void> {
  await new ExcelJS.Workbook().xlsx.readFile(path);
}

/** The command in-process, its JSON collected into a string so serialising it is part of the time. */
async function evaluateJson(path: string): Promise<number> {
  let json = "";
  let errors = "";
  const code = await run([path, "--json"], (s) => (json += s), (s) => (errors += s));
  if (code !== 0) throw new Error(`evaluate exited ${code}: ${errors}`);
  return Buffer.byteLength(json, "utf8");
}

/** The real command as a user runs it, start-up included: npx tsx src/cli/main.ts <file> --json > /dev/null. */
function childProcess(path: string): { ms: number; status: number | null; stderr: string } {
  const t0 = performance.now();
  const child = spawnSync("npx", ["tsx", "src/cli/main.ts", path, "--json"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    timeout: 120_000,
  });
  const ms = performance.now() - t0;
  // npm's own config warnings are not the command's.
  const stderr = (child.stderr ?? "").split("\n").filter((l) => l.trim() && !l.startsWith("npm warn")).join("\n");
  return { ms, status: child.error ? null : child.status, stderr: child.error ? String(child.error) : stderr };
}

export async function runXlsxBench(dir: string, rows: number, log: (s: string) => void): Promise<void> {
  const path = resolve(dir, `bench-${rows}.xlsx`);
  const generated = await timeAsync(() => writeLargeWorkbookFile(path, rows));
  log(`file: ${path} (${fmtMB(statSync(path).size)}, ${fmtInt(rows)} indicators, written in ${fmtMs(generated.ms)})`);

  // One untimed pass of each, so neither pays for the JIT or the first file read.
  await plainRead(path);
  await evaluateJson(path);

  const plain: number[] = [];
  const evaluate: number[] = [];
  let jsonBytes = 0;
  // Interleaved, so a change of load on the machine hits both alike; no forced GC just before a timed run (see core.ts).
  for (let i = 0; i < RUNS; i++) {
    plain.push((await timeAsync(() => plainRead(path))).ms);
    const ev = await timeAsync(() => evaluateJson(path));
    evaluate.push(ev.ms);
    jsonBytes = ev.value;
  }
  const child = childProcess(path);

  const plainMed = median(plain);
  const evalMed = median(evaluate);
  const ratio = evalMed / plainMed;
  const spread = (xs: number[]) => xs.map(fmtMs).join(", ");
  log(
    table(
      ["what", "runs", "median", "all runs", "throughput"],
      [
        ["plain ExcelJS read (xlsx.readFile)", String(RUNS), fmtMs(plainMed), spread(plain), fmtRate((rows / plainMed) * 1000)],
        ["evaluate --json, in-process run()", String(RUNS), fmtMs(evalMed), spread(evaluate), fmtRate((rows / evalMed) * 1000)],
        [
          "evaluate --json, child process (npx tsx)",
          "1",
          fmtMs(child.ms),
          child.status === 0 ? "exit 0" : `exit ${child.status}${child.stderr ? `: ${child.stderr.slice(0, 200)}` : ""}`,
          fmtRate((rows / child.ms) * 1000),
        ],
      ],
    ),
  );
  log(`JSON output: ${fmtMB(jsonBytes)} UTF-8 (${fmtInt(jsonBytes)} bytes)`);
  log(
    `ratio evaluate / plain read: ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×: ${ratio <= TARGET_RATIO ? "meets the target" : "does NOT meet the target"})`,
  );
  log(`child-process start-up overhead ≈ ${fmtMs(child.ms - evalMed)} (child wall time − in-process median)`);
}
