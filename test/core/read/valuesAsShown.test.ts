import { evaluateGrids } from "../../../src/core/evaluate";
import type { Evaluation } from "../../../src/core/model/evaluation";
import { toJson } from "../../../src/core/output/json";
import { buildReportPlan } from "../../../src/core/report/buildReport";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { formatKind, parseAmount, parseQuantity, parseRatio, renderNumber, seenValue, serialDate } from "../../../src/core/text";
import { balancedWith, fundLine, fundWorkbook } from "../../helpers/findingCases";
import { withFormats } from "../../helpers/formats";
import { balancedRows, row, simpleWorkbook } from "../../helpers/grids";

/**
 * domain-rules (n): a cell means what the user sees, its stored value through its number format. The workbooks are
 * the balanced one of test/helpers (绩效指标 F = 年度指标值, G = 计量单位, H = 实际完成值, I = 分值, K = 自评得分;
 * 资金情况 row 2 = 合计 with D 全年预算数, E 全年执行数, G 执行率, H 得分), with format codes on the cells a rule is about.
 */

const DATE_CODE = 'yyyy"年"m"月"d"日"';
/** 2024-12-20 in the 1900 date system, and in the 1904 system (1,462 days fewer). */
const DEC_20_2024 = 45646;
const DEC_20_2024_1904 = DEC_20_2024 - 1462;

const codes = (ev: Evaluation) => ev.findings.map((f) => f.code);
const planTexts = (ev: Evaluation) => buildReportPlan(ev).cells.flatMap((c) => (c.content.kind === "text" ? [c.content.text] : c.content.kind === "formula" && typeof c.content.cached === "string" ? [c.content.cached] : []));
const indicator = (ev: Evaluation, name: string) => ev.units[0].indicators.find((i) => i.source.name === name)!;

