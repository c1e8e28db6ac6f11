import { readFileSync } from "node:fs";
import { join } from "node:path";
import { officeWhenLoaded, whereToRun, type OfficeGlobal } from "../../src/taskpane/startup";

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

describe("office.js loaded async, so a hanging CDN never blanks the pane", () => {
  const script = (state: string | null) => {
    const listeners: Record<string, () => void> = {};
    return {
      el: { getAttribute: () => state, addEventListener: (type: "load" | "error", f: () => void) => void (listeners[type] = f) },
      fire: (type: "load" | "error") => listeners[type](),
    };
  };
  const global = (o: OfficeGlobal | undefined) => () => o;
  const excel = office(async () => ({ host: EXCEL }));

  test("a script still loading: Excel once it has loaded and onReady says Excel", async () => {
    let loaded: OfficeGlobal | undefined;
    const s = script(null);
    const where = whereToRun(officeWhenLoaded(s.el, () => loaded), { timeoutMs: 1000 });
    loaded = excel;
    s.fire("load");
    expect(await where).toEqual({ mode: "excel" });
  });

  test("a script that failed (before or after the bundle ran): the file mode at once", async () => {
    expect(await whereToRun(officeWhenLoaded(script("failed").el, global(undefined)))).toEqual({ mode: "file", reason: "no-officejs" });
    const s = script(null);
    const where = whereToRun(officeWhenLoaded(s.el, global(undefined)));
    s.fire("error");
    expect(await where).toEqual({ mode: "file", reason: "no-officejs" });
  });

  test("already loaded, or no script at all (the page without Excel)", async () => {
    expect(await whereToRun(officeWhenLoaded(script("loaded").el, global(excel)))).toEqual({ mode: "excel" });
    expect(await whereToRun(officeWhenLoaded(null, global(undefined)))).toEqual({ mode: "file", reason: "no-officejs" });
  });

  test("a CDN that hangs: the file mode when the 3 s are up, counting the download; Excel still if it comes late", async () => {
    jest.useFakeTimers();
    try {
      let loaded: OfficeGlobal | undefined;
      const s = script(null);
      const onLateExcel = jest.fn();
      const where = whereToRun(officeWhenLoaded(s.el, () => loaded), { onLateExcel });
      await jest.advanceTimersByTimeAsync(3000);
      expect(await where).toEqual({ mode: "file", reason: "timeout" });
      loaded = excel;
      s.fire("load");
      await jest.advanceTimersByTimeAsync(0);
      expect(onLateExcel).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });

  test("taskpane.html loads office.js async in <head>, marking its own load or failure", () => {
    const html = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
    const tag = html.match(/<script id="office-js"[\s\S]*?<\/script>/)?.[0] ?? "";
    expect(tag).toMatch(/\basync\b/);
    expect(tag).toContain(`onload="this.setAttribute('data-state','loaded')"`);
    expect(tag).toContain(`onerror="this.setAttribute('data-state','failed')"`);
    expect(html.indexOf(tag)).toBeLessThan(html.indexOf("</head>"));
  });
});
