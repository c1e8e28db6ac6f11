/**
 * The example workbook as other programs and habits write it (test/fixtures/files/, made by make/make.ts with
 * LibreOffice, openpyxl, xlsxwriter, Apache POI, ExcelJS and hand-built XML): each is read as Excel shows it — the same
 * values, with their formats, the formulas whose results cannot be trusted, what is hidden — and scored as the example
 * is. The score and findings asserted are the ones that do not depend on formats or on untrusted formulas.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { toJson } from "../../../src/core/output/json";
import { evaluateGrids } from "../../../src/core/evaluate";
import type { SheetGrid, WorkbookGrids } from "../../../src/core/grid";
import { readWorkbookBuffer } from "../../../src/hosts/xlsx/readGrids";

const DIR = join(__dirname, "../../fixtures/files");
const EXAMPLE = join(__dirname, "../../../assets/examples/丰都县总工会2024.xlsx");

const read = (name: string, as = name) => readWorkbookBuffer(readFileSync(name === "example" ? EXAMPLE : join(DIR, name)), as);
const sheet = (g: WorkbookGrids, name: string): SheetGrid => {
  const found = g.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name} in ${g.sheets.map((s) => s.name).join(", ")}`);
  return found;
};
const findingsOf = (g: WorkbookGrids) => evaluateGrids(g).findings.map((f) => `${f.code}@${f.sheet ?? ""}!${f.cell ?? ""}`);

let example: WorkbookGrids;
beforeAll(async () => {
  example = await read("example");
});

describe("the example itself (ExcelJS)", () => {
  it("scores 100 (优) with its seven warnings: three approximate values, three vague targets, one copied target", () => {
    const ev = evaluateGrids(example);
    expect(ev.units.map((u) => [u.score, u.grade])).toEqual([[100, "优"]]);
    expect(ev.findings.map((f) => f.code).sort()).toEqual(
      ["actual-copies-target", "approximate-value", "approximate-value", "approximate-value", "vague-wording", "vague-wording", "vague-wording"].sort(),
    );
  });

  it("gives each number its format code: 万元 as #,##0.00, 执行率 as 0.00%", () => {
    const funds = sheet(example, "资金情况");
    expect(funds.values[1].slice(2, 8)).toEqual([324.88, 324.88, 324.88, 10, 1, 10]);
    expect(funds.formats?.[1].slice(2, 8)).toEqual(["#,##0.00", "#,##0.00", "#,##0.00", null, "0.00%", "0.00"]);
    expect(funds.untrustedFormulas).toBeUndefined();
  });
});

/** Same cells, same score, same findings as the example. */
async function expectSameAsExample(g: WorkbookGrids, sheets = ["基本信息", "资金情况", "绩效指标"]) {
  for (const name of sheets) expect(sheet(g, name).values).toEqual(sheet(example, name).values);
  // The figures and scores as the JSON gives them: a cell's display text may differ where this writer gave a cell a
  // number format the example's writer did not (300 shown as 300.00), its meaning may not.
  expect(toJson(evaluateGrids(g)).units).toEqual(toJson(evaluateGrids(example)).units);
  expect(findingsOf(g)).toEqual(findingsOf(example));
}

