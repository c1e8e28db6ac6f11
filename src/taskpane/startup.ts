/**
 * Where the pane runs, decided once at startup: inside Excel (the Office.js gateway), or anywhere else on a file the
 * user chooses (the file mode). Anywhere else means a plain browser tab, another Office app, WPS (which has no
 * Office.js runtime), or a network that cannot fetch office.js from Microsoft's CDN at all.
 */

/** The part of the Office.js global the decision needs; the real `Office` fits it, and so does a test's fake. */
export interface OfficeGlobal {
  onReady(): Promise<{ host: unknown }>;
  HostType: { Excel: unknown };
}

export type Where = { mode: "excel" } | { mode: "file"; reason: "no-officejs" | "not-excel" | "timeout" };

/** The async office.js <script> (taskpane.html), which marks itself data-state="loaded" or "failed". */
export interface OfficeScript {
  getAttribute(name: string): string | null;
  addEventListener(type: "load" | "error", listener: () => void): void;
}

/**
 * The Office global once office.js has loaded; undefined where it failed, or where the page has no such script (the
 * page without Excel). The script may have finished before the bundle runs: its data-state says so.
 */
export function officeWhenLoaded(
  script: OfficeScript | null,
  global: () => OfficeGlobal | undefined,
): Promise<OfficeGlobal | undefined> {
  const now = global();
  if (now) return Promise.resolve(now);
  if (!script || script.getAttribute("data-state") === "failed") return Promise.resolve(undefined);
  if (script.getAttribute("data-state") === "loaded") return Promise.resolve(global());
  return new Promise((resolve) => {
    script.addEventListener("load", () => resolve(global()));
    script.addEventListener("error", () => resolve(undefined));
  });
}

/**
 * Outside Office, office.js answers onReady with host null in about 200 ms; inside Excel it answers within a second or
 * two. Some browsers and webviews never answer: past this the pane starts in file mode rather than wait forever.
 */
export const OFFICE_READY_TIMEOUT_MS = 3000;

/**
 * `office` is the Office global, or (office.js being an async script) a promise of it once the script has loaded or
 * failed: the timeout covers both the script's download and onReady, so a CDN that hangs costs 3 s, not the page.
 */
export async function whereToRun(
  office: OfficeGlobal | undefined | Promise<OfficeGlobal | undefined>,
  options: { timeoutMs?: number; onLateExcel?: () => void } = {},
): Promise<Where> {
  // Where office.js could not be fetched (or the page has none) the global never appears.
  if (!office) return { mode: "file", reason: "no-officejs" };
  const ready: Promise<Where> = Promise.resolve(office).then((o) =>
    o
      ? o.onReady().then(
          (info): Where => (info.host === o.HostType.Excel ? { mode: "excel" } : { mode: "file", reason: "not-excel" }),
          (): Where => ({ mode: "file", reason: "not-excel" }),
        )
      : { mode: "file", reason: "no-officejs" },
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Where>((resolve) => {
    timer = setTimeout(
      () => resolve({ mode: "file", reason: "timeout" }),
      options.timeoutMs ?? OFFICE_READY_TIMEOUT_MS,
    );
  });
  const where = await Promise.race([ready, timeout]);
  clearTimeout(timer);
  if (where.mode === "file" && where.reason === "timeout") {
    // A slow Excel that answers after all gets the pane it was meant to have.
    void ready.then((late) => {
      if (late.mode === "excel") options.onLateExcel?.();
    });
  }
  return where;
}
