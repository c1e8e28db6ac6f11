/**
 * Where the time of `evaluate --json` goes, phase by phase, on a generated standard workbook (default 20,000
 * indicators). Not part of `npm run bench`; run it on its own when the ratio of item 2 needs explaining:
 *
 *     npx tsx bench/phases.ts [indicatorCount] [runs]
 *
 * It re-traces the steps of src/cli/main.ts run() → readWorkbookFile → readWorkbookBuffer → evaluateGrids →
 * evaluateModel → toJson → JSON.stringify with the same exported functions, so scoring and checks can be timed apart.
 * The read is the product's own (src/hosts/xlsx/read): unzip and sheet parsing are timed apart.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeLargeWorkbookFile } from "../scripts/examples/generateLarge";
import { checkUnit } from "../src/core/checks";
import { evaluateModel, sortFindings } from "../src/core/evaluate";
import type { WorkbookGrids } from "../src/core/grid";
import type { Finding } from "../src/core/model/finding";
import { toJson } from "../src/core/output/json";
import { readWorkbook } from "../src/core/read/readWorkbook";
import { scoreUnit } from "../src/core/score/unit";
import { groupUnits } from "../src/core/score/units";
import { DEFAULT_SETTINGS, PROFILES } from "../src/core/settings";
import { readPackage } from "../src/hosts/xlsx/read/readPackage";
import { ZipParts } from "../src/hosts/xlsx/read/zipParts";
import { fmtMs, median, table } from "./measure";

async function once(path: string): Promise<Record<string, number>> {
  const t: Record<string, number> = {};
  let t0 = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    t[name] = (t[name] ?? 0) + now - t0;
    t0 = now;
  };

  const bytes = await readFile(path);
  lap("fs.readFile");
  const parts = new ZipParts(bytes);
  lap("zip directory (fflate)");
  const grids: WorkbookGrids = readPackage(parts, "x.xlsx");
  lap("readPackage (inflate + parse every part → grids)");
  const model = readWorkbook(grids);
  lap("readWorkbook (grids → model)");

  // evaluateModel's per-unit loop, with scoring and checks timed apart (settings as evaluateModel derives them for
  // this workbook: 评分规则 中央通用, no reverse rule written).
  const settings = { ...DEFAULT_SETTINGS };
  const profile = PROFILES[settings.profile];
  const units = groupUnits(model);
  lap("groupUnits");
  const findings: Finding[] = [...model.findings];
  let score = 0;
  let check = 0;
  for (const unitRows of units) {
    const a = performance.now();
    const { result, findings: scoring } = scoreUnit(unitRows, { fundSheet: model.fund.sheet, indicatorSheet: model.indicators.sheet, settings, profile, year: 2024 });
    const b = performance.now();
    findings.push(...scoring, ...checkUnit({ model, unit: result, settings, profile, scoringFindings: scoring }));
    const c = performance.now();
    score += b - a;
    check += c - b;
  }
  t["scoreUnit (scoring)"] = score;
  t["checkUnit (checks)"] = check;
  t0 = performance.now();
  sortFindings(findings);
  lap("sortFindings");

  // The real evaluateModel on the same model, for the JSON steps and as a cross-check of the split above.
  const evaluation = evaluateModel(model);
  lap("(evaluateModel as a whole, for comparison)");
  const json = toJson(evaluation);
  lap("toJson");
  const text = JSON.stringify(json, null, 2);
  lap("JSON.stringify(…, null, 2)");
  t["(JSON chars)"] = text.length;
  return t;
}

async function plain(path: string): Promise<number> {
  const t0 = performance.now();
  await new ExcelJS.Workbook().xlsx.readFile(path);
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 20_000);
  const runs = Number(process.argv[3] ?? 5);
  const dir = mkdtempSync(join(os.tmpdir(), "jixiao-phases-"));
  try {
    const path = join(dir, `phases-${count}.xlsx`);
    await writeLargeWorkbookFile(path, count);
    await once(path); // warm-up
    await plain(path);
    const all: Record<string, number>[] = [];
    const plains: number[] = [];
    for (let i = 0; i < runs; i++) {
      plains.push(await plain(path));
      all.push(await once(path));
    }
    const names = Object.keys(all[0]).filter((n) => !n.startsWith("(JSON"));
    const med = (n: string) => median(all.map((r) => r[n]));
    const pipeline = names.filter((n) => !n.startsWith("(")).reduce((s, n) => s + med(n), 0);
    const plainMed = median(plains);
    const rows = names.map((n) => [n, fmtMs(med(n)), n.startsWith("(") ? "" : `${((med(n) / pipeline) * 100).toFixed(1)} %`, `${(med(n) / plainMed).toFixed(2)}×`]);
    rows.push(["sum of the phases", fmtMs(pipeline), "100 %", `${(pipeline / plainMed).toFixed(2)}×`]);
    rows.push(["plain ExcelJS xlsx.readFile (no options)", fmtMs(plainMed), "", "1.00×"]);
    process.stdout.write(`${count.toLocaleString("en-US")} indicators, median of ${runs}, JSON ${median(all.map((r) => r["(JSON chars)"])).toLocaleString("en-US")} chars\n`);
    process.stdout.write(table(["phase", "median", "share", "× plain read"], rows) + "\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`phases failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
