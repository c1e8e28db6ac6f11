/**
 * The task pane's download: a production build into a temporary folder, then what taskpane.html loads before the pane
 * can render (gzipped as a server sends it), and the chunks fetched later, each only by the mode that needs it.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { fmtMs } from "./measure";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own CommonJS helper, shared with webpack.config.js
const { firstLoad } = require("../scripts/webpack/firstLoad.js") as { firstLoad: (dist: string) => { files: { file: string; raw: number; gzip: number }[]; gzip: number; raw: number } };

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function runPaneBench(outDir: string, log: (s: string) => void): void {
  const webpack = resolve(__dirname, "../node_modules/webpack/bin/webpack.js");
  const started = performance.now();
  const build = spawnSync(process.execPath, [webpack, "--mode", "production", "--env", `outDir=${outDir}`], { cwd: resolve(__dirname, ".."), encoding: "utf8", maxBuffer: 1 << 24 });
  if (build.status !== 0) throw new Error(`webpack failed: ${(build.stderr || build.stdout).slice(-400)}`);
  log(`production build: ${fmtMs(performance.now() - started)}`);

  const first = firstLoad(outDir);
  log(`first load of taskpane.html: ${kb(first.gzip)} gzip (${kb(first.raw)} raw) in ${first.files.length} script(s); budget 300 KB gzip`);
  const firstFiles = new Set(first.files.map((f) => f.file));
  const later = readdirSync(outDir)
    .filter((f) => f.endsWith(".js") && !firstFiles.has(f))
    .map((f) => {
      const bytes = readFileSync(join(outDir, f));
      return { file: f, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
  for (const c of later) log(`  later: ${c.file.padEnd(40)} ${kb(c.gzip).padStart(10)} gzip`);
  // The page without Excel, to read a file and write its result: the xlsx chunk (the reader's glue and the SpreadsheetML
  // writer with fflate and saxes) and ExcelJS, which the reader still loads; the engine's chunks are the Excel host's too.
  const readWrite = later.filter((c) => /^(xlsx|exceljs)\./.test(c.file));
  log(`page without Excel, reading + writing fetched beyond the first load: ${kb(readWrite.reduce((n, c) => n + c.gzip, 0))} gzip (${readWrite.map((c) => `${c.file} ${kb(c.gzip)}`).join(" + ")}); goal 60 KB`);
}
