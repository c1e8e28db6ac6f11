import { evaluateGrids } from "../../../src/core/evaluate";
import type { WorkbookGrids } from "../../../src/core/grid";
import { toJson } from "../../../src/core/output/json";
import { FUND_HEADER, INDICATOR_HEADER, balancedRows, basicSheet, row, sheet, simpleWorkbook } from "../../helpers/grids";
import { balancedWith, fundLine, fundWorkbook, qualitativeRow } from "../../helpers/findingCases";

/**
 * Whole units scored from a workbook's grids: domain-rules.md (b.2) execution, (d.2)/(d.3) lines, (d.5)/(d.6) totals,
 * (e) grades, and the JSON of template.md.
 */

const unitOf = (grids: WorkbookGrids, options?: Parameters<typeof evaluateGrids>[1]) => evaluateGrids(grids, options).units[0];

describe("the execution rate is on 全年预算数, not 年初预算数 (b.2, S6 “预算执行数/调整后预算数”)", () => {
  it("年初 100, 全年 120, 执行 108 → rate 0.9 (not 1.08), score 9.00 of 10", () => {
    const unit = unitOf(fundWorkbook([fundLine("合计", 100, 120, 108, { reason: "年中追加困难职工帮扶资金20万元" })]));
    expect(unit).toMatchObject({ budget: 120, spent: 108, executionRate: 0.9, executionScore: 9, executionWeight: 10 });
    expect(unit.fund.initial).toBe(100);
    expect(unit.total).toBe(99);
  });
  it("76 of 100 → 7.6, as in the Chongqing table (S8: 76% × 10 = 7.6, 97.6 − 7.6 = 90)", () => {
    const unit = unitOf(fundWorkbook([fundLine("合计", 100, 100, 76, { reason: "部分项目延期" })]));
    expect(unit).toMatchObject({ executionRate: 0.76, executionScore: 7.6, indicatorScore: 90, total: 97.6, score: 97.6 });
  });
  it("A=100, B=104 → rate 1.04, score capped at 10.00", () => {
    expect(unitOf(fundWorkbook([fundLine("合计", 100, 100, 104)]))).toMatchObject({ executionRate: 1.04, executionScore: 10 });
  });
  it("A=90, B=89.974 → 99.97%, 10 × 0.9997111 → 10.00 after rounding", () => {
    const unit = unitOf(fundWorkbook([fundLine("合计", 90, 90, 89.974)]));
    expect(unit.executionRate).toBe(0.9997);
    expect(unit.executionScore).toBe(10);
  });
  it("the Hubei 分值 20: 90 of 100 → 18.00 of 20", () => {
    expect(unitOf(fundWorkbook([fundLine("合计", 100, 100, 90, { weight: 20 })]))).toMatchObject({ executionScore: 18, executionWeight: 20, maxTotal: 110 });
  });
  it("A blank: rate null, score 0 (and 10 points stay in the maximum)", () => {
    expect(unitOf(fundWorkbook([fundLine("合计", 100, "", 100)]))).toMatchObject({ executionRate: null, executionScore: 0, maxTotal: 100, total: 90 });
  });
});

describe("a missing or blank total row: the detail rows are summed (b.2, template.md)", () => {
  const details = [fundLine("本年财政拨款", 80, 80, 72, { weight: 10 }), fundLine("上年结转资金", 20, 20, 18)];
  it("no 合计 row at all: 80 + 20 = 100, 72 + 18 = 90 → rate 0.9, score 9.00", () => {
    const ev = evaluateGrids(fundWorkbook(details));
    expect(ev.units[0]).toMatchObject({ budget: 100, spent: 90, executionRate: 0.9, executionScore: 9 });
    expect(ev.units[0].fund.derived).toEqual(["initial", "budget", "spent"]);
    expect(ev.findings.map((f) => f.code)).toContain("total-row-derived");
  });
  it("a 合计 row left blank: the same 100 / 90", () => {
    const unit = unitOf(fundWorkbook([fundLine("合计", "", "", ""), ...details]));
    expect(unit).toMatchObject({ budget: 100, spent: 90, executionScore: 9 });
  });
  it("a 合计 row of 0 is read as not filled: the same 100 / 90", () => {
    expect(unitOf(fundWorkbook([fundLine("合计", 0, 0, 0), ...details]))).toMatchObject({ budget: 100, spent: 90 });
  });
  it("a filled 合计 row wins over its details (only the total row is scored)", () => {
    expect(unitOf(fundWorkbook([fundLine("合计", 100, 100, 95), ...details]))).toMatchObject({ budget: 100, spent: 95, executionScore: 9.5 });
  });
});

