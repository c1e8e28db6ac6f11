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

/**
 * Outside Office, office.js answers onReady with host null in about 200 ms; inside Excel it answers within a second or
 * two. Some browsers and webviews never answer: past this the pane starts in file mode rather than wait forever.
 */
export const OFFICE_READY_TIMEOUT_MS = 3000;

export async function whereToRun(
  office: OfficeGlobal | undefined,
  options: { timeoutMs?: number; onLateExcel?: () => void } = {},
): Promise<Where> {
  // office.js is a <script> in <head>: where it could not be fetched (or the page has none) the global never appears.
  if (!office) return { mode: "file", reason: "no-officejs" };
  const ready: Promise<Where> = office.onReady().then(
    (info) => (info.host === office.HostType.Excel ? { mode: "excel" } : { mode: "file", reason: "not-excel" }),
    () => ({ mode: "file", reason: "not-excel" }),
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
