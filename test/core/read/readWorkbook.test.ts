import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { WorkbookInputError } from "../../../src/core/read/inputError";
import { FUND_HEADER, INDICATOR_HEADER, balancedRows, basicSheet, sheet, simpleWorkbook } from "../../helpers/grids";

describe("finding the sheets", () => {
  it("reads the three sheets by their standard names", () => {
    const model = readWorkbook(simpleWorkbook(balancedRows()));
    expect(model.fund.sheet).toBe("资金情况");
    expect(model.indicators.sheet).toBe("绩效指标");
    expect(model.basic.values["单位名称"]?.text).toBe("测试单位");
    expect(model.indicators.rows).toHaveLength(4);
  });

  it("reads sheets by alias (预算执行情况, 绩效指标表, 基本情况)", () => {
    const wb = simpleWorkbook(balancedRows());
    wb.sheets[0].name = "基本情况";
    wb.sheets[1].name = "预算执行情况";
    wb.sheets[2].name = "绩效指标表";
    const model = readWorkbook(wb);
    expect([model.fund.sheet, model.indicators.sheet, model.basic.sheet]).toEqual(["预算执行情况", "绩效指标表", "基本情况"]);
  });

  it("never reads its own 自评报告 sheet as input", () => {
    const wb = simpleWorkbook(balancedRows());
    wb.sheets.unshift(sheet("自评报告", [INDICATOR_HEADER, ["x", "产出指标", "数量指标", "假指标", "≥", 1, "个", 1, 10]]));
    expect(readWorkbook(wb).indicators.sheet).toBe("绩效指标");
  });

  it("a missing fund sheet stops with one line naming the file and the sheet", () => {
    const wb = simpleWorkbook(balancedRows());
    wb.sheets.splice(1, 1);
    expect(() => readWorkbook(wb)).toThrow(WorkbookInputError);
    expect(() => readWorkbook(wb)).toThrow(/测试\.xlsx.*资金情况/);
  });

  it("a missing required column names the sheet and the column with its aliases", () => {
    const wb = simpleWorkbook(balancedRows());
    wb.sheets[2] = sheet("绩效指标", [INDICATOR_HEADER.map((h) => (h === "实际完成值" ? "备注" : h))]);
    expect(() => readWorkbook(wb)).toThrow(/工作表“绩效指标”.*缺少“实际完成值”（也认：完成值.*）列/);
  });

  it("a sheet with a header and no data rows stops with a message naming the sheet", () => {
    const wb = simpleWorkbook([]);
    expect(() => readWorkbook(wb)).toThrow(/工作表“绩效指标”在表头（第1行）下没有数据行/);
  });
});

describe("headers as accountants lay them out", () => {
  it("finds the header under title rows and passes over bracketed notes and line breaks", () => {
    const wb = simpleWorkbook(balancedRows());
    wb.sheets[1] = sheet("资金情况", [
      ["2024年度部门整体支出绩效自评表"],
      ["单位：万元"],
      [],
      ["资金来源", "年初预算数（万元）", "全年预算数\n(A)", "全年执行数（B）", "执行率（B/A）", "分值"],
      ["合计", "1,200.00", " 1200 ", "1,080.00", "90%", 10],
    ]);
    wb.sheets[2] = sheet("绩效指标", [["2024年度绩效指标完成情况"], INDICATOR_HEADER, ...balancedRows()]);
    const model = readWorkbook(wb);
    expect(model.fund.headerRow).toBe(4);
    expect(model.indicators.headerRow).toBe(2);
    expect(model.fund.rows[0].cells.budget?.text).toBe("1200");
  });

  it("takes columns in any order and under any listed alias", () => {
    const wb = simpleWorkbook([]);
    wb.sheets[2] = sheet("绩效指标", [
      ["权重", "全年完成值", "指标名称", "计算符号", "目标值", "度量单位", "一级指标", "二级指标", "得分"],
      [30, 2000, "慰问困难职工人次", "≥", 2000, "人次", "产出指标", "数量指标", 30],
    ]);
    const r = readWorkbook(wb).indicators.rows[0];
    expect([r.name, r.level1, r.cells.weight?.raw, r.cells.actual?.raw, r.cells.selfScore?.raw]).toEqual(["慰问困难职工人次", "产出指标", 30, 2000, 30]);
  });
});

