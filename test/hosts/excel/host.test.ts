import { OfficeMockObject } from "office-addin-mock";
import { makeFinding } from "../../../src/core/model/finding";
import { CHOICES_KEY, type SettingsLike } from "../../../src/hosts/excel/choices";
import { ALL_FEATURES, MINIMUM_FEATURES, detectFeatures } from "../../../src/hosts/excel/features";
import { MARK_FORMULA, markedCount } from "../../../src/hosts/excel/marks";
import { HostError } from "../../../src/hosts/host";
import { FUND_HEADERS, INDICATOR_HEADERS } from "../../../src/core/template/content";
import { balancedRows, sheet, simpleWorkbook } from "../../helpers/grids";
import { FakeExcel } from "./fakeExcel";
import { FakeDocumentSettings } from "./fakeSettings";
import { cellAt, fakeFrom, hostOn } from "./helpers";

const finding = (sheetName: string, row: number, col: number) => makeFinding("vague-wording", "warning", { sheet: sheetName, row, col }, "有效提升无法衡量");

describe("features", () => {
  it("asks isSetSupported for 1.9 and 1.13 only", () => {
    const asked: string[] = [];
    const f = detectFeatures((name, version) => {
      asked.push(`${name} ${version}`);
      return version === "1.9";
    });
    expect(f).toEqual({ api19: true, mergedAreas: false });
    expect(asked).toEqual(["ExcelApi 1.9", "ExcelApi 1.13"]);
  });
});

describe("selectFinding", () => {
  it("activates the sheet and selects the cell, the row or A1, in one sync", async () => {
    const excel = fakeFrom(simpleWorkbook(balancedRows()));
    const { host, sync } = hostOn(excel);
    await host.selectFinding(finding("绩效指标", 3, 6));
    expect(sync).toHaveBeenCalledTimes(1);
    expect(excel.activeSheet).toBe("绩效指标");
    expect(excel.selected).toBe("绩效指标!F3");
    await host.selectFinding(makeFinding("missing-dimension", "warning", { sheet: "绩效指标", row: 4 }, "x"));
    expect(excel.selected).toBe("绩效指标!A4:XFD4");
    await host.selectFinding(makeFinding("basic-info-missing", "error", { sheet: "基本信息" }, "x"));
    expect(excel.selected).toBe("基本信息!A1");
  });

  it("names the sheet when it no longer exists", async () => {
    const excel = fakeFrom(simpleWorkbook(balancedRows()));
    const { host } = hostOn(excel);
    const e = (await host.selectFinding(finding("旧表", 1, 1)).catch((x: unknown) => x)) as HostError;
    expect(e).toBeInstanceOf(HostError);
    expect(e.code).toBe("ItemNotFound");
    expect(e.message).toContain("工作表“旧表”");
  });
});

