import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { run } from "../../src/cli/main";
import { readCachedValues, recalculate } from "../helpers/libreoffice";
import { buildInbox, DEPARTMENT_FILES } from "../fixtures/inbox/build";

/**
 * The inbox of test/fixtures/inbox/build.ts (13 departments' files of every kind issue 14 met), evaluated by a command
 * typed in the reviewer's folder and run through `npm --prefix <tool>`, with relative paths.
 */

const TOOL = join(__dirname, "../..");

let reviewer: string;
let inbox: string;
let result: ReturnType<typeof spawnSync>;
let summaryPath: string;
let table: Record<string, unknown>[];
let wb: ExcelJS.Workbook;

async function cliInProcess(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, (s) => (stdout += s + "\n"), (s) => (stderr += s + "\n"), { write: () => true }, reviewer);
  return { code, stdout, stderr };
}

/** 汇总's table (down to the blank row above 汇总统计) as records keyed by header. */
function records(ws: ExcelJS.Worksheet): Record<string, unknown>[] {
  const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, unknown>[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const values = (ws.getRow(r).values as unknown[]).slice(1);
    if (values.every((v) => v === null || v === undefined)) break;
    out.push(Object.fromEntries(header.map((h, i) => [h, plain(values[i])])));
  }
  return out;
}

/**
 * A formula cell as the value it shows. ExcelJS reads a cached 0 back as no result at all (it writes and the file
 * holds <v>0</v>), hence the 0.
 */
const plain = (v: unknown) => (v && typeof v === "object" && "formula" in v ? ((v as { result?: unknown }).result ?? 0) : v ?? null);

beforeAll(async () => {
  reviewer = mkdtempSync(join(tmpdir(), "财政局审核-"));
  inbox = join(reviewer, "收件箱");
  await buildInbox(inbox);

  // From the reviewer's folder, as typed there: the tool lives elsewhere.
  result = spawnSync("npm", ["--prefix", TOOL, "run", "--silent", "evaluate", "--", "收件箱", "--summary", "审核/汇总.xlsx", "--workers", "1"], {
    cwd: reviewer, encoding: "utf8", timeout: 180_000,
  });
  summaryPath = join(reviewer, "审核", "汇总.xlsx");
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(summaryPath);
  table = records(wb.getWorksheet("汇总")!);
}, 240_000);

afterAll(() => rmSync(reviewer, { recursive: true, force: true }));

const departments = () => table.filter((r) => r["层级"] === "部门");
const rowOf = (file: string) => departments().find((r) => r["文件"] === file)!;

describe("every file a department sent has a row", () => {
  it("resolves the relative paths against the reviewer's folder and writes the summary there", () => {
    expect(result.stderr).not.toContain("找不到");
    expect(result.stdout).toContain(`汇总表已写入 审核/汇总.xlsx（${summaryPath}）`);
  });

  it("counts all 13 files, and says in one line that the lock file was skipped", () => {
    expect(result.status).toBe(1);
    const failed = departments().filter((r) => r["状态"] === "无法评分").length;
    expect(result.stdout).toContain(`已处理 13 个文件：${13 - failed} 个已评分，${failed} 个无法评分`);
    expect(result.stdout).toContain("已跳过 1 个文件：~$民政局.xlsx（Excel 打开工作簿时留下的临时锁文件）");
  });

  it("gives each of the 13 one 部门 row, named relative to the folder given", () => {
    expect(departments().map((r) => r["文件"]).sort()).toEqual([...DEPARTMENT_FILES].sort());
    expect(table.some((r) => String(r["文件"]).includes("~$"))).toBe(false);
  });

  it("says for a file it cannot score what the single-file command says", async () => {
    const failed = departments().filter((r) => r["状态"] === "无法评分");
    // The encrypted, the damaged, the .csv and the HTML table at least; .xls and .ods as the reader decides.
    expect(failed.map((r) => r["文件"])).toEqual(expect.arrayContaining(["审计局.xlsx", "统计局.xlsx", "文旅局.csv", "商务局.xls"]));
    for (const row of failed) {
      const single = await cliInProcess([join("收件箱", String(row["文件"]))]);
      expect(single.code).toBe(1);
      expect(row["主要问题"]).toBe(single.stderr.trim());
    }
    expect(rowOf("审计局.xlsx")["主要问题"]).toContain("加密");
  }, 60_000);

  it("names a department after its file where 基本信息 does not", () => {
    expect(rowOf("农业农村局.xlsx")["单位"]).toBe("农业农村局（取自文件名）");
    expect(rowOf("统计局.xlsx")["单位"]).toBe("统计局（取自文件名）");
    expect(table.every((r) => String(r["单位"] ?? "") !== "")).toBe(true);
  });
});

