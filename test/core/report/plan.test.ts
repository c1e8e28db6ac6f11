import { evaluateGrids } from "../../../src/core/evaluate";
import { buildReportPlan } from "../../../src/core/report/buildReport";
import { REPORT_MARKER, isToolReport, reportSheetName } from "../../../src/core/report/marker";
import type { PlanCell, SheetPlan } from "../../../src/core/report/plan";
import { balancedRows, row, simpleWorkbook } from "../../helpers/grids";

const at = (plan: SheetPlan, r: number, c: number): PlanCell | undefined => plan.cells.find((x) => x.row === r && x.col === c && x.content.kind !== "blank");
/** The topmost cell holding exactly this text. */
const find = (plan: SheetPlan, text: string) =>
  plan.cells.filter((x) => x.content.kind === "text" && x.content.text === text).sort((a, b) => a.row - b.row || a.col - b.col)[0];
const formulas = (plan: SheetPlan) => plan.cells.filter((c) => c.content.kind === "formula");

describe("the 自评报告 plan", () => {
  const ev = evaluateGrids(simpleWorkbook([...balancedRows().slice(0, 3), row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", "90%", "%", "81%", 10, "", "", "问卷回收率低")]));
  const plan = buildReportPlan(ev);

  it("carries the marker in A2 so a re-run knows the sheet is its own", () => {
    const a2 = at(plan, 2, 1);
    expect(a2?.content.kind === "text" && a2.content.text.startsWith(REPORT_MARKER)).toBe(true);
  });

  it("puts the 100-point total in the cell right of 自评总分, as a formula carrying the engine's score", () => {
    const label = find(plan, "自评总分")!;
    const value = at(plan, label.row, label.col + 1)!;
    expect(value.content).toMatchObject({ kind: "formula", cached: ev.units[0].score });
    const grade = at(plan, find(plan, "评价等级")!.row, 2)!;
    expect(grade.content).toMatchObject({ kind: "formula", cached: ev.units[0].grade });
  });

  it("computes the missed target's score by formula: 81/90×10 = 9.00", () => {
    const name = find(plan, "服务对象满意度")!;
    // The form's 得分 (H) over the numbers the tool compared (K target, L actual, beside the form) and the form's 分值 (G).
    const score = at(plan, name.row, 8)!;
    const [K, L, G] = [`K${name.row}`, `L${name.row}`, `G${name.row}`];
    expect(score.content).toEqual({ kind: "formula", formula: `IF(OR(${K}<=0,${L}>=${K}),${G},ROUND(MAX(${L},0)/${K}*${G},2))`, cached: 9 });
  });

  it("uses only functions Excel 2016+, WPS and LibreOffice all know", () => {
    for (const c of formulas(plan)) {
      const fns = (c.content.kind === "formula" ? c.content.formula : "").match(/[A-Z]+(?=\()/g) ?? [];
      for (const fn of fns) expect(["ROUND", "MIN", "MAX", "IF", "SUM", "OR", "N", "AVERAGE", "HYPERLINK"]).toContain(fn);
    }
  });

  it("links each finding to its cell with HYPERLINK(\"#'sheet'!cell\")", () => {
    const vague = evaluateGrids(simpleWorkbook([...balancedRows().slice(0, 3), row("满意度指标", "服务对象满意度指标", "服务对象满意度", "定性", "有效提升", "", "达成", 10, "达成", 10)]));
    const links = formulas(buildReportPlan(vague)).filter((c) => c.content.kind === "formula" && c.content.formula.startsWith("HYPERLINK"));
    expect(links.map((c) => c.content)).toContainEqual({ kind: "formula", formula: `HYPERLINK("#'绩效指标'!F5","绩效指标!F5")`, cached: "绩效指标!F5" });
  });

  it("prints on A4 portrait, one page wide, with the title rows repeated", () => {
    expect(plan.print).toMatchObject({ paperSize: "A4", orientation: "portrait", fitToWidth: 1, printTitleRows: "1:1" });
  });
});

describe("text from the user's cells stays text", () => {
  it.each(["=HYPERLINK(\"http://x\",\"点我\")", "+1", "-2", "@SUM(A1:A9)"])("an indicator named %s is written as text", (name) => {
    const ev = evaluateGrids(simpleWorkbook([row("产出指标", "数量指标", name, "≥", 10, "个", 10, 90)]));
    const plan = buildReportPlan(ev);
    const cell = find(plan, name);
    expect(cell?.content).toEqual({ kind: "text", text: name });
    expect(formulas(plan).some((c) => c.content.kind === "formula" && c.content.formula.includes(name))).toBe(false);
  });

  it("a sheet name with a quote is escaped inside the link", () => {
    const wb = simpleWorkbook([row("产出指标", "数量指标", "a", "≥", 10, "", 10, 90)]);
    wb.sheets[2].name = "绩效指标'表";
    const plan = buildReportPlan(evaluateGrids(wb));
    const link = formulas(plan).find((c) => c.content.kind === "formula" && c.content.formula.startsWith("HYPERLINK"));
    expect(link?.content.kind === "formula" && link.content.formula).toContain(`"#'绩效指标''表'!`);
  });
});

describe("the report's sheet name", () => {
  it("is 自评报告 when free or the tool's own, 自评报告(2) beside a user's own sheet of that name", () => {
    expect(reportSheetName(new Map())).toBe("自评报告");
    expect(reportSheetName(new Map([["自评报告", true]]))).toBe("自评报告");
    expect(reportSheetName(new Map([["自评报告", false]]))).toBe("自评报告(2)");
    expect(reportSheetName(new Map([["自评报告", false], ["自评报告(2)", false]]))).toBe("自评报告(3)");
  });
  it("knows its own sheet by the marker in A2", () => {
    expect(isToolReport([["标题"], [`${REPORT_MARKER}（x.xlsx）`]])).toBe(true);
    expect(isToolReport([["我的自评报告"], ["自己写的"]])).toBe(false);
  });
});

describe("what gets printed and signed", () => {
  const ev = evaluateGrids(simpleWorkbook(balancedRows(), ["", "合计", 100, 100, 100, 10], [["部门职能职责", "坚持党的领导。".repeat(40)]]));
  const plan = buildReportPlan(ev);

  it("prints the tool's notice once: row 2 is not among the rows repeated on every page", () => {
    const [first, last] = plan.print.printTitleRows!.split(":").map(Number);
    expect(2 >= first && 2 <= (last ?? first)).toBe(false);
    expect(plan.cells.filter((c) => c.content.kind === "text" && c.content.text.startsWith(REPORT_MARKER))).toHaveLength(1);
    expect(plan.print.fitToWidth).toBe(1);
  });

  it("gives a long narrative paragraph the height of its lines: 280 CJK characters across A:K", () => {
    const text = `　　${"坚持党的领导。".repeat(40)}`;
    const cell = plan.cells.find((c) => c.content.kind === "text" && c.content.text === text)!;
    expect(cell).toBeDefined();
    const width = plan.columnWidths.reduce((a, b) => a + b, 0);
    // 282 characters × 2 units at 11pt over (width − 2) units a line, each line at least 1.4 × 11pt tall.
    const lines = Math.ceil((282 * 2) / (width - 2));
    expect(plan.rowHeights[cell.row]).toBeGreaterThanOrEqual(lines * 11 * 1.4);
  });
});
