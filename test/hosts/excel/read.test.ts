import { readSheets, CHAINED_SHEETS } from "../../../src/hosts/excel/readSheets";
import { readBands } from "../../../src/hosts/excel/readBands";
import { ALL_FEATURES, MINIMUM_FEATURES } from "../../../src/hosts/excel/features";
import { buildStandardGrids } from "../../../bench/grids";
import { balancedRows, sheet, simpleWorkbook } from "../../helpers/grids";
import { FakeExcel, FakeOfficeError } from "./fakeExcel";
import { fakeFrom } from "./helpers";

describe("number formats, read with the values", () => {
  const percent = () =>
    new FakeExcel("格式.xlsx", [{ name: "资金情况", values: [["执行率", "金额"], [0.9, 1200]], formats: [[null, null], ["0%", "#,##0.00"]] }]);

  it("a 0.9 in a \"0%\" cell arrives with its format, in the same single sync", async () => {
    const excel = percent();
    const sync = jest.spyOn(excel.context, "sync");
    const read = await readSheets(excel.context.asExcel(), ALL_FEATURES);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(excel.loadsRequested.find((l) => l.target.endsWith("usedRange"))?.props).toBe("address,rowCount,columnCount,values,numberFormat");
    expect(read.sheets[0].values[1]).toEqual([0.9, 1200]);
    expect(read.sheets[0].formats).toEqual([[null, null], ["0%", "#,##0.00"]]);
  });

  it("and in the stepwise and banded reads too, without an extra sync", async () => {
    const excel = new FakeExcel("格式.xlsx", percent().sheets.map((s) => ({ name: s.name, values: [["执行率", "金额"], [0.9, 1200]], formats: [[null, null], ["0%", "#,##0.00"]] })), { nullChain: "throw" });
    const sync = jest.spyOn(excel.context, "sync");
    const read = await readSheets(excel.context.asExcel(), ALL_FEATURES);
    expect(sync).toHaveBeenCalledTimes(4);
    expect(read.sheets[0].formats?.[1]).toEqual(["0%", "#,##0.00"]);
  });

  it("a sheet all in General carries no formats grid", async () => {
    const excel = fakeFrom(simpleWorkbook(balancedRows()));
    const read = await readSheets(excel.context.asExcel(), ALL_FEATURES);
    expect(read.sheets.every((s) => s.formats === undefined)).toBe(true);
  });

  it("a band's formats sit at the band's rows and columns", async () => {
    const excel = new FakeExcel("x.xlsx", [{ name: "S", values: [[], [null, 1, 0.5], [null, 2, 0.25]], formats: [[], [null, "0", "0.0%"], [null, "0", "0.0%"]] }]);
    const { blocks, syncs } = await readBands(excel.context.asExcel(), [{ sheet: "S", rect: { top: 1, left: 1, bottom: 2, right: 2 } }], 2);
    expect(syncs).toBe(2);
    expect(blocks.get("S")?.map((b) => b.formats)).toEqual([[["0", "0.0%"]], [["0", "0.0%"]]]);
  });
});

