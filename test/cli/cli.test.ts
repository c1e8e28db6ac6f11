import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { buildCleanTwin, toBuffer } from "../fixtures/workbooks";

const EXAMPLE = join(__dirname, "../../assets/examples/丰都县总工会2024.xlsx");

async function cli(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, (s) => (stdout += s + "\n"), (s) => (stderr += s + "\n"));
  return { code, stdout, stderr };
}

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "jxzp-cli-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("evaluate <file> --json", () => {
  it("prints one JSON object with the keys of template.md and exits 0, leaving the input file as it was", async () => {
    const before = sha(EXAMPLE);
    const { code, stdout, stderr } = await cli(EXAMPLE, "--json");
    expect([code, stderr]).toEqual([0, ""]);
    const json = JSON.parse(stdout);
    expect(json.units[0]).toMatchObject({ name: "丰都县总工会", budget: 324.88, spent: 324.88, executionRate: 1, executionScore: 10, executionWeight: 10, maxTotal: 100 });
    expect(typeof json.units[0].score).toBe("number");
    expect(json.units[0].indicators[0]).toEqual(expect.objectContaining({ row: expect.any(Number), name: expect.any(String), weight: expect.any(Number), score: expect.any(Number) }));
    expect(json.findings[0]).toEqual(expect.objectContaining({ code: expect.any(String), severity: expect.any(String), sheet: expect.any(String), cell: expect.any(String), message: expect.any(String) }));
    expect(sha(EXAMPLE)).toBe(before);
  });

  it("names the seed's problem: the example's vague targets are flagged at their cells", async () => {
    const json = JSON.parse((await cli(EXAMPLE, "--json")).stdout);
    const vague = json.findings.filter((f: { code: string }) => f.code === "vague-wording");
    expect(vague.length).toBeGreaterThan(0);
    for (const f of vague) expect(f.cell).toMatch(/^[A-Z]+\d+$/);
  });
});

describe("evaluate <file> without --json", () => {
  it("prints per unit the execution, indicator score, total and grade, then the findings with their cells", async () => {
    const { code, stdout } = await cli(EXAMPLE);
    expect(code).toBe(0);
    expect(stdout).toContain("资金执行率  100.00%");
    expect(stdout).toContain("评价等级 优");
    expect(stdout).toMatch(/\[绩效指标!F\d+\]/);
  });
});

describe("bad input: exit 1, one line on stderr naming the file, no stack trace", () => {
  it.each([
    ["a text file named .xlsx", () => writeFileSync(join(dir, "文本.xlsx"), "这不是工作簿"), "文本.xlsx", /文本\.xlsx.*不是有效的 Excel 工作簿/],
    ["a missing file", () => undefined, "没有这个文件.xlsx", /找不到文件/],
  ])("%s", async (_what, make, name, message) => {
    make();
    const { code, stdout, stderr } = await cli(join(dir, name));
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\s+at\s+\S+\s+\(/);
  });

  it("a workbook without its fund sheet names the sheet", async () => {
    const wb = buildCleanTwin();
    const fund = wb.worksheets.find((w) => w.name === "资金情况")!;
    wb.removeWorksheet(fund.id);
    const path = join(dir, "无资金.xlsx");
    writeFileSync(path, await toBuffer(wb));
    const { code, stderr } = await cli(path);
    expect(code).toBe(1);
    expect(stderr).toMatch(/无资金\.xlsx.*“资金情况”工作表/);
  });
});

describe("usage errors exit 2", () => {
  it.each([[[]], [["a.xlsx", "b.xlsx"]], [["a.xlsx", "--rules", "上海"]], [["a.xlsx", "--frobnicate"]]])("%j", async (argv) => {
    const { code, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain("用法");
  });
});

describe("evaluate template <file>", () => {
  it("writes the blank standard workbook, which has the three sheets and no data yet", async () => {
    const path = join(dir, "空白模板.xlsx");
    const made = await cli("template", path);
    expect(made.code).toBe(0);
    const { code, stderr } = await cli(path);
    expect(code).toBe(1);
    expect(stderr).toMatch(/没有数据行/);
  });
});

describe("evaluate <file> --docx <file.docx>", () => {
  it("writes the Word report without --out, says where, and leaves the input as it was", async () => {
    const before = sha(EXAMPLE);
    const path = join(dir, "报告.docx");
    const { code, stdout, stderr } = await cli(EXAMPLE, "--docx", path);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout).toContain(`Word 绩效自评工作报告已写入 ${path}`);
    // A .docx is a zip whose main part is word/document.xml.
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    expect(bytes.includes(Buffer.from("word/document.xml"))).toBe(true);
    expect(sha(EXAMPLE)).toBe(before);
  });

  it("writes both files with --out, and names the document in --json", async () => {
    const docx = join(dir, "both.docx");
    const xlsx = join(dir, "both.xlsx");
    const { code, stdout } = await cli(EXAMPLE, "--out", xlsx, "--docx", docx, "--json");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.report.path).toBe(xlsx);
    expect(json.document).toEqual({ path: docx });
    expect(readFileSync(xlsx).length).toBeGreaterThan(0);
  });

  it.each([
    [["--docx", "报告.xlsx"], /--docx 的文件名应以 \.docx 结尾/],
    [["--docx", "a.docx", "--summary", "s.xlsx"], /--summary 与 --docx 不能同时使用/],
  ])("refuses %j with exit 2", async (args, message) => {
    const { code, stderr } = await cli(EXAMPLE, ...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe("re-scoring a report the accountant edited", () => {
  it("keeps the edited sheet and says so on stderr", async () => {
    const first = join(dir, "第一次.xlsx");
    expect((await cli(EXAMPLE, "--out", first)).code).toBe(0);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first);
    wb.getWorksheet("自评报告")!.getCell("A1").value = "丰都县总工会2024年度绩效自评表（会计修改）";
    const edited = join(dir, "改过.xlsx");
    await wb.xlsx.writeFile(edited);
    const { code, stderr } = await cli(edited, "--out", join(dir, "第二次.xlsx"));
    expect(code).toBe(0);
    expect(stderr).toContain("注意：“自评报告”表在上次生成后被修改过，已保留为“自评报告（修改前）”，新的自评报告写入“自评报告”。");
  });
});
