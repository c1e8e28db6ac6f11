import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { StartupMessage } from "./components/StartupMessage";
import { stringsFor, type Strings } from "./i18n";
import { Shell } from "./Shell";
import { officeWhenLoaded, whereToRun, type OfficeGlobal } from "./startup";
import { themeFor } from "./theme";

/**
 * The pane's entry: asks Office where it runs, picks language and theme, and mounts the App on the host for that
 * place. Each host is a chunk of its own, fetched once the place is known: the Excel gateway inside Excel, the file
 * host (and, only when a file is evaluated, ExcelJS) everywhere else. The first load stays React and Fluent only.
 */

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container");
const root = createRoot(container);

function mount(strings: Strings, theme: ReturnType<typeof themeFor>, body: ReactNode) {
  root.render(
    <Shell theme={theme} strings={strings}>
      {body}
    </Shell>,
  );
}

function mountFailure(t: Strings, theme: ReturnType<typeof themeFor>, e: unknown) {
  mount(
    t,
    theme,
    <StartupMessage
      intent="error"
      title={t.errorTitle}
      body={t.startupFailed(e instanceof Error ? e.message : String(e))}
    />,
  );
}

// Set once Excel is known, so a file mode still loading after a late Excel answer does not replace the Excel pane.
let inExcel = false;

async function startExcel(): Promise<void> {
  inExcel = true;
  const t = stringsFor(Office.context?.displayLanguage ?? navigator.language);
  const theme = themeFor(Office.context?.officeTheme);
  try {
    const { createExcelHost } = await import(/* webpackChunkName: "excel-host" */ "../hosts/excel");
    mount(t, theme, <App host={createExcelHost()} />);
  } catch (e) {
    mountFailure(t, theme, e);
  }
}

async function startFile(): Promise<void> {
  // No Office to ask: the browser's language, and the light theme.
  const t = stringsFor(navigator.language);
  const theme = themeFor(null);
  try {
    const { createFileHost } = await import(/* webpackChunkName: "file-host" */ "../hosts/browser/fileHost");
    if (inExcel) return;
    mount(t, theme, <App host={createFileHost()} />);
  } catch (e) {
    mountFailure(t, theme, e);
  }
}

async function start(): Promise<void> {
  // Something on screen at once, in the browser's language, while office.js loads and Office answers (3 s at most).
  const t = stringsFor(navigator.language);
  mount(t, themeFor(null), <StartupMessage intent="info" title={t.starting} body={t.startingBody} />);
  const office = officeWhenLoaded(document.getElementById("office-js"), () =>
    typeof Office === "undefined" ? undefined : (Office as unknown as OfficeGlobal),
  );
  const where = await whereToRun(office, { onLateExcel: () => void startExcel() });
  await (where.mode === "excel" ? startExcel() : startFile());
}

void start();
