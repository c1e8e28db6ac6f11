import { evaluateGrids } from "../../../src/core/evaluate";
import { buildReportPlan } from "../../../src/core/report/buildReport";
import { readWorkbookBuffer } from "../../../src/hosts/xlsx/readGrids";
import { TWIN, buildCleanTwin, toBuffer, type TwinData } from "../../fixtures/workbooks";
import { EXCEL_LIMITS, shapeOf } from "../../helpers/formulaLimits";

/** Issue 13, item 3: a department with 300 projects gets a report Excel can open — every formula within Excel's limits. */

describe("the formula shape measure", () => {
  test.each([
    ["SUM(A1:A3)", 1, 1],
    ["ROUND(AVERAGE(D5,D6,D7),2)", 3, 2],
    ['IF(A1="a,b",1,IF(B1>=90,"优","良"))', 3, 2],
    ["HYPERLINK(\"#'a,b'!F7\",\"x\")", 2, 1],
    ["NOW()", 0, 1],
  ])("%s has at most %d arguments and nesting %d", (f, args, nesting) => {
    expect(shapeOf(f)).toMatchObject({ maxArguments: args, maxNesting: nesting });
  });
});

describe("a 300-project workbook's report", () => {
  const projects = 300;
  let formulas: string[];
  let plan: ReturnType<typeof buildReportPlan>;
  beforeAll(async () => {
    const data: TwinData = {
      ...TWIN,
      projects: Array.from({ length: projects }, (_, i) => ({ ...TWIN.projects[i % TWIN.projects.length], name: `第${i + 1}号项目` })),
    };
    const ev = evaluateGrids(await readWorkbookBuffer(await toBuffer(buildCleanTwin(data)), "三百个项目.xlsx"));
    expect(ev.units).toHaveLength(projects);
    plan = buildReportPlan(ev);
    formulas = plan.cells.flatMap((c) => (c.content.kind === "formula" ? [c.content.formula] : []));
  }, 120_000);

  test(`every formula stays within ${EXCEL_LIMITS.characters} characters, ${EXCEL_LIMITS.arguments} arguments and ${EXCEL_LIMITS.nesting} nested levels`, () => {
    expect(formulas.length).toBeGreaterThan(projects * 10);
    const worst = formulas.map(shapeOf).reduce((w, s) => ({
      characters: Math.max(w.characters, s.characters),
      maxArguments: Math.max(w.maxArguments, s.maxArguments),
      maxNesting: Math.max(w.maxNesting, s.maxNesting),
    }));
    expect(worst.characters).toBeLessThanOrEqual(EXCEL_LIMITS.characters);
    expect(worst.maxArguments).toBeLessThanOrEqual(EXCEL_LIMITS.arguments);
    expect(worst.maxNesting).toBeLessThanOrEqual(EXCEL_LIMITS.nesting);
  });

  test("自评总分 averages one contiguous range of the 300 projects' scores", () => {
    const label = plan.cells.find((c) => c.content.kind === "text" && c.content.text === "自评总分" && c.col === 1)!;
    const total = plan.cells.find((c) => c.row === label.row && c.col === 2)!;
    expect(total.content.kind).toBe("formula");
    const formula = total.content.kind === "formula" ? total.content.formula : "";
    const m = /^ROUND\(AVERAGE\(D(\d+):D(\d+)\),2\)$/.exec(formula);
    expect(m).not.toBeNull();
    expect(Number(m![2]) - Number(m![1]) + 1).toBe(projects);
  });
});
