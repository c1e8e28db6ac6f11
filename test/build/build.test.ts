import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { gzipSync } from "zlib";
import { parse } from "acorn";
import webpack from "webpack";
import { checkManifest } from "../../scripts/manifest/check";

/* eslint-disable @typescript-eslint/no-require-imports */
const makeConfig = require("../../webpack.config.js") as (env: Record<string, unknown>, argv: { mode: string }) => Promise<webpack.Configuration>;
const { firstLoad, localScripts } = require("../../scripts/webpack/firstLoad.js") as {
  firstLoad(dir: string): { files: { file: string; gzip: number }[]; gzip: number };
  localScripts(html: string): string[];
};

const PROD_URL = "https://addin.example.gov.cn/jixiao/";
const BUDGET = 300 * 1024;

function build(config: webpack.Configuration): Promise<webpack.Stats> {
  return new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err || !stats) reject(err ?? new Error("no stats"));
      else if (stats.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve(stats);
    });
  });
}

type ChunkId = string | number;

describe("npm run build (production)", () => {
  let out: string;
  let stats: webpack.StatsCompilation;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "jixiao-build-"));
    const result = await build(await makeConfig({ outDir: out, url: PROD_URL }, { mode: "production" }));
    stats = result.toJson({ all: false, chunks: true, chunkModules: true, chunkOrigins: true, chunkGroups: true, entrypoints: true, ids: true });
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test("writes the pages, the manifest and the icons", () => {
    for (const f of ["taskpane.html", "index.html", "commands.html", "notify.html", "manifest.xml", ...[16, 32, 64, 80].map((s) => `assets/icon-${s}.png`)]) {
      expect(existsSync(join(out, f))).toBe(true);
    }
  });

  test(`taskpane.html's first load is at most ${BUDGET / 1024} KB gzip, without ExcelJS or the engine`, () => {
    const load = firstLoad(out);
    expect(load.files.length).toBeGreaterThan(0);
    console.log(`first load: ${(load.gzip / 1024).toFixed(1)} KB gzip in ${load.files.map((f) => f.file).join(", ")}`);
    expect(load.gzip).toBeLessThanOrEqual(BUDGET);
    const code = load.files.map((f) => readFileSync(join(out, f.file), "utf8")).join("\n");
    // Strings only ExcelJS and the Excel gateway contain: they must arrive in later chunks, when needed.
    expect(code).not.toContain("xl/worksheets/");
    expect(code).not.toContain("delayForCellEdit");
    // The docx package (the Word report) arrives only when the document is asked for.
    expect(code).not.toContain("word/document.xml");
  });

  test("no ExcelJS anywhere; the file reader and writer are fetched only by the file mode, in at most 60 KB gzip", () => {
    const chunks = stats.chunks ?? [];
    const holds = (c: (typeof chunks)[number], pattern: RegExp) => (c.modules ?? []).some((m) => pattern.test(m.name ?? "") || (m.modules ?? []).some((n) => pattern.test(n.name ?? "")));
    expect(chunks.filter((c) => holds(c, /node_modules[\\/]exceljs[\\/]/))).toEqual([]);
    const group = (name: string): ChunkId[] => stats.namedChunkGroups?.[name]?.chunks ?? [];
    const ids = (list: ChunkId[]) => new Set(list.map(String));
    const firstLoad = ids(stats.entrypoints?.taskpane?.chunks ?? []);
    const fileMode = ids([...group("read"), ...group("xlsx")]);
    expect(fileMode.size).toBeGreaterThan(0);
    // What the page fetches to read a file and write the result, beyond what it already has.
    const fetched = chunks.filter((c) => fileMode.has(String(c.id)) && !firstLoad.has(String(c.id)));
    const files = [...new Set(fetched.flatMap((c) => c.files ?? []))];
    const gzip = files.reduce((a, f) => a + gzipSync(readFileSync(join(out, f)), { level: 9 }).length, 0);
    console.log(`file reader + writer: ${(gzip / 1024).toFixed(1)} KB gzip in ${files.join(", ")}`);
    expect(gzip).toBeLessThanOrEqual(60 * 1024);
    expect(files.some((f) => readFileSync(join(out, f), "utf8").includes("xl/worksheets/"))).toBe(true);
    // The file host itself is requested only by the pane's entry, once it knows it is not in Excel.
    const fileHost = chunks.filter((c) => ids(group("file-host")).has(String(c.id)) && holds(c, /hosts[\\/]browser[\\/]fileHost\.ts/));
    expect(fileHost).toHaveLength(1);
  });

  test("index.html is the same pane without Office.js, for use in a browser; every URL is relative", () => {
    const index = readFileSync(join(out, "index.html"), "utf8");
    const pane = readFileSync(join(out, "taskpane.html"), "utf8");
    expect(index).not.toContain("office.js");
    expect(localScripts(index)).toEqual(localScripts(pane));
    for (const page of [index, pane]) {
      for (const src of localScripts(page)) expect(src).toMatch(/^[a-z0-9-]+\.[0-9a-f]{8}\.js$/);
    }
  });

  test("every script is ASCII, so a server's wrong charset cannot garble the Chinese text", () => {
    for (const f of readdirSync(out).filter((n) => n.endsWith(".js"))) {
      expect(/[^\x00-\x7f]/.test(readFileSync(join(out, f), "latin1"))).toBe(false);
    }
  });

  test("the pages load Office.js from Microsoft's CDN, in <head>, before their own scripts", () => {
    for (const page of ["taskpane.html", "commands.html", "notify.html"]) {
      const html = readFileSync(join(out, page), "utf8");
      const office = html.indexOf("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
      expect(office).toBeGreaterThan(0);
      expect(office).toBeLessThan(html.indexOf("</head>"));
      expect(html.slice(office)).toMatch(/<script[^>]*src="?[a-z]+\.[0-9a-f]{8}\.js/);
    }
  });

  test("the old-webview notice is inline in the pages Office opens, before their bundles, and still ES5", () => {
    for (const page of ["taskpane.html", "index.html", "commands.html"]) {
      const html = readFileSync(join(out, page), "utf8");
      const inline = /<script>([\s\S]*?isOldWebview[\s\S]*?)<\/script>/.exec(html);
      expect(inline).not.toBeNull();
      expect(() => parse(inline?.[1] ?? "", { ecmaVersion: 5 })).not.toThrow();
      expect(inline?.index ?? Infinity).toBeLessThan(html.search(/<script[^>]*src="?[a-z]+\.[0-9a-f]{8}\.js/));
    }
    // taskpane.html's office.js is async, so a CDN that hangs does not keep the page blank.
    expect(readFileSync(join(out, "taskpane.html"), "utf8")).toMatch(/<script id="?office-js"?[^>]*\basync\b/);
  });

  test("dist/manifest.xml points at the production URL and passes the production checks", () => {
    const xml = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(xml).not.toContain("localhost");
    expect(xml).toContain(`${PROD_URL}taskpane.html`);
    const readFile = (rel: string) => (existsSync(join(out, rel)) ? readFileSync(join(out, rel)) : null);
    expect(checkManifest(xml, { readFile, production: true })).toEqual([]);
  });
});

describe("build options", () => {
  test("officejs=local serves Office.js from dist/officejs, copied from @microsoft/office-js", async () => {
    jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const config = await makeConfig({ officejs: "local" }, { mode: "production" });
    const pages = (config.plugins ?? []).filter((p) => p?.constructor.name === "HtmlWebpackPlugin") as unknown as { userOptions: { filename: string; officeJs: string | null } }[];
    expect(pages.map((p) => p.userOptions.filename).sort()).toEqual(["commands.html", "index.html", "notify.html", "taskpane.html"]);
    // index.html, the page for use without Excel, loads no Office.js in either build.
    for (const p of pages) expect(p.userOptions.officeJs).toBe(p.userOptions.filename === "index.html" ? null : "officejs/office.js");
    const copy = (config.plugins ?? []).find((p) => p?.constructor.name === "CopyPlugin") as unknown as { patterns: { from: string; to: string }[] };
    expect(copy.patterns.some((p) => p.from.includes(join("@microsoft", "office-js", "dist")) && p.to === "officejs")).toBe(true);
  });

  test("a production URL must be https and end in /", async () => {
    await expect(makeConfig({ url: "http://intranet/jixiao/" }, { mode: "production" })).rejects.toThrow(/https/);
    await expect(makeConfig({ url: "https://intranet/jixiao" }, { mode: "production" })).rejects.toThrow(/ending in "\/"/);
  });
});
