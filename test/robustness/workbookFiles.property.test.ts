/**
 * Random workbooks written as real .xlsx files and read back through ExcelJS: test/core/evaluate/neverThrows.test.ts
 * covers random grids handed straight to the core; this covers what only a file has — merged cells as Excel stores
 * them, rich text, formulas with and without a cached result, hyperlinks, error cells, dates, hidden sheets, any sheet
 * name — on the path the command takes (bytes → readWorkbookBuffer → evaluateGrids).
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { evaluateGrids } from "../../src/core/evaluate";
import type { CellValue } from "../../src/core/grid";
import { WorkbookInputError } from "../../src/core/read/inputError";
import { WorkbookReadError } from "../../src/hosts/xlsx/errors";
import { readWorkbookBuffer } from "../../src/hosts/xlsx/readGrids";
import { FUND_HEADER, INDICATOR_HEADER } from "../helpers/grids";

const WORDS = ["≥2000人次", "2000余人次", "９５％", "95%", "有效提升", "达成", "部分达成", "合计", "总分", "定性", "≤", "万元", "*", "—", "=SUM(A1)", "#N/A", "产出指标", "满意度指标", "项目名称", "分值"];

/** Any value ExcelJS can store in a cell. */
const cellValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<ExcelJS.CellValue>(...WORDS) },
  { weight: 3, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -10, max: 5000 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ min: new Date(1901, 0, 1), max: new Date(2099, 0, 1), noInvalidDate: true }) },
  { weight: 1, arbitrary: fc.constantFrom<ExcelJS.CellValue>({ error: "#DIV/0!" } as ExcelJS.CellErrorValue, { error: "#N/A" } as ExcelJS.CellErrorValue) },
  { weight: 1, arbitrary: fc.constantFrom(...WORDS).map((t): ExcelJS.CellValue => ({ richText: [{ text: t.slice(0, 1), font: { bold: true } }, { text: t.slice(1) }] })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("1+1", "SUM(A1:A2)", "A1*2"), fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined })).map(([formula, result]): ExcelJS.CellValue => ({ formula, result }) as ExcelJS.CellFormulaValue) },
  { weight: 1, arbitrary: fc.constantFrom(...WORDS).map((text): ExcelJS.CellValue => ({ text, hyperlink: "https://example.org/" })) },
  { weight: 2, arbitrary: fc.constant(null) },
);

interface RandomSheet {
  name: string;
  hidden: boolean;
  /** 0-based row of the header, under title rows. */
  headerAt: number;
  header: string[];
  rows: ExcelJS.CellValue[][];
  merges: [number, number, number, number][];
}

const sheetName = fc.oneof(fc.constantFrom("基本信息", "资金情况", "绩效指标", "自评表", "指标表", "Sheet1", "封面"), fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[\\/?*[\]:']/.test(s) && s.trim() !== ""));

const randomSheet: fc.Arbitrary<RandomSheet> = fc.record({
  name: sheetName,
  hidden: fc.boolean(),
  headerAt: fc.nat({ max: 14 }),
  header: fc.oneof(fc.shuffledSubarray(FUND_HEADER), fc.shuffledSubarray(INDICATOR_HEADER), fc.constant<string[]>(["项目", "内容"]), fc.array(fc.constantFrom(...WORDS), { maxLength: 6 })),
  rows: fc.array(fc.array(cellValue, { maxLength: 13 }), { maxLength: 12 }),
  merges: fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 14 }), fc.nat({ max: 4 }), fc.nat({ max: 3 })), { maxLength: 4 }),
});

/** Names made unique the way Excel would refuse duplicates (case-insensitively). */
async function toXlsx(sheets: RandomSheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const used = new Set<string>();
  sheets.forEach((s, i) => {
    let name = s.name.slice(0, 31);
    if (used.has(name.toLowerCase())) name = `${name.slice(0, 27)}_${i}`;
    used.add(name.toLowerCase());
    const ws = wb.addWorksheet(name, { state: s.hidden && i > 0 ? "hidden" : "visible" });
    ws.getCell(1, 1).value = "2024年度绩效自评表";
    ws.getRow(s.headerAt + 1).values = s.header;
    s.rows.forEach((r, j) => (ws.getRow(s.headerAt + 2 + j).values = r));
    const taken: [number, number, number, number][] = [];
    for (const [top, left, h, w] of s.merges) {
      const area: [number, number, number, number] = [top, left, top + h, left + w];
      // Excel refuses overlapping merges, so a file never holds them; skip the ones the generator overlaps.
      if (taken.some(([t, l, b, r]) => !(area[2] < t || area[0] > b || area[3] < l || area[1] > r))) continue;
      taken.push(area);
      ws.mergeCells(...area);
    }
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const isCellValue = (v: unknown): v is CellValue =>
  v === null || ["string", "number", "boolean"].includes(typeof v) || v instanceof Date || (typeof v === "object" && typeof (v as { error?: unknown }).error === "string");

describe("random workbook files", () => {
  it("read into grids of core cell values, and evaluate or stop with a WorkbookInputError — never anything else", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(randomSheet, { minLength: 1, maxLength: 4 }), async (sheets) => {
        const grids = await readWorkbookBuffer(await toXlsx(sheets), "随机.xlsx");
        for (const s of grids.sheets) for (const row of s.values) for (const v of row) if (!isCellValue(v)) throw new Error(`not a cell value: ${JSON.stringify(v)}`);
        try {
          evaluateGrids(grids);
        } catch (e) {
          if (!(e instanceof WorkbookInputError)) throw e;
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it("keeps text, numbers and booleans as written, and gives a formula its cached result", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cellValue, { minLength: 1, maxLength: 12 }), async (values) => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet("表").getRow(1).values = values;
        const [sheet] = (await readWorkbookBuffer(new Uint8Array(await wb.xlsx.writeBuffer()), "单元格.xlsx")).sheets;
        values.forEach((v, i) => {
          const read = sheet.values[0]?.[i] ?? null;
          if (typeof v === "string" || typeof v === "boolean") expect(read).toBe(v === "" ? read : v);
          // Excel has no negative zero (a cell holding -0 is 0), so -0 may come back as 0; every other number as written.
          else if (typeof v === "number") expect(read === 0 ? 0 : read).toBe(v === 0 ? 0 : v);
          else if (v && typeof v === "object" && "formula" in v) expect(read).toBe((v as ExcelJS.CellFormulaValue).result ?? null);
          else if (v && typeof v === "object" && "richText" in v) expect(read).toBe((v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join(""));
        });
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it("a byte flipped anywhere in a real workbook gives a result or a WorkbookReadError / WorkbookInputError", async () => {
    const bytes = await toXlsx([{ name: "绩效指标", hidden: false, headerAt: 1, header: INDICATOR_HEADER, rows: [["", "产出指标", "数量指标", "慰问人次", "≥", 100, "人次", 100, 90]], merges: [] }]);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, xor) => {
        const broken = bytes.slice();
        broken[at] ^= xor;
        try {
          evaluateGrids(await readWorkbookBuffer(broken, "翻转.xlsx"));
        } catch (e) {
          if (!(e instanceof WorkbookReadError || e instanceof WorkbookInputError)) throw e;
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
