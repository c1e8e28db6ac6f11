import { REPORT_MARKER } from "../../../src/core/report/marker";
import { MINIMUM_FEATURES } from "../../../src/hosts/excel/features";
import { REQUEST_LIMIT_BYTES, planWrite } from "../../../src/hosts/excel/payload";
import { buildReportPlan } from "../../../src/core/report/buildReport";
import { evaluateGrids } from "../../../src/core/evaluate";
import { ALL_FEATURES } from "../../../src/hosts/excel/features";
import { buildStandardGrids } from "../../../bench/grids";
import { balancedRows, row, sheet, simpleWorkbook } from "../../helpers/grids";
import { cellAt, fakeFrom, hostOn } from "./helpers";

describe("one-click evaluation through Office.js", () => {
  it("takes exactly 2 round trips for a small workbook: one read, one write", async () => {
    const excel = fakeFrom(simpleWorkbook(balancedRows()));
    const { host, sync } = hostOn(excel);
    const steps: string[] = [];
    const outcome = await host.evaluate({ onProgress: (p) => steps.push(`${p.step}:${p.fraction}`) });

    expect(sync).toHaveBeenCalledTimes(2);
    expect(steps).toEqual(["read:0", "evaluate:0.4", "write:0.6", "write:1"]);
    expect(outcome.reportSheet).toBe("自评报告");
    expect(outcome.overall.score).toBe(outcome.evaluation.units[0].score);
    expect(outcome.notes).toEqual([]);
    expect(outcome.evaluation.fileName).toBe("测试.xlsx");

    // What was loaded in the read: names, visibility, used ranges' address/size/values, merges, the count.
    const loads = excel.loadsRequested.map((l) => l.props);
    expect(loads).toContain("name,visibility");
    expect(loads).toContain("address,rowCount,columnCount,values,numberFormat");
    expect(loads).toContain("address");

    // The report sheet exists, is active, carries its marker and live formulas.
    expect(excel.sheets.map((s) => s.name)).toEqual(["基本信息", "资金情况", "绩效指标", "自评报告"]);
    expect(excel.activeSheet).toBe("自评报告");
    expect(String(cellAt(excel, "自评报告", "A2")?.value)).toContain(REPORT_MARKER);
    const formulas = [...(excel.sheet("自评报告")?.cells.values() ?? [])].filter((c) => c.formula);
    expect(formulas.length).toBeGreaterThan(10);
    expect(formulas.every((c) => c.numberFormat !== "@")).toBe(true);

    // The input sheets were only read: nothing was written to them.
    const writes = excel.log.filter((l) => !l.target.includes("自评报告") && !["application", "cf", "worksheets"].includes(l.target) && !l.target.startsWith("application"));
    expect(writes).toEqual([]);
  });

  it("writes the arrays of the plan: number formats first, then values, text kept as text", async () => {
    const tricky = [
      row("产出指标", "数量指标", "=HYPERLINK(\"http://x\",\"点\")", "≥", 10, "次", 10, 30),
      row("产出指标", "数量指标", "+1", "≥", 10, "次", 10, 20),
      row("效益指标", "社会效益指标", "-2", "≥", "95%", "%", "98%", 30),
      row("满意度指标", "服务对象满意度指标", "@SUM(A1)", "≥", "90%", "%", "96%", 10),
    ];
    const excel = fakeFrom(simpleWorkbook(tricky));
    const { host } = hostOn(excel);
    await host.evaluate({});

    const writes = excel.log.filter((l) => l.target.includes("自评报告") && ["numberFormat", "values"].includes(l.name));
    expect(writes.map((w) => w.name)).toEqual(["numberFormat", "values"]);
    const values = writes[1].value as unknown[][];
    const formats = writes[0].value as string[][];
    expect(values.length).toBe(formats.length);
    for (const name of ["=HYPERLINK(\"http://x\",\"点\")", "+1", "-2", "@SUM(A1)"]) {
      // The indicator's name, in the official form's 三级指标 column (D).
      const r = values.findIndex((line) => line[3] === name);
      expect(r).toBeGreaterThan(0);
      expect(formats[r][3]).toBe("@");
      const cell = cellAt(excel, "自评报告", `D${r + 1}`);
      expect(cell).toEqual({ value: name, numberFormat: "@" });
    }
    // Formulas go in as formulas.
    expect(values.flat().some((v) => typeof v === "string" && v.startsWith("=ROUND("))).toBe(true);
  });

  it("reuses the tool's own earlier report and leaves the user's 自评报告 alone", async () => {
    // Run once, then once more on the same workbook: the report is cleared and rewritten in place.
    const excel = fakeFrom(simpleWorkbook(balancedRows()));
    const { host, sync } = hostOn(excel);
    await host.evaluate({});
    sync.mockClear();
    const second = await host.evaluate({});
    // One read, one look at the earlier report's formulas (was it edited since?), one write.
    expect(sync).toHaveBeenCalledTimes(3);
    expect(second.reportSheet).toBe("自评报告");
    expect(excel.sheets.map((s) => s.name)).toEqual(["基本信息", "资金情况", "绩效指标", "自评报告"]);
    expect(excel.log.some((l) => l.name === "clear" && l.target.includes("自评报告"))).toBe(true);
    // The earlier report is not read as input: no finding points into it.
    expect(second.evaluation.findings.every((f) => f.sheet !== "自评报告")).toBe(true);

    // A 自评报告 the user made is never touched: the report goes to 自评报告(2).
    const mine = sheet("自评报告", [["我的报告"], ["自己写的内容"]]);
    const user = fakeFrom(simpleWorkbook(balancedRows()), {}, [mine]);
    const { host: host2 } = hostOn(user);
    const outcome = await host2.evaluate({});
    expect(outcome.reportSheet).toBe("自评报告(2)");
    expect(cellAt(user, "自评报告", "A2")?.value).toBe("自己写的内容");
    expect(user.log.filter((l) => l.target.includes("getItem(自评报告)") || l.target.includes("add(自评报告)"))).toEqual([]);
    expect(user.sheets.map((s) => s.name)).toContain("自评报告(2)");
  });

  it("goes without ExcelApi 1.9 (no RangeAreas, no print setup) and says so", async () => {
    const excel = fakeFrom(simpleWorkbook(balancedRows()));
    const { host, sync } = hostOn(excel, MINIMUM_FEATURES);
    const outcome = await host.evaluate({});
    expect(sync).toHaveBeenCalledTimes(2);
    expect(excel.log.some((l) => l.name === "getRanges")).toBe(false);
    expect(excel.log.some((l) => l.target.includes("pageLayout"))).toBe(false);
    expect(excel.log.some((l) => l.name === "suspendScreenUpdatingUntilNextSync")).toBe(false);
    expect(excel.log.some((l) => l.name === "suspendApiCalculationUntilNextSync")).toBe(true);
    expect(outcome.notes.join("")).toContain("ExcelApi 1.9");
  });

  it("sets widths in points, print setup and gridlines where 1.9 exists", async () => {
    const excel = fakeFrom(simpleWorkbook(balancedRows()));
    const { host } = hostOn(excel);
    await host.evaluate({});
    const widths = excel.log.filter((l) => l.name === "columnWidth").map((l) => l.value);
    expect(widths[0]).toBe(57.75); // 9 characters (the form's 一级指标 column)
    const layout = excel.log.filter((l) => l.target.includes("pageLayout"));
    expect(layout.find((l) => l.name === "paperSize")?.value).toBe("A4");
    // 1 page wide, pages tall automatic: both said, since fit-to-width alone may not apply (office-js#1860).
    expect(layout.find((l) => l.name === "zoom")?.value).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(layout.find((l) => l.name === "setPrintTitleRows")?.value).toEqual(["$1:$1"]);
    expect(layout.find((l) => l.name === "centerFooter")?.value).toBe("第 &P 页，共 &N 页");
    expect(excel.log.find((l) => l.name === "showGridlines")?.value).toBe(false);
    expect(excel.log.filter((l) => l.name === "suspendScreenUpdatingUntilNextSync")).toHaveLength(1);
  });

  describe("a 20,000-indicator workbook", () => {
    const grids = buildStandardGrids(20_000);
    const chunks = planWrite(buildReportPlan(evaluateGrids(grids), "自评报告"), "add", ALL_FEATURES);

    it("reads in bands once values and formats pass Excel on the web's 5 MB response, and writes in chunks under 5 MB", async () => {
      const excel = fakeFrom(grids, { web: true });
      const { host, sync } = hostOn(excel);
      const outcome = await host.evaluate({});
      expect(chunks.length).toBeGreaterThan(1);
      // 20,000 indicators' values and number formats are about 5.25 MB as one response (the values alone 2.9 MB): the
      // one-go read is refused, the documented stepwise read (list, used ranges) and its bands follow.
      const [refused, banded, written] = outcome.notes;
      expect(refused).toBe("一次性读取工作簿未成功（ResponsePayloadSizeLimitExceeded），已改为逐表读取。");
      const bands = Number(/已分 (\d+) 次读取/.exec(banded)?.[1]);
      expect(bands).toBeGreaterThan(1);
      expect(written).toBe(`报告内容较多，已分 ${chunks.length} 次写入（网页版 Excel 每次最多提交 5 MB）。`);
      expect(sync).toHaveBeenCalledTimes(1 + 2 + bands + chunks.length);
      expect(excel.responseBytes.every((b, i) => i === 0 || b <= REQUEST_LIMIT_BYTES)).toBe(true);
      // The fake measures each write batch itself: never above the estimate, always under the limit.
      const writes = excel.requestBytes.slice(-chunks.length);
      writes.forEach((measured, i) => {
        expect(chunks[i].bytes).toBeLessThan(REQUEST_LIMIT_BYTES);
        expect(measured).toBeLessThanOrEqual(chunks[i].bytes);
      });
      expect(outcome.evaluation.units.reduce((n, u) => n + u.indicators.length, 0)).toBe(20_000);
      const report = excel.sheet("自评报告");
      expect(report?.cells.size).toBeGreaterThan(200_000);
    }, 60_000);
  });
});

