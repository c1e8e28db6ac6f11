import { evaluateGrids } from "../../../src/core/evaluate";
import type { Finding } from "../../../src/core/model/finding";
import { fundLine, fundWorkbook } from "../../helpers/findingCases";
import { withUntrusted } from "../../helpers/formats";
import { balancedRows, row, simpleWorkbook } from "../../helpers/grids";

/**
 * domain-rules (n), issue 10 item 2: a formula with no stored result, or in a workbook marked fullCalcOnLoad by its
 * writer, is never read as blank or 0 in silence. Layout as in test/helpers/findingCases.ts (资金情况 row 2 = 合计:
 * D 全年预算数, E 全年执行数, G 执行率, H 得分; 绩效指标 rows 2–5: F 年度指标值, H 实际完成值, I 分值, K 自评得分).
 */

const unverified = (wb: Parameters<typeof evaluateGrids>[0]): Finding[] => evaluateGrids(wb).findings.filter((f) => f.code === "formula-unverified");
const ADVICE = /请用“Excel”或“WPS”打开该文件并保存一次/;

describe("a 全年执行数 formula with no stored result", () => {
  const wb = withUntrusted(fundWorkbook([fundLine("合计", 100, 100, null)]), "资金情况", ["E2"]);

  it("is an error at 资金情况!E2 that says it was read as blank and that the execution score rests on it", () => {
    const [hit] = unverified(wb);
    expect(hit).toMatchObject({ severity: "error", sheet: "资金情况", cell: "E2", unit: "测试单位" });
    expect(hit.message).toContain("“合计”的全年执行数");
    expect(hit.message).toContain("没有保存它的计算结果");
    expect(hit.message).toContain("已按空白计，预算执行率及其得分依此计算");
    expect(hit.message).toMatch(ADVICE);
  });

  it("the same blank cell that is not a formula is only the ordinary missing 全年执行数", () => {
    const ev = evaluateGrids(fundWorkbook([fundLine("合计", 100, 100, null)]));
    expect(ev.findings.map((f) => f.code)).toContain("budget-missing");
    expect(ev.findings.map((f) => f.code)).not.toContain("formula-unverified");
  });
});

describe("a workbook marked to recalculate on load (fullCalcOnLoad): stored results may be 0 placeholders", () => {
  it("an 实际完成值 stored as 0 is an error that says 0 was used and the indicator's score rests on it", () => {
    const rows = balancedRows();
    rows[0] = row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", 0, 30);
    const [hit] = unverified(withUntrusted(simpleWorkbook(rows), "绩效指标", ["H2"], "full-calc-on-load"));
    expect(hit).toMatchObject({ severity: "error", sheet: "绩效指标", cell: "H2" });
    expect(hit.message).toContain("“慰问困难职工人次”的实际完成值");
    expect(hit.message).toContain("要求打开时重新计算");
    expect(hit.message).toContain("已按文件中保存的“0”计，该指标的得分依此计算");
  });

  it("a stored 2000 is used, and said to be unverified as a warning", () => {
    const [hit] = unverified(withUntrusted(simpleWorkbook(balancedRows()), "绩效指标", ["H2"], "full-calc-on-load"));
    expect(hit).toMatchObject({ severity: "warning", cell: "H2" });
    expect(hit.message).toContain("已按文件中保存的“2000”计");
  });

  it("a 执行率 only compared with the computed one is a warning even when 0", () => {
    const wb = withUntrusted(fundWorkbook([fundLine("合计", 100, 100, 100, { rate: 0 })]), "资金情况", ["G2"], "full-calc-on-load");
    expect(unverified(wb)).toMatchObject([{ severity: "warning", cell: "G2" }]);
  });
});

describe("every cell the reader uses is covered: a target, a weight, a score, a 总分", () => {
  it("年度指标值 F3, 分值 I4 and 自评得分 K5 each get their finding at their cell", () => {
    const wb = withUntrusted(simpleWorkbook(balancedRows()), "绩效指标", ["F3", "I4", "K5"]);
    expect(unverified(wb).map((f) => [f.cell, f.severity]).sort()).toEqual([
      ["F3", "warning"],
      ["I4", "warning"],
      ["K5", "error"],
    ]);
  });

  it("a blank 总分 formula under the table is named as the 总分, a warning (it is only compared)", () => {
    const grid = simpleWorkbook([...balancedRows(), ["总分", "", "", "", "", "", "", "", "", "", null, ""]]);
    const [hit] = unverified(withUntrusted(grid, "绩效指标", ["K6"]));
    expect(hit).toMatchObject({ severity: "warning", cell: "K6" });
    expect(hit.message).toContain("（总分）");
    expect(hit.message).toContain("与计算总分的比对依此进行");
  });

  it("a formula in a column the reader does not use (偏差原因) or outside the table raises nothing", () => {
    expect(unverified(withUntrusted(simpleWorkbook(balancedRows()), "绩效指标", ["L2", "Z40"]))).toEqual([]);
  });

  it("more than three in one column are one finding naming the first five cells and the count", () => {
    const rows = Array.from({ length: 8 }, (_, i) => row("产出指标", "数量指标", `指标${i + 1}`, "≥", 10, "次", 10, 11.25, "", null));
    const wb = withUntrusted(simpleWorkbook(rows), "绩效指标", rows.map((_, i) => `K${i + 2}`));
    const hits = unverified(wb);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ cell: "K2", severity: "error" });
    expect(hits[0].message).toContain("K2、K3、K4、K5、K6等共8个单元格（自评得分）");
    expect(hits[0].message).toContain("已按空白计");
  });
});
