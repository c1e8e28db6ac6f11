import type ExcelJS from "exceljs";
import { evaluateGrids } from "../../src/core/evaluate";
import type { EvaluateOptions } from "../../src/core/evaluate";
import { readWorkbookBuffer } from "../../src/hosts/xlsx/readGrids";
import { buildReportWorkbook } from "../../src/hosts/xlsx/writeReport";
import { buildFengdu2024 } from "../../scripts/examples/fengdu2024";
import { buildChongqingWorkbook, buildCleanTwin, buildMessyTwin, buildSichuanWorkbook, toBuffer } from "../fixtures/workbooks";
import { readCachedValues, recalculate, sofficePath, SOFFICE_MISSING } from "../helpers/libreoffice";

/**
 * The report's formulas, recalculated by a real spreadsheet engine (LibreOffice), give exactly the values the engine
 * cached in them; and the 自评总分 shown is the engine's score.
 */
const skip = process.env.SKIP_LIBREOFFICE === "1";
const suite = skip ? describe.skip : describe;
if (skip) console.warn("SKIP_LIBREOFFICE=1: the LibreOffice recalculation test is skipped.");

const CASES: [string, () => ExcelJS.Workbook, EvaluateOptions][] = [
  ["丰都县总工会 2024 example", buildFengdu2024, {}],
  ["clean twin, two projects", buildCleanTwin, {}],
  ["messy twin under R2", buildMessyTwin, { reverseRule: "R2" }],
  ["Sichuan profile", buildSichuanWorkbook, {}],
  ["Chongqing profile", buildChongqingWorkbook, {}],
];

const same = (a: unknown, b: unknown) => {
  const blank = (v: unknown) => v === "" || v === null || v === undefined;
  if (blank(a) && blank(b)) return true;
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return a === b;
};

suite("the 自评报告 recalculated by LibreOffice", () => {
  beforeAll(() => {
    if (!sofficePath()) throw new Error(SOFFICE_MISSING);
  });

  it.each(CASES)("%s: every formula recalculates to its cached value", async (_name, build, options) => {
    const input = await toBuffer(build());
    const ev = evaluateGrids(await readWorkbookBuffer(input, "book.xlsx"), options);
    const report = await buildReportWorkbook(input, ev);
    const sheet = report.sheetName;
    const ours = await readCachedValues(report.data);
    const theirs = await readCachedValues(await recalculate(report.data));

    const formulas = [...ours].filter(([key, c]) => key.startsWith(`${sheet}!`) && c.formula);
    expect(formulas.length).toBeGreaterThan(10);
    const differ = formulas.filter(([key, c]) => !same(c.value, theirs.get(key)?.value)).map(([key, c]) => `${key} =${c.formula}: cached ${JSON.stringify(c.value)}, LibreOffice ${JSON.stringify(theirs.get(key)?.value)}`);
    expect(differ).toEqual([]);

    const label = [...theirs].find(([key, c]) => key.startsWith(`${sheet}!A`) && c.value === "自评总分");
    expect(label).toBeDefined();
    const row = label![0].replace(`${sheet}!A`, "");
    const mean = Math.round((ev.units.reduce((s, u) => s + u.score, 0) / ev.units.length) * 100) / 100;
    expect(theirs.get(`${sheet}!B${row}`)?.value).toBe(ev.units.length === 1 ? ev.units[0].score : mean);
  }, 120_000);
});
