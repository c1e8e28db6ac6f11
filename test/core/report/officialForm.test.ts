import { evaluateGrids } from "../../../src/core/evaluate";
import { buildReportPlan } from "../../../src/core/report/buildReport";
import type { PlanCell, SheetPlan } from "../../../src/core/report/plan";
import { balancedRows, row, sheet, simpleWorkbook } from "../../helpers/grids";

/**
 * The report's tables are the official 自评表 of the evaluation type (domain-rules S1, S7, (m)): the printed sheet is
 * signed and filed, and its cells are copied into the 一体化 system as they are, so its labels and their order are held
 * here cell by cell.
 */

const shown = (c: PlanCell | undefined): string | number | null => {
  if (!c) return null;
  const k = c.content;
  return k.kind === "text" ? k.text : k.kind === "number" ? k.value : k.kind === "formula" ? k.cached : null;
};
const at = (plan: SheetPlan, r: number, c: number) => shown(plan.cells.find((x) => x.row === r && x.col === c && x.content.kind !== "blank"));
const rowOf = (plan: SheetPlan, text: string, col = 1) => plan.cells.filter((x) => x.col === col && x.content.kind === "text" && x.content.text === text).map((x) => x.row).sort((a, b) => a - b);
/** The text cells of a row from column `from` to `to`, left to right (merged cells once). */
const across = (plan: SheetPlan, r: number, from: number, to: number) =>
  plan.cells
    .filter((x) => x.row === r && x.col >= from && x.col <= to && x.content.kind !== "blank")
    .sort((a, b) => a.col - b.col)
    .map(shown);
const mergeAt = (plan: SheetPlan, r: number, c: number) => plan.merges.find((m) => m.top === r && m.left === c);
const lastPrintedRow = (plan: SheetPlan) => Number(/^A1:I(\d+)$/.exec(plan.print.printArea ?? "")?.[1]);