describe("several projects in one workbook are each scored on their own", () => {
  const grids: WorkbookGrids = {
    fileName: "丰都县总工会2024.xlsx",
    sheets: [
      basicSheet("丰都县总工会"),
      sheet("资金情况", [
        FUND_HEADER,
        fundLine("合计", 100, 100, 100, { project: "困难职工帮扶项目" }),
        fundLine("本年财政拨款", 100, 100, 100),
        fundLine("合计", 200, 200, 150, { project: "职工文化体育活动项目", reason: "部分赛事延期至次年举办" }),
        fundLine("本年财政拨款", 200, 200, 150),
      ]),
      sheet("绩效指标", [
        INDICATOR_HEADER,
        ...balancedRows().map((r, i) => (i === 0 ? ["困难职工帮扶项目", ...r.slice(1)] : r)),
        ["职工文化体育活动项目", "产出指标", "数量指标", "举办职工运动会场次", "≥", 5, "场次", 4, 50, "", "", "一场赛事延期"],
        ["", "效益指标", "社会效益指标", "职工参与人次", "≥", 3000, "人次", 3000, 30],
        ["", "满意度指标", "服务对象满意度指标", "参与职工满意度", "≥", "90%", "%", "95%", 10],
      ]),
    ],
  };
  const ev = evaluateGrids(grids);

  it("two units, in the order the workbook names them", () => {
    expect(ev.units.map((u) => u.name)).toEqual(["困难职工帮扶项目", "职工文化体育活动项目"]);
  });
  it("困难职工帮扶项目: 100 / 100 → 10.00, indicators 90 → 100.00, 优", () => {
    expect(ev.units[0]).toMatchObject({ budget: 100, spent: 100, executionScore: 10, indicatorScore: 90, indicatorWeight: 90, total: 100, score: 100, grade: "优" });
    expect(ev.units[0].indicators.map((i) => i.source.row)).toEqual([2, 3, 4, 5]);
  });
  it("职工文化体育活动项目: 150 / 200 → 0.75, 7.50; 4 of 5 场次 × 50 = 40.00; total 87.50, 良", () => {
    expect(ev.units[1]).toMatchObject({ budget: 200, spent: 150, executionRate: 0.75, executionScore: 7.5, indicatorScore: 80, indicatorWeight: 90, total: 87.5, maxTotal: 100, score: 87.5, grade: "良" });
    expect(ev.units[1].indicators.map((i) => [i.source.row, i.score])).toEqual([
      [6, 40],
      [7, 30],
      [8, 10],
    ]);
  });
  it("each unit's findings name that unit: only the second project spent less than 80%", () => {
    const unspent = ev.findings.filter((f) => f.code === "large-unspent-budget");
    expect(unspent.map((f) => [f.unit, f.cell])).toEqual([["职工文化体育活动项目", "E4"]]);
  });
});