describe("one file, from the reviewer's folder", () => {
  it("reads the input and writes --out relative to where the command was typed", async () => {
    const { code } = await cliInProcess([join("收件箱", "财政局.xlsx"), "--out", join("单个", "财政局-自评报告.xlsx")]);
    expect(code).toBe(0);
    expect(readFileSync(join(reviewer, "单个", "财政局-自评报告.xlsx")).length).toBeGreaterThan(0);
  });

  it("says where a relative path that names nothing was looked for", async () => {
    const { code, stderr } = await cliInProcess(["收件厢/财政局.xlsx"]);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(`找不到文件“收件厢/财政局.xlsx”：在“${join(reviewer, "收件厢", "财政局.xlsx")}”没有找到（相对路径从输入命令时所在的文件夹“${reviewer}”算起），请检查路径。`);
  });
});

describe("the ranking", () => {
  it("ranks the departments scored, best first, equal scores sharing a place; the failed ones unranked at the end", () => {
    const scored = departments().filter((r) => r["状态"] !== "无法评分");
    const scores = scored.map((r) => Number(r["计算得分"]));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    scored.forEach((r, i) => expect(r["排名"]).toBe(1 + scores.filter((s) => s > scores[i]).length));
    expect(rowOf("财政局.xlsx")["排名"]).toBe(rowOf("补交/水利局.xlsx")["排名"]);
    const firstFailed = departments().findIndex((r) => r["状态"] === "无法评分");
    expect(departments().slice(firstFailed).every((r) => r["状态"] === "无法评分" && r["排名"] === null)).toBe(true);
  });

  it("puts a department's projects under it as 项目 rows, unranked, and says how its score is made", () => {
    const at = table.findIndex((r) => r["文件"] === "教育局.xlsx");
    const [dept, a, b] = table.slice(at, at + 3);
    expect(dept).toMatchObject({ 层级: "部门", 项目: "全部项目（2个，算术平均）" });
    expect([a, b].map((r) => [r["层级"], r["排名"], r["单位"]])).toEqual([["项目", null, "教育局"], ["项目", null, "教育局"]]);
    // The mean rounded half-up to 2 places (src/core/overall.ts).
    expect(Math.abs(Number(dept["计算得分"]) - (Number(a["计算得分"]) + Number(b["计算得分"])) / 2)).toBeLessThanOrEqual(0.005 + 1e-9);
  });

  it("closes with the totals: departments scored and failed, grades, the mean, Σ money and the rate", () => {
    const ws = wb.getWorksheet("汇总")!;
    const totals = new Map<string, unknown>();
    ws.eachRow((row) => {
      const label = row.getCell(1).value;
      if (typeof label === "string") totals.set(label, plain(row.getCell(6).value));
    });
    const scored = departments().filter((r) => r["状态"] !== "无法评分");
    expect(totals.get("已评分的单位（个）")).toBe(scored.length);
    expect(totals.get("无法评分的单位（个）")).toBe(13 - scored.length);
    for (const g of ["优", "良", "中", "差"]) expect(totals.get(`评价等级为“${g}”（个）`)).toBe(scored.filter((r) => r["等级"] === g).length);
    const mean = scored.reduce((s, r) => s + Number(r["计算得分"]), 0) / scored.length;
    expect(Number(totals.get("平均计算得分"))).toBeCloseTo(mean, 2);
    const budget = scored.reduce((s, r) => s + Number(r["全年预算数（万元）"] ?? 0), 0);
    const spent = scored.reduce((s, r) => s + Number(r["全年执行数（万元）"] ?? 0), 0);
    expect(Number(totals.get("全年预算数合计（万元）"))).toBeCloseTo(budget, 2);
    expect(Number(totals.get("全年执行数合计（万元）"))).toBeCloseTo(spent, 2);
    expect(Number(totals.get("总体执行率"))).toBeCloseTo(spent / budget, 6);
  });
});

