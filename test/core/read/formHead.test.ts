import { evaluateGrids } from "../../../src/core/evaluate";
import type { MergeArea, WorkbookGrids } from "../../../src/core/grid";
import { buildNarrative } from "../../../src/core/report/narrative";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { FUND_HEADER, INDICATOR_HEADER, balancedRows, sheet } from "../../helpers/grids";

/** The one-sheet form's own metadata (issue 11 item 3) and 基本信息 found by its labels (item 4). */

const head = (title: unknown[][], merges: MergeArea[] = []): WorkbookGrids => ({
  fileName: "某县水利局自评表.xlsx",
  sheets: [
    sheet(
      "附件2",
      [
        ...title,
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", 100, 100, 100, 10, "100%", 10],
        ["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""],
        ["", "完成200亩高标准农田建设，灌溉保证率达到90%。", "", "", "", "建成210亩，灌溉保证率92%。", "", "", ""],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["", "产出指标", "数量指标", "建设面积", "≥200亩", "210亩", 50, 50, ""],
        ["", "效益指标", "社会效益指标", "灌溉保证率", "≥90%", "92%", 30, 30, ""],
        ["", "满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "95%", 10, 10, ""],
        ["总分", "", "", "", "", "", 100, 100, ""],
      ],
      [
        ...merges,
        { top: title.length + 2, left: 0, bottom: title.length + 3, right: 0 },
        { top: title.length + 2, left: 1, bottom: title.length + 2, right: 4 },
        { top: title.length + 2, left: 5, bottom: title.length + 2, right: 8 },
        { top: title.length + 3, left: 1, bottom: title.length + 3, right: 4 },
        { top: title.length + 3, left: 5, bottom: title.length + 3, right: 8 },
      ],
    ),
  ],
});

const standardHead = () =>
  head([
    ["项目支出绩效自评表"],
    ["（2024年度）"],
    ["项目名称", "高标准农田建设", "", "", "主管部门", "某县农业农村局"],
    ["实施单位", "某县水利局", "", "", "", ""],
  ]);

describe("the one-sheet form's own metadata", () => {
  it("评价年度 from the line （2024年度） under the title; 评价类型 项目支出 from the title", () => {
    const ev = evaluateGrids(standardHead());
    expect([ev.basic["评价年度"], ev.basic["评价类型"]]).toEqual(["2024", "项目支出"]);
  });

  it.each([
    ["项目支出绩效自评表 2019年度)", "2019", "项目支出"],
    ["财政项目支出绩效自评表 (2022 年度)", "2022", "项目支出"],
    ["2023年度部门整体支出绩效自评表", "2023", "部门整体"],
    ["部门（单位）整体支出绩效自评表（2021年度）", "2021", "部门整体"],
  ])("the title “%s” gives the year %s and the kind %s", (title, year, kind) => {
    const ev = evaluateGrids(head([[title], ["项目名称", "高标准农田建设"]]));
    expect([ev.basic["评价年度"], ev.basic["评价类型"]]).toEqual([year, kind]);
  });

  it("项目名称 / 主管部门 / 实施单位 from the label–value cells: the project is the unit scored, the 实施单位 stands for 单位名称", () => {
    const ev = evaluateGrids(standardHead());
    expect(ev.basic).toMatchObject({ 项目名称: "高标准农田建设", 主管部门: "某县农业农村局", 实施单位: "某县水利局", 单位名称: "某县水利局" });
    expect(ev.units.map((u) => u.name)).toEqual(["高标准农田建设"]);
  });

  it("单位名称 printed on the form wins over 实施单位", () => {
    const ev = evaluateGrids(head([["项目支出绩效自评表"], ["（2024年度）"], ["实施单位", "某县水利局"], ["单位名称", "某县水利局机关"]]));
    expect(ev.basic["单位名称"]).toBe("某县水利局机关");
  });

  it("年度总体目标's 预期目标 and 实际完成情况 texts, printed under their headers, go into the model and the narrative", () => {
    const ev = evaluateGrids(standardHead());
    expect(ev.basic["年度绩效目标"]).toBe("完成200亩高标准农田建设，灌溉保证率达到90%。");
    expect(ev.basic["实际完成情况"]).toBe("建成210亩，灌溉保证率92%。");
    expect(buildNarrative(ev).flatMap((s) => s.paragraphs).join("\n")).toContain("完成200亩高标准农田建设，灌溉保证率达到90%。");
  });

  it("the 20 + 80 form's “年度目标1:(80分)” with its text below: the text is the goal, not the label", () => {
    const grids: WorkbookGrids = {
      fileName: "塘湖.xlsx",
      sheets: [
        sheet(
          "Sheet1",
          [
            ["部门整体支出绩效自评表"],
            ["单位名称", "某镇人民政府"],
            ["项目资金（万元）", "", "", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"],
            ["", "部门整体支出总额", "", 800, 800, "100%", 20],
            ["年度总体目标", "年度目标1:(80分)", "", "", "", "", ""],
            ["", "提高政务服务效率，改善镇区人居环境", "", "", "", "", ""],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
            ["", "产出指标", "数量指标", "办结信访案件", "≥150起", "160起", 80],
            ["", "总分", "", "", "", "", "100分"],
          ],
          [
            { top: 4, left: 0, bottom: 5, right: 0 },
            { top: 4, left: 1, bottom: 4, right: 3 },
            { top: 5, left: 1, bottom: 5, right: 3 },
          ],
        ),
      ],
    };
    const ev = evaluateGrids(grids);
    expect(ev.basic["年度绩效目标"]).toBe("提高政务服务效率，改善镇区人居环境");
    expect(ev.basic["评价类型"]).toBe("部门整体");
    expect(ev.units[0]).toMatchObject({ executionWeight: 20, executionScore: 20, indicatorWeight: 80, score: 100 });
  });

  it("no finding asks for a sheet or a column the form does not have (基本信息, 偏差原因 in the money block, 完成等级)", () => {
    const grids = standardHead();
    const v = grids.sheets[0].values;
    v[5][4] = 80; // 全年执行数 80 of 100: a low rate, no reason column in the money block
    v[10] = ["", "效益指标", "社会效益指标", "灌溉条件", "明显改善", "明显改善", 30, 30, ""]; // qualitative, no 完成等级 column
    const ev = evaluateGrids(grids);
    const messages = ev.findings.map((f) => f.message).join("\n");
    expect(messages).not.toMatch(/“基本信息”工作表|在偏差原因中说明|在完成等级中|补填完成等级/);
    expect(ev.findings.find((f) => f.code === "low-execution-no-reason")?.message).toMatch(/表中资金部分没有偏差原因栏/);
    expect(ev.findings.filter((f) => f.code === "basic-info-missing")).toEqual([]);
  });
});

describe("基本信息 by its labels, whatever its sheet is called", () => {
  const tables = [sheet("资金情况", [FUND_HEADER, ["", "合计", 100, 100, 100, 10]]), sheet("绩效指标", [INDICATOR_HEADER, ...balancedRows()])];

  it("a sheet called 表1 holding 单位名称 and 评价年度 is read as 基本信息", () => {
    const model = readWorkbook({ fileName: "x.xlsx", sheets: [sheet("表1", [["单位名称", "丰都县总工会"], ["评价年度", 2024], ["评价类型", "部门整体"]]), ...tables] });
    expect(model.basic.sheet).toBe("表1");
    expect(model.basic.values["单位名称"]?.text).toBe("丰都县总工会");
    expect(model.findings).toEqual([]);
  });

  it("where no sheet holds them, the unit is named after the file and each finding says which label is missing, not “fill in the 基本信息 sheet”", () => {
    const ev = evaluateGrids({ fileName: "丰都县总工会2024.xlsx", sheets: tables });
    expect(ev.units[0].name).toBe("丰都县总工会2024");
    const missing = ev.findings.filter((f) => f.code === "basic-info-missing");
    expect(missing.map((f) => f.message)).toEqual([expect.stringMatching(/没有找到“单位名称”（也认：部门名称.*以文件名“丰都县总工会2024”称呼/), expect.stringMatching(/没有找到“评价年度”.*（2024年度）/)]);
    for (const f of missing) expect(f.message).not.toMatch(/请在“基本信息”工作表中填写/);
  });
});