describe("format codes render as Chinese Excel shows them (numfmt, zh-CN)", () => {
  it.each([
    [0.9, "0%", "90%"],
    [1, "0%", "100%"],
    [0.98687, "0.00%", "98.69%"],
    [1200, "#,##0.00", "1,200.00"],
    [DEC_20_2024, DATE_CODE, "2024年12月20日"],
    [DEC_20_2024, 'yyyy"年"m"月"', "2024年12月"],
    [DEC_20_2024, "yyyy/m/d", "2024/12/20"],
    [0.9, '"≥"0%', "≥90%"],
    [2000, '0"人次"', "2000人次"],
  ])("%s in %s shows %s", (value, code, shown) => {
    expect(renderNumber(value, code)).toBe(shown);
  });

  it("the 1904 system shifts serials by 1,462 days: 44184 in a 1904 workbook is 2024年12月20日", () => {
    expect(renderNumber(DEC_20_2024_1904, DATE_CODE, true)).toBe("2024年12月20日");
    expect(serialDate(DEC_20_2024_1904, true)).toEqual({ year: 2024, month: 12, day: 20 });
  });

  it("the 1900 system keeps Excel's phantom 1900-02-29: serial 59 is Feb 28, 60 the leap day, 61 is March 1", () => {
    expect(serialDate(59)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(serialDate(60)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(serialDate(61)).toEqual({ year: 1900, month: 3, day: 1 });
  });

  it("codes Chinese writers emit that numfmt does not read are mended: WPS's G/通用格式, [$-F800], 上午/下午", () => {
    expect(formatKind("G/通用格式")).toBe("general");
    expect(renderNumber(DEC_20_2024, "[$-F800]dddd, mmmm dd, yyyy")).toBe("2024年12月20日");
    expect(renderNumber(0.75, '上午/下午h"时"mm"分"')).toBe("下午6时00分");
  });

  it("none, General and text codes leave the value as it is; so does a code that shows a number as General would", () => {
    expect(seenValue(0.9, null)).toBe(0.9);
    expect(seenValue(0.9, "General")).toBe(0.9);
    expect(seenValue(1200, "@")).toBe(1200);
    expect(seenValue(5, "0")).toBe(5);
    expect(seenValue("90%", "0%")).toBe("90%");
  });

  it("parsers read the shown value at the stored precision: 0.98687 in 0.00% is 98.687 %, a ratio of 0.98687", () => {
    const shown = seenValue(0.98687, "0.00%");
    expect(parseQuantity(shown)).toMatchObject({ text: "98.69%", number: 98.687, unit: "%" });
    expect(parseRatio(shown)).toBe(0.98687);
    expect(parseAmount(seenValue(1200, "#,##0.00"))).toMatchObject({ value: 1200, text: "1,200.00" });
    expect(parseAmount(seenValue(-1200, "#,##0.00_);(#,##0.00)")).value).toBe(-1200);
    expect(parseQuantity(seenValue(DEC_20_2024, DATE_CODE))).toMatchObject({ text: "2024年12月20日", number: null, date: { year: 2024, month: 12, day: 20 } });
    expect(parseAmount(seenValue(DEC_20_2024, DATE_CODE)).value).toBeNull();
  });
});

describe("a rate of 0.9 formatted 0% is 90% in reading, checking, scoring, the JSON and the report", () => {
  // 服务对象满意度 (row 5, 分值 10) with no 计量单位: the unit is only in the format.
  const satisfaction = (target: unknown, actual: unknown) => balancedWith({ 3: row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", target, "", actual, 10) });
  const shownAsPercent = () => withFormats(simpleWorkbook(satisfaction(0.9, 0.96)), { 绩效指标: { F5: "0%", H5: "0%" } });

  it("the model's cell carries its display text beside its stored value", () => {
    const cell = readWorkbook(shownAsPercent()).indicators.rows[3].cells.target!;
    expect(cell.text).toBe("90%");
    expect(parseQuantity(cell.raw)).toMatchObject({ number: 90, unit: "%" });
  });

  it("is scored as ≥90% against 96%: full weight 10, no percent-scale, no “不是百分比”", () => {
    const ev = evaluateGrids(shownAsPercent());
    expect(indicator(ev, "服务对象满意度")).toMatchObject({ targetValue: 90, actualValue: 96, unit: "%", score: 10 });
    expect(codes(ev)).not.toContain("satisfaction-unmeasured");
    expect(codes(ev)).not.toContain("percent-scale");
    expect(ev.findings).toEqual([]);
  });

  it("the same 0.9 and 0.96 with no format are bare decimals, and the satisfaction check asks for a percentage", () => {
    expect(codes(evaluateGrids(simpleWorkbook(satisfaction(0.9, 0.96))))).toContain("satisfaction-unmeasured");
  });

  it("1 formatted 0% is 100%: a target of 100% met by 100%", () => {
    const wb = withFormats(simpleWorkbook(satisfaction(1, 1)), { 绩效指标: { F5: "0%", H5: "0%" } });
    expect(indicator(evaluateGrids(wb), "服务对象满意度")).toMatchObject({ targetValue: 100, actualValue: 100, score: 10 });
  });

  it("a target shown as 90% against an actual typed as text “96%” is one scale: no percent-scale warning", () => {
    const wb = withFormats(simpleWorkbook(satisfaction(0.9, "96%")), { 绩效指标: { F5: "0%" } });
    const ev = evaluateGrids(wb);
    expect(codes(ev)).not.toContain("percent-scale");
    expect(indicator(ev, "服务对象满意度").score).toBe(10);
  });

  it("the JSON gives target “90%” and actual “96%”", () => {
    const json = toJson(evaluateGrids(shownAsPercent())) as unknown as { units: { indicators: { name: string; target: string; actual: string }[] }[] };
    const row = json.units[0].indicators.find((i) => i.name === "服务对象满意度")!;
    expect({ target: row.target, actual: row.actual }).toEqual({ target: "90%", actual: "96%" });
  });

  it("the report prints 90% and 96% in its cells and narrative, never 0.9 or 0.96", () => {
    const texts = planTexts(evaluateGrids(shownAsPercent()));
    expect(texts).toContain("90%");
    expect(texts).toContain("96%");
    expect(texts.some((t) => /实际完成96%/.test(t))).toBe(true);
    expect(texts.some((t) => /(^|[^\d.])0\.96?(%|$|[^\d])/.test(t))).toBe(false);
  });
});

describe("a 执行率 of 0.9869 formatted 0.00% is 98.69%", () => {
  const wb = (rate: number, code: string) => withFormats(fundWorkbook([fundLine("合计", 100, 100, 98.69, { rate })]), { 资金情况: { G2: code } });

  it("equal to 全年执行数 ÷ 全年预算数 = 98.69%: no mismatch", () => {
    expect(codes(evaluateGrids(wb(0.9869, "0.00%")))).not.toContain("self-score-mismatch");
  });

  it("a filled 0.9 shown as 90% is compared as 90% and quoted as the cell shows it", () => {
    const hit = evaluateGrids(wb(0.9, "0%")).findings.find((f) => f.code === "self-score-mismatch")!;
    expect(hit.cell).toBe("G2");
    expect(hit.message).toContain("填报的执行率90%");
    expect(hit.message).toContain("98.69%");
  });
});

describe("scores and 总分 shown with decimals are compared at their stored values", () => {
  it("a 自评得分 of 29.996 shown as 30.00 against a computed 30, and a 总分 100 shown as 100.00, raise nothing", () => {
    const rows = balancedRows();
    rows[0] = row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", 2000, 30, "", 29.996);
    const grid = simpleWorkbook([...rows, ["总分", "", "", "", "", "", "", "", "", "", 100, ""]]);
    const ev = evaluateGrids(withFormats(grid, { 绩效指标: { K2: "0.00", K6: "0.00", I2: "0.0" } }));
    expect(ev.findings).toEqual([]);
    expect(readWorkbook(withFormats(grid, { 绩效指标: { K6: "0.00" } })).claimedTotals).toMatchObject([{ value: 100, row: 6, col: 11 }]);
  });
});

describe("an amount formatted #,##0.00 is 1,200.00 wherever it is printed", () => {
  it("a 成本 target of 1200 元 is scored as 1200 and printed “1,200.00”", () => {
    const rows = balancedWith({ 1: row("产出指标", "成本指标", "人均慰问成本", "≤", 1200, "元", 1100, 20) });
    const ev = evaluateGrids(withFormats(simpleWorkbook(rows), { 绩效指标: { F3: "#,##0.00", H3: "#,##0.00" } }));
    expect(indicator(ev, "人均慰问成本")).toMatchObject({ targetValue: 1200, actualValue: 1100, score: 20 });
    const texts = planTexts(ev);
    expect(texts.some((t) => t.startsWith("1,200.00"))).toBe(true);
    expect(texts).toContain("1,100.00");
    expect(texts.some((t) => /实际完成1,100\.00元/.test(t))).toBe(true);
  });
});

describe("a serial formatted as a date is that date", () => {
  const deadline = (actual: unknown) => balancedWith({ 0: row("产出指标", "时效指标", "慰问活动完成时间", "≤", "2024年12月31日前", "", actual, 30) });

  it("45646 in yyyy\"年\"m\"月\"d\"日\" is 2024年12月20日, before 2024年12月31日: full weight 30", () => {
    const ev = evaluateGrids(withFormats(simpleWorkbook(deadline(DEC_20_2024)), { 绩效指标: { H2: DATE_CODE } }));
    expect(indicator(ev, "慰问活动完成时间")).toMatchObject({ score: 30, actual: { text: "2024年12月20日" } });
    expect(codes(ev)).not.toContain("non-numeric-actual");
  });

  it("the same serial without a format is a number, not a completion date", () => {
    expect(codes(evaluateGrids(simpleWorkbook(deadline(DEC_20_2024))))).toContain("non-numeric-actual");
  });

  it("in a 1904 workbook 44184 is the same day", () => {
    const wb = { ...withFormats(simpleWorkbook(deadline(DEC_20_2024_1904)), { 绩效指标: { H2: DATE_CODE } }), date1904: true };
    expect(indicator(evaluateGrids(wb), "慰问活动完成时间")).toMatchObject({ score: 30, actual: { text: "2024年12月20日" } });
  });

  it("a date after the deadline (2025年1月10日, serial 45667) scores 0", () => {
    const ev = evaluateGrids(withFormats(simpleWorkbook(deadline(45667)), { 绩效指标: { H2: DATE_CODE } }));
    expect(indicator(ev, "慰问活动完成时间")).toMatchObject({ score: 0, actual: { text: "2025年1月10日" } });
  });

  it("a target and an actual both date cells: 2024/12/31 and 2024/12/20", () => {
    const rows = balancedWith({ 0: row("产出指标", "时效指标", "慰问活动完成时间", "≤", DEC_20_2024 + 11, "", DEC_20_2024, 30) });
    const ev = evaluateGrids(withFormats(simpleWorkbook(rows), { 绩效指标: { F2: "yyyy/m/d", H2: "yyyy/m/d" } }));
    expect(indicator(ev, "慰问活动完成时间")).toMatchObject({ score: 30, target: { text: "2024/12/31" }, actual: { text: "2024/12/20" } });
  });

  it("the JSON and the report print 2024年12月20日, never 45646", () => {
    const ev = evaluateGrids(withFormats(simpleWorkbook(deadline(DEC_20_2024)), { 绩效指标: { H2: DATE_CODE } }));
    const json = JSON.stringify(toJson(ev));
    expect(json).toContain("2024年12月20日");
    expect(json).not.toContain("45646");
    const texts = planTexts(ev);
    expect(texts).toContain("2024年12月20日");
    expect(texts.some((t) => t.includes("实际完成2024年12月20日"))).toBe(true);
    expect(texts.some((t) => t.includes("45646"))).toBe(false);
  });
});

describe("odd codes and values never throw and never give a number that is not finite", () => {
  const codes = ["", "[[[", '"', "0%;;;", ";;;", "yyyy", "[$-F800]", "G/通用格式", "0.00E+00", "# ?/?", "[Red][<0]0;0", "@", "0".repeat(500), "yyyy\"年\"m\"月\"d\"日\""];
  const values: unknown[] = [NaN, Infinity, -Infinity, 1e308, -1e308, -5, 0, 3e6, new Date(NaN), new Date(Date.UTC(2024, 11, 20)), "文字", true, null, undefined, { error: "#N/A" }];
  it.each(codes)("code %j", (code) => {
    for (const v of values) {
      for (const date1904 of [false, true]) {
        const seen = seenValue(v, code, date1904);
        const q = parseQuantity(seen);
        for (const n of [q.number, parseAmount(seen).value, parseRatio(seen)]) if (n !== null) expect(Number.isFinite(n)).toBe(true);
      }
    }
  });
});
