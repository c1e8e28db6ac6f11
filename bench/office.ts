/**
 * The Office.js gateway's one-click evaluation on the test's fake Excel (test/hosts/excel/fakeExcel.ts), for a standard
 * workbook of a given size: how many round trips, how many write chunks, the largest request the fake measured, and
 * the wall time. The fake queues, measures and applies batches as Excel would, but has no network or Excel behind it,
 * so `ms` is the core's and the gateway's own time plus the fake's bookkeeping (roughly half of it at 20,000 indicators), not
 * what a user waits for in Excel on the web.
 */
import { createExcelHost } from "../src/hosts/excel";
import { ALL_FEATURES } from "../src/hosts/excel/features";
import { FakeExcel } from "../test/hosts/excel/fakeExcel";
import { buildStandardGrids } from "./grids";

export async function measureOfficeGateway(
  indicators: number,
): Promise<{ indicators: number; syncs: number; chunks: number; largestRequestBytes: number; ms: number }> {
  const grids = buildStandardGrids(indicators);
  // Excel on the web's limits are enforced, so a chunk over 5 MB would fail the run rather than pass unnoticed.
  const excel = new FakeExcel(grids.fileName, grids.sheets, { web: true });
  let syncs = 0;
  const sync = excel.context.sync.bind(excel.context);
  excel.context.sync = () => {
    syncs++;
    return sync();
  };
  const host = createExcelHost({
    run: (batch) => batch(excel.context.asExcel()),
    features: () => ALL_FEATURES,
    settings: () => ({ get: () => undefined, set: () => undefined, saveAsync: (cb) => cb({ status: "succeeded" }), refreshAsync: (cb) => cb({ status: "succeeded" }) }),
  });
  const started = performance.now();
  await host.evaluate({});
  const ms = performance.now() - started;
  // Every write chunk suspends calculation exactly once (writePlan.ts), so those calls count the chunks.
  const chunks = excel.log.filter((l) => l.name === "suspendApiCalculationUntilNextSync").length;
  return { indicators, syncs, chunks, largestRequestBytes: Math.max(0, ...excel.requestBytes), ms };
}
