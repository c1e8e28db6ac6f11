import { evaluateGrids } from "../../../src/core/evaluate";
import type { MergeArea, WorkbookGrids } from "../../../src/core/grid";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { sheet } from "../../helpers/grids";

/**
 * The published one-sheet forms of domain-rules (m), built as they print: title, （年度）, label–value cells, the money
 * block, 年度总体目标, the indicator block with first-level cells merged down, the 总分 row. The tables are made up in
 * the published shapes, not copied from the shared fixtures, so that the layouts hold rather than one file.
 */

const codes = (grids: WorkbookGrids) => evaluateGrids(grids).findings.map((f) => f.code);
const one = (name: string, values: unknown[][], merges: MergeArea[] = []): WorkbookGrids => ({ fileName: `${name}.xlsx`, sheets: [sheet("Sheet1", values, merges)] });

describe("the 20 + 80 form (云南 保山 2022 shape): 得分(20分*执行率), two goal blocks of 40分, only a 得分 column", () => {
  const form = () =>
    one(
      "保山",
      [
        ["部门整体支出绩效自评表"],
        ["（2022年度）"],
        ["单位名称", "保山市某某局"],
        ["预算执行情况（万元）(20分)", "", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"],
        ["", "部门整体支出总额", 500, 450, "90%", 18],
        ["年度绩效目标1(40分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
        ["", "产出指标", "数量指标", "培训人次", "≧300人次", "320人次", 20],
        ["", "效益指标", "社会效益指标", "群众办事时长缩短", "≦3天", "2天", 20],
        ["年度绩效目标2(40分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
        ["", "产出指标", "质量指标", "案卷合格率", "═100%", "100%", 20],
        ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≧90%", "93%", 20],
        ["总分", "", "", "", "", "", 98],
      ],
      [
        { top: 3, left: 0, bottom: 4, right: 0 },
        { top: 5, left: 0, bottom: 7, right: 0 },
        { top: 8, left: 0, bottom: 10, right: 0 },
      ],
    );

  it("is read, not refused: the repeated header row of the second block is no indicator", () => {
    const model = readWorkbook(form());
    expect(model.indicators.rows.map((r) => r.name)).toEqual(["培训人次", "群众办事时长缩短", "案卷合格率", "群众满意度"]);
    expect(model.indicators.form).toEqual({ weights: "implicit", goalWeight: 80 });
    expect(model.fund.form?.headerWeight).toBe(20);
  });

  it("execution is weighted 20 from its header: 450 / 500 × 20 = 18.00; the indicators' 80 from the goal blocks 40 + 40", () => {
    const u = evaluateGrids(form()).units[0];
    expect([u.executionWeight, u.executionScore, u.indicatorWeight, u.indicatorScore, u.maxTotal, u.total, u.score]).toEqual([20, 18, 80, 80, 100, 98, 98]);
  });

  it("the filled 得分 is each row's score, and ONE finding (not one per row) says the weights are missing and what to add", () => {
    const ev = evaluateGrids(form());
    expect(ev.units[0].indicators.map((i) => [i.score, i.scoreFrom, i.weightImplied])).toEqual([
      [20, "filled", true],
      [20, "filled", true],
      [20, "filled", true],
      [20, "filled", true],
    ]);
    const missing = ev.findings.filter((f) => f.code === "missing-weight");
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toMatch(/没有分值（权重）列.*80分.*请在指标表中增加“分值”列/);
  });

  it("≧ ≦ ═ are ≥ ≤ ＝, and the 总分 98 = 18 + 80 raises nothing about the total", () => {
    const ev = evaluateGrids(form());
    expect(ev.units[0].indicators.map((i) => i.operator)).toEqual(["≥", "≤", "＝", "≥"]);
    expect(ev.findings.filter((f) => f.code === "self-score-mismatch")).toEqual([]);
  });

  it("with no goal weight printed, the indicators' part is what the 100-point form leaves: 100 − 20 = 80", () => {
    const grids = form();
    const v = grids.sheets[0].values;
    v[5][0] = "年度绩效目标";
    v[8][0] = "";
    const u = evaluateGrids(grids).units[0];
    expect([u.indicatorWeight, u.maxTotal]).toEqual([80, 100]);
    expect(evaluateGrids(grids).findings.find((f) => f.code === "missing-weight")?.message).toMatch(/百分制减预算执行的20分，即80分/);
  });

  it("filled scores adding to 90 on an 80-point part are held at 80 and said", () => {
    const grids = form();
    grids.sheets[0].values[6][6] = 30;
    const ev = evaluateGrids(grids);
    expect(ev.units[0].indicatorScore).toBe(80);
    expect(ev.findings.some((f) => f.code === "self-score-mismatch" && /合计90.00，超过指标部分满分80.00/.test(f.message))).toBe(true);
  });
});

describe("template rows left in the print (河北 10号 shape): 指标2:, ……, 指标1:/ with “/” cells", () => {
  const form = () =>
    one(
      "廊坊",
      [
        ["项目支出绩效自评表"],
        ["（2021年度）"],
        ["项目名称", "校舍维修", "", "主管部门", "某市教育局"],
        ["实施单位", "某市第二中学", "", "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", 60, 60, 60, 10, "100%", 10],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["", "(50分)", "数量指标", "指标1:维修面积", "≥1200平方米", "1250平方米", 30, 30, ""],
        ["", "", "", "指标2:", "", "", "", "", ""],
        ["", "", "", "……", "", "", "", "", ""],
        ["", "", "质量指标", "指标1：验收合格率", "100%", "100%", 20, 20, ""],
        ["", "", "", "指标2:/", "/", "/", "/", "/", ""],
        ["", "效益指标(30分)", "社会效益指标", "指标1:受益学生人数", "≥1500人", "1600人", 30, 30, ""],
        ["", "", "生态效益指标", "指标1:/", "/", "/", "/", "/", "/"],
        ["", "满意度指标(10分)", "服务对象满意度指标", "指标1 师生满意度", "≥90%", "96%", 10, 10, ""],
        ["", "", "", "指标2", "", "", "", "", "0"],
        ["总分", "", "", "", "", "", 100, 100, ""],
      ],
      [
        { top: 4, left: 0, bottom: 5, right: 0 },
        { top: 6, left: 0, bottom: 15, right: 0 },
        { top: 7, left: 1, bottom: 11, right: 1 },
        { top: 7, left: 2, bottom: 9, right: 2 },
        { top: 10, left: 2, bottom: 11, right: 2 },
        { top: 14, left: 1, bottom: 15, right: 1 },
      ],
    );

  it("are not indicators; the numbering 指标1: is dropped from the names", () => {
    expect(readWorkbook(form()).indicators.rows.map((r) => r.name)).toEqual(["维修面积", "验收合格率", "受益学生人数", "师生满意度"]);
  });

  it("raise nothing: the table scores 100 with no finding about missing weights, actuals or tiers", () => {
    const ev = evaluateGrids(form());
    expect(ev.units[0].score).toBe(100);
    expect(ev.findings.filter((f) => ["missing-weight", "missing-actual", "qualitative-tier-missing", "placeholder", "undated-timeliness"].includes(f.code))).toEqual([]);
  });

  it("a first-level cell printing only “(50分)” is named from its second level (产出指标) and carries its weight", () => {
    const rows = readWorkbook(form()).indicators.rows;
    expect(rows.map((r) => [r.level1, r.level1Weight])).toEqual([
      ["产出指标", 50],
      ["产出指标", 50],
      ["效益指标", 30],
      ["满意度指标", 10],
    ]);
  });

  it("a 指标2 row with figures is an indicator after all (it is read, and its missing weight is said)", () => {
    const grids = form();
    grids.sheets[0].values[8] = ["", "", "", "指标2:维修及时率", "≥95%", "98%", "", "", ""];
    const model = readWorkbook(grids);
    expect(model.indicators.rows.map((r) => r.name)).toContain("维修及时率");
  });
});

describe("weights from the first-level cells where the rows have none", () => {
  it("产出指标(60分) / 效益指标(30分) with 得分 only: the indicators' weight is 60 + 30 = 90", () => {
    const grids = one("四川", [
      ["项目支出绩效自评表（2023年度）"],
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额", 100, 100, 100, 10, "100%", 10],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"],
      ["产出指标(60分)", "数量指标", "改造户数", "≥40户", "42户", 30],
      ["", "时效指标", "完工时间", "2023年10月底前", "2023年9月20日", 30],
      ["效益指标(30分)", "社会效益指标", "受益人口", "≥150人", "160人", 25],
    ]);
    const ev = evaluateGrids(grids);
    const u = ev.units[0];
    expect([u.indicatorWeight, u.indicatorScore, u.maxTotal, u.total, u.score]).toEqual([90, 85, 100, 95, 95]);
    expect(ev.findings.filter((f) => f.code === "missing-weight")).toHaveLength(1);
    expect(ev.findings.find((f) => f.code === "missing-weight")?.message).toMatch(/一级指标所列分值（产出指标60分、效益指标30分）/);
  });
});

describe("columns as the 一体化 exports and the 四川 衔接资金 form lay them out", () => {
  it("分值 before the targets; 指性质 / 指标值 / 度量单位 under a two-row 年度指标值 header; 全年实际值", () => {
    const grids = one(
      "云南一体化",
      [
        ["项目支出绩效自评表"],
        ["（2022年度）"],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", 80, 80, 76, 10, "95%", 9.5],
        ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "", "", "全年实际值", "得分", "未完成原因分析"],
        ["", "", "", "", "指标性质", "指标值", "度量单位", "", "", ""],
        ["产出指标", "数量指标", "新建沟渠长度", 50, "≥", 2000, "米", 1900, 47.5, "部分路段征地延后"],
        ["效益指标", "社会效益指标", "受益农户", 30, "≥", 300, "户", 320, 30, ""],
        ["满意度指标", "服务对象满意度指标", "受益农户满意度", 10, "≥", 90, "%", 95, 10, ""],
      ],
      [
        { top: 4, left: 0, bottom: 5, right: 0 },
        { top: 4, left: 1, bottom: 5, right: 1 },
        { top: 4, left: 2, bottom: 5, right: 2 },
        { top: 4, left: 3, bottom: 5, right: 3 },
        { top: 4, left: 4, bottom: 4, right: 6 },
        { top: 4, left: 7, bottom: 5, right: 7 },
        { top: 4, left: 8, bottom: 5, right: 8 },
        { top: 4, left: 9, bottom: 5, right: 9 },
      ],
    );
    const ev = evaluateGrids(grids);
    const u = ev.units[0];
    // 1900 / 2000 × 50 = 47.50; the others met: 47.5 + 30 + 10 = 87.5, + 76 / 80 × 10 = 9.50 → 97.00
    expect(u.indicators.map((i) => [i.source.name, i.operator, i.unit, i.weight, i.score])).toEqual([
      ["新建沟渠长度", "≥", "米", 50, 47.5],
      ["受益农户", "≥", "户", 30, 30],
      ["受益农户满意度", "≥", "%", 10, 10],
    ]);
    expect(u.score).toBe(97);
    expect(ev.findings.filter((f) => f.code === "self-score-mismatch")).toEqual([]);
  });

  it("权重 for 分值 and 完成值 for 实际完成值", () => {
    const grids = one("安徽", [
      ["项目资金（万元）", "", "全年预算数", "全年执行数", "权重", "得分"],
      ["", "年度资金总额", 10, 10, 10, 10],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "完成值", "权重", "得分"],
      ["产出指标", "数量指标", "培训场次", "≥12场", "12场", 90, 90],
    ]);
    expect(evaluateGrids(grids).units[0].indicators[0]).toMatchObject({ weight: 90, score: 90, actualValue: 12 });
  });
});