describe("written by other programs", () => {
  it("LibreOffice's .xlsx reads as the example, formats included", async () => {
    const g = await read("libreoffice.xlsx");
    await expectSameAsExample(g);
    expect(sheet(g, "资金情况").formats?.[1][6]).toBe("0.00%");
  });

  it("openpyxl: formulas stored without a result are blank and untrusted; notes, a table, a data validation and a 40-character sheet name are no trouble", async () => {
    const g = await read("openpyxl.xlsx");
    const funds = sheet(g, "资金情况");
    expect(funds.values[1].slice(6, 8)).toEqual([null, null]);
    expect(funds.untrustedFormulas).toEqual([
      { row: 1, col: 6, reason: "no-result" },
      { row: 1, col: 7, reason: "no-result" },
    ]);
    expect(g.sheets.map((s) => s.name)).toEqual(["基本信息", "资金情况", "绩效指标", "关于丰都县总工会2024年度部门整体支出绩效自评情况的补充说明材料"]);
    expect(sheet(g, "绩效指标").values).toEqual(sheet(example, "绩效指标").values);
    expect(evaluateGrids(g).units.map((u) => u.score)).toEqual([100]);
  });

  it("xlsxwriter: fullCalcOnLoad makes every formula untrusted, its 0 placeholders included; zh-CN date ids 31 and 57 read as dates; the hidden sheet and row are marked", async () => {
    const g = await read("xlsxwriter.xlsx");
    const funds = sheet(g, "资金情况");
    expect(funds.values[1].slice(6, 8)).toEqual([0, 0]);
    expect(funds.formats?.[1][6]).toBe("0.00%");
    expect(funds.untrustedFormulas).toEqual([
      { row: 1, col: 6, reason: "full-calc-on-load" },
      { row: 1, col: 7, reason: "full-calc-on-load" },
    ]);
    const info = sheet(g, "基本信息");
    // 2025-03-15 and 2024-12-01 as serials of the 1900 system.
    expect(info.values.slice(11)).toEqual([
      ["填报日期", 45731],
      ["评价期间", 45627],
    ]);
    expect(info.formats?.slice(11).map((r) => r[1])).toEqual(['yyyy"年"m"月"d"日"', 'yyyy"年"m"月"']);
    expect(sheet(g, "旧版绩效指标").hidden).toBe(true);
    expect(sheet(g, "绩效指标").hiddenRows).toEqual([20]);
    expect(evaluateGrids(g).units.map((u) => u.score)).toEqual([100]);
    expect(findingsOf(g)).toEqual(expect.arrayContaining(findingsOf(example)));
  });
});

describe("hand-built packages (no writer here makes them)", () => {
  it("Excel Strict: other namespaces, ISO dates (t=\"d\") become serials, with a date format where the style has none", async () => {
    const g = await read("strict.xlsx");
    await expectSameAsExample({ ...g, sheets: g.sheets.map((s) => (s.name === "基本信息" ? { ...s, values: s.values.slice(0, 11) } : s)) });
    const info = sheet(g, "基本信息");
    expect(info.values.slice(11)).toEqual([
      ["填报日期", 45731],
      ["审核日期", 45736],
    ]);
    expect(info.formats?.slice(11).map((r) => r[1])).toEqual(["yyyy-mm-dd", 'yyyy"年"m"月"d"日"']);
  });

  it("a .NET Open XML SDK export: every element x:-prefixed", async () => {
    await expectSameAsExample(await read("dotnet-prefixed.xlsx"));
  });

  it("inline strings, rich text (its pinyin guide left out) and t=\"str\" text", async () => {
    const g = await read("inline-strings.xlsx");
    await expectSameAsExample(g);
    expect(sheet(g, "绩效指标").values[1][3]).toBe("慰问困难职工人次");
  });

  it("a WPS cell picture (=DISPIMG) is an image: blank, not the formula's text, and not an untrusted formula", async () => {
    const g = await read("wps-cellimages.xlsx");
    await expectSameAsExample(g);
    expect(sheet(g, "绩效指标").untrustedFormulas).toBeUndefined();
  });

  it("zh-CN built-in date ids without a <numFmt> resolve to their codes", async () => {
    const info = sheet(await read("zhcn-date-ids.xlsx"), "基本信息");
    expect(info.values.slice(11).map((r) => r[1])).toEqual([45731, 45627, 45736, 45737]);
    expect(info.formats?.slice(11).map((r) => r[1])).toEqual(['yyyy"年"m"月"d"日"', 'yyyy"年"m"月"', 'yyyy"年"m"月"', 'm"月"d"日"']);
  });

  it("the 1904 date system is flagged and its serials kept as stored", async () => {
    const g = await read("date1904.xlsx");
    expect(g.date1904).toBe(true);
    expect(sheet(g, "基本信息").values[11]).toEqual(["填报日期", 44269]);
    expect(example.date1904).toBeUndefined();
  });

  it("hidden and very hidden sheets are marked, a chartsheet is skipped, a hidden row and column are listed", async () => {
    const g = await read("hidden-parts.xlsx");
    expect(g.sheets.map((s) => [s.name, !!s.hidden])).toEqual([
      ["基本信息", false],
      ["资金情况", false],
      ["绩效指标", false],
      ["旧绩效指标", true],
      ["内部", true],
    ]);
    expect(sheet(g, "绩效指标").hiddenRows).toEqual([18]);
    expect(sheet(g, "绩效指标").hiddenCols).toEqual([11]);
    // The hidden 旧绩效指标 could be the same table: the visible, plainly named one is used, and a warning says so.
    const ambiguous = evaluateGrids(g).findings.filter((f) => f.code === "sheet-ambiguous");
    expect(ambiguous.map((f) => f.message)).toEqual([expect.stringMatching(/“绩效指标”和“旧绩效指标”.*已使用“绩效指标”/)]);
    const rest = { ...g, sheets: g.sheets.filter((s) => s.name !== "旧绩效指标") };
    await expectSameAsExample(rest);
  });

  it("an .xlsm's macro sheet is skipped", async () => {
    const g = await read("macro-sheet.xlsm");
    expect(g.sheets.map((s) => s.name)).toEqual(["基本信息", "资金情况", "绩效指标"]);
    await expectSameAsExample(g);
  });

  it("a <dimension> that says A1, and rows and cells without r attributes", async () => {
    await expectSameAsExample(await read("wrong-dimension.xlsx"));
  });
});

