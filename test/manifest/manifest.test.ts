import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { COMMAND_IDS } from "../../src/commands/ids";
import { checkManifest, type Issue } from "../../scripts/manifest/check";
import { assetPath } from "../../scripts/manifest/icons";
import { functionNames } from "../../scripts/manifest/ribbon";
import { child, parseXml } from "../../scripts/manifest/xml";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const readFile = (rel: string) => (existsSync(join(ROOT, rel)) ? readFileSync(join(ROOT, rel)) : null);

const errors = (xml: string, production = false): string[] =>
  checkManifest(xml, { readFile, production })
    .filter((i: Issue) => i.level === "error")
    .map((i) => i.message);

/** The manifest with one edit; fails the test if the edit did not apply, so a check is never tested on nothing. */
function edit(from: string | RegExp, to: string): string {
  const out = MANIFEST.replace(from, to);
  if (out === MANIFEST) throw new Error(`edit did not apply: ${from}`);
  return out;
}

describe("manifest.xml", () => {
  test("passes every offline check", () => {
    expect(checkManifest(MANIFEST, { readFile })).toEqual([]);
  });

  test("is a Workbook TaskPaneApp, zh-CN first with en-US overrides, ReadWriteDocument, ExcelApi 1.8", () => {
    const { root } = parseXml(MANIFEST);
    expect(root?.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(MANIFEST).toContain("<DefaultLocale>zh-CN</DefaultLocale>");
    expect(MANIFEST).toContain('<Host Name="Workbook"/>');
    expect(MANIFEST).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(MANIFEST).toContain('<Set Name="ExcelApi" MinVersion="1.8"/>');
    expect((MANIFEST.match(/Locale="en-US"/g) ?? []).length).toBeGreaterThanOrEqual(10);
    for (const label of ["绩效自评", "一键评分", "打开面板", "插入模板"]) expect(MANIFEST).toContain(`DefaultValue="${label}"`);
  });

  test("its ExecuteFunction names are exactly the ones commands.ts associates", () => {
    const { root } = parseXml(MANIFEST);
    const vo = child(root!, "VersionOverrides")!;
    expect(functionNames(vo).sort()).toEqual(Object.values(COMMAND_IDS).sort());
  });

  test("a production check rejects its localhost URLs", () => {
    expect(errors(MANIFEST, true).some((m) => m.includes("points at localhost:3000"))).toBe(true);
    const prod = MANIFEST.replaceAll("https://localhost:3000/", "https://addin.example.gov.cn/jixiao/");
    expect(errors(prod, true)).toEqual([]);
  });
});

describe("the checker finds", () => {
  test.each<[string, string, string | RegExp, string]>([
    ["malformed XML", "not well-formed", "</Permissions>", "</Permission>"],
    ["an element out of order", "out of order", /(<DefaultSettings>[\s\S]*?<\/DefaultSettings>)\n(\s*)(<Permissions>.*<\/Permissions>)/, "$3\n$2$1"],
    ["a missing required element", "<ProviderName> is required", /<ProviderName>.*<\/ProviderName>/, ""],
    ["an Id that is no GUID", "<Id> must be a GUID", /<Id>[^<]+<\/Id>/, "<Id>jixiao</Id>"],
    ["a bad version", "<Version> must be", "<Version>1.0.0.0</Version>", "<Version>1.0.0.0.1</Version>"],
    ["a bad DefaultLocale", "<DefaultLocale> must be", "<DefaultLocale>zh-CN</DefaultLocale>", "<DefaultLocale>chinese</DefaultLocale>"],
    ["an undefined resid", 'resid "Evaluate.Labl" is not defined', '<Label resid="Evaluate.Label"/>', '<Label resid="Evaluate.Labl"/>'],
    ["an unused resource", '"Spare.Url" is defined but never used', "</bt:Urls>", '<bt:Url id="Spare.Url" DefaultValue="https://localhost:3000/x.html"/></bt:Urls>'],
    ["a resid of the wrong kind", "names a bt:LongStrings entry", '<Label resid="Group.Label"/>', '<Label resid="Evaluate.Tooltip"/>'],
    ["a ShortString over 125", "the limit is 125", 'DefaultValue="一键评分"', `DefaultValue="${"评".repeat(126)}"`],
    ["a LongString over 250", "the limit is 250", /(<bt:String id="Evaluate.Tooltip" DefaultValue=")[^"]*"/, `$1${"长".repeat(251)}"`],
    ["two Overrides for one locale", "more than one Override for en-US", '<bt:Override Locale="en-US" Value="Evaluate"/>', '<bt:Override Locale="en-US" Value="Evaluate"/><bt:Override Locale="en-US" Value="Score"/>'],
    ["an http URL", "must use https", "https://localhost:3000/commands.html", "http://example.com/commands.html"],
    ["a missing icon file", "assets/icon-99.png does not exist", "https://localhost:3000/assets/icon-64.png", "https://localhost:3000/assets/icon-99.png"],
    ["an icon of the wrong size", "assets/icon-32.png is 32×32 px, but", /(<bt:Image id="Icon.80x80" DefaultValue=")[^"]*"/, '$1https://localhost:3000/assets/icon-32.png"'],
    ["a ribbon icon missing a size", 'needs a <bt:Image size="80">', /(<Group id="Jixiao.Group">[\s\S]*?)<bt:Image size="80" resid="Icon.80x80"\/>/, "$1"],
    ["an ExecuteFunction without a name", "needs a <FunctionName>", "<FunctionName>insertTemplate</FunctionName>", "<FunctionName></FunctionName>"],
    ["a duplicate control id", 'id "Jixiao.Evaluate" is used twice', 'id="Jixiao.Template"', 'id="Jixiao.Evaluate"'],
  ])("%s", (_, expected, from, to) => {
    expect(errors(edit(from, to)).join("\n")).toContain(expected);
  });

  test("icon paths are taken from the URL's assets/ segment", () => {
    expect(assetPath("https://addin.example.gov.cn/jixiao/assets/icon-16.png")).toBe("assets/icon-16.png");
    expect(assetPath("https://localhost:3000/icon.png")).toBeNull();
  });
});