describe("reverse indicators: R1 by default, R2 when chosen (d.2, j item 1)", () => {
  // t ≤ 10 天, a = 12, w = 10 (d.8): R1 10/12×10 = 8.33, R2 (1 − 2/10)×10 = 8.00.
  const rows = () =>
    balancedWith({
      0: row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", 2000, 20),
      1: row("产出指标", "时效指标", "投诉处理平均时长", "≤", 10, "天", 12, 10, "", "", "个别投诉需多部门协调"),
    }).concat([row("产出指标", "质量指标", "帮扶资金发放准确率", "≥", "100%", "%", "100%", 20)]);
  const reverseLine = (grids: WorkbookGrids, options?: Parameters<typeof evaluateGrids>[1]) => unitOf(grids, options).indicators[1].score;

  it("by default R1: 8.33, and the unit's total 98.33", () => {
    expect(reverseLine(simpleWorkbook(rows()))).toBe(8.33);
    expect(unitOf(simpleWorkbook(rows()))).toMatchObject({ total: 98.33, score: 98.33 });
  });
  it("with {reverseRule: \"R2\"}: 8.00", () => {
    expect(reverseLine(simpleWorkbook(rows()), { reverseRule: "R2" })).toBe(8);
    expect(evaluateGrids(simpleWorkbook(rows()), { reverseRule: "R2" }).settings.reverseRule).toBe("R2");
  });
  it("with 基本信息 反向指标计分 = R2: 8.00; an option of R1 wins over it", () => {
    const grids = simpleWorkbook(rows(), undefined, [["反向指标计分", "R2"]]);
    expect(reverseLine(grids)).toBe(8);
    expect(reverseLine(grids, { reverseRule: "R1" })).toBe(8.33);
  });
  it("far over the target, a = 25: R1 4.00, R2 0", () => {
    const far = rows();
    far[1] = row("产出指标", "时效指标", "投诉处理平均时长", "≤", 10, "天", 25, 10, "", "", "个别投诉需多部门协调");
    expect(reverseLine(simpleWorkbook(far))).toBe(4);
    expect(reverseLine(simpleWorkbook(far), { reverseRule: "R2" })).toBe(0);
  });
});

describe("qualitative rows with 自评得分 left blank take the default share of their weight (d.3: 100% / 70% / 30%)", () => {
  const withTier = (tier: string, actual: string) =>
    simpleWorkbook(
      balancedWith({ 2: row("效益指标", "社会效益指标", "困难职工帮扶覆盖率", "≥", "95%", "%", "98%", 20) }).concat([
        qualitativeRow("效益指标", "可持续影响指标", "帮扶机制健全性", 10, tier, "", actual, "优良中差", "部分制度尚在修订"),
      ]),
    );
  it.each([
    ["达成", "优", 10, 100],
    ["部分达成", "良", 7, 97],
    ["未达成", "差", 3, 93],
  ])("%s (actual %s), w=10 → %d (proposed, not filled); the unit scores %d", (tier, actual, score, total) => {
    const unit = unitOf(withTier(tier, actual));
    expect(unit.indicators[4]).toMatchObject({ kind: "qualitative", tier, score, scoreFrom: "default" });
    expect(unit.score).toBe(total);
  });
  it("部分达成 with a filled 7.5 in its band [6.00, 8.00) keeps 7.50", () => {
    const grids = withTier("部分达成", "良");
    (grids.sheets[2].values[5] as unknown[])[10] = 7.5;
    expect(unitOf(grids).indicators[4]).toMatchObject({ score: 7.5, scoreFrom: "filled" });
  });
});

