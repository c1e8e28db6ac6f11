import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/main";
import type { ProgressStream } from "../../src/cli/batch/progress";
import { buildCleanTwin, buildMessyTwin, toBuffer } from "../fixtures/workbooks";

const EXAMPLE = join(__dirname, "../../assets/examples/丰都县总工会2024.xlsx");
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

interface FakeStream extends ProgressStream {
  text: string;
}
const fakeStream = (isTTY: boolean): FakeStream => {
  const s = { isTTY, columns: 100, text: "", write: (t: string) => (s.text += t) };
  return s;
};

async function cli(argv: string[], progress: ProgressStream = fakeStream(false)) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, (s) => (stdout += s + "\n"), (s) => (stderr += s + "\n"), progress);
  return { code, stdout, stderr };
}

async function sheetRows(path: string, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(sheet)!;
  const rows: unknown[][] = [];
  // Every row up to the last, blank ones included, so the table's end shows.
  for (let r = 1; r <= ws.rowCount; r++) rows.push((ws.getRow(r).values as unknown[]).slice(1));
  return rows;
}

/** The summary's table (down to the blank row above 汇总统计) as records keyed by header, so a test names the column. */
async function summaryRecords(path: string, sheet = "汇总"): Promise<Record<string, unknown>[]> {
  const [header, ...rows] = await sheetRows(path, sheet);
  const end = rows.findIndex((r) => r.every((v) => v === null || v === undefined));
  return rows.slice(0, end < 0 ? rows.length : end).map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i] ?? null])));
}

let root: string;
beforeAll(() => (root = mkdtempSync(join(tmpdir(), "jxzp-batch-"))));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A bureau's inbox: three good workbooks (one of two projects), a text file called .xlsx, a lock file, a subfolder. */
async function inbox(name: string): Promise<string> {
  const dir = join(root, name);
  mkdirSync(join(dir, "二季度"), { recursive: true });
  copyFileSync(EXAMPLE, join(dir, "丰都县总工会2024.xlsx"));
  writeFileSync(join(dir, "示例县总工会.xlsx"), await toBuffer(buildMessyTwin()));
  writeFileSync(join(dir, "二季度", "示例县总工会（规范）.xlsx"), await toBuffer(buildCleanTwin()));
  writeFileSync(join(dir, "文本.xlsx"), "这不是工作簿");
  writeFileSync(join(dir, "~$丰都县总工会2024.xlsx"), "Excel 打开文件时留下的锁文件");
  writeFileSync(join(dir, "说明.txt"), "不是工作簿，不参与评分");
  return dir;
}