describe("re-scoring keeps a report the accountant edited", () => {
  it("renames the edited 自评报告 to 自评报告（修改前）, writes the new report, and the pane's notes say so", async () => {
    const excel = fakeFrom(simpleWorkbook(balancedRows()));
    const { host } = hostOn(excel);
    await host.evaluate({});
    const again = await host.evaluate({});
    expect(again.notes).toEqual([]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["基本信息", "资金情况", "绩效指标", "自评报告"]);

    const paragraph = [...excel.sheet("自评报告")!.cells.values()].find((c) => typeof c.value === "string" && c.value.startsWith("　　"))!;
    paragraph.value = "　　（会计补充）本年度追加经费已全部拨付。";
    const third = await host.evaluate({});
    expect(third.notes).toContain("“自评报告”表在上次生成后被修改过，已保留为“自评报告（修改前）”，新的自评报告写入“自评报告”。");
    expect(excel.sheets.map((s) => s.name)).toEqual(["基本信息", "资金情况", "绩效指标", "自评报告（修改前）", "自评报告"]);
    const kept = [...excel.sheet("自评报告（修改前）")!.cells.values()].some((c) => c.value === "　　（会计补充）本年度追加经费已全部拨付。");
    expect(kept).toBe(true);
    expect(String(cellAt(excel, "自评报告", "A2")?.value)).toContain(REPORT_MARKER);
  });
});
