import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { copyNote, createFileHost } from "../../../src/hosts/browser/fileHost";
import { resultFileName } from "../../../src/hosts/browser/fileNames";
import { HostError, type EvaluationProgress } from "../../../src/hosts/host";
import { buildMessyTwin, toBuffer } from "../../fixtures/workbooks";

const EXAMPLE = "丰都县总工会2024.xlsx";
const exampleBytes = () => {
  const b = readFileSync(join(__dirname, "../../../assets/examples", EXAMPLE));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

async function sheetNames(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb.worksheets.map((w) => w.name);
}

describe("the file host: a workbook chosen in a browser tab", () => {
  it("scores the bundled example as the command line does (100.00 分, 优) and gives it back with its 自评报告", async () => {
    const host = createFileHost({ storage: memoryStorage() });
    await host.openFile({ name: EXAMPLE, bytes: exampleBytes() });
    const steps: EvaluationProgress[] = [];
    const outcome = await host.evaluate({ onProgress: (p) => steps.push(p) });

    expect(outcome.overall.score).toBe(100);
    expect(outcome.overall.grade).toBe("优");
    expect(outcome.overall.executionRate).toBe(1);
    expect(outcome.reportSheet).toBe("自评报告");
    expect(steps.map((s) => s.step)).toEqual(["read", "evaluate", "write", "write"]);
    expect(steps.at(-1)?.fraction).toBe(1);

    const result = await host.resultFile();
    expect(result.name).toBe("丰都县总工会2024-自评报告.xlsx");
    const names = await sheetNames(result.bytes);
    expect(names).toEqual(expect.arrayContaining(["基本信息", "资金情况", "绩效指标", "自评报告"]));
  });

  it("reads a messy workbook (title rows, merged cells, full-width figures)", async () => {
    const host = createFileHost({ storage: memoryStorage() });
    const bytes = await toBuffer(buildMessyTwin());
    await host.openFile({ name: "messy.xlsx", bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
    const outcome = await host.evaluate({});
    expect(outcome.evaluation.units.length).toBeGreaterThan(0);
    expect(outcome.overall.score).toBeGreaterThan(0);
  });

  it("uses the rules the pane chose over 基本信息's", async () => {
    const host = createFileHost({ storage: memoryStorage() });
    await host.openFile({ name: EXAMPLE, bytes: exampleBytes() });
    expect((await host.evaluate({ rules: "四川" })).evaluation.profile).toBe("四川");
  });

  describe("一键评分 after the user fixed the file", () => {
    const messy = async () => {
      const b = await toBuffer(buildMessyTwin());
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    };

    it("reads the file again through its handle on every click, so the fixed file is scored", async () => {
      const host = createFileHost({ storage: memoryStorage() });
      let onDisk = await messy();
      const reread = jest.fn(async () => onDisk);
      await host.openFile({ name: EXAMPLE, bytes: onDisk, reread, live: true });
      const before = await host.evaluate({});
      expect(before.overall.score).not.toBe(100);
      onDisk = exampleBytes(); // saved in Excel or WPS meanwhile
      const after = await host.evaluate({});
      expect(reread).toHaveBeenCalledTimes(2);
      expect(after.overall.score).toBe(100);
      expect(after.notes).toEqual([]);
    });

    it("without a handle, says the result is of the copy read at that time and how to choose it again", async () => {
      const host = createFileHost({ storage: memoryStorage(), now: () => new Date(2026, 11, 1, 14, 5) });
      const bytes = exampleBytes();
      await host.openFile({ name: EXAMPLE, bytes, reread: async () => bytes, live: false });
      const outcome = await host.evaluate({});
      expect(outcome.notes).toEqual([copyNote(EXAMPLE, new Date(2026, 11, 1, 14, 5))]);
      expect(outcome.notes[0]).toContain("14:05 读取的“丰都县总工会2024.xlsx”");
      expect(outcome.notes[0]).toContain("请点「选择 .xlsx 文件」重新选择");
    });

    it("without a handle, scores what the browser re-reads when it did read the changed file", async () => {
      const host = createFileHost({ storage: memoryStorage() });
      let current = await messy();
      await host.openFile({ name: EXAMPLE, bytes: current, reread: async () => current, live: false });
      current = exampleBytes();
      expect((await host.evaluate({})).overall.score).toBe(100);
    });

    it("says so when the browser refuses to read a changed file again (Chromium's NotReadableError), and keeps no stale result", async () => {
      const host = createFileHost({ storage: memoryStorage() });
      await host.openFile({
        name: EXAMPLE,
        bytes: exampleBytes(),
        reread: () => Promise.reject(new DOMException("The requested file could not be read", "NotReadableError")),
        live: false,
      });
      const failure = host.evaluate({});
      await expect(failure).rejects.toThrow("文件“丰都县总工会2024.xlsx”在选择之后已被修改、移动或删除，浏览器不允许本页再次读取它。请点「选择 .xlsx 文件」重新选择它，再点「一键评分」。");
      await expect(host.resultFile()).rejects.toThrow("还没有评分结果");
    });
  });

  it("tells a file that is not an .xlsx by its bytes, with a message naming it, as soon as it is chosen", async () => {
    const host = createFileHost({ storage: memoryStorage() });
    const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, "../../fixtures/files", name))).buffer as ArrayBuffer;
    await expect(host.openFile({ name: "说明.docx", bytes: fixture("report.docx") })).rejects.toThrow("文件“说明.docx”是 Word 文档（.docx），不是 Excel 工作簿，请选择绩效自评的 .xlsx 文件。");
    await expect(host.openFile({ name: "旧表.xls", bytes: fixture("libreoffice.xls") })).rejects.toThrow(/旧版 Excel 97-2003 格式/);
    // An .xlsx renamed .xls is read as the workbook it is.
    await expect(host.openFile({ name: "改名.xls", bytes: exampleBytes() })).resolves.toBeUndefined();
  });

  it("says a file that is no workbook at all is not one, when it is chosen", async () => {
    const host = createFileHost({ storage: memoryStorage() });
    await expect(host.openFile({ name: "坏文件.xlsx", bytes: new TextEncoder().encode("这不是工作簿").buffer as ArrayBuffer })).rejects.toThrow(/文件“坏文件.xlsx”不是有效的 Excel 工作簿/);
    expect(host.fileName()).toBeNull();
  });

  it("says a damaged .xlsx is damaged, names the file, and keeps no result", async () => {
    const host = createFileHost({ storage: memoryStorage() });
    // The package opens, but its indicator sheet is cut in the middle.
    const zip = await JSZip.loadAsync(exampleBytes());
    const sheet = await zip.file("xl/worksheets/sheet3.xml")!.async("string");
    zip.file("xl/worksheets/sheet3.xml", sheet.slice(0, sheet.length / 2));
    await host.openFile({ name: "坏文件.xlsx", bytes: await zip.generateAsync({ type: "arraybuffer" }) });
    const failure = host.evaluate({});
    await expect(failure).rejects.toBeInstanceOf(HostError);
    await expect(failure).rejects.toThrow(/文件“坏文件.xlsx”已损坏/);
    await expect(host.resultFile()).rejects.toThrow("还没有评分结果");
  });

  it("asks for a file before scoring", async () => {
    await expect(createFileHost({ storage: memoryStorage() }).evaluate({})).rejects.toThrow("请先选择要评分的 .xlsx 文件。");
  });

  it("says plainly when the ExcelJS chunk cannot be fetched", async () => {
    const host = createFileHost({ storage: memoryStorage(), loadXlsx: () => Promise.reject(new Error("ChunkLoadError")) });
    await host.openFile({ name: EXAMPLE, bytes: exampleBytes() });
    await expect(host.evaluate({})).rejects.toThrow(/组件未能加载，请刷新页面后再试/);
  });

  it("gives the blank standard template with the three input sheets", async () => {
    const template = await createFileHost({ storage: memoryStorage(), year: () => 2026 }).templateFile();
    expect(template.name).toBe("绩效自评标准模板.xlsx");
    expect(await sheetNames(template.bytes)).toEqual(expect.arrayContaining(["基本信息", "资金情况", "绩效指标"]));
  });

  it("remembers the chosen rules in the browser's storage, and falls back to 基本信息 when storage holds junk", async () => {
    const storage = memoryStorage();
    await createFileHost({ storage }).saveChoices({ rules: "重庆部门整体" });
    expect(await createFileHost({ storage }).loadChoices()).toEqual({ rules: "重庆部门整体" });
    storage.setItem("jixiao-ziping.choices", "{not json");
    expect(await createFileHost({ storage }).loadChoices()).toEqual({ rules: null });
  });

  it("names the result after the input, as --out does by default", () => {
    expect(resultFileName("2024年某局.XLSX")).toBe("2024年某局-自评报告.xlsx");
  });
});