describe("evaluate <folder> <file> --summary: a batch of good and bad files", () => {
  let dir: string;
  let summary: string;
  let result: { code: number; stdout: string; stderr: string };
  let before: Record<string, string>;
  const missing = () => join(root, "没有这个文件.xlsx");

  beforeAll(async () => {
    dir = await inbox("收件箱");
    before = { example: sha(join(dir, "丰都县总工会2024.xlsx")), messy: sha(join(dir, "示例县总工会.xlsx")) };
    summary = join(root, "输出", "汇总.xlsx");
    result = await cli([dir, missing(), "--summary", summary, "--workers", "1"]);
  }, 60_000);

  it("exits 1 because some files could not be evaluated, after evaluating all the others", async () => {
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("已处理 6 个文件：3 个已评分，3 个无法评分");
    const records = await summaryRecords(summary);
    expect(records.filter((r) => r["状态"] === "已评分").map((r) => basename(String(r["文件"])))).toEqual(
      expect.arrayContaining(["丰都县总工会2024.xlsx", "示例县总工会.xlsx", "示例县总工会（规范）.xlsx"]),
    );
  });

  it("lists each bad file with the Chinese error the single-file command prints", async () => {
    const failed = (await summaryRecords(summary)).filter((r) => r["状态"] === "无法评分");
    expect(failed.map((r) => [basename(String(r["文件"])), r["主要问题"]])).toEqual([
      ["没有这个文件.xlsx", `找不到文件“${missing()}”，请检查路径。`],
      ["说明.txt", "文件“说明.txt”不是有效的 Excel 工作簿（.xlsx），请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。"],
      ["文本.xlsx", "文件“文本.xlsx”不是有效的 Excel 工作簿（.xlsx），请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。"],
    ]);
    const single = await cli([join(dir, "文本.xlsx")]);
    expect(single.stderr.trim()).toBe(failed[2]["主要问题"]);
  });

  it("skips Excel's ~$ lock files, and says so; a file of any other kind gets its row", async () => {
    const files = (await summaryRecords(summary)).map((r) => basename(String(r["文件"])));
    expect(files).not.toContain("~$丰都县总工会2024.xlsx");
    expect(files).toContain("说明.txt");
    expect(result.stdout).toContain("已跳过 1 个文件：~$丰都县总工会2024.xlsx（Excel 打开工作簿时留下的临时锁文件）。");
  });

  it("gives a one-project file one row with its figures, the self-score as filed and the computed score", async () => {
    const [row] = (await summaryRecords(summary)).filter((r) => basename(String(r["文件"])) === "丰都县总工会2024.xlsx");
    const single = JSON.parse((await cli([join(dir, "丰都县总工会2024.xlsx"), "--json"])).stdout);
    const u = single.units[0];
    expect(row).toMatchObject({
      单位: "丰都县总工会", 项目: u.name, "全年预算数（万元）": u.budget, "全年执行数（万元）": u.spent, 执行率: u.executionRate,
      计算得分: u.score, 等级: u.grade,
      错误: single.findings.filter((f: { severity: string }) => f.severity === "error").length,
      警告: single.findings.filter((f: { severity: string }) => f.severity === "warning").length,
    });
    expect(typeof row["填报总分"]).toBe("number");
    expect(String(row["主要问题"])).toMatch(/^【警告】绩效指标!/);
  });

  it("gives a file of two projects a row of its own (Σ money, mean score) and a row per project", async () => {
    const rows = (await summaryRecords(summary)).filter((r) => basename(String(r["文件"])) === "示例县总工会.xlsx");
    expect(rows.map((r) => r["项目"])).toEqual(["全部项目（2个，算术平均）", "职工帮扶项目", "职工文体活动项目"]);
    expect(rows.map((r) => r["层级"])).toEqual(["部门", "项目", "项目"]);
    const [file, a, b] = rows;
    expect(file["全年预算数（万元）"]).toBeCloseTo(Number(a["全年预算数（万元）"]) + Number(b["全年预算数（万元）"]), 2);
    // The mean rounded half-up to 2 places, as the 自评报告's 自评总分 (src/core/overall.ts).
    expect(Math.abs(Number(file["计算得分"]) - (Number(a["计算得分"]) + Number(b["计算得分"])) / 2)).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(Number(file["警告"])).toBeGreaterThanOrEqual(Number(a["警告"]) + Number(b["警告"]));
  });

  it("writes each report next to the summary, names it in the summary, and leaves every input as it was", async () => {
    const records = (await summaryRecords(summary)).filter((r) => r["状态"] === "已评分");
    for (const r of records) {
      // A plan's cells are values and formulas: the link is =HYPERLINK("<report relative to the summary>", "…").
      const link = r["自评报告"] as { formula: string; result: string };
      const [, target] = link.formula.match(/^HYPERLINK\("([^"]+)",/)!;
      expect(target).toMatch(/-自评报告\.xlsx$/);
      expect(link.result).toContain(target);
      expect(existsSync(join(root, "输出", target))).toBe(true);
    }
    expect(existsSync(join(root, "输出", "丰都县总工会2024-自评报告.xlsx"))).toBe(true);
    expect(sha(join(dir, "丰都县总工会2024.xlsx"))).toBe(before.example);
    expect(sha(join(dir, "示例县总工会.xlsx"))).toBe(before.messy);
  });

  it("lists every finding on a second sheet, with file, sheet, cell, severity, code and message", async () => {
    const findings = await summaryRecords(summary, "问题清单");
    const example = findings.filter((r) => basename(String(r["文件"])) === "丰都县总工会2024.xlsx");
    const single = JSON.parse((await cli([join(dir, "丰都县总工会2024.xlsx"), "--json"])).stdout);
    expect(example.map((r) => [r["工作表"], r["单元格"] ?? "", r["代码"], r["问题说明"]])).toEqual(
      single.findings.map((f: { sheet: string; cell: string; code: string; message: string }) => [f.sheet, f.cell, f.code, f.message]),
    );
    expect(findings.some((r) => r["严重程度"] === "无法评分" && basename(String(r["文件"])) === "文本.xlsx")).toBe(true);
  });

  it("freezes the header, filters it, and formats money as 0.00 and the rate as 0.00%", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    const ws = wb.getWorksheet("汇总")!;
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    expect(ws.getRow(2).getCell(col("全年预算数（万元）")).numFmt).toBe("0.00");
    expect(ws.getRow(2).getCell(col("执行率")).numFmt).toBe("0.00%");
    expect(ws.getColumn(col("主要问题")).width).toBeGreaterThan(30);
  });

  it("prints one plain line per file when stderr is not a terminal", async () => {
    const stream = fakeStream(false);
    const again = await cli([dir, "--summary", join(root, "输出2", "汇总.xlsx"), "--workers", "1"], stream);
    expect(again.code).toBe(1);
    const lines = stream.text.trim().split("\n");
    expect(lines).toHaveLength(5);
    expect(lines.every((l) => /^\[\d\/5\] .+：(已评分|无法评分：.+)$/.test(l))).toBe(true);
    expect(stream.text).not.toContain("\r");
  }, 60_000);
});

