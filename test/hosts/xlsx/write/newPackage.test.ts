import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { SheetPlan } from "../../../../src/core/report/plan";
import { PlanError, writePlansToNewPackage, XlsxPackage } from "../../../../src/hosts/xlsx/write";
import { hasOpenpyxl, readWithOpenpyxl } from "../../../helpers/openpyxl";
import { outOfOrder } from "./schemaOrder";

/** A plan that uses every field of SheetPlan, with the texts a writer most easily gets wrong. */
function fullPlan(name = "汇总"): SheetPlan {
  return {
    name,
    cells: [
      { row: 1, col: 1, content: { kind: "text", text: "文件" }, style: "header" },
      { row: 1, col: 2, content: { kind: "text", text: "得分" }, style: "header" },
      { row: 1, col: 3, content: { kind: "text", text: "等级" }, style: "header" },
      { row: 2, col: 1, content: { kind: "text", text: '=HYPERLINK("http://evil","x")' } },
      { row: 2, col: 2, content: { kind: "number", value: 93.5 }, style: "score" },
      { row: 2, col: 3, content: { kind: "formula", formula: 'IF(B2>=90,"优","良")', cached: "优" } },
      { row: 3, col: 1, content: { kind: "text", text: "  前后空格 & <尖括号> \"引号\"\n第二行" } },
      // ST_Xstring (ECMA-376 Part 1, 22.9.2.19): a control character as _x0001_, a literal _x0041_ escaped as _x005F_x0041_.
      { row: 6, col: 1, content: { kind: "text", text: "_x0041_ \u0001" } },
      { row: 3, col: 2, content: { kind: "formula", formula: "B2*2", cached: 187 }, style: "score" },
      { row: 3, col: 3, content: { kind: "text", text: "+1" } },
      { row: 4, col: 1, content: { kind: "text", text: "@SUM(A1)" } },
      { row: 5, col: 1, content: { kind: "text", text: "合并" }, style: "header" },
      { row: 5, col: 2, content: { kind: "blank" }, style: "header" },
    ],
    merges: [{ top: 5, left: 1, bottom: 5, right: 3 }],
    styles: {
      header: { font: { name: "宋体", size: 11, bold: true }, fill: "DDEBF7", border: true, horizontal: "center", vertical: "middle", wrap: true },
      score: { font: { name: "宋体", size: 10 }, numberFormat: "0.00" },
      odd: { numberFormat: '0.0"分"' },
    },
    columnWidths: [30, 10, 8],
    columnStyles: [undefined, "odd"],
    rowHeights: { 1: 24, 9: 30 },
    print: {
      paperSize: "A4",
      orientation: "landscape",
      fitToWidth: 1,
      printTitleRows: "1:1",
      printArea: "A1:C5",
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      horizontalCentered: true,
      footer: "第 &P 页，共 &N 页",
    },
    frozenRows: 1,
    frozenCols: 1,
    showGridLines: false,
    autoFilter: "A1:C3",
    validations: [
      { ref: "C2:C100", type: "list", list: ["优", "良", "中", "差"], errorStyle: "warning", errorTitle: "请选择", error: "可选：优、良、中、差", promptTitle: "等级", prompt: "从下拉中选择" },
      { ref: "B2:B100", type: "decimal", min: 0, max: 100, error: "0 到 100" },
    ],
  };
}

