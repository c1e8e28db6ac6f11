import ExcelJS from "exceljs";
import { readWorkbookBuffer } from "../../../src/hosts/xlsx/readGrids";

/** A formula's cached result is what Excel shows; 0, FALSE and "" are results too, not blanks. */
describe("a formula cell reads as its cached result", () => {
  it.each([
    [0, 0],
    [12.5, 12.5],
    [false, false],
    ["达成", "达成"],
  ])("cached %p reads as %p", async (result, expected) => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("资金情况").getCell("B2").value = { formula: "SUM(C2:D2)", result } as ExcelJS.CellFormulaValue;
    const grids = await readWorkbookBuffer(new Uint8Array(await wb.xlsx.writeBuffer()), "合计.xlsx");
    expect(grids.sheets[0].values[1][1]).toBe(expected);
    expect(grids.sheets[0].untrustedFormulas).toBeUndefined();
  });

  it("a formula with no cached result (never calculated) reads as blank", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("资金情况").getCell("B2").value = { formula: "SUM(C2:D2)" } as ExcelJS.CellFormulaValue;
    const grids = await readWorkbookBuffer(new Uint8Array(await wb.xlsx.writeBuffer()), "合计.xlsx");
    expect(grids.sheets[0].values[1]?.[1] ?? null).toBeNull();
    expect(grids.sheets[0].untrustedFormulas).toEqual([{ row: 1, col: 1, reason: "no-result" }]);
  });
});