describe("reading every sheet", () => {
  it("reads all sheets in one sync, offset to worksheet coordinates, with merges and visibility", async () => {
    const excel = new FakeExcel("偏移.xlsx", [
      sheet("封面", [[], [], [null, "单位名称", "某单位"]], [{ top: 2, left: 2, bottom: 2, right: 4 }]),
      { name: "隐藏", values: [["x"]], hidden: true },
      sheet("空表", []),
    ]);
    const sync = jest.spyOn(excel.context, "sync");
    const read = await readSheets(excel.context.asExcel(), ALL_FEATURES);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(read.fileName).toBe("偏移.xlsx");
    expect(read.sheets.map((s) => s.name)).toEqual(["封面", "隐藏", "空表"]);
    const cover = read.sheets[0];
    expect(cover.values[2]).toEqual([null, "单位名称", "某单位"]);
    expect(cover.values[0]).toEqual([]);
    expect(cover.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 4 }]);
    expect(read.sheets[1].hidden).toBe(true);
    expect(read.sheets[2].values).toEqual([]);
    expect([...read.existing]).toEqual([["封面", false], ["隐藏", false], ["空表", false]]);
    expect(read.notes).toEqual([]);
  });

  it("does not ask for merges without ExcelApi 1.13 (blank cells then inherit from above in the core)", async () => {
    const excel = fakeFrom(simpleWorkbook(balancedRows()));
    await readSheets(excel.context.asExcel(), MINIMUM_FEATURES);
    expect(excel.loadsRequested.filter((l) => l.target.endsWith(".merged"))).toEqual([]);
  });

  it("falls back to the documented stepwise read when Excel rejects calls on a null object", async () => {
    const excel = fakeFrom(simpleWorkbook(balancedRows()), { nullChain: "throw" });
    const sync = jest.spyOn(excel.context, "sync");
    const read = await readSheets(excel.context.asExcel(), ALL_FEATURES);
    // 1 failed speculative read + list + used ranges/markers + one band of values
    expect(sync).toHaveBeenCalledTimes(4);
    expect(read.sheets.map((s) => s.name)).toEqual(["基本信息", "资金情况", "绩效指标"]);
    expect(read.sheets[2].values[1]).toEqual(simpleWorkbook(balancedRows()).sheets[2].values[1].map((v) => (v === "" ? "" : v)));
    expect(read.notes[0]).toContain("InvalidObjectPath");
    // An ordinary workbook read stepwise is not "内容较多": its values came in one round trip.
    expect(read.notes).toHaveLength(1);
    expect(read.notes.join("")).not.toContain("内容较多");
  });

  it("reads a workbook with more sheets than the chain stepwise", async () => {
    const many = Array.from({ length: CHAINED_SHEETS + 2 }, (_, i) => sheet(`表${i + 1}`, [[i]]));
    const excel = new FakeExcel("多表.xlsx", many);
    const read = await readSheets(excel.context.asExcel(), ALL_FEATURES);
    expect(read.sheets).toHaveLength(CHAINED_SHEETS + 2);
    expect(read.sheets[13].values).toEqual([[13]]);
    expect(read.notes[0]).toContain(`多于 ${CHAINED_SHEETS} 张`);
  });

  it("never takes null values for an empty sheet: a band read follows, with a note", async () => {
    const excel = fakeFrom(simpleWorkbook(balancedRows()), { nullValues: ["绩效指标"] });
    const sync = jest.spyOn(excel.context, "sync");
    const read = await readSheets(excel.context.asExcel(), ALL_FEATURES);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(read.sheets[2].values).toHaveLength(5);
    // Five rows are not "内容较多": the note says what happened.
    expect(read.notes).toEqual(["Excel 一次读取时未返回工作表“绩效指标”的完整数据，已重新单独读取。"]);
  });

  it("falls back to bands when Excel on the web refuses a 5 MB response", async () => {
    const grids = buildStandardGrids(20_000);
    // Two copies of the big indicator table make the one-go response pass 5 MB.
    const copy = { ...grids.sheets[2], name: "绩效指标（备份）" };
    const excel = fakeFrom(grids, { web: true }, [copy]);
    const sync = jest.spyOn(excel.context, "sync");
    const read = await readSheets(excel.context.asExcel(), ALL_FEATURES);
    expect(read.notes[0]).toContain("ResponsePayloadSizeLimitExceeded");
    expect(read.notes[1]).toMatch(/已分 \d+ 次读取/);
    expect(read.sheets.find((s) => s.name === "绩效指标")?.values.length).toBe(grids.sheets[2].values.length);
    expect(excel.responseBytes.every((b, i) => i === 0 || b <= 5_000_000)).toBe(true);
    expect(sync.mock.calls.length).toBeGreaterThan(3);
  }, 60_000);

  it("retries the stepwise read without merges when there are too many to return", async () => {
    const merges = Array.from({ length: 5 }, (_, i) => ({ top: i, left: 0, bottom: i, right: 1 }));
    const excel = new FakeExcel("合并.xlsx", [sheet("基本信息", [["a"], ["b"]], merges)], { mergeLimit: 3 });
    const read = await readSheets(excel.context.asExcel(), ALL_FEATURES);
    expect(read.sheets[0].merges).toBeUndefined();
    expect(read.notes.join("")).toContain("合并单元格过多");
  });

  it("halves the band after a refused response and never splits below one row", async () => {
    const excel = new FakeExcel("x.xlsx", [sheet("S", Array.from({ length: 10 }, (_, i) => [i, "文字"]))]);
    let refused = false;
    const original = excel.sync.bind(excel);
    jest.spyOn(excel, "sync").mockImplementation(async () => {
      if (!refused) {
        refused = true;
        await original().catch(() => undefined);
        throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "too big");
      }
      return original();
    });
    const { blocks, syncs } = await readBands(excel.context.asExcel(), [{ sheet: "S", rect: { top: 0, left: 0, bottom: 9, right: 1 } }], 20);
    expect(syncs).toBe(3);
    expect(blocks.get("S")?.map((b) => b.rect.top)).toEqual([0, 5]);
  });
});
