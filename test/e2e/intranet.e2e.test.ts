/**
 * The intranet build (`npm run build:intranet`: Office.js served from dist/officejs/ instead of Microsoft's CDN), in
 * Chromium with no network beyond loopback: office.js loads from the same server, Office.onReady answers host null
 * (this is a browser tab, not Excel), and the pane starts in file mode and scores the example.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import webpack from "webpack";
import { launchChromium, openOfflinePage } from "./helpers/browser";
import { serveFolder } from "./helpers/staticServer";

/* eslint-disable @typescript-eslint/no-require-imports */
const makeConfig = require("../../webpack.config.js") as (env: Record<string, unknown>, argv: { mode: string }) => Promise<webpack.Configuration>;

const EXAMPLE = resolve(__dirname, "../../assets/examples/丰都县总工会2024.xlsx");

function build(config: webpack.Configuration): Promise<void> {
  return new Promise((done, fail) => {
    const compiler = webpack({ ...config, infrastructureLogging: { level: "error" } });
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err || !stats) fail(err ?? new Error("no stats"));
      else if (stats.hasErrors()) fail(new Error(stats.toString({ all: false, errors: true })));
      else done();
    });
  });
}

test("the intranet build: office.js from the same server, host null → file mode, the example scored", async () => {
  const out = mkdtempSync(join(tmpdir(), "jixiao-intranet-"));
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  try {
    await build(await makeConfig({ officejs: "local", outDir: out }, { mode: "production" }));
    warn.mockRestore();
    const site = await serveFolder(out);
    const browser = await launchChromium();
    try {
      const blocked: string[] = [];
      const { page } = await openOfflinePage(browser, `${site.url}/taskpane.html`, blocked);
      await page.getByRole("button", { name: "选择 .xlsx 文件" }).waitFor();
      const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
      expect(loaded).toContain(`${site.url}/officejs/office.js`);
      // Office.js really loaded and said where it is: outside any Office host.
      expect(await page.evaluate(async () => (await Office.onReady()).host)).toBeNull();
      await page.getByTestId("file-input").setInputFiles(EXAMPLE);
      await page.getByText("已选择：丰都县总工会2024.xlsx").waitFor();
      await page.getByRole("button", { name: "一键评分" }).click();
      await page.getByTestId("score").waitFor();
      expect(await page.getByTestId("score").textContent()).toBe("100.00");
      expect(await page.getByTestId("grade").textContent()).toBe("优");
      // Nothing leaves the intranet server, not even the CDN's office.js.
      expect(blocked).toEqual([]);
    } finally {
      await browser.close();
      await site.close();
    }
  } finally {
    warn.mockRestore();
    rmSync(out, { recursive: true, force: true });
  }
}, 180_000);
