import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium, installed by scripts/install-test-deps.sh; never a browser downloaded by a test tool. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`找不到 Chromium（${CHROMIUM}）：请先运行 bash scripts/install-test-deps.sh，或用 CHROMIUM_PATH 指定。`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // playwright gives every launch a fresh empty profile of its own. The machine's network is closed: without these, Chromium keeps dialling Google's hosts and its start slows.
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-quic", "--no-first-run", "--disable-sync"],
  });
}

/**
 * A page that can reach only the loopback site: anything else (office.js on Microsoft's CDN, fonts, telemetry) is
 * refused, which is exactly an intranet without internet — and shows that nothing is uploaded anywhere.
 */
export async function openOfflinePage(
  browser: Browser,
  url: string,
  blocked: string[],
  options: { fileSystemAccess?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 350, height: 900 }, locale: "zh-CN" });
  // playwright drives the file dialog of an <input type=file> only; the File System Access picker Chromium also has
  // would open no dialog it can answer. Pages get the input unless a test brings its own picker.
  if (!options.fileSystemAccess) {
    await context.addInitScript(() => Object.defineProperty(window, "showOpenFilePicker", { value: undefined, configurable: true }));
  }
  await context.route("**/*", (route) => {
    const target = new URL(route.request().url());
    if (target.hostname === "127.0.0.1") return route.continue();
    blocked.push(route.request().url());
    return route.abort("internetdisconnected");
  });
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}
