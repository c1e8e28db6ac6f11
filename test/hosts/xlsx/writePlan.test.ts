import ExcelJS from "exceljs";
import { evaluateGrids } from "../../../src/core/evaluate";
import { buildReportPlan } from "../../../src/core/report/buildReport";
import { readWorkbookBuffer } from "../../../src/hosts/xlsx/readGrids";
import { applyPlan } from "../../../src/hosts/xlsx/writePlan";
import { buildCleanTwin, buildMessyTwin, toBuffer } from "../../fixtures/workbooks";

async function plans() {
  const out = [];
  for (const wb of [buildCleanTwin(), buildMessyTwin()]) out.push(buildReportPlan(evaluateGrids(await readWorkbookBuffer(await toBuffer(wb), "t.xlsx"))));
  return out;
}

describe("applyPlan's merges", () => {
  // applyPlan merges without ExcelJS's check against every earlier area (quadratic: it made a 100,000-indicator report
  // take most of an hour). That is only sound while the report's areas never overlap.
  it("the report plan's merged areas never overlap", async () => {
    for (const plan of await plans()) {
      const ms = plan.merges;
      for (let i = 0; i < ms.length; i++)
        for (let j = i + 1; j < ms.length; j++) {
          const [a, b] = [ms[i], ms[j]];
          const apart = a.bottom < b.top || b.bottom < a.top || a.right < b.left || b.right < a.left;
          if (!apart) throw new Error(`overlapping merges ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
        }
    }
  });

  it("gives the same merged areas as ExcelJS's own mergeCells", async () => {
    for (const plan of await plans()) {
      const ours = new ExcelJS.Workbook().addWorksheet("r");
      applyPlan(ours, plan);
      const theirs = new ExcelJS.Workbook().addWorksheet("r");
      for (const m of plan.merges) theirs.mergeCells(m.top, m.left, m.bottom, m.right);
      expect([...ours.model.merges].sort()).toEqual([...theirs.model.merges].sort());
      expect(ours.model.merges.length).toBe(plan.merges.length);
    }
  });
});
