import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { StartupMessage } from "./components/StartupMessage";
import { stringsFor, type Strings } from "./i18n";
import { Shell } from "./Shell";
import { themeFor } from "./theme";

/**
 * The pane's entry: waits for Office, picks language and theme from it, and mounts the App on the host for where it
 * runs. The Excel gateway (and with it the engine) is a chunk of its own, fetched once Office says this is Excel, so
 * the first load stays React and Fluent only.
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

async function start(): Promise<void> {
  // office.js is a <script> in <head>; where the CDN is unreachable the global never appears.
  if (typeof Office === "undefined") {
    const t = stringsFor(navigator.language);
    mount(
      t,
      themeFor(null),
      <StartupMessage intent="error" title={t.officeJsMissingTitle} body={t.officeJsMissingBody} />,
    );
    return;
  }
  const info = await Office.onReady();
  const t = stringsFor(Office.context?.displayLanguage ?? navigator.language);
  const theme = themeFor(Office.context?.officeTheme);
  try {
    if (info.host === Office.HostType.Excel) {
      const { createExcelHost } = await import(/* webpackChunkName: "excel-host" */ "../hosts/excel");
      mount(t, theme, <App host={createExcelHost()} />);
    } else {
      // Outside Excel (a plain browser tab, or another Office app). The file mode will plug in here with a FileHost.
      mount(t, theme, <StartupMessage intent="info" title={t.notInExcelTitle} body={t.notInExcelBody} />);
    }
  } catch (e) {
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
}

void start();