describe("merged and blank cells inherit from above", () => {
  it("项目名称, 一级指标 and 二级指标 written once cover the rows below them", () => {
    const wb = simpleWorkbook([]);
    wb.sheets[2] = sheet(
      "绩效指标",
      [
        INDICATOR_HEADER,
        ["职工帮扶项目", "产出指标", "数量指标", "慰问人次", "≥", 2000, "人次", 2000, 30],
        [null, null, null, "体检人次", "≥", 600, "人次", 600, 20],
        [null, "效益指标", "", "帮扶覆盖率", "≥", "95%", "%", "98%", 30],
        ["", "", "", "满意度", "≥", "90%", "%", "96%", 10],
      ],
      [
        { top: 1, left: 0, bottom: 4, right: 0 },
        { top: 1, left: 1, bottom: 2, right: 1 },
      ],
    );
    const rows = readWorkbook(wb).indicators.rows;
    expect(rows.map((r) => [r.project, r.level1, r.level2])).toEqual([
      ["职工帮扶项目", "产出指标", "数量指标"],
      ["职工帮扶项目", "产出指标", "数量指标"],
      ["职工帮扶项目", "效益指标", "数量指标"],
      ["职工帮扶项目", "效益指标", "数量指标"],
    ]);
  });

  it("a reason merged over several rows counts for each of them", () => {
    const wb = simpleWorkbook([]);
    wb.sheets[2] = sheet(
      "绩效指标",
      [INDICATOR_HEADER, ["", "产出指标", "数量指标", "a", "≥", 10, "个", 8, 30, "", "", "资金到位晚"], ["", "", "", "b", "≥", 10, "个", 9, 20, "", "", null]],
      [{ top: 1, left: 11, bottom: 2, right: 11 }],
    );
    const rows = readWorkbook(wb).indicators.rows;
    expect(rows[1].cells.reason?.text).toBe("资金到位晚");
  });

  it("a weight merged over two rows counts once", () => {
    const wb = simpleWorkbook([]);
    wb.sheets[2] = sheet(
      "绩效指标",
      [INDICATOR_HEADER, ["", "产出指标", "数量指标", "a", "≥", 10, "个", 10, 30], ["", "", "", "b", "≥", 10, "个", 10, null]],
      [{ top: 1, left: 8, bottom: 2, right: 8 }],
    );
    const rows = readWorkbook(wb).indicators.rows;
    expect(rows[1].cells.weight?.text).toBe("");
  });
});

describe("rows that are not indicators", () => {
  it("合计, 小计 and 总分 rows, blank lines and notes are never indicators; the 总分 is kept as claimed", () => {
    const wb = simpleWorkbook([]);
    wb.sheets[2] = sheet("绩效指标", [
      INDICATOR_HEADER,
      ["", "产出指标", "数量指标", "慰问人次", "≥", 2000, "人次", 2000, 90, "", 90],
      [],
      ["", "", "", "小计", "", "", "", "", 90, "", 90],
      ["", "合计", "", "", "", "", "", "", 90, "", 90],
      ["总分", "", "", "", "", "", "", "", 100, "", 100],
      ["注：1.本表金额单位为万元。", "", "", "", "", "", "", "", "", "", ""],
    ]);
    const model = readWorkbook(wb);
    expect(model.indicators.rows.map((r) => r.name)).toEqual(["慰问人次"]);
    expect(model.claimedTotals).toEqual([{ project: "测试单位", value: 100, row: 6, col: 11, weight: 100 }]);
  });
});

describe("fund lines", () => {
  it("several projects in one workbook, each with its own total row", () => {
    const wb = simpleWorkbook(balancedRows());
    wb.sheets[1] = sheet("资金情况", [
      FUND_HEADER,
      ["帮扶项目", "合计", 100, 100, 90, 10],
      [null, "其中：本年财政拨款", 80, 80, 70],
      [null, "上年结转资金", 20, 20, 20],
      ["文体项目", "合计", 50, 60, 60, 10],
      ["合计", "", 150, 160, 150],
    ]);
    const rows = readWorkbook(wb).fund.rows;
    expect(rows.map((r) => [r.project, r.kind, r.source])).toEqual([
      ["帮扶项目", "total", "合计"],
      ["帮扶项目", "detail", "其中：本年财政拨款"],
      ["帮扶项目", "detail", "上年结转资金"],
      ["文体项目", "total", "合计"],
    ]);
  });

  it("the 10号 layout: 项目资金（万元） merged down the block, labels in the next column, indicators below on the same sheet", () => {
    const one = sheet(
      "自评表",
      [
        ["项目支出绩效自评表"],
        ["项目名称", "职工服务中心升级改造", "", "主管部门", "丰都县总工会"],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [null, "年度资金总额", 90, 90, 89.974, 10, "99.97%", 10],
        [null, "其中：当年财政拨款", 90, 90, 89.974],
        [null, "上年结转资金", 0, 0, 0],
        ["年度总体目标", "预期目标", "", "", "实际完成情况"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "改造面积", "≥500平方米", "520平方米", 50, 50],
        [null, "效益指标", "社会效益指标", "服务职工人次", "≥3000人次", "3200人次", 30, 30],
        [null, "满意度指标", "服务对象满意度指标", "职工满意度", "≥90%", "95%", 10, 10],
        ["总分", "", "", "", "", "", 100, 100],
      ],
      [{ top: 2, left: 0, bottom: 5, right: 0 }, { top: 7, left: 0, bottom: 10, right: 0 }],
    );
    const model = readWorkbook({ fileName: "池州.xlsx", sheets: [one] });
    expect(model.fund.rows.map((r) => [r.kind, r.source])).toEqual([
      ["total", "年度资金总额"],
      ["detail", "其中：当年财政拨款"],
      ["detail", "上年结转资金"],
    ]);
    expect(model.indicators.rows.map((r) => r.name)).toEqual(["改造面积", "服务职工人次", "职工满意度"]);
    expect(model.basic.values["单位名称"]?.text).toBe("职工服务中心升级改造");
    expect(model.claimedTotals[0].value).toBe(100);
  });
});

describe("基本信息", () => {
  it("a missing 单位名称 becomes a finding and the file's name stands in", () => {
    const wb = simpleWorkbook(balancedRows());
    wb.sheets[0] = basicSheet("", 2024);
    const model = readWorkbook(wb);
    expect(model.findings.map((f) => f.code)).toEqual(["basic-info-missing"]);
    expect(model.indicators.rows[0].project).toBe("测试");
  });
});
