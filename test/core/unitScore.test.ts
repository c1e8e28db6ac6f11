import { evaluateGrids } from "../../src/core/evaluate";
import { overallOf, scoreMethodText } from "../../src/core/overall";
import { buildReportPlan } from "../../src/core/report/buildReport";
import { readWorkbookBuffer } from "../../src/hosts/xlsx/readGrids";
import { buildCleanTwin, toBuffer } from "../fixtures/workbooks";

/** The twins' department: 职工帮扶项目 (全年预算数 1200) and 职工文体活动项目 (85.5). */
async function twin(unitScore?: "mean" | "weighted") {
  return evaluateGrids(await readWorkbookBuffer(await toBuffer(buildCleanTwin()), "示例.xlsx"), { unitScore });
}

describe("a department of several projects: how its score is made", () => {
  it("is the mean of the projects' scores, rounded half-up, unless asked otherwise", async () => {
    const ev = await twin();
    const [a, b] = ev.units.map((u) => u.score);
    const o = overallOf(ev);
    expect(o.method).toBe("mean");
    expect(Math.abs(o.score - (a + b) / 2)).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(scoreMethodText(o, 2)).toBe("2个项目百分制得分的算术平均");
  });

  it("with --unit-score weighted, weighs each project by its 全年预算数: Σ(得分×预算数) ÷ Σ预算数", async () => {
    const ev = await twin("weighted");
    const [a, b] = ev.units.map((u) => u.score);
    const o = overallOf(ev);
    expect(o.method).toBe("weighted");
    expect(Math.abs(o.score - (a * 1200 + b * 85.5) / 1285.5)).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(scoreMethodText(o, 2)).toBe("2个项目百分制得分按全年预算数加权平均");
  });

  it("falls back to the mean, and says so, where a project has no 全年预算数 to weigh by", async () => {
    const ev = await twin("weighted");
    const noBudget = { ...ev, units: [ev.units[0], { ...ev.units[1], budget: null }] };
    const o = overallOf(noBudget);
    expect([o.method, o.weightingUnavailable]).toEqual(["mean", true]);
    expect(scoreMethodText(o, 2)).toContain("无法按预算加权");
  });

  it("is said in the report beside 自评总分, whose formula computes the same way", async () => {
    const ev = await twin("weighted");
    const plan = buildReportPlan(ev);
    // The labelled cell of template.md (the score list above has a 自评总分 column header too).
    const label = plan.cells.find((c) => c.style === "label" && c.content.kind === "text" && c.content.text === "自评总分")!;
    const beside = plan.cells.filter((c) => c.row === label.row);
    const formula = beside.find((c) => c.content.kind === "formula")!.content as { formula: string; cached: number };
    // Σ score × 全年预算数 ÷ Σ 全年预算数 over the contiguous score list (Excel's 255-argument limit holds for any count).
    expect(formula.formula).toMatch(/^ROUND\(SUMPRODUCT\(D\d+:D\d+,F\d+:F\d+\)\/SUM\(F\d+:F\d+\),2\)$/);
    expect(formula.cached).toBe(overallOf(ev).score);
    expect(beside.some((c) => c.content.kind === "text" && c.content.text.startsWith("2个项目百分制得分按全年预算数加权平均"))).toBe(true);
  });
});