describe("worst problems first", () => {
  it("opens 民政局's 主要问题 with its claim of 100 above the computed score", () => {
    const row = rowOf("民政局.xlsx");
    expect(row["填报总分"]).toBe(100);
    expect(Number(row["计算得分"])).toBeLessThan(100);
    const [first] = String(row["主要问题"]).split("\n");
    expect(first.startsWith(`【警告】填报总分100分，高于按规则计算的${Number(row["计算得分"]).toFixed(2)}分（高${(100 - Number(row["计算得分"])).toFixed(2)}分）`)).toBe(true);
  });

  it("sets 依据不足的分值 beside 计算得分: 民政局's full marks on vague targets rest partly on its own filled 得分", () => {
    const row = rowOf("民政局.xlsx");
    expect(Number(row["依据不足的分值"])).toBeGreaterThan(0);
    for (const r of departments().filter((x) => x["状态"] !== "无法评分")) expect(typeof r["依据不足的分值"]).toBe("number");
  });

  it("opens 卫健委's with its 65% spent and no reason", () => {
    const [first] = String(rowOf("卫健委.xlsx")["主要问题"]).split("\n");
    expect(first).toMatch(/^【警告】资金情况!\S+ “卫健委公共卫生服务项目”预算执行率65\.00%，低于90%，未说明原因/);
  });

  it("lists 问题清单 by severity, then department, with a Chinese 问题类型 beside the code", () => {
    const list = records(wb.getWorksheet("问题清单")!);
    const order = ["无法评分", "错误", "警告", "提示"];
    const keys = list.filter((r) => r["严重程度"]).map((r) => [order.indexOf(String(r["严重程度"])), String(r["单位"])] as const);
    for (let i = 1; i < keys.length; i++) {
      const [s0, d0] = keys[i - 1];
      const [s1, d1] = keys[i];
      expect(s1 > s0 || (s1 === s0 && d0.localeCompare(d1, "zh-CN") <= 0)).toBe(true);
    }
    expect(list.find((r) => r["代码"] === "low-execution-no-reason")?.["问题类型"]).toBe("执行率低未说明原因");
    expect(list.filter((r) => r["代码"]).every((r) => /[\u4e00-\u9fff]/.test(String(r["问题类型"])))).toBe(true);
  });
});

describe("a summary that prints", () => {
  const part = (name: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(summaryPath)))[name]);

  it("prints 汇总 landscape on A4, one page wide, with its header on every page", () => {
    const sheet = part("xl/worksheets/sheet1.xml");
    expect(sheet).toMatch(/<pageSetUpPr[^>]*fitToPage="1"/);
    const setup = sheet.match(/<pageSetup [^>]*>/)![0];
    expect(setup).toContain('orientation="landscape"');
    expect(setup).toContain('paperSize="9"');
    expect(setup).toContain('fitToWidth="1"');
    expect(setup).toContain('fitToHeight="0"');
    expect(part("xl/workbook.xml")).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="0">('|&apos;)?汇总('|&apos;)?!\$1:\$1<\/definedName>/);
  });

  it("keeps the header and the 单位 column frozen, and the table filterable", () => {
    const sheet = part("xl/worksheets/sheet1.xml");
    expect(sheet).toMatch(/<pane xSplit="3" ySplit="1" topLeftCell="D2"[^>]*state="frozen"/);
    expect(sheet).toMatch(new RegExp(`<autoFilter ref="A1:R${table.length + 1}"`));
  });

  it("gives a row of several problems the height of its lines", () => {
    const ws = wb.getWorksheet("汇总")!;
    const r = table.indexOf(rowOf("民政局.xlsx")) + 2;
    const lines = String(rowOf("民政局.xlsx")["主要问题"]).split("\n").length;
    expect(ws.getRow(r).height).toBeGreaterThanOrEqual(lines * 13);
  });
});

(process.env.SKIP_LIBREOFFICE === "1" ? describe.skip : describe)("汇总统计 recalculated", () => {
  it("computes in LibreOffice what the summary carries: the counts, the mean, Σ money and the rate", async () => {
    const written = readFileSync(summaryPath);
    const before = await readCachedValues(written);
    const after = await readCachedValues(await recalculate(written));
    const formulas = [...before].filter(([key, cell]) => key.startsWith("汇总!") && cell.formula && !cell.formula.startsWith("HYPERLINK"));
    expect(formulas.length).toBeGreaterThanOrEqual(10);
    for (const [key, cell] of formulas) {
      const value = after.get(key)?.value;
      // ExcelJS reads a cached 0 back as no result (see plain above).
      const carried = cell.value ?? 0;
      if (typeof carried === "number") expect([key, Number(value ?? 0)]).toEqual([key, expect.closeTo(carried, 9)]);
      else expect([key, value ?? ""]).toEqual([key, carried]);
    }
  }, 120_000);
});