describe("markFindings / clearMarks", () => {
  it.each([
    ["with RangeAreas", ALL_FEATURES],
    ["without", MINIMUM_FEATURES],
  ])("marks with a recognisable conditional format and clears exactly those (%s)", async (_label, features) => {
    const excel = fakeFrom(simpleWorkbook(balancedRows()));
    excel.sheet("绩效指标")?.cfs.push({ type: "ColorScale", formula: "", address: "I2:I5" }, { type: "Custom", formula: "=A1>0", fill: "#00FF00", address: "A1" });
    const before = JSON.stringify([...(excel.sheet("绩效指标")?.cells ?? [])]);
    const { host, sync } = hostOn(excel, features);

    const marked = await host.markFindings([finding("绩效指标", 3, 6), finding("绩效指标", 4, 6), finding("绩效指标", 3, 6), finding("资金情况", 2, 4), finding("不存在", 1, 1)]);
    expect(marked).toBe(3);
    expect(sync).toHaveBeenCalledTimes(3);
    const cfs = excel.sheet("绩效指标")?.cfs ?? [];
    expect(cfs.filter((c) => c.formula === MARK_FORMULA).length).toBeGreaterThan(0);
    expect(cfs.filter((c) => c.formula === MARK_FORMULA).every((c) => c.fill === "#FFC7CE")).toBe(true);
    // Values and the user's own formats untouched.
    expect(JSON.stringify([...(excel.sheet("绩效指标")?.cells ?? [])])).toBe(before);

    // Marking again replaces rather than piles up.
    await host.markFindings([finding("绩效指标", 3, 6)]);
    expect(excel.sheet("绩效指标")?.cfs.filter((c) => c.formula === MARK_FORMULA)).toHaveLength(1);

    sync.mockClear();
    const cleared = await host.clearMarks();
    expect(cleared).toBe(1);
    expect(sync).toHaveBeenCalledTimes(3);
    expect(excel.sheet("绩效指标")?.cfs.map((c) => c.type)).toEqual(["ColorScale", "Custom"]);
    expect(excel.sheet("资金情况")?.cfs).toEqual([]);
    expect(await host.clearMarks()).toBe(0);
  });

  it.each([
    ["with RangeAreas: one format over both areas, cleared through getRanges()", ALL_FEATURES],
    ["without: one format per place", MINIMUM_FEATURES],
  ])("clears two marks on one sheet (%s)", async (_label, features) => {
    const excel = fakeFrom(simpleWorkbook(balancedRows()));
    const { host, sync } = hostOn(excel, features);
    expect(await host.markFindings([finding("绩效指标", 3, 6), finding("绩效指标", 5, 2)])).toBe(2);
    const marks = () => (excel.sheet("绩效指标")?.cfs ?? []).filter((c) => c.formula === MARK_FORMULA);
    expect(marks().map((c) => c.address)).toEqual(features.api19 ? ["F3,B5"] : ["F3", "B5"]);
    sync.mockClear();
    expect(await host.clearMarks()).toBe(2);
    expect(sync).toHaveBeenCalledTimes(3);
    expect(marks()).toEqual([]);
  });

  it("the fake fails as Excel does: getRange() on a format over two areas fails the batch", async () => {
    const excel = fakeFrom(simpleWorkbook(balancedRows()));
    excel.sheet("绩效指标")?.cfs.push({ type: "Custom", formula: MARK_FORMULA, address: "F3,B5" });
    const context = excel.context.asExcel();
    const formats = context.workbook.worksheets.getItem("绩效指标").getRange().conditionalFormats;
    formats.load("items");
    await context.sync();
    const range = formats.items[0].getRange();
    range.load("address");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("counts a whole-row mark once", () => {
    expect(markedCount("S!A1,S!C2:D3,S!5:5")).toBe(6);
  });
});

describe("insertTemplate", () => {
  it("creates only the missing sheets, in two syncs, with headers and dropdowns", async () => {
    const excel = new FakeExcel("空白.xlsx", [sheet("资金情况", [["我的资金表"]])]);
    const { host, sync } = hostOn(excel);
    const result = await host.insertTemplate();
    expect(result).toEqual({ created: ["基本信息", "绩效指标"], skipped: ["资金情况"] });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(cellAt(excel, "资金情况", "A1")?.value).toBe("我的资金表");
    expect(cellAt(excel, "绩效指标", "D1")?.value).toBe(INDICATOR_HEADERS[3]);
    expect(cellAt(excel, "基本信息", "A2")?.value).toBe("单位名称");
    const rules = excel.log.filter((l) => l.name === "rule").map((l) => l.value);
    expect(rules).toContainEqual({ list: { inCellDropDown: true, source: "≥,＞,＝,＜,≤,定性" } });
    expect(rules).toContainEqual({ wholeNumber: { formula1: 2000, formula2: 2100, operator: "Between" } });
    expect(excel.log.some((l) => l.name === "freezeRows")).toBe(true);
    expect(excel.activeSheet).toBe("基本信息");
  });

  it("writes the fund sheet's helper formulas and does nothing when all sheets exist", async () => {
    const excel = new FakeExcel("空白.xlsx", [sheet("Sheet1", [])]);
    const { host } = hostOn(excel);
    await host.insertTemplate();
    expect(cellAt(excel, "资金情况", "A1")?.value).toBe(FUND_HEADERS[0]);
    expect(cellAt(excel, "资金情况", "G2")?.formula).toBe('=IF(N(D2)=0,"",E2/D2)');
    const again = hostOn(excel);
    again.sync.mockClear();
    expect(await again.host.insertTemplate()).toEqual({ created: [], skipped: ["基本信息", "资金情况", "绩效指标"] });
    expect(again.sync).toHaveBeenCalledTimes(1);
  });
});

describe("choices in the document's settings", () => {
  it("loads and saves under one key", async () => {
    const doc = new FakeDocumentSettings();
    const { host } = hostOn(fakeFrom(simpleWorkbook(balancedRows())), ALL_FEATURES, doc.runtime());
    expect(await host.loadChoices()).toEqual({ rules: null });
    await host.saveChoices({ rules: "四川" });
    expect(doc.stored[CHOICES_KEY]).toEqual({ rules: "四川" });
    expect(await host.loadChoices()).toEqual({ rules: "四川" });
    doc.stored[CHOICES_KEY] = { rules: "不认识" };
    expect(await host.loadChoices()).toEqual({ rules: null });
  });

  it("the ribbon reads the 评分规则 the pane saved after the ribbon's function file had loaded", async () => {
    const doc = new FakeDocumentSettings();
    const excel = fakeFrom(simpleWorkbook(balancedRows()));
    // The function file loads with the workbook; the pane opens later, and the user picks 四川 there.
    const ribbonSettings = doc.runtime();
    const ribbon = hostOn(excel, ALL_FEATURES, ribbonSettings).host;
    const pane = hostOn(excel, ALL_FEATURES, doc.runtime()).host;
    await pane.saveChoices({ rules: "四川" });
    // Its own copy still says nothing: only refreshAsync brings the saved choice in.
    expect(ribbonSettings.get(CHOICES_KEY)).toBeNull();
    expect(await ribbon.loadChoices()).toEqual({ rules: "四川" });
    expect(ribbonSettings.refreshes).toBe(1);
  });

  it("rejects with a HostError when the settings cannot be refreshed", async () => {
    const doc = new FakeDocumentSettings();
    doc.refreshFailure = { message: "Internal error", code: 5001 };
    const { host } = hostOn(fakeFrom(simpleWorkbook(balancedRows())), ALL_FEATURES, doc.runtime());
    const e = (await host.loadChoices().catch((x: unknown) => x)) as HostError;
    expect(e).toBeInstanceOf(HostError);
    expect(e.message).toContain("Internal error");
    expect(e.code).toBe("5001");
  });

  it("rejects with a HostError when saving fails", async () => {
    const settings = new OfficeMockObject({
      get: () => null,
      set: () => undefined,
      refreshAsync: (callback: (r: { status: string }) => void) => callback({ status: "succeeded" }),
      saveAsync(callback: (r: { status: string; error?: { message: string; code: number } }) => void) {
        callback({ status: "failed", error: { message: "Document is read-only", code: 5001 } });
      },
    }) as unknown as SettingsLike;
    const { host } = hostOn(fakeFrom(simpleWorkbook(balancedRows())), ALL_FEATURES, settings);
    const e = (await host.saveChoices({ rules: null }).catch((x: unknown) => x)) as HostError;
    expect(e).toBeInstanceOf(HostError);
    expect(e.message).toContain("Document is read-only");
    expect(e.code).toBe("5001");
  });
});

describe("createExcelHost() over Office's globals", () => {
  it("runs every batch with delayForCellEdit and assumes only ExcelApi 1.8 outside Office", async () => {
    const excel = fakeFrom(simpleWorkbook(balancedRows()));
    const run = jest.fn((_options: unknown, batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(excel.context.asExcel()));
    const g = globalThis as unknown as { Excel?: unknown };
    g.Excel = { run };
    try {
      const { createExcelHost } = await import("../../../src/hosts/excel");
      const outcome = await createExcelHost().evaluate({});
      expect(run).toHaveBeenCalledWith({ delayForCellEdit: true }, expect.any(Function));
      expect(outcome.notes.join("")).toContain("ExcelApi 1.9");
    } finally {
      delete g.Excel;
    }
  });
});
