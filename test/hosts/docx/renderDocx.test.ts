import { unzipSync, strFromU8 } from "fflate";
import { buildFengdu2024 } from "../../../scripts/examples/fengdu2024";
import { evaluateGrids } from "../../../src/core/evaluate";
import type { Evaluation } from "../../../src/core/model/evaluation";
import { buildDocumentPlan } from "../../../src/core/report/document/buildDocument";
import { renderDocx } from "../../../src/hosts/docx/renderDocx";
import { readWorkbookBuffer } from "../../../src/hosts/xlsx/readGrids";
import { buildCleanTwin, toBuffer } from "../../fixtures/workbooks";
import { docxAsText } from "../../helpers/docxText";

/**
 * The Word report, opened by a real word processor (LibreOffice Writer) and read back as text: the seed's outline, the
 * figures of the 丰都县总工会 2024 example, and both tables with their header and a row each.
 */
const skip = process.env.SKIP_LIBREOFFICE === "1";
const suite = skip ? describe.skip : describe;

const OUTLINE = ["一、基本情况", "二、绩效目标完成情况分析", "三、存在的问题及改进措施", "四、绩效自评结果拟应用和公开情况", "五、其他需要说明的问题"];
const FUND_HEADER = ["项目名称", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"];
const INDICATOR_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

/** Where `seq` runs as consecutive lines of `lines`, or -1. */
function indexOfRun(lines: string[], seq: string[], from = 0): number {
  for (let i = from; i + seq.length <= lines.length; i++) if (seq.every((s, k) => lines[i + k] === s)) return i;
  return -1;
}

async function evaluateFengdu(): Promise<Evaluation> {
  return evaluateGrids(await readWorkbookBuffer(await toBuffer(buildFengdu2024()), "丰都县总工会2024.xlsx"));
}

suite("the Word report read back by LibreOffice Writer", () => {
  let lines: string[];
  let docx: Uint8Array;
  beforeAll(async () => {
    docx = await renderDocx(buildDocumentPlan(await evaluateFengdu()));
    lines = await docxAsText(docx);
  }, 120_000);

  test("opens with the seed's title and has the five sections in order", () => {
    expect(lines[0]).toBe("丰都县总工会2024年度绩效自评工作报告");
    const at = OUTLINE.map((h) => lines.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(lines[at[4] + 1]).toBe("无。");
  });

  test("states the seed's figures: 324.88万元 received and spent, 100%, 100分 and 优", () => {
    const text = lines.join("\n");
    expect(text).toContain("到位资金324.88万元，实际支出资金324.88万元，资金执行率100%");
    expect(text).toMatch(/综合得分100分，评价等级为“优”/);
  });

  test("the fund table: its header, then the department's row 324.88 / 324.88 / 100% / 10 / 10", () => {
    const caption = lines.indexOf("表1 资金执行情况（万元）");
    expect(caption).toBeGreaterThan(lines.indexOf("（二）预算安排及执行情况"));
    const header = indexOfRun(lines, FUND_HEADER, caption);
    expect(header).toBe(caption + 1);
    const row = lines.slice(header + FUND_HEADER.length, header + 2 * FUND_HEADER.length);
    expect(row[0]).toBe("丰都县总工会");
    expect(row.slice(2)).toEqual(["324.88", "324.88", "100%", "10", "10"]);
  });

  test("the indicator table: its header, an indicator row, and the 总分 row 100 / 100 before the conclusion", () => {
    const caption = lines.indexOf("表2 绩效指标完成情况");
    expect(caption).toBeGreaterThan(lines.indexOf("二、绩效目标完成情况分析"));
    expect(caption).toBeLessThan(lines.findIndex((l) => /^（[一二三四五六七八九十]+）自评结论$/.test(l)));
    expect(indexOfRun(lines, INDICATOR_HEADER, caption)).toBe(caption + 1);
    expect(indexOfRun(lines, ["产出指标", "数量指标", "慰问困难职工人次", "2000人次", "2000余人次", "5", "5"], caption)).toBeGreaterThan(caption);
    expect(indexOfRun(lines, ["总分", "100", "100"], caption)).toBeGreaterThan(caption);
  });

  test("is A4 in the fonts of official documents, with a page number in the footer", () => {
    const files = unzipSync(docx);
    const document = strFromU8(files["word/document.xml"]);
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toContain('w:eastAsia="方正小标宋简体"');
    expect(document).toContain('w:eastAsia="仿宋_GB2312"');
    const fonts = strFromU8(files["word/fontTable.xml"]);
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="黑体"/>');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    const footer = Object.keys(files).find((f) => /^word\/footer\d*\.xml$/.test(f));
    expect(strFromU8(files[footer!])).toMatch(/PAGE/);
  });
});

describe("the Word report's plan", () => {
  test("has one indicator table per project, and a 合计 row in the fund table when there are several", async () => {
    const ev = evaluateGrids(await readWorkbookBuffer(await toBuffer(buildCleanTwin()), "twin.xlsx"));
    const tables = buildDocumentPlan(ev).blocks.filter((b) => b.kind === "table");
    expect(tables.map((t) => t.caption)).toEqual(["表1 资金执行情况（万元）", ...ev.units.map((u, i) => `表${i + 2} 绩效指标完成情况（${u.name}）`)]);
    const fund = tables[0];
    expect(fund.rows.map((r) => r.cells[0])).toEqual([...ev.units.map((u) => u.name), "合计"]);
  });

  test("uses the narrative's paragraphs as they are: none written a second time", async () => {
    const ev = await evaluateFengdu();
    const plan = buildDocumentPlan(ev);
    const { buildNarrative } = await import("../../../src/core/report/narrative");
    const narrative = buildNarrative(ev).flatMap((s) => [s.heading, ...s.paragraphs]);
    const texts = plan.blocks.filter((b) => b.kind !== "table").map((b) => (b as { text: string }).text);
    expect(texts).toEqual(narrative);
  });
});
