import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { run } from "../../../../src/cli/main";
import { REPORT_MARKER } from "../../../../src/core/report/marker";
import { scanXml } from "../../../../src/hosts/xlsx/write/scan";
import { readCachedValues, recalculate, sofficePath, SOFFICE_MISSING } from "../../../helpers/libreoffice";
import { hasOpenpyxl, readWithOpenpyxl } from "../../../helpers/openpyxl";
import { outOfOrder } from "./schemaOrder";

/**
 * Issue 15, "done when": --out keeps every part of the user's package it does not have to change, byte for byte after
 * decompression, on workbooks made by a real writer (scripts/fixtures/make-rich-workbooks.py: xlsxwriter, plus the
 * parts it has no API for added as WPS and Excel write them): a chart sheet, a picture, a WPS cell picture, a protected
 * sheet, workbook structure protection, a password to modify, custom properties, and in the .xlsm a VBA project.
 */
const FIXTURES = resolve(__dirname, "../../../fixtures/packages");
const EDITED = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "keeps-parts-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function evaluateOut(input: string, out: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await run([input, "--out", out], (s) => (stdout += s + "\n"), (s) => (stderr += s + "\n"));
  return { code, stdout, stderr };
}

const parts = (path: string) => unzipSync(new Uint8Array(readFileSync(path)));
const text = (files: Record<string, Uint8Array>, name: string) => strFromU8(files[name]);

/** The output's text with the given inserted elements cut out again. */
function without(xml: string, locals: string[], keep: (attrs: Map<string, string>) => boolean = () => false): string {
  const cut = scanXml(xml)
    .filter((e) => locals.includes(e.local) && !keep(e.attrs))
    .filter((e, _, all) => !all.some((o) => o !== e && o.start <= e.start && o.end >= e.end && locals.includes(o.local)));
  let out = xml;
  for (const e of cut.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + out.slice(e.end);
  return out;
}

describe.each([
  ["rich.xlsx", "带报告.xlsx"],
  ["rich.xlsm", "带报告.xlsm"],
])("--out on %s", (fixture, outName) => {
  let input: string;
  let out: string;
  let before: Record<string, Uint8Array>;
  let after: Record<string, Uint8Array>;
  let newPart: string;
  beforeAll(async () => {
    input = join(dir, fixture);
    copyFileSync(join(FIXTURES, fixture), input);
    out = join(dir, `${fixture}-${outName}`);
    const result = await evaluateOut(input, out);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    before = parts(input);
    after = parts(out);
    newPart = Object.keys(after).filter((n) => !(n in before))[0];
  });

  it("adds exactly one part, the report's worksheet, and drops none", () => {
    expect(Object.keys(after).filter((n) => !(n in before))).toEqual([newPart]);
    expect(newPart).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
    expect(Object.keys(before).filter((n) => !(n in after))).toEqual([]);
  });

  it("keeps every other part byte for byte: sheets, chart, drawings, pictures, WPS cell pictures, VBA, properties", () => {
    const untouched = Object.keys(before).filter((n) => !EDITED.includes(n));
    expect(untouched).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/cellimages.xml", "xl/media/image1.png", "xl/media/wpsimage1.png", "docProps/custom.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"]));
    if (fixture.endsWith(".xlsm")) expect(untouched).toContain("xl/vbaProject.bin");
    const changed = untouched.filter((n) => Buffer.compare(Buffer.from(before[n]), Buffer.from(after[n])) !== 0);
    expect(changed).toEqual([]);
  });

  it("workbook.xml: only the report's <sheet> and its print titles added; protection and the password to modify as they were", () => {
    const wb = text(after, "xl/workbook.xml");
    expect(wb).toContain('<fileSharing readOnlyRecommended="1" userName="张会计" reservationPassword="CC3D"/>');
    expect(wb).toContain('<workbookProtection lockStructure="1" workbookPassword="CE4B"/>');
    expect(without(wb, ["definedNames"]).replace(/<sheet name="自评报告"[^>]*\/>/, "")).toBe(text(before, "xl/workbook.xml"));
    expect(outOfOrder(wb)).toEqual([]);
  });

  it("rels and content types: one relationship and one override more, the rest as it was", () => {
    const rels = text(after, "xl/_rels/workbook.xml.rels");
    expect(without(rels, ["Relationship"], (a) => a.get("Target") !== newPart.replace("xl/", ""))).toBe(text(before, "xl/_rels/workbook.xml.rels"));
    const types = text(after, "[Content_Types].xml");
    expect(without(types, ["Override"], (a) => a.get("PartName") !== `/${newPart}`)).toBe(text(before, "[Content_Types].xml"));
    // An .xlsm stays an .xlsm.
    const macro = fixture.endsWith(".xlsm");
    expect(types.includes("application/vnd.ms-excel.sheet.macroEnabled.main+xml")).toBe(macro);
  });

  it("styles.xml: the user's fonts, fills, borders, formats and cell formats keep their indices; the report's come after", () => {
    const list = (xml: string, parent: string, child: string) => {
      const els = scanXml(xml);
      const p = els.find((e) => e.local === parent);
      return p ? els.filter((e) => e.parent === p && e.local === child).map((e) => xml.slice(e.start, e.end)) : [];
    };
    const old = text(before, "xl/styles.xml");
    const now = text(after, "xl/styles.xml");
    for (const [parent, child] of [["fonts", "font"], ["fills", "fill"], ["borders", "border"], ["cellXfs", "xf"], ["numFmts", "numFmt"], ["cellStyleXfs", "xf"], ["dxfs", "dxf"]]) {
      const o = list(old, parent, child);
      expect(list(now, parent, child).slice(0, o.length)).toEqual(o);
    }
    expect(list(now, "cellXfs", "xf").length).toBeGreaterThan(list(old, "cellXfs", "xf").length);
    const formats = scanXml(now).filter((e) => e.local === "numFmt").map((e) => Number(e.attrs.get("numFmtId")));
    expect(new Set(formats).size).toBe(formats.length);
    expect(outOfOrder(now)).toEqual([]);
  });

  it("the report's part follows CT_Worksheet's order and writes its text as text", () => {
    const sheet = text(after, newPart);
    expect(outOfOrder(sheet)).toEqual([]);
    expect(sheet).not.toMatch(/<f>[^<]*<\/f><\/c>/); // every formula carries its value
  });

  it("ExcelJS reads it back: the user's sheets and the report with its marker", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["基本信息", "资金情况", "绩效指标", "照片", "自评报告"]);
    expect(String(wb.getWorksheet("自评报告")!.getCell("A2").value)).toContain(REPORT_MARKER);
  });

  (hasOpenpyxl() ? it : it.skip)("openpyxl reads it back without a warning, print titles included", () => {
    const view = readWithOpenpyxl(out, ["自评报告"]);
    expect(view.sheets).toEqual(["基本信息", "资金情况", "绩效指标", "照片", "执行率图", "自评报告"]);
    expect(view.warnings).toEqual([]);
    expect(view.detail["自评报告"].printTitleRows).toBe("$1:$1");
    expect(String(view.detail["自评报告"].cells.A2[0])).toContain(REPORT_MARKER);
  });

  it("run again on its own output, the report is replaced in place: same part, same tab, nothing appended twice", async () => {
    const again = join(dir, `${fixture}-again${outName.slice(-5)}`);
    expect((await evaluateOut(out, again)).code).toBe(0);
    const third = parts(again);
    expect(Object.keys(third).sort()).toEqual(Object.keys(after).sort());
    for (const n of Object.keys(before).filter((x) => !EDITED.includes(x))) expect(Buffer.compare(Buffer.from(third[n]), Buffer.from(before[n]))).toBe(0);
    expect(text(third, "xl/styles.xml")).toBe(text(after, "xl/styles.xml"));
    expect(text(third, "xl/workbook.xml")).toBe(text(after, "xl/workbook.xml"));
  });
});