function workbook(type: string, extra: [string, unknown][] = []) {
  const wb = simpleWorkbook(
    [...balancedRows().slice(0, 3), row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", "90%", "%", "81%", 10, "", "", "问卷回收率低，下年改为线上回访")],
    ["", "合计", 100, 100, 95, 10],
    [["评价类型", type], ["年度绩效目标", "完成困难职工帮扶2000人次"], ["实际完成情况", "帮扶2000人次，覆盖率98%"], ...extra],
  );
  wb.sheets[1].values.push(["", "其中：本年财政拨款", 80, 80, 76, ""], ["", "上年结转资金", 20, 20, 19, ""]);
  return wb;
}

describe("项目支出: 财预〔2020〕10号 附件1 项目支出绩效自评表", () => {
  const ev = evaluateGrids(workbook("项目支出", [["项目名称", "困难职工帮扶项目"], ["主管部门", "测试主管局"], ["实施单位", "测试单位"]]));
  const plan = buildReportPlan(ev);
  const money = rowOf(plan, "项目资金（万元）")[0];

  it("is titled 项目支出绩效自评表 with （2024年度） under it, above 项目名称 / 主管部门 / 实施单位", () => {
    expect(at(plan, 1, 1)).toBe("项目支出绩效自评表");
    expect(at(plan, 3, 1)).toBe("（2024年度）");
    expect([4, 5, 6].map((r) => [at(plan, r, 1), at(plan, r, 3)])).toEqual([
      ["项目名称", "困难职工帮扶项目"],
      ["主管部门", "测试主管局"],
      ["实施单位", "测试单位"],
    ]);
    expect(money).toBe(7);
  });

  it("has the 项目资金（万元） block: 年初预算数 … 得分 left to right, 年度资金总额 … 其他资金 top to bottom", () => {
    expect(across(plan, money, 4, 9)).toEqual(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]);
    expect([1, 2, 3, 4].map((i) => at(plan, money + i, 2))).toEqual(["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]);
    expect(mergeAt(plan, money, 1)).toEqual({ top: money, left: 1, bottom: money + 4, right: 1 });
    // 95 / 100 = 95% × 10 = 9.5; the detail rows' money copied as read (80 / 80 / 76 and 20 / 20 / 19).
    expect(across(plan, money + 1, 4, 9)).toEqual([100, 100, 95, 10, 0.95, 9.5]);
    expect(across(plan, money + 2, 4, 8)).toEqual([80, 80, 76, "—", 0.95]);
    expect(across(plan, money + 3, 4, 8)).toEqual([20, 20, 19, "—", 0.95]);
  });

  it("has 年度总体目标 with 预期目标 / 实际完成情况 and the texts of 基本信息", () => {
    const goals = money + 5;
    expect(at(plan, goals, 1)).toBe("年度总体目标");
    expect(across(plan, goals, 2, 9)).toEqual(["预期目标", "实际完成情况"]);
    expect(across(plan, goals + 1, 2, 9)).toEqual(["完成困难职工帮扶2000人次", "帮扶2000人次，覆盖率98%"]);
  });

  it("has the 绩效指标 block with 一级 / 二级 / 三级 … 偏差原因分析及改进措施, first- and second-level cells merged down", () => {
    const h = money + 7;
    expect(at(plan, h, 1)).toBe("绩效指标");
    expect(across(plan, h, 2, 9)).toEqual(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]);
    expect(mergeAt(plan, h, 1)).toEqual({ top: h, left: 1, bottom: h + 4, right: 1 });
    // 产出指标 over its two rows (数量, 质量), each second level over its own one.
    expect(at(plan, h + 1, 2)).toBe("产出指标");
    expect(at(plan, h + 2, 2)).toBeNull();
    expect(mergeAt(plan, h + 1, 2)).toEqual({ top: h + 1, left: 2, bottom: h + 2, right: 2 });
    expect([1, 2, 3, 4].map((i) => at(plan, h + i, 4))).toEqual(["慰问困难职工人次", "帮扶资金发放准确率", "困难职工帮扶覆盖率", "服务对象满意度"]);
    // 81% of a 90% target: 81/90 × 10 = 9.00; the reason as the accountant wrote it.
    expect(across(plan, h + 4, 4, 9)).toEqual(["服务对象满意度", "90%", "81%", 10, 9, "问卷回收率低，下年改为线上回访"]);
  });

  it("ends with 总分 (the weights and the scores) and 自评结论, the last rows of the print area", () => {
    const total = rowOf(plan, "总分")[0];
    expect(total).toBe(money + 12);
    // 10 + 90 points; 9.5 + 30 + 20 + 30 + 9 = 98.5.
    expect([at(plan, total, 7), at(plan, total, 8)]).toEqual([100, 98.5]);
    expect([at(plan, total + 1, 1), at(plan, total + 1, 3)]).toEqual(["自评结论", "优"]);
    expect(lastPrintedRow(plan)).toBe(total + 1);
  });

  it("keeps the tool's own columns and sections outside the print area, the 自评总分 contract after the form", () => {
    const explain = plan.cells.filter((c) => c.content.kind === "text" && /计分说明|指标数值|完成数值/.test(c.content.text));
    expect(explain.length).toBeGreaterThan(0);
    for (const c of explain) expect(c.col).toBeGreaterThan(9);
    const label = rowOf(plan, "自评总分")[0];
    expect(label).toBeGreaterThan(lastPrintedRow(plan));
    expect(at(plan, label, 2)).toBe(ev.units[0].score);
  });
});

describe("部门整体: the 部门整体支出绩效自评表", () => {
  const ev = evaluateGrids(workbook("部门整体"));
  const plan = buildReportPlan(ev);

  it("is titled 部门整体支出绩效自评表 and names the 部门（单位）", () => {
    expect(at(plan, 1, 1)).toBe("部门整体支出绩效自评表");
    expect(at(plan, 3, 1)).toBe("（2024年度）");
    expect([at(plan, 4, 1), at(plan, 4, 3)]).toEqual(["部门（单位）名称", "测试单位"]);
  });

  it("has the money block, 年度总体目标, the indicator block, 总分 and 自评结论 in that order", () => {
    const money = rowOf(plan, "部门预算资金（万元）")[0];
    expect(money).toBe(5);
    expect(across(plan, money, 4, 9)).toEqual(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]);
    expect(at(plan, money + 1, 2)).toBe("年度资金总额");
    expect(rowOf(plan, "年度总体目标")[0]).toBe(money + 5);
    const h = rowOf(plan, "绩效指标")[0];
    expect(h).toBe(money + 7);
    expect(across(plan, h, 2, 9)).toEqual(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]);
    expect(rowOf(plan, "总分")[0]).toBe(h + 5);
    expect(rowOf(plan, "自评结论")[0]).toBe(h + 6);
    expect(lastPrintedRow(plan)).toBe(h + 6);
  });
});

describe("several projects: one form each", () => {
  const wb = workbook("项目支出");
  const [fund, inds] = [wb.sheets[1].values, wb.sheets[2].values];
  wb.sheets[1] = sheet("资金情况", [fund[0], ["甲项目", "合计", 100, 100, 95, 10], ["乙项目", "合计", 50, 50, 50, 10]]);
  wb.sheets[2] = sheet("绩效指标", [inds[0], ...inds.slice(1).map((r) => ["甲项目", ...r.slice(1)]), ...inds.slice(1).map((r) => ["乙项目", ...r.slice(1)])]);
  const ev = evaluateGrids(wb);
  const plan = buildReportPlan(ev);

  it("writes a 项目支出绩效自评表 per project, each with its own 项目名称 and 总分, all inside the print area", () => {
    expect(ev.units.map((u) => u.name)).toEqual(["甲项目", "乙项目"]);
    expect(rowOf(plan, "项目支出绩效自评表")).toHaveLength(2);
    expect(rowOf(plan, "项目名称").map((r) => at(plan, r, 3))).toEqual(["甲项目", "乙项目"]);
    const totals = rowOf(plan, "总分");
    expect(totals.map((r) => at(plan, r, 8))).toEqual(ev.units.map((u) => u.total));
    expect(lastPrintedRow(plan)).toBe(totals[1] + 1);
    // No title row repeats over a second form that starts with its own.
    expect(plan.print.printTitleRows).toBeUndefined();
  });
});
