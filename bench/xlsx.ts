/**
 * Item 2: the file reader. On a generated 20,000-indicator .xlsx:
 *   - `evaluate --json` as a command (the compiled build/cli, a fresh node process, start-up included) beside a plain
 *     ExcelJS read of the same file in a fresh node process (the goal: ≤ 1.0×);
 *   - the reader's throughput in MB/s of sheet XML, beside fflate's unzip of the same parts alone, and the peak RSS
 *     of a fresh process that only reads the file, beside one that only loads it with ExcelJS;
 *   - what the page without Excel fetches to read a file: the reader's chunk, minified and gzipped.
 */
import { evaluateCommand } from "./command";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { buildSync } from "esbuild";
import { unzipSync } from "fflate";
import { writeLargeWorkbookFile } from "../scripts/examples/generateLarge";
import { readPackage } from "../src/hosts/xlsx/read/readPackage";
import { ZipParts } from "../src/hosts/xlsx/read/zipParts";
import { fmtInt, fmtMB, fmtMs, median, table, timeAsync, timeSync } from "./measure";

const RUNS = 3;
const TARGET_RATIO = 1;
/** The budget for reading and writing in the page, gzip. */
const PAGE_BUDGET_KB = 60;
const ROOT = resolve(__dirname, "..");

/* eslint-disable @typescript-eslint/no-require-imports */
const { buildCli, OUT_DIR } = require("../scripts/cli/build.js") as { buildCli(): string; OUT_DIR: string };

function timedNode(args: string[]): { ms: number; ok: boolean; detail: string } {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", timeout: 300_000, env: { ...process.env, NODE_OPTIONS: "" } });
  return { ms: performance.now() - t0, ok: child.status === 0, detail: (child.stderr ?? "").slice(0, 200) };
}

/** Peak RSS of a fresh process running `code` (process.resourceUsage().maxRSS is in KiB). */
function peakRss(code: string): number {
  const child = spawnSync(process.execPath, ["-e", `${code}.then(() => process.stdout.write(String(process.resourceUsage().maxRSS * 1024)))`], { cwd: ROOT, encoding: "utf8", timeout: 300_000 });
  if (child.status !== 0) throw new Error(child.stderr.slice(0, 300));
  return Number(child.stdout.trim());
}