let dir: string;
let path: string;
let bytes: Uint8Array;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "new-package-"));
  bytes = writePlansToNewPackage([fullPlan(), { ...fullPlan("问题清单"), autoFilter: undefined, frozenCols: 0 }]);
  path = join(dir, "汇总.xlsx");
  writeFileSync(path, bytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a fresh package from sheet plans", () => {
  it("holds the parts a workbook needs and no others, each in the schema's order", () => {
    const parts = unzipSync(bytes);
    expect(Object.keys(parts).sort()).toEqual(["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]);
    for (const name of ["xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) expect(outOfOrder(strFromU8(parts[name]))).toEqual([]);
  });

  it("writes text as text and formulas with their values", () => {
    const sheet = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);
    expect(sheet).toContain('<c r="A2" t="inlineStr"><is><t>=HYPERLINK(&quot;http://evil&quot;,&quot;x&quot;)</t></is></c>'.replace(/&quot;/g, '"'));
    expect(sheet).toContain('t="str"><f>IF(B2&gt;=90,"优","良")</f><v>优</v></c>');
    expect(sheet).toContain("<f>B2*2</f><v>187</v>");
    expect(sheet).toContain('<t>_x005F_x0041_ _x0001_</t>');
  });

  it("ExcelJS reads every field back", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "问题清单"]);
    const ws = wb.getWorksheet("汇总")!;
    expect(ws.getCell("A2").value).toBe('=HYPERLINK("http://evil","x")');
    expect(ws.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("C3").value).toBe("+1");
    expect(ws.getCell("A3").value).toBe('  前后空格 & <尖括号> "引号"\n第二行');
    expect(ws.getCell("C2").value).toMatchObject({ formula: 'IF(B2>=90,"优","良")', result: "优" });
    expect(ws.getCell("B3").value).toMatchObject({ formula: "B2*2", result: 187 });
    expect(ws.getCell("B2").numFmt).toBe("0.00");
    expect(ws.getCell("A1").font).toMatchObject({ name: "宋体", size: 11, bold: true });
    expect(ws.getCell("A1").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(ws.getCell("B5").border.top?.style).toBe("thin");
    expect(ws.getCell("A5").isMerged && ws.getCell("C5").master.address).toBe("A5");
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(2).numFmt).toBe('0.0"分"');
    expect(ws.getRow(1).height).toBe(24);
    expect(ws.getRow(9).height).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1, showGridLines: false });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true });
    expect(ws.headerFooter.oddFooter).toBe("&C第 &P 页，共 &N 页");
    expect(ws.getCell("C50").dataValidation).toMatchObject({ type: "list", formulae: ['"优,良,中,差"'], errorStyle: "warning", prompt: "从下拉中选择" });
    expect(ws.getCell("B7").dataValidation).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 100] });
  });

  (hasOpenpyxl() ? it : it.skip)("openpyxl reads it without a warning: print area and titles, autofilter, freeze, validations", () => {
    const view = readWithOpenpyxl(path, ["汇总", "问题清单"]);
    expect(view.warnings).toEqual([]);
    const s = view.detail["汇总"];
    expect(s.printArea).toEqual(["$A$1:$C$5"]);
    expect(s.printTitleRows).toBe("$1:$1");
    expect(s.autoFilter).toBe("A1:C3");
    expect(s.freeze).toBe("B2");
    expect(s.merged).toEqual(["A5:C5"]);
    expect(s.cells.A4).toEqual(["@SUM(A1)", "s", "General"]);
    expect(s.cells.C2[1]).toBe("f");
    expect(s.validations.map((v) => v[0]).sort()).toEqual(["B2:B100", "C2:C100"]);
    expect(view.detail["问题清单"].freeze).toBe("A2");
  });

  it("refuses a plan Excel would have to repair, rather than writing it", () => {
    const long = { ...fullPlan(), validations: [{ ref: "A1", type: "list" as const, list: ["x".repeat(300)] }] };
    expect(() => writePlansToNewPackage([long])).toThrow(PlanError);
    const unknownStyle = { ...fullPlan(), cells: [{ row: 1, col: 1, content: { kind: "number" as const, value: 1 }, style: "nope" }] };
    expect(() => writePlansToNewPackage([unknownStyle])).toThrow(PlanError);
  });
});

describe("renaming a sheet", () => {
  it("changes workbook.xml only, the defined names that refer to it included", () => {
    const pkg = XlsxPackage.open(bytes);
    pkg.renameSheet("汇总", "汇总（修改前）");
    const renamed = unzipSync(pkg.toBytes());
    const original = unzipSync(bytes);
    for (const n of Object.keys(original).filter((x) => x !== "xl/workbook.xml")) expect(Buffer.compare(Buffer.from(renamed[n]), Buffer.from(original[n]))).toBe(0);
    const wb = strFromU8(renamed["xl/workbook.xml"]);
    expect(wb).toContain('<sheet name="汇总（修改前）"');
    expect(wb).toContain("'汇总（修改前）'!$A$1:$C$5");
    expect(wb).not.toContain("'汇总'!");
    expect(() => pkg.renameSheet("问题清单", "汇总（修改前）")).toThrow();
  });
});

describe("a package whose workbook and styles use a prefix for SpreadsheetML (x:workbook, as some producers write)", () => {
  it("gets the new sheet's elements under the same prefix, and openpyxl reads them", () => {
    const prefixed = (xml: string) =>
      xml
        .replace(/<(\/?)([A-Za-z]+)([\s>/])/g, (m, slash: string, name: string, after: string) => (name === "xml" ? m : `<${slash}x:${name}${after}`))
        .replace(' xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', ' xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"');
    const files = unzipSync(writePlansToNewPackage([fullPlan()]));
    files["xl/workbook.xml"] = strToU8(prefixed(strFromU8(files["xl/workbook.xml"])));
    files["xl/styles.xml"] = strToU8(prefixed(strFromU8(files["xl/styles.xml"])));
    const pkg = XlsxPackage.open(zipSync(files));
    pkg.putSheet({ ...fullPlan("第二张"), styles: { ...fullPlan().styles, extra: { font: { name: "黑体", size: 12, bold: true } } } });
    const out = unzipSync(pkg.toBytes());
    const wb = strFromU8(out["xl/workbook.xml"]);
    expect(wb).toContain('<x:sheet name="第二张" sheetId="2" r:id="rId3"/>');
    expect(wb).toMatch(/<x:definedNames>.*<x:definedName name="_xlnm.Print_Area" localSheetId="1">'第二张'!\$A\$1:\$C\$5<\/x:definedName>/);
    expect(strFromU8(out["xl/styles.xml"])).toContain("<x:font><x:b/><x:sz val=\"12\"/><x:name val=\"黑体\"/><x:charset val=\"134\"/></x:font>");
    expect(outOfOrder(wb)).toEqual([]);
    if (!hasOpenpyxl()) return;
    const path2 = join(dir, "prefixed.xlsx");
    writeFileSync(path2, pkg.toBytes());
    const view = readWithOpenpyxl(path2, ["第二张"]);
    expect(view.sheets).toEqual(["汇总", "第二张"]);
    expect(view.detail["第二张"].cells.B2).toEqual([93.5, "n", "0.00"]);
  });
});
