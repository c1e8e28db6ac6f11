/**
 * The ES5 script that stands in for the pane where Office hosts add-ins in Internet Explorer 11 or EdgeHTML
 * (learn.microsoft.com, "Support older Microsoft webviews and Office versions"): parsed as ECMAScript 5, as Trident
 * would, and run in jsdom under those webviews' user agents.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";
import { JSDOM, ResourceLoader } from "jsdom";
import { COMMAND_IDS } from "../../src/commands/ids";

const ROOT = join(__dirname, "../..");
const SCRIPT = readFileSync(join(ROOT, "src/legacy/oldWebview.js"), "utf8");

// Office's webviews as they identify themselves: Trident in an Office 2019 volume-licensed task pane, EdgeHTML 18,
// WebView2 (Chromium Edge says "Edg/").
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const EDGE_HTML = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";
const WEBVIEW2 = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0";
const PANE = "https://addin.example.gov.cn/jixiao/taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN";

/** The page as the templates make it: the script inline in <head>, the body after it. */
async function run(userAgent: string, body: string, extra: (w: Window & Record<string, unknown>) => void = () => undefined) {
  const html = `<!doctype html><html><head><script>${SCRIPT}</script></head><body ${body}</body></html>`;
  const dom = new JSDOM(html, {
    url: PANE,
    resources: new ResourceLoader({ userAgent }),
    runScripts: "dangerously",
    beforeParse: (win) => extra(win as unknown as Window & Record<string, unknown>),
  });
  const w = dom.window as unknown as Window & Record<string, unknown>;
  if (w.document.readyState === "loading") await new Promise((r) => w.document.addEventListener("DOMContentLoaded", r));
  return w;
}

describe("the old-webview notice", () => {
  test("is ECMAScript 5: Internet Explorer 11 can parse it", () => {
    expect(() => parse(SCRIPT, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    // The check itself fails on what the bundles use.
    expect(() => parse("var a = b?.c ?? 1;", { ecmaVersion: 5 })).toThrow();
    expect(() => parse("const f = () => 1;", { ecmaVersion: 5 })).toThrow();
  });

  test("in Internet Explorer 11 the pane shows, in Chinese, which Excel works and where the page without Excel is", async () => {
    const w = await run(IE11, '><div id="container"></div>');
    const notice = w.document.getElementById("old-webview");
    expect(notice).not.toBeNull();
    expect((w.document.getElementById("container") as HTMLElement).style.display).toBe("none");
    const text = notice?.textContent ?? "";
    expect(text).toContain("这个版本的 Office 不能运行绩效自评助手");
    expect(text).toContain("Microsoft Edge WebView2");
    expect(text).toContain("Office 2021、Office 2024");
    expect(text).toContain("16.0.13530.20424");
    expect(text).toContain("批量许可版");
    expect(w.document.getElementById("page-without-excel")?.textContent).toBe("https://addin.example.gov.cn/jixiao/index.html");
  });

  test("EdgeHTML is recognised too, WebView2 and Chromium Edge are not", async () => {
    expect((await run(EDGE_HTML, '><div id="container"></div>')).document.getElementById("old-webview")).not.toBeNull();
    const modern = await run(WEBVIEW2, '><div id="container"></div>');
    expect(modern.document.getElementById("old-webview")).toBeNull();
    expect((modern.document.getElementById("container") as HTMLElement).style.display).toBe("");
  });

  test("in the ribbon's function file the buttons open the notice in a dialog and complete at once", async () => {
    const names = readFileSync(join(ROOT, "src/commands/commands.html"), "utf8").match(/data-commands="([^"]+)"/)?.[1];
    expect(names?.split(",")).toEqual(Object.values(COMMAND_IDS));
    const associated: Record<string, (e: { completed(): void }) => void> = {};
    const opened: string[] = [];
    const w = await run(IE11, `data-commands="${names}">`, (win) => {
      win.Office = {
        onReady: (f: () => void) => f(),
        actions: { associate: (name: string, f: (e: { completed(): void }) => void) => (associated[name] = f) },
        context: { ui: { displayDialogAsync: (url: string, _o: unknown, cb: () => void) => (opened.push(url), cb()) } },
      };
    });
    expect(Object.keys(associated)).toEqual(Object.values(COMMAND_IDS));
    // Office of that age may call the function by its name on the window instead.
    expect(typeof w.evaluateWorkbook).toBe("function");
    const event = { completed: jest.fn() };
    associated.evaluateWorkbook(event);
    expect(opened).toEqual(["https://addin.example.gov.cn/jixiao/taskpane.html"]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("both pages carry it before their bundles, which are deferred", () => {
    for (const page of ["src/taskpane/taskpane.html", "src/commands/commands.html"]) {
      const html = readFileSync(join(ROOT, page), "utf8");
      expect(html).toContain("<script><%= htmlWebpackPlugin.options.oldWebview %></script>");
    }
  });
});
