import ExcelJS from "exceljs";
import { mkdtemp, readFile, rm } from "fs/promises";
import os from "os";
import path from "path";
import { decodePng, isolateSheet, renderSheetToPng } from "../../scripts/renderSheet";
import { readCachedValues, recalculate, requireSoffice, sofficePath } from "./libreoffice";

// A missing LibreOffice must fail loudly: a silent skip would let the formula checks vanish from CI unnoticed.
const skip = process.env.SKIP_LIBREOFFICE === "1";
if (skip) {
  console.warn(`SKIP_LIBREOFFICE=1: skipping the LibreOffice formula checks (soffice: ${sofficePath() ?? "not installed"}).`);
}
const describeLibreOffice = skip ? describe.skip : describe;

const SOFFICE_TIMEOUT = 180_000;

async function xlsxOf(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// Cached results that no correct engine would produce, so a passing value can only come from recalculation.
const WRONG = -12345;

describeLibreOffice("LibreOffice recalculation", () => {
  beforeAll(() => {
    requireSoffice();
  });

  test(
    "recalculate replaces a stale cached value with the engine's own",
    async () => {
      const input = await xlsxOf((wb) => {
        wb.addWorksheet("S").getCell("A1").value = { formula: "1+1", result: 99 };
      });
      expect((await readCachedValues(input)).get("S!A1")).toEqual({ formula: "1+1", value: 99 });

      const cells = await readCachedValues(await recalculate(input));
      expect(cells.get("S!A1")).toEqual({ formula: "1+1", value: 2 });
    },
    SOFFICE_TIMEOUT,
  );

  test(
    "a file LibreOffice cannot load is an error carrying soffice's stderr",
    async () => {
      // Calc alone cannot load it; with Writer installed (for the Word report's tests) it opens as a text document,
      // which has no xlsx export. Either way the error names the missing output and carries soffice's words.
      await expect(recalculate(Buffer.from("not a workbook"))).rejects.toThrow(/did not produce[\s\S]*(source file could not be loaded|no export filter)/);
    },
    SOFFICE_TIMEOUT,
  );

  test("a run past its time limit is killed and reported", async () => {
    const input = await xlsxOf((wb) => {
      wb.addWorksheet("S").getCell("A1").value = 1;
    });
    await expect(recalculate(input, { timeoutMs: 10 })).rejects.toThrow(/did not finish within 10 ms/);
  });

  describe("the functions the report uses", () => {
    const formulas: Record<string, string> = {
      B1: "ROUND(9.735,2)",
      B2: "ROUND(1947/2000*10,2)",
      B3: "ROUND(2/3*15,2)",
      B4: 'IF(B1>=9,"优","差")',
      B5: 'IF(B3>=90,"优",IF(B3>=80,"良",IF(B3>=60,"中","差")))',
      B6: "MIN(B1,B2,B3)",
      B7: "MAX(B1,B2,B3)",
      B8: "SUM(B1:B3)",
      B9: "MIN(15,ROUND('绩效指标'!F7*3,2))",
      B10: `HYPERLINK("#'绩效指标'!F7","F7")`,
    };
    let before: Map<string, { formula?: string; value: unknown }>;
    let after: Map<string, { formula?: string; value: unknown }>;

    beforeAll(async () => {
      requireSoffice();
      const input = await xlsxOf((wb) => {
        wb.addWorksheet("绩效指标").getCell("F7").value = 4.125;
        const ws = wb.addWorksheet("自评报告");
        for (const [address, formula] of Object.entries(formulas)) {
          ws.getCell(address).value = { formula, result: WRONG };
        }
      });
      before = await readCachedValues(input);
      after = await readCachedValues(await recalculate(input));
    }, SOFFICE_TIMEOUT);

    const value = (address: string) => after.get(`自评报告!${address}`)?.value;

    test("the input really carries wrong cached values", () => {
      for (const address of Object.keys(formulas)) expect(before.get(`自评报告!${address}`)?.value).toBe(WRONG);
    });

    test("ROUND rounds half away from zero on the decimal value", () => {
      expect(value("B1")).toBe(9.74);
      expect(value("B2")).toBe(9.74);
      expect(value("B3")).toBe(10);
    });

    test("IF, MIN, MAX and SUM", () => {
      expect(value("B4")).toBe("优");
      expect(value("B5")).toBe("差");
      expect(value("B6")).toBe(9.74);
      expect(value("B7")).toBe(10);
      expect(value("B8")).toBeCloseTo(29.48, 10);
      expect(value("B9")).toBe(12.38);
    });

    test("HYPERLINK survives as a formula whose cached value is its label", () => {
      const cell = after.get("自评报告!B10");
      expect(cell?.formula).toBe(formulas.B10);
      expect(cell?.value).toBe("F7");
    });

    // LibreOffice drops the quotes a sheet name does not need ('绩效指标'!F7 becomes 绩效指标!F7); Excel reads both.
    const unquoted = (formula?: string) => formula?.replace(/'([^'!]+)'!/g, "$1!");

    test("every formula is kept as written, up to optional sheet-name quotes", () => {
      for (const [address, formula] of Object.entries(formulas)) {
        expect(unquoted(after.get(`自评报告!${address}`)?.formula)).toBe(unquoted(formula));
      }
      expect(after.get("绩效指标!F7")).toEqual({ value: 4.125 });
    });
  });

  describe("rendering one sheet for the README", () => {
    const twoSheets = () =>
      xlsxOf((wb) => {
        const other = wb.addWorksheet("绩效指标");
        other.getCell("F7").value = 8.5;
        other.pageSetup.printArea = "A1:F10";
        const ws = wb.addWorksheet("自评报告", { pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
        ws.getCell("A1").value = "自评总分";
        ws.getCell("B1").value = { formula: "ROUND('绩效指标'!F7*10,2)", result: 85 };
        ws.getCell("A1").border = { bottom: { style: "thin" } };
        wb.definedNames.add("'绩效指标'!$F$7", "源分值");
        wb.definedNames.add("'自评报告'!$B$1", "总分");
      });

    test("the copy keeps only that sheet, its own names, and cached values in place of formulas", async () => {
      const cells = await readCachedValues(await isolateSheet(await twoSheets(), "自评报告"));
      expect([...cells.keys()].sort()).toEqual(["自评报告!A1", "自评报告!B1"]);
      expect(cells.get("自评报告!B1")).toEqual({ value: 85 });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await isolateSheet(await twoSheets(), "自评报告")) as unknown as ExcelJS.Buffer);
      expect(wb.definedNames.model.map((n) => n.name)).toEqual(["总分"]);
    });

    test(
      "the first page comes out as an A4 PNG",
      async () => {
        const dir = await mkdtemp(path.join(os.tmpdir(), "jixiao-render-test-"));
        try {
          const out = path.join(dir, "report.png");
          const result = await renderSheetToPng(await twoSheets(), "自评报告", out);
          const png = decodePng(await readFile(out));
          // A4 at 110 dpi is 910 × 1287 pixels.
          expect(result).toEqual({ pages: 1, width: 910, height: 1287 });
          expect([png.width, png.height]).toEqual([910, 1287]);
          // Something was drawn: not every pixel is white.
          expect(png.data.some((byte) => byte < 128)).toBe(true);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
      SOFFICE_TIMEOUT,
    );
  });
});
