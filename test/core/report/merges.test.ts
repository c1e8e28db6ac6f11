import { evaluateGrids } from "../../../src/core/evaluate";
import { buildReportPlan } from "../../../src/core/report/buildReport";
import { readWorkbookBuffer } from "../../../src/hosts/xlsx/readGrids";
import { buildCleanTwin, buildMessyTwin, toBuffer } from "../../fixtures/workbooks";

// Excel offers to repair a sheet whose merged areas overlap (ECMA-376 leaves them undefined), and the writer emits the
// plan's merges as they are: the report plan itself must never overlap two areas.
it("the report plan's merged areas never overlap", async () => {
  for (const wb of [buildCleanTwin(), buildMessyTwin()]) {
    const plan = buildReportPlan(evaluateGrids(await readWorkbookBuffer(await toBuffer(wb), "t.xlsx")));
    const ms = plan.merges;
    expect(ms.length).toBeGreaterThan(0);
    for (let i = 0; i < ms.length; i++)
      for (let j = i + 1; j < ms.length; j++) {
        const [a, b] = [ms[i], ms[j]];
        const apart = a.bottom < b.top || b.bottom < a.top || a.right < b.left || b.right < a.left;
        if (!apart) throw new Error(`overlapping merges ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
      }
  }
});