describe("--out on an .xlsm under an .xlsx name", () => {
  it("is refused: Excel does not open macro content under .xlsx", async () => {
    const input = join(dir, "宏.xlsm");
    copyFileSync(join(FIXTURES, "rich.xlsm"), input);
    const result = await evaluateOut(input, join(dir, "宏-报告.xlsx"));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("须以 .xlsm 为扩展名");
  });
});

const lo = process.env.SKIP_LIBREOFFICE === "1" ? describe.skip : describe;
lo("LibreOffice on the --out of rich.xlsx", () => {
  it("opens it and recalculates the report to the values it stores", async () => {
    if (!sofficePath()) throw new Error(SOFFICE_MISSING);
    const input = join(dir, "lo.xlsx");
    copyFileSync(join(FIXTURES, "rich.xlsx"), input);
    const out = join(dir, "lo-out.xlsx");
    expect((await evaluateOut(input, out)).code).toBe(0);
    const data = new Uint8Array(readFileSync(out));
    const ours = await readCachedValues(data);
    const theirs = await readCachedValues(await recalculate(data));
    const formulas = [...ours].filter(([key, c]) => key.startsWith("自评报告!") && c.formula);
    expect(formulas.length).toBeGreaterThan(10);
    const blank = (v: unknown) => v === "" || v === null || v === undefined;
    const differ = formulas.filter(([key, c]) => {
      const v = theirs.get(key)?.value;
      if (blank(v) && blank(c.value)) return false;
      return typeof v === "number" && typeof c.value === "number" ? Math.abs(v - c.value) > 1e-9 : v !== c.value;
    });
    expect(differ).toEqual([]);
  }, 180_000);
});
