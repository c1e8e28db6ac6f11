/**
 * Damaged .xlsx files, each built here from a good one: every one gives a finding (it evaluates) or one clear Chinese
 * line (WorkbookReadError / WorkbookInputError), never a crash or a hang.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { evaluateGrids } from "../../src/core/evaluate";
import { WorkbookInputError } from "../../src/core/read/inputError";
import { WorkbookReadError } from "../../src/hosts/xlsx/errors";
import { readWorkbookBuffer } from "../../src/hosts/xlsx/readGrids";
import { buildReportWorkbook } from "../../src/hosts/xlsx/writeReport";

const EXAMPLE = readFileSync(join(__dirname, "../../assets/examples/丰都县总工会2024.xlsx"));
/** In the example: 基本信息, 资金情况, 绩效指标. */
const INDICATOR_SHEET = "xl/worksheets/sheet3.xml";

async function edited(edit: (zip: JSZip) => void | Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(EXAMPLE);
  await edit(zip);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

type Outcome = { evaluated: true; findings: number } | { evaluated: false; error: Error };

/** Read and evaluate as the command does; a crash (any other exception) fails the test by propagating. */
async function outcome(bytes: Uint8Array): Promise<Outcome> {
  try {
    const ev = evaluateGrids(await readWorkbookBuffer(bytes, "损坏.xlsx"));
    return { evaluated: true, findings: ev.findings.length };
  } catch (e) {
    if (e instanceof WorkbookReadError || e instanceof WorkbookInputError) return { evaluated: false, error: e };
    throw e;
  }
}

async function readError(bytes: Uint8Array): Promise<WorkbookReadError> {
  const o = await outcome(bytes);
  if (o.evaluated || !(o.error instanceof WorkbookReadError)) throw new Error(`expected a WorkbookReadError, got ${JSON.stringify(o)}`);
  expect(o.error.message).toContain("“损坏.xlsx”");
  expect(o.error.message).not.toMatch(/\n|zip|sax|undefined/i);
  return o.error;
}

describe("a truncated zip", () => {
  it.each([64, 512, 4096, 0.5, 0.9, -22, -1])("cut at %p is reported as damaged", async (cut) => {
    const at = cut > 0 && cut < 1 ? Math.floor(EXAMPLE.length * cut) : cut < 0 ? EXAMPLE.length + cut : cut;
    expect((await readError(new Uint8Array(EXAMPLE.subarray(0, at)))).problem).toBe("damaged");
  });
});

describe("wrong content types", () => {
  // ExcelJS finds the parts by their relationships, not by [Content_Types].xml, so the workbook is still read whole.
  it.each([
    ["missing", (z: JSZip) => void z.remove("[Content_Types].xml")],
    ["garbage", (z: JSZip) => void z.file("[Content_Types].xml", "<<<not xml")],
    ["every part declared text/plain", (z: JSZip) => void z.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="text/plain"/></Types>')],
  ])("%s: the workbook is still evaluated", async (_what, edit) => {
    expect(await outcome(await edited(edit))).toEqual({ evaluated: true, findings: expect.any(Number) });
  });
});

describe("garbage sheet XML", () => {
  it.each([
    ["binary noise", "\u0000\u0001<<<>>>&&&"],
    ["cut in the middle of a row", (xml: string) => xml.slice(0, Math.floor(xml.length / 2))],
    ["another root element", '<?xml version="1.0"?><foo><bar/></foo>'],
    ["nothing at all", ""],
  ])("%s is reported as damaged", async (_what, content) => {
    const bytes = await edited(async (z) => {
      const xml = await z.file(INDICATOR_SHEET)!.async("string");
      z.file(INDICATOR_SHEET, typeof content === "function" ? content(xml) : content);
    });
    expect((await readError(bytes)).problem).toBe("damaged");
  });

  it("a cell pointing past the shared strings, a cell of nonsense and a cell at XFD1048576 still evaluate", async () => {
    const bytes = await edited(async (z) => {
      const xml = await z.file(INDICATOR_SHEET)!.async("string");
      const odd = '<row r="1048576"><c r="A1048576" t="s"><v>999999</v></c><c r="B1048576" t="n"><v>abc</v></c><c r="XFD1048576" t="e"><v>#BOGUS!</v></c></row>';
      z.file(INDICATOR_SHEET, xml.replace("</sheetData>", `${odd}</sheetData>`));
    });
    const o = await outcome(bytes);
    expect(o.evaluated || o.error instanceof WorkbookReadError).toBe(true);
  });

  it("a workbook whose relationships part is lost is damaged, not a workbook without sheets", async () => {
    const e = await readError(await edited((z) => void z.remove("xl/_rels/workbook.xml.rels")));
    expect(e.problem).toBe("damaged");
  });
});

/** Rows first+1 … 1,048,576 appended to the indicator sheet, each made by `row`. */
async function withFormattedRows(row: (r: number) => string): Promise<Uint8Array> {
  return edited(async (z) => {
    const xml = await z.file(INDICATOR_SHEET)!.async("string");
    const last = Math.max(...[...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
    const rows: string[] = [];
    for (let r = last + 1; r <= 1_048_576; r++) rows.push(row(r));
    z.file(INDICATOR_SHEET, xml.replace("</sheetData>", `${rows.join("")}</sheetData>`).replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:L1048576"/>'));
  });
}

describe("a sheet of 1,048,576 empty but formatted rows", () => {
  // Without the trim, ExcelJS builds an object per row: seconds and a gigabyte for bare rows, several gigabytes with
  // formatted cells. The generous timeouts only keep a regression from hanging the suite; they assert no speed.
  it("bare formatted rows: evaluates to the same result as the example, and its report is written", async () => {
    const bytes = await withFormattedRows((r) => `<row r="${r}" spans="1:12" s="1" customFormat="1" ht="15"/>`);
    const plain = evaluateGrids(await readWorkbookBuffer(EXAMPLE, "损坏.xlsx"));
    const ev = evaluateGrids(await readWorkbookBuffer(bytes, "损坏.xlsx"));
    expect(ev.units).toEqual(plain.units);
    // The copy is the package itself with the report added: the million rows stay as they are, never loaded into a model.
    const report = await buildReportWorkbook(bytes, ev);
    expect(report).toMatchObject({ standalone: false, sheetName: "自评报告" });
  }, 120_000);

  it("rows of formatted empty cells: evaluates to the same result as the example", async () => {
    const bytes = await withFormattedRows((r) => `<row r="${r}"><c r="A${r}" s="1"/><c r="B${r}" s="1"/><c r="C${r}" s="1"></c></row>`);
    const plain = evaluateGrids(await readWorkbookBuffer(EXAMPLE, "损坏.xlsx"));
    expect(evaluateGrids(await readWorkbookBuffer(bytes, "损坏.xlsx")).units).toEqual(plain.units);
  }, 120_000);
});
