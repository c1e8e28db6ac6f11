import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { WorkbookReadError, readWorkbookBuffer, readWorkbookFile } from "../../../src/hosts/xlsx";
import { oneSheetBytes } from "./helpers";

async function failure(run: () => Promise<unknown>): Promise<WorkbookReadError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookReadError);
    const e = error as WorkbookReadError;
    // One line a user can act on: no stack, no zip library wording.
    expect(e.message).not.toMatch(/\n/);
    expect(e.message).not.toMatch(/zip|central directory|End of data/i);
    return e;
  }
  throw new Error("expected a WorkbookReadError");
}

const read = (bytes: Uint8Array, name = "自评表.xlsx") => failure(() => readWorkbookBuffer(bytes, name));

/** Deterministic noise, so a failure reproduces. */
function noise(length: number, seed = 42): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  bytes[0] = 0x13; // not "PK" and not D0 CF
  return bytes;
}

const OLE2_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function ole2(extra: number[] = []): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(OLE2_HEADER, 0);
  bytes.set(extra, 1024);
  return bytes;
}

const NOT_XLSX = "文件“自评表.xlsx”不是有效的 Excel 工作簿（.xlsx），请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。";

describe("files that are not a readable .xlsx", () => {
  it("random bytes", async () => {
    const e = await read(noise(5000));
    expect(e.message).toBe(NOT_XLSX);
    expect(e.problem).toBe("not-xlsx");
    expect(e.file).toBe("自评表.xlsx");
  });

  it("a text file renamed .xlsx is told to be the .csv it is", async () => {
    const e = await read(new TextEncoder().encode("单位名称,评价年度\n丰都县总工会,2024\n"));
    expect(e.problem).toBe("csv");
    expect(e.message).toContain("CSV");
  });

  it("a text file of no table at all", async () => {
    const e = await read(new TextEncoder().encode("这不是工作簿"));
    expect(e.message).toBe(NOT_XLSX);
  });

  it("a PDF", async () => {
    const e = await read(new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"));
    expect(e.message).toBe(NOT_XLSX);
  });

  it("a .docx", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("word/document.xml", "<document/>");
    const e = await read(await zip.generateAsync({ type: "uint8array" }));
    expect(e.problem).toBe("docx");
    expect(e.message).toContain("Word 文档");
  });

  it("a complete zip whose workbook part ExcelJS cannot parse", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/workbook.xml", "<workbook><sheets><sheet name=");
    zip.file("xl/worksheets/sheet1.xml", "<<<");
    const e = await read(await zip.generateAsync({ type: "uint8array" }));
    expect(e.problem).toBe("damaged");
    expect(e.message).toContain("已损坏或不完整");
  });

  it("an empty file", async () => {
    const e = await read(new Uint8Array(0));
    expect(e.problem).toBe("empty");
    expect(e.message).toContain("“自评表.xlsx”");
    expect(e.message).toContain("空文件");
  });

  it("a truncated .xlsx", async () => {
    const whole = await oneSheetBytes((s) => {
      s.getCell("A1").value = "单位名称";
    });
    const e = await read(whole.slice(0, 2048));
    expect(e.problem).toBe("damaged");
    expect(e.message).toContain("“自评表.xlsx”");
    expect(e.message).toContain("已损坏或不完整");
    expect(e.message).toContain("另存为 .xlsx");
    expect(e.cause).toBeDefined();
  });

  it("a compound file that holds no workbook", async () => {
    const e = await read(ole2(), "旧表.xls");
    expect(e.problem).toBe("not-xlsx");
  });

  it("an old .xls", async () => {
    const workbookEntry = Array.from("Workbook").flatMap((ch) => [ch.charCodeAt(0), 0]);
    const e = await read(ole2([...workbookEntry, 0, 0]), "旧表.xls");
    expect(e.problem).toBe("old-xls");
    expect(e.message).toContain("“旧表.xls”");
    expect(e.message).toContain("旧版");
    expect(e.message).toContain(".xls");
    expect(e.message).toContain("另存为 .xlsx");
  });

  it("a password-protected .xlsx", async () => {
    const name = Array.from("EncryptedPackage").flatMap((ch) => [ch.charCodeAt(0), 0]);
    const e = await read(ole2(name));
    expect(e.problem).toBe("encrypted");
    expect(e.message).toContain("“自评表.xlsx”");
    expect(e.message).toContain("加密");
    expect(e.message).toContain("另存为 .xlsx");
  });
});

describe("readWorkbookFile", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "xlsx-read-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("names the file by its base name", async () => {
    const path = join(dir, "丰都县总工会2024.xlsx");
    await writeFile(path, await oneSheetBytes((s) => (s.getCell("A1").value = "单位名称")));
    const grids = await readWorkbookFile(path);
    expect(grids.fileName).toBe("丰都县总工会2024.xlsx");
    expect(grids.sheets[0].values).toEqual([["单位名称"]]);
  });

  it("says which path it could not find", async () => {
    const path = join(dir, "没有这个文件.xlsx");
    const e = await failure(() => readWorkbookFile(path));
    expect(e.problem).toBe("not-found");
    expect(e.message).toBe(`找不到文件“${path}”，请检查路径。`);
    expect(e.file).toBe(path);
  });

  it("reports a folder as unreadable", async () => {
    const e = await failure(() => readWorkbookFile(dir));
    expect(e.problem).toBe("unreadable");
    expect(e.message).toContain(dir);
  });

  it("carries the buffer's verdict with the base name", async () => {
    const path = join(dir, "改名.xlsx");
    await writeFile(path, "这不是工作簿");
    const e = await failure(() => readWorkbookFile(path));
    expect(e.message).toBe("文件“改名.xlsx”不是有效的 Excel 工作簿（.xlsx），请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。");
  });
});