describe("tick boxes (☑, R, □) in 项目类别 / 项目属性 are not data", () => {
  it("a ticked box beside a label is never taken as its value, and the tables below read as usual", () => {
    const grids = one("山西", [
      ["项目支出绩效自评表"],
      ["（2021年度）"],
      ["项目名称", "农村道路养护", "", "实施单位", "某县交通局"],
      ["项目类别", "R", "新增项目", "□", "延续项目"],
      ["项目属性", "☑", "经常性项目", "□", "一次性项目"],
      ["项目资金（万元）", "", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额", 50, 50, 10, "100%", 10],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "养护里程", "≥30公里", "32公里", 90, 90],
    ]);
    const ev = evaluateGrids(grids);
    expect(ev.basic).toMatchObject({ 项目名称: "农村道路养护", 实施单位: "某县交通局", 单位名称: "某县交通局", 评价年度: "2021" });
    expect(Object.values(ev.basic)).not.toContain("R");
    expect(ev.units[0].score).toBe(100);
  });
});

describe("money in 元 (上海, 云南): a header or a unit line says so, and the amounts become 万元", () => {
  const fundBlock = (head: string, unitLine: string | null): WorkbookGrids =>
    one("普陀", [
      ["财政项目支出绩效自评表 (2022 年度)"],
      ...(unitLine ? [[unitLine]] : []),
      [head, "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额", 250000, 250000, 215457.6, 10, "86.18%", 8.62],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      ["产出指标", "数量指标", "结算完成率", "=100%", "100%", 90, 90, ""],
    ]);

  it.each([
    ["项目资金（元）", null],
    ["项目资金", "单位：元"],
    ["项目资金", "金额单位：元"],
  ])("“%s” / “%s”: 250000 元 is 25.00 万元, 215457.6 元 is 21.5458 万元; the rate 86.18% and the score 8.62 are unchanged", (head, line) => {
    const u = evaluateGrids(fundBlock(head, line)).units[0];
    expect([u.budget, u.spent, u.executionRate, u.executionScore]).toEqual([25, 21.54576, 0.8618, 8.62]);
    expect(codes(fundBlock(head, line))).not.toContain("amount-unit-unclear");
  });

  it("“单位：万元” keeps the amounts as they are (and a budget of 250000 万元 is then the user's to answer for)", () => {
    expect(evaluateGrids(fundBlock("项目资金", "单位：万元")).units[0].budget).toBe(250000);
  });

  it("no unit anywhere and 250000 (25亿元 if 万元, more than a county department spends) raises a finding at the cell D3", () => {
    const ev = evaluateGrids(fundBlock("项目资金", null));
    const hit = ev.findings.find((f) => f.code === "amount-unit-unclear");
    expect(hit).toMatchObject({ sheet: "Sheet1", cell: "D3" });
    expect(hit?.message).toMatch(/没有写明金额单位.*单位：元/);
  });
});