describe("the grade comes from the rounded 100-point score (d.6, d.7, e)", () => {
  // Weights 10 + 100 + 80 + 10 = 200; the 100-point row earns a/10000 × 100.
  const grids = (actual: number) => ({
    fileName: "测试.xlsx",
    sheets: [
      basicSheet(),
      sheet("资金情况", [FUND_HEADER, fundLine("合计", 100, 100, 100)]),
      sheet("绩效指标", [
        INDICATOR_HEADER,
        row("产出指标", "数量指标", "慰问困难职工人次", "≥", 10000, "人次", actual, 100, "", "", "部分慰问顺延至次年"),
        row("效益指标", "社会效益指标", "困难职工帮扶覆盖率", "≥", "95%", "%", "98%", 80),
        row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", "90%", "%", "96%", 10),
      ]),
    ],
  });
  it("179.99 of 200 = 89.995 → 90.00 → 优", () => {
    expect(unitOf(grids(7999))).toMatchObject({ total: 179.99, maxTotal: 200, score: 90, grade: "优" });
  });
  it("179.98 of 200 = 89.99 → 良", () => {
    expect(unitOf(grids(7998))).toMatchObject({ total: 179.98, maxTotal: 200, score: 89.99, grade: "良" });
  });
  it("weights 110 all at full marks: raw 110.00, normalised 100.00, 优", () => {
    const unit = unitOf(simpleWorkbook(balancedWith({ 0: row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", 2000, 40) })));
    expect(unit).toMatchObject({ total: 110, maxTotal: 110, score: 100, grade: "优" });
  });
  // 执行率 10 + one 80-point row + 满意度 10 = 100 points; the 80-point row earns a/2000 × 80.
  it.each([
    [1750, 90, "优"],
    [1500, 80, "良"],
    [1000, 60, "中"],
    [999.75, 59.99, "差"],
  ])("a = %d of 2000 on an 80-point row, the rest full → %d, %s", (actual, score, grade) => {
    const unit = unitOf(
      simpleWorkbook([
        row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", actual, 80, "", "", "部分慰问顺延至次年"),
        row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", "90%", "%", "96%", 10),
      ]),
    );
    expect([unit.total, unit.maxTotal, unit.score, unit.grade]).toEqual([score, 100, score, grade]);
  });
});

describe("the JSON of template.md (toJson)", () => {
  const json = toJson(evaluateGrids(simpleWorkbook(balancedWith({ 0: row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", "有效提升", 30) }))));
  const parsed = JSON.parse(JSON.stringify(json));

  it("each unit has the keys of template.md, and its figures are numbers", () => {
    const unit = parsed.units[0];
    for (const key of ["name", "budget", "spent", "executionRate", "executionScore", "executionWeight", "indicatorScore", "indicatorWeight", "total", "maxTotal", "score", "grade", "indicators"]) {
      expect(unit).toHaveProperty(key);
    }
    for (const key of ["budget", "spent", "executionRate", "executionScore", "executionWeight", "indicatorScore", "indicatorWeight", "total", "maxTotal", "score"]) {
      expect(typeof unit[key]).toBe("number");
    }
    expect(unit).toMatchObject({ name: "测试单位", budget: 100, spent: 100, executionRate: 1, executionScore: 10, executionWeight: 10, indicatorScore: 60, indicatorWeight: 90, total: 70, maxTotal: 100, score: 70, grade: "中" });
  });
  it("indicators carry row (1-based worksheet row), name, weight and score as numbers", () => {
    expect(parsed.units[0].indicators.map((i: { row: number; name: string; weight: number; score: number }) => ({ row: i.row, name: i.name, weight: i.weight, score: i.score }))).toEqual([
      { row: 2, name: "慰问困难职工人次", weight: 30, score: 0 },
      { row: 3, name: "帮扶资金发放准确率", weight: 20, score: 20 },
      { row: 4, name: "困难职工帮扶覆盖率", weight: 30, score: 30 },
      { row: 5, name: "服务对象满意度", weight: 10, score: 10 },
    ]);
  });
  it("findings carry code, severity, sheet, cell and message", () => {
    const target = parsed.findings.find((f: { code: string }) => f.code === "non-numeric-actual");
    expect(target).toMatchObject({ code: "non-numeric-actual", severity: "error", sheet: "绩效指标", cell: "H2" });
    expect(typeof target.message).toBe("string");
    for (const f of parsed.findings) expect(Object.keys(f)).toEqual(expect.arrayContaining(["code", "severity", "sheet", "cell", "message"]));
  });
  it("executionRate is null where it cannot be computed (全年预算数 blank)", () => {
    const unit = JSON.parse(JSON.stringify(toJson(evaluateGrids(fundWorkbook([fundLine("合计", 100, "", 100)]))))).units[0];
    expect(unit.executionRate).toBeNull();
    expect(unit.executionScore).toBe(0);
  });
  it("the example of template.md: 丰都县总工会, 324.88 / 324.88 → 1, 10, 90, 100, 优", () => {
    const grids: WorkbookGrids = {
      fileName: "丰都县总工会2024.xlsx",
      sheets: [basicSheet("丰都县总工会"), sheet("资金情况", [FUND_HEADER, fundLine("合计", 324.88, 324.88, 324.88)]), sheet("绩效指标", [INDICATOR_HEADER, ...balancedRows()])],
    };
    const unit = JSON.parse(JSON.stringify(toJson(evaluateGrids(grids)))).units[0];
    expect(unit).toMatchObject({ name: "丰都县总工会", budget: 324.88, spent: 324.88, executionRate: 1, executionScore: 10, executionWeight: 10, indicatorScore: 90, indicatorWeight: 90, total: 100, maxTotal: 100, score: 100, grade: "优" });
  });
});