describe("a batch where every file is good", () => {
  it("exits 0, and a second run in the same folder skips the summary and the reports it wrote", async () => {
    const dir = join(root, "全部合格");
    mkdirSync(dir);
    copyFileSync(EXAMPLE, join(dir, "甲.xlsx"));
    writeFileSync(join(dir, "乙.xlsx"), await toBuffer(buildCleanTwin()));
    const first = await cli([dir, "--summary", join(dir, "本次汇总.xlsx")]);
    expect(first.code).toBe(0);
    expect(existsSync(join(dir, "甲-自评报告.xlsx"))).toBe(true);

    const second = await cli([dir, "--summary", join(dir, "第二次汇总.xlsx")]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("已处理 2 个文件：2 个已评分，0 个无法评分");
    expect(second.stdout).toContain("已跳过 3 个文件：甲-自评报告.xlsx（本工具生成的自评报告）、乙-自评报告.xlsx（本工具生成的自评报告）、本次汇总.xlsx（本工具生成的批量评分汇总表）。");
    expect(new Set((await summaryRecords(join(dir, "第二次汇总.xlsx"))).map((r) => basename(String(r["文件"]))))).toEqual(new Set(["甲.xlsx", "乙.xlsx"]));
  }, 60_000);
});

describe("the progress bar on a terminal", () => {
  it("redraws one line with \\r: files done out of all, the current file, time left", async () => {
    const dir = join(root, "终端");
    mkdirSync(dir);
    copyFileSync(EXAMPLE, join(dir, "甲.xlsx"));
    copyFileSync(EXAMPLE, join(dir, "乙.xlsx"));
    const stream = fakeStream(true);
    const { code } = await cli([dir, "--summary", join(dir, "汇总.xlsx")], stream);
    expect(code).toBe(0);
    expect(stream.text).toMatch(/\r\[-{20}\] 0\/2 甲\.xlsx/);
    expect(stream.text).toMatch(/\r\[#{10}-{10}\] 1\/2 乙\.xlsx 剩余约 \d+秒/);
    expect(stream.text).toMatch(/\r\[#{20}\] 2\/2 .*\n$/);
  }, 60_000);
});

describe("batch usage errors exit 2", () => {
  it.each([
    [["a.xlsx", "--summary", "s.xlsx", "--out", "r.xlsx"], /--summary 与 --out/],
    [["a.xlsx", "--summary", "s.xlsx", "--json"], /--summary 与 --json/],
    [["a.xlsx", "--summary", "a.xlsx"], /--summary 不能是输入文件本身/],
    [["a.xlsx", "--summary", "s.xlsx", "--workers", "0"], /--workers 需要一个正整数/],
    [["a.xlsx", "--workers", "2"], /--workers 只用于批量评分/],
    [["a.xlsx", "b.xlsx"], /--summary/],
  ])("%j", async (argv, message) => {
    const { code, stderr } = await cli(argv as string[]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain("用法");
  });
});

describe("a folder, a department of several projects, and --unit-score", () => {
  it("answers a folder given without --summary with how to batch it", async () => {
    const dir = join(root, "只给文件夹");
    mkdirSync(dir);
    const { code, stderr } = await cli([dir]);
    expect(code).toBe(2);
    expect(stderr).toContain(`“${dir}”是一个文件夹。要批量评分请加 --summary 汇总.xlsx`);
  });

  it("weighs a department's projects by 全年预算数 when asked, and says so in 项目 and under the totals", async () => {
    const dir = join(root, "加权");
    mkdirSync(dir);
    writeFileSync(join(dir, "示例县总工会.xlsx"), await toBuffer(buildCleanTwin()));
    const summary = join(dir, "汇总.xlsx");
    expect((await cli([dir, "--summary", summary, "--unit-score", "weighted"])).code).toBe(0);
    const [dept, a, b] = await summaryRecords(summary);
    expect(dept["项目"]).toBe("全部项目（2个，按预算加权）");
    const weighted = (Number(a["计算得分"]) * Number(a["全年预算数（万元）"]) + Number(b["计算得分"]) * Number(b["全年预算数（万元）"])) / Number(dept["全年预算数（万元）"]);
    expect(Math.abs(Number(dept["计算得分"]) - weighted)).toBeLessThanOrEqual(0.005 + 1e-9);
    const rows = await sheetRows(summary, "汇总");
    expect(rows.some((r) => String(r[6] ?? "").includes("各项目百分制得分按全年预算数加权平均"))).toBe(true);
  }, 60_000);

  it("rejects an unknown --unit-score", async () => {
    const { code, stderr } = await cli(["a.xlsx", "--unit-score", "median"]);
    expect(code).toBe(2);
    expect(stderr).toContain("无法识别的单位得分方法“median”");
  });
});
