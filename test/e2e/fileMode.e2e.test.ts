/**
 * The pane without Excel, end to end: the production build (`npm run test:e2e` builds it first) served from loopback,
 * in Debian's Chromium, with every request beyond 127.0.0.1 refused. A user chooses or drops a workbook, clicks
 * 一键评分, reads the score and downloads the workbook with its 自评报告; an axe-core scan of every state finds no
 * serious or critical violation; screenshots of every state go to test-output/e2e/ (UPDATE_DOCS=1 also copies the
 * result view to docs/pane-result.png for the README).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Browser, BrowserContext, Download, Page } from "playwright-core";
import { createFileHost } from "../../src/hosts/browser/fileHost";
import { buildMessyTwin, toBuffer } from "../fixtures/workbooks";
import { docxAsText } from "../helpers/docxText";
import { seriousViolations } from "./helpers/axe";
import { launchChromium, openOfflinePage } from "./helpers/browser";
import { serveFolder, type StaticSite } from "./helpers/staticServer";

const ROOT = resolve(__dirname, "../..");
const DIST = join(ROOT, "dist");
const EXAMPLE = join(ROOT, "assets/examples/丰都县总工会2024.xlsx");
const SHOTS = join(ROOT, "test-output/e2e");
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

let site: StaticSite;
let browser: Browser;
let files: string;
let messy: string;
let messyScore: string;
// The pages a test opened, each with the URLs it tried to reach beyond loopback.
let opened: { context: BrowserContext; blocked: string[]; allowed: string[] }[] = [];

beforeAll(async () => {
  if (!existsSync(join(DIST, "taskpane.html")) || !existsSync(join(DIST, "index.html"))) {
    throw new Error("dist/ has no build: run `npm run test:e2e`, which builds first.");
  }
  mkdirSync(SHOTS, { recursive: true });
  files = mkdtempSync(join(tmpdir(), "jixiao-e2e-"));
  // A workbook as accountants send them: title rows, merged cells, full-width figures, odd headers.
  messy = join(files, "某单位2024（整理前）.xlsx");
  const messyBytes = await toBuffer(buildMessyTwin());
  writeFileSync(messy, messyBytes);
  // What the same file host gives in Node, to hold the page to: the pane must show exactly this score.
  const host = createFileHost({ storage: { getItem: () => null, setItem: () => undefined } });
  await host.openFile({ name: "messy.xlsx", bytes: messyBytes.buffer.slice(messyBytes.byteOffset, messyBytes.byteOffset + messyBytes.byteLength) as ArrayBuffer });
  messyScore = (await host.evaluate({})).overall.score.toFixed(2);
  // Files that are not workbooks: a text file renamed .xlsx, a real .docx, and that .docx renamed .xlsx.
  writeFileSync(join(files, "会议纪要.xlsx"), "这是一段文字，不是工作簿。\n");
  const docx = new JSZip();
  docx.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  docx.file("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
  const docxBytes = await docx.generateAsync({ type: "nodebuffer" });
  writeFileSync(join(files, "自评报告.docx"), docxBytes);
  writeFileSync(join(files, "自评报告（改名）.xlsx"), docxBytes);
  site = await serveFolder(DIST);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (files) rmSync(files, { recursive: true, force: true });
});

afterEach(async () => {
  for (const { context, blocked } of opened) {
    await context.close();
    // Nothing uploaded anywhere: the only request beyond loopback a page may even try is Microsoft's office.js.
    expect(blocked.filter((url) => url !== CDN_OFFICE_JS)).toEqual([]);
  }
  opened = [];
});

/** The pane as served: taskpane.html (office.js from the CDN, refused here) unless another page is named. */
async function openPane(path = "/taskpane.html", base = site.url): Promise<Page> {
  const blocked: string[] = [];
  const allowed: string[] = [];
  const { context, page } = await openOfflinePage(browser, `${base}${path}`, blocked);
  page.on("request", (r) => allowed.push(r.url()));
  opened.push({ context, blocked, allowed });
  await chooser(page).waitFor();
  return page;
}

const chooser = (page: Page) => page.getByRole("button", { name: "选择 .xlsx 文件" });
const evaluateButton = (page: Page) => page.getByRole("button", { name: "一键评分" });

async function choose(page: Page, file: string): Promise<void> {
  await page.getByTestId("file-input").setInputFiles(file);
}

