import { evaluateGrids } from "../../../src/core/evaluate";
import { buildReportPlan } from "../../../src/core/report/buildReport";
import { FINGERPRINT_LABEL, keepEditedReport, keptReportName, reportState } from "../../../src/core/report/edits";
import { LAST_COL } from "../../../src/core/report/layout";
import type { SheetPlan } from "../../../src/core/report/plan";
import { balancedRows, simpleWorkbook } from "../../helpers/grids";

/** The plan as a spreadsheet gives it back through Range.formulas: formulas as "=…", values elsewhere, merges blank. */
function asRead(plan: SheetPlan): unknown[][] {
  const grid: unknown[][] = [];
  for (const c of plan.cells) {
    const v = c.content.kind === "text" ? c.content.text : c.content.kind === "number" ? c.content.value : c.content.kind === "formula" ? `=${c.content.formula}` : null;
    if (v === null || v === "") continue;
    (grid[c.row - 1] ??= [])[c.col - 1] = v;
  }
  return grid;
}

describe("telling the tool's report from one the accountant edited", () => {
  const plan = buildReportPlan(evaluateGrids(simpleWorkbook(balancedRows())));

  it("stamps a fingerprint outside the form's print area", () => {
    const stamp = plan.cells.find((c) => c.content.kind === "text" && c.content.text.startsWith(FINGERPRINT_LABEL))!;
    expect(stamp.col).toBe(LAST_COL + 2);
    expect(plan.print.printArea).toMatch(/^A1:I\d+$/); // the form's columns A–I
  });

  it("reads the report as written as such", () => {
    expect(reportState(asRead(plan), LAST_COL)).toBe("as-written");
    expect(keepEditedReport("自评报告", asRead(plan), new Set(["自评报告"]))).toBeNull();
  });

  it("notices one changed paragraph, and one computed cell overwritten with a number", () => {
    const grid = asRead(plan);
    const [r, c] = [grid.findIndex((row) => row?.some((v) => typeof v === "string" && v.startsWith("　　"))), 0];
    grid[r][c] = "　　改过的段落。";
    expect(reportState(grid, LAST_COL)).toBe("edited");
    const other = asRead(plan);
    const f = other.findIndex((row) => row?.some((v) => typeof v === "string" && v.startsWith("=ROUND(")));
    other[f][other[f].findIndex((v) => typeof v === "string" && v.startsWith("=ROUND("))] = 88;
    expect(reportState(other, LAST_COL)).toBe("edited");
  });

  it("keeps the 校验码 of reports already written: FNV-1a of '1,1=自评报告\\n3,2=…' is 5577be00, astral and lone surrogates included", () => {
    const grid: unknown[][] = [["自评报告"], [], [null, "=ROUND(A1,2)", 0.95], ["𠮷田", 12.5, "\ud800x"]];
    grid[1][LAST_COL + 1] = `${FINGERPRINT_LABEL}5577be00`;
    expect(reportState(grid, LAST_COL)).toBe("as-written");
    grid[1][LAST_COL + 1] = `${FINGERPRINT_LABEL}5577be01`;
    expect(reportState(grid, LAST_COL)).toBe("edited");
  });

  it("cannot tell without the fingerprint (an older report), and keeps it rather than lose it", () => {
    const grid = asRead(plan);
    grid[1][LAST_COL + 1] = null;
    expect(reportState(grid, LAST_COL)).toBe("unknown");
    expect(keepEditedReport("自评报告", grid, new Set(["自评报告"]))?.keep).toBe("自评报告（修改前）");
  });

  it("finds the fingerprint where a report of the eleven-column layout put it (M2) and tells it as written", () => {
    const grid = asRead(plan);
    const stamp = grid[1][LAST_COL + 1];
    grid[1][LAST_COL + 1] = null;
    grid[1][12] = stamp; // M2: two columns right of the old layout's K
    expect(reportState(grid, LAST_COL)).toBe("as-written");
    grid[1][0] = "改过的标记";
    expect(reportState(grid, LAST_COL)).toBe("edited");
  });

  it("names the kept sheet 自评报告（修改前）, then （修改前2）, within Excel's 31 characters", () => {
    expect(keptReportName("自评报告", new Set(["自评报告"]))).toBe("自评报告（修改前）");
    expect(keptReportName("自评报告", new Set(["自评报告", "自评报告（修改前）"]))).toBe("自评报告（修改前2）");
    expect(keptReportName("x".repeat(40), new Set()).length).toBeLessThanOrEqual(31);
  });
});
