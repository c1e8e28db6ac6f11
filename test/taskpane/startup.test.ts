import { whereToRun, type OfficeGlobal } from "../../src/taskpane/startup";

const EXCEL = "Excel";
const office = (onReady: () => Promise<{ host: unknown }>): OfficeGlobal => ({ onReady, HostType: { Excel: EXCEL } });

describe("where the pane runs", () => {
  test("inside Excel: the Excel host", async () => {
    expect(await whereToRun(office(async () => ({ host: EXCEL })))).toEqual({ mode: "excel" });
  });

  test("office.js outside Office (host null) or in another Office app: the file mode", async () => {
    expect(await whereToRun(office(async () => ({ host: null })))).toEqual({ mode: "file", reason: "not-excel" });
    expect(await whereToRun(office(async () => ({ host: "Word" })))).toEqual({ mode: "file", reason: "not-excel" });
  });

  test("no office.js at all (CDN unreachable, WPS, the self-service page): the file mode at once", async () => {
    expect(await whereToRun(undefined)).toEqual({ mode: "file", reason: "no-officejs" });
  });

  test("onReady failing: the file mode", async () => {
    expect(await whereToRun(office(() => Promise.reject(new Error("boom"))))).toEqual({ mode: "file", reason: "not-excel" });
  });

  test("onReady never answering: the file mode after the timeout, not a pane that waits forever", async () => {
    jest.useFakeTimers();
    try {
      const where = whereToRun(office(() => new Promise(() => undefined)), { timeoutMs: 3000 });
      await jest.advanceTimersByTimeAsync(3000);
      expect(await where).toEqual({ mode: "file", reason: "timeout" });
    } finally {
      jest.useRealTimers();
    }
  });

  test("an Excel that answers after the timeout still gets the Excel pane", async () => {
    let answer!: (info: { host: unknown }) => void;
    const onLateExcel = jest.fn();
    const where = await whereToRun(office(() => new Promise((resolve) => (answer = resolve))), { timeoutMs: 5, onLateExcel });
    expect(where).toEqual({ mode: "file", reason: "timeout" });
    answer({ host: EXCEL });
    await new Promise((r) => setTimeout(r, 0));
    expect(onLateExcel).toHaveBeenCalledTimes(1);
  });
});