async function shot(page: Page, state: string): Promise<void> {
  const path = join(SHOTS, `${state}.png`);
  // The result in full, findings included (it is the README's picture); the other states fit the 350 × 900 view.
  await page.screenshot({ path, fullPage: state === "result" });
  if (state === "result" && process.env.UPDATE_DOCS === "1") copyFileSync(path, join(ROOT, "docs/pane-result.png"));
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

async function workbookOf(download: Download): Promise<ExcelJS.Workbook> {
  const path = join(files, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** The value beside a label on the 自评报告 sheet: a formula's cached result, or the value itself. */
function besideLabel(sheet: ExcelJS.Worksheet, label: string): unknown {
  let found: unknown = undefined;
  sheet.eachRow((row) => {
    row.eachCell((cell, col) => {
      if (found === undefined && cell.value === label) {
        const next = row.getCell(col + 1).value;
        found = next !== null && typeof next === "object" && "result" in next ? next.result : next;
      }
    });
  });
  return found;
}

describe("the pane without Excel (file mode), in Chromium, offline", () => {
  test("empty: office.js cannot load, so the pane starts in file mode with the chooser; nothing else is fetched from outside", async () => {
    const page = await openPane();
    await expect(page.getByTestId("file-mode-note").textContent()).resolves.toContain("不会上传");
    expect(await page.getByTestId("file-name").textContent()).toBe("尚未选择文件");
    expect(await evaluateButton(page).isDisabled()).toBe(true);
    await shot(page, "empty");
    await expectAccessible(page);
    // ExcelJS is not fetched until a file is evaluated or the template downloaded.
    expect(opened[0].allowed.filter((u) => /exceljs\./.test(u))).toEqual([]);
    expect(opened[0].blocked).toEqual([CDN_OFFICE_JS]);
  });

  test("the example workbook: file chosen → running → 100.00 分, 优 → the result downloaded with its 自评报告", async () => {
    const page = await openPane();
    await choose(page, EXAMPLE);
    await page.getByText("已选择：丰都县总工会2024.xlsx").waitFor();
    await shot(page, "file-chosen");
    await expectAccessible(page);

    // Hold ExcelJS back, so the running state stays on screen long enough to be scanned and photographed.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    await page.route(/\/exceljs\.[0-9a-f]+\.js$/, async (route) => {
      await gate;
      await route.continue();
    });
    await evaluateButton(page).click();
    await page.getByRole("progressbar").waitFor();
    expect(await page.getByRole("button", { name: "正在评分…" }).isDisabled()).toBe(true);
    await shot(page, "running");
    await expectAccessible(page);
    release();

    await page.getByTestId("score").waitFor();
    expect(await page.getByTestId("score").textContent()).toBe("100.00");
    expect(await page.getByTestId("grade").textContent()).toBe("优");
    expect(await page.getByTestId("execution-rate").textContent()).toBe("100.00%");
    await page.getByRole("rowheader", { name: "丰都县总工会" }).waitFor();
    await page.getByRole("heading", { name: /^发现的问题（\d+）$/ }).waitFor();
    await shot(page, "result");
    await expectAccessible(page);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载评分结果" }).click()]);
    expect(download.suggestedFilename()).toBe("丰都县总工会2024-自评报告.xlsx");
    const wb = await workbookOf(download);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["基本信息", "资金情况", "绩效指标", "自评报告"]));
    const report = wb.getWorksheet("自评报告")!;
    expect(besideLabel(report, "单位")).toBe("丰都县总工会");
    expect(besideLabel(report, "自评总分")).toBe(100);
    expect(besideLabel(report, "评价等级")).toBe("优");
    await page.getByText("已生成「丰都县总工会2024-自评报告.xlsx」，请在浏览器的下载中查看。").waitFor();
  });

  test("下载Word报告: the .docx is made in the page, fetched as its own chunk only when asked, and opens in LibreOffice Writer", async () => {
    const page = await openPane();
    await choose(page, EXAMPLE);
    await page.getByText("已选择：丰都县总工会2024.xlsx").waitFor();
    await evaluateButton(page).click();
    await page.getByTestId("score").waitFor();
    expect(opened[0].allowed.filter((u) => /\/docx\.[0-9a-f]+\.js$/.test(u))).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载Word报告" }).click()]);
    expect(download.suggestedFilename()).toBe("丰都县总工会2024年度绩效自评工作报告.docx");
    expect(opened[0].allowed.filter((u) => /\/docx\.[0-9a-f]+\.js$/.test(u))).toHaveLength(1);
    const path = join(files, `${Date.now()}-${download.suggestedFilename()}`);
    await download.saveAs(path);
    const lines = await docxAsText(new Uint8Array(readFileSync(path)));
    expect(lines[0]).toBe("丰都县总工会2024年度绩效自评工作报告");
    for (const heading of ["一、基本情况", "二、绩效目标完成情况分析", "三、存在的问题及改进措施", "四、绩效自评结果拟应用和公开情况", "五、其他需要说明的问题"]) {
      expect(lines).toContain(heading);
    }
    expect(lines).toContain("表1 资金执行情况（万元）");
    expect(lines).toContain("表2 绩效指标完成情况");
    expect(lines.join("\n")).toContain("到位资金324.88万元，实际支出资金324.88万元，资金执行率100%");
    await page.getByText("已生成「丰都县总工会2024年度绩效自评工作报告.docx」，请在浏览器的下载中查看。").waitFor();
  }, 180_000);

  test("a messy workbook (title rows, merged cells, full-width figures) is scored as in Node", async () => {
    const page = await openPane();
    await choose(page, messy);
    await page.getByText("已选择：某单位2024（整理前）.xlsx").waitFor();
    await evaluateButton(page).click();
    await page.getByTestId("score").waitFor();
    expect(await page.getByTestId("score").textContent()).toBe(messyScore);
    expect(["优", "良", "中", "差"]).toContain(await page.getByTestId("grade").textContent());
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载评分结果" }).click()]);
    const report = (await workbookOf(download)).getWorksheet("自评报告");
    expect(report).toBeDefined();
    expect(besideLabel(report!, "自评总分")).toBe(Number(messyScore));
  });

  test("Edge and Chrome: after the file is fixed and saved, 一键评分 scores the file as it is now (File System Access API)", async () => {
    const blocked: string[] = [];
    const { context, page } = await openOfflinePage(browser, `${site.url}/taskpane.html`, blocked, { fileSystemAccess: true });
    opened.push({ context, blocked, allowed: [] });
    await chooser(page).waitFor();
    // A headless browser has no picker dialog to answer: the page's picker gives a real FileSystemFileHandle from the
    // origin's private file system, where the test saves the workbook as Excel or WPS would save it on disk.
    const save = (bytes: Buffer) =>
      page.evaluate(async (data) => {
        const root = await navigator.storage.getDirectory();
        const handle = await root.getFileHandle("自评.xlsx", { create: true });
        const out = await handle.createWritable();
        await out.write(new Uint8Array(data));
        await out.close();
        (window as unknown as { showOpenFilePicker: () => Promise<unknown[]> }).showOpenFilePicker = async () => [handle];
      }, [...bytes]);
    await save(readFileSync(messy));
    await chooser(page).click();
    await page.getByText("已选择：自评.xlsx").waitFor();
    await evaluateButton(page).click();
    await page.getByTestId("score").waitFor();
    expect(await page.getByTestId("score").textContent()).toBe(messyScore);
    // Fixed and saved: the same click, no new choice, gives the new result.
    await save(readFileSync(EXAMPLE));
    await evaluateButton(page).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="score"]')?.textContent === "100.00");
    expect(await page.getByText(/本次评分依据的是/).count()).toBe(0);
  });

  test("a dropped workbook is taken like a chosen one", async () => {
    const page = await openPane();
    const bytes = readFileSync(EXAMPLE).toString("base64");
    const dataTransfer = await page.evaluateHandle((b64) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], "拖入的表.xlsx"));
      return dt;
    }, bytes);
    const zone = page.getByTestId("drop-zone");
    await zone.dispatchEvent("dragover", { dataTransfer });
    await zone.dispatchEvent("drop", { dataTransfer });
    await page.getByText("已选择：拖入的表.xlsx").waitFor();
    await evaluateButton(page).click();
    expect(await page.getByTestId("score").textContent()).toBe("100.00");
  });

  test("下载空白模板 gives the standard workbook with 基本信息, 资金情况 and 绩效指标", async () => {
    const page = await openPane();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载空白模板" }).click()]);
    expect(download.suggestedFilename()).toBe("绩效自评标准模板.xlsx");
    const names = (await workbookOf(download)).worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["基本信息", "资金情况", "绩效指标"]));
  });

  test("files that are not workbooks get a clear Chinese message, and the pane stays usable", async () => {
    const page = await openPane();
    const error = page.getByRole("alert").or(page.locator(".fui-MessageBar")).first();

    // Told apart by their bytes as soon as they are chosen, whatever their names say.
    await choose(page, join(files, "会议纪要.xlsx"));
    await error.waitFor();
    expect(await error.textContent()).toContain("文件“会议纪要.xlsx”不是有效的 Excel 工作簿（.xlsx），请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。");
    await shot(page, "error");
    await expectAccessible(page);
    await page.getByRole("button", { name: "关闭" }).click();

    await choose(page, join(files, "自评报告.docx"));
    await page.getByText("文件“自评报告.docx”是 Word 文档（.docx），不是 Excel 工作簿，请选择绩效自评的 .xlsx 文件。").waitFor();
    await page.getByRole("button", { name: "关闭" }).click();

    await choose(page, join(files, "自评报告（改名）.xlsx"));
    await page.getByText("文件“自评报告（改名）.xlsx”是 Word 文档（.docx），不是 Excel 工作簿，请选择绩效自评的 .xlsx 文件。").waitFor();
    await page.getByRole("button", { name: "关闭" }).click();

    // The next file works as if nothing had happened.
    await choose(page, EXAMPLE);
    await page.getByText("已选择：丰都县总工会2024.xlsx").waitFor();
    await evaluateButton(page).click();
    expect(await page.getByTestId("score").textContent()).toBe("100.00");
  });

  test("keyboard only: Tab to the chooser, Enter opens the file dialog; Tab to 一键评分, Enter; Space downloads", async () => {
    const page = await openPane();
    // Listening turns on playwright's file-dialog interception, which takes a round trip: done before any key press.
    page.on("filechooser", () => undefined);
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? document.activeElement?.tagName);
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("选择 .xlsx 文件");
    const [dialog] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Enter")]);
    expect(dialog.isMultiple()).toBe(false);
    await dialog.setFiles(EXAMPLE);
    await page.getByText("已选择：丰都县总工会2024.xlsx").waitFor();
    // Focus stays on the chooser; Space opens it as well.
    expect(await focused()).toBe("选择 .xlsx 文件");
    const [again] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Space")]);
    // The same file again ends with the same name on screen, so watch the name change while the pane opens it: until
    // it is open the 评分规则 select is disabled and Tab would pass over it.
    await page.evaluate(() => {
      const name = document.querySelector('[data-testid="file-name"]') as HTMLElement;
      const seen = window as unknown as { reopened: boolean };
      seen.reopened = false;
      new MutationObserver(() => {
        if (!name.textContent?.startsWith("已选择")) seen.reopened = true;
      }).observe(name, { childList: true, characterData: true, subtree: true });
    });
    await again.setFiles(EXAMPLE);
    await page.waitForFunction(
      () =>
        (window as unknown as { reopened: boolean }).reopened &&
        document.querySelector('[data-testid="file-name"]')?.textContent?.startsWith("已选择") &&
        document.querySelector("select")?.disabled === false,
    );
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("SELECT");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("一键评分");
    await page.keyboard.press("Enter");
    await page.getByTestId("score").waitFor();
    expect(await page.getByTestId("score").textContent()).toBe("100.00");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("下载评分结果");
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Space")]);
    expect(download.suggestedFilename()).toBe("丰都县总工会2024-自评报告.xlsx");
  });

  test("index.html, the self-service page, served from a sub-path as an intranet server would: no request leaves the server", async () => {
    // dist/ under /tools/jixiao/ of another site: every URL of the build must be relative for this to work.
    const www = mkdtempSync(join(tmpdir(), "jixiao-www-"));
    mkdirSync(join(www, "tools"));
    symlinkSync(DIST, join(www, "tools", "jixiao"), "dir");
    const intranet = await serveFolder(www);
    try {
      const page = await openPane("/tools/jixiao/", intranet.url);
      await choose(page, EXAMPLE);
      await page.getByText("已选择：丰都县总工会2024.xlsx").waitFor();
      await evaluateButton(page).click();
      expect(await page.getByTestId("score").textContent()).toBe("100.00");
      expect(opened[0].blocked).toEqual([]);
      expect(opened[0].allowed.every((u) => u.startsWith(`${intranet.url}/tools/jixiao/`))).toBe(true);
    } finally {
      await intranet.close();
      rmSync(www, { recursive: true, force: true });
    }
  });
});
