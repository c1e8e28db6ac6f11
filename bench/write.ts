/**
 * The SpreadsheetML writer (src/hosts/xlsx/write): how fast a 自评报告 plan becomes a sheet part, into a fresh package
 * and into the user's own (opened, the report added, zipped again), and what the writer weighs in the page's bundle.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { writeLargeWorkbookFile } from "../scripts/examples/generateLarge";
import { evaluateGrids } from "../src/core/evaluate";
import { buildReportPlan } from "../src/core/report/buildReport";
import { writePlansToNewPackage, XlsxPackage } from "../src/hosts/xlsx/write";
import { readWorkbookBuffer } from "../src/hosts/xlsx/readGrids";
import { buildStandardGrids } from "./grids";
import { fmtInt, fmtMB, fmtMs, table, timeAsync } from "./measure";

const perSecond = (cells: number, ms: number) => `${Math.round((cells / ms) * 1000).toLocaleString("en-US")} cells/s`;

export async function runWriteBench(dir: string, log: (s: string) => void): Promise<void> {
  const rows: string[][] = [];
  for (const n of [10_000, 50_000]) {
    const plan = buildReportPlan(evaluateGrids(buildStandardGrids(n)));
    const t = await timeAsync(async () => writePlansToNewPackage([plan]));
    rows.push([`report of ${fmtInt(n)} indicators → new package`, fmtInt(plan.cells.length), fmtMs(t.ms), perSecond(plan.cells.length, t.ms), fmtMB(t.value.length)]);
  }
  const path = join(dir, "write-20000.xlsx");
  await writeLargeWorkbookFile(path, 20_000);
  const input = new Uint8Array(readFileSync(path));
  const plan = buildReportPlan(evaluateGrids(await readWorkbookBuffer(input, "write-20000.xlsx")));
  const t = await timeAsync(async () => {
    const pkg = XlsxPackage.open(input);
    pkg.putSheet(plan);
    return pkg.toBytes();
  });
  rows.push([`report of 20,000 indicators → the user's ${fmtMB(input.length)} package`, fmtInt(plan.cells.length), fmtMs(t.ms), perSecond(plan.cells.length, t.ms), fmtMB(t.value.length)]);
  log(table(["what", "cells", "time", "cells/s", "file"], rows));
  log(`writer in the page's bundle (minified, gzip): ${writerBundleSize()}`);
}

/** The writer with fflate and saxes, bundled and minified as webpack would, by the esbuild that tsx runs on. */
function writerBundleSize(): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- tsx's own bundler, present wherever the bench runs
    const esbuild = require("esbuild") as typeof import("esbuild");
    const out = esbuild.buildSync({ entryPoints: [resolve(__dirname, "../src/hosts/xlsx/write/index.ts")], bundle: true, minify: true, write: false, platform: "browser", format: "esm" });
    const bytes = out.outputFiles[0].contents;
    return `${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB (${(bytes.length / 1024).toFixed(1)} KB raw)`;
  } catch (e) {
    return `n/a (${e instanceof Error ? e.message : String(e)})`;
  }
}