export async function runXlsxBench(dir: string, rows: number, log: (s: string) => void): Promise<void> {
  const path = resolve(dir, `bench-${rows}.xlsx`);
  const generated = await timeAsync(() => writeLargeWorkbookFile(path, rows));
  log(`file: ${path} (${fmtMB(statSync(path).size)}, ${fmtInt(rows)} indicators, written in ${fmtMs(generated.ms)})`);

  // The command as `npm run evaluate` runs it, without npm's own start-up: node on the compiled bundle.
  buildCli();
  const command = evaluateCommand(path, "--json");
  const plain = ["-e", `new (require("exceljs").Workbook)().xlsx.readFile(${JSON.stringify(path)}).catch((e) => { console.error(e); process.exit(1); })`];
  timedNode(command);
  timedNode(plain);
  const commandMs: number[] = [];
  const plainMs: number[] = [];
  let failure = "";
  // Interleaved, so a change of load on the machine hits both alike.
  for (let i = 0; i < RUNS; i++) {
    const c = timedNode(command);
    if (!c.ok) failure = c.detail;
    commandMs.push(c.ms);
    plainMs.push(timedNode(plain).ms);
  }
  const ratio = median(commandMs) / median(plainMs);
  const spread = (xs: number[]) => xs.map(fmtMs).join(", ");
  log(
    table(
      ["fresh node process", "runs", "median", "all runs"],
      [
        ["evaluate --json (build/cli, the command)", String(RUNS), fmtMs(median(commandMs)), failure ? `FAILED: ${failure}` : spread(commandMs)],
        ["plain ExcelJS read (xlsx.readFile)", String(RUNS), fmtMs(median(plainMs)), spread(plainMs)],
      ],
    ),
  );
  log(`ratio command / plain ExcelJS read: ${ratio.toFixed(2)}× (goal ≤ ${TARGET_RATIO.toFixed(1)}×: ${ratio <= TARGET_RATIO ? "meets it" : "does NOT meet it"})`);
  const example = join(ROOT, "assets/examples/丰都县总工会2024.xlsx");
  const startMs = median([0, 1, 2].map(() => timedNode(evaluateCommand(example, "--json")).ms));
  log(`one evaluation of the example as a command (start-up included): ${fmtMs(startMs)} median of 3`);

  // Throughput: the sheets' XML through the reader, against inflating the same parts alone.
  const bytes = new Uint8Array(readFileSync(path));
  const sheetParts = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/.test(name);
  const inflated = unzipSync(bytes, { filter: (f) => sheetParts(f.name) });
  const xmlBytes = Object.values(inflated).reduce((n, b) => n + b.length, 0);
  const unzipMs: number[] = [];
  const readMs: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const u = timeSync(() => unzipSync(bytes, { filter: (f) => sheetParts(f.name) })).ms;
    const r = timeSync(() => readPackage(new ZipParts(bytes), "bench.xlsx")).ms;
    if (i === 0) continue; // warm-up
    unzipMs.push(u);
    readMs.push(r);
  }
  const rate = (ms: number) => `${((xmlBytes / 1e6 / ms) * 1000).toFixed(1)} MB/s`;

  // Peak memory, each in a fresh process that does nothing else; the reader as the command runs it (build/cli).
  const readerBundle = join(ROOT, "test-output", "bench-reader");
  mkdirSync(readerBundle, { recursive: true });
  buildSync({ entryPoints: [join(ROOT, "src/hosts/xlsx/readGrids.ts")], bundle: true, platform: "node", format: "cjs", packages: "external", outfile: join(readerBundle, "readGrids.js"), logLevel: "error" });
  const readerPeak = peakRss(`require(${JSON.stringify(join(readerBundle, "readGrids.js"))}).readWorkbookBuffer(require("fs").readFileSync(${JSON.stringify(path)}), "bench.xlsx")`);
  const excelPeak = peakRss(`new (require("exceljs").Workbook)().xlsx.readFile(${JSON.stringify(path)})`);
  log(
    table(
      ["sheet XML", "MB", "median", "throughput", "peak RSS (fresh process)"],
      [
        ["fflate unzip of the sheet parts alone", (xmlBytes / 1e6).toFixed(1), fmtMs(median(unzipMs)), rate(median(unzipMs)), ""],
        ["the reader (unzip + saxes + grids, all parts)", (xmlBytes / 1e6).toFixed(1), fmtMs(median(readMs)), rate(median(readMs)), fmtMB(readerPeak)],
        ["ExcelJS xlsx.readFile, for comparison", (xmlBytes / 1e6).toFixed(1), fmtMs(median(plainMs)), "", fmtMB(excelPeak)],
      ],
    ),
  );

  // The page: what it fetches, beyond its first load, to read a file.
  const page = mkdtempSync(join(dir, "page-"));
  try {
    buildSync({ entryPoints: [join(ROOT, "src/hosts/browser/readModule.ts")], bundle: true, platform: "browser", format: "esm", minify: true, outfile: join(page, "read.js"), logLevel: "error" });
    const readGzip = gzipSync(readFileSync(join(page, "read.js")), { level: 9 }).length;
    const exceljsGzip = gzipSync(readFileSync(join(ROOT, "node_modules/exceljs/dist/exceljs.min.js")), { level: 9 }).length;
    log(`page without Excel, to read a file: the reader's chunk ${(readGzip / 1024).toFixed(1)} KB gzip (minified; fflate + saxes + the reader), against ExcelJS's browser build ${(exceljsGzip / 1024).toFixed(1)} KB gzip; the budget for reading and writing together is ${PAGE_BUDGET_KB} KB (the writer is another issue's)`);
  } finally {
    rmSync(page, { recursive: true, force: true });
    rmSync(readerBundle, { recursive: true, force: true });
  }
  void OUT_DIR;
}