/** Files a department sends instead of an .xlsx: each told apart by its bytes, with one Chinese line saying what to do. */
describe("other files", () => {
  it.each([
    ["libreoffice.xls", "libreoffice.xls", "old-xls", "旧版 Excel 97-2003"],
    ["libreoffice.xls", "丰都.et", "wps-et", "WPS 表格"],
    ["poi-encrypted.xls", "poi-encrypted.xls", "encrypted-xls", "打开密码"],
    ["poi-encrypted.xlsx", "poi-encrypted.xlsx", "encrypted", "打开密码"],
    ["libreoffice.ods", "libreoffice.ods", "ods", "OpenDocument"],
    ["libreoffice.csv", "libreoffice.csv", "csv", "CSV"],
    ["utf8-bom.csv", "utf8-bom.csv", "csv", "CSV"],
    ["gb18030.csv", "gb18030.csv", "csv", "CSV"],
    ["system-export.xls", "system-export.xls", "html-table", "网页表格"],
    ["sent-as.zip", "sent-as.zip", "zip-archive", "请先解压"],
    ["no-workbook.zip", "no-workbook.zip", "zip-archive", "没有 .xlsx"],
    ["report.docx", "report.docx", "docx", "Word 文档"],
    ["~$丰都.xlsx", "~$丰都.xlsx", "lock-file", "“丰都.xlsx”本身"],
  ])("%s named %s: %s", async (file, as, problem, says) => {
    const e = await read(file, as).then(
      () => null,
      (err: unknown) => err as { problem: string; message: string },
    );
    expect(e?.problem).toBe(problem);
    expect(e?.message).toContain(`“${as}”`);
    expect(e?.message).toContain(says);
    expect(e?.message).not.toMatch(/\n|损坏/);
  });

  it("names the workbook a zip holds", async () => {
    const e = await read("sent-as.zip").catch((err: unknown) => err as { detail: { workbooksInside: string[] } });
    expect(e).toMatchObject({ detail: { workbooksInside: ["丰都县总工会2024.xlsx"] } });
  });
});
