import { claimedScore } from "../../../src/core/batch/result";
import { evaluateGrids, evaluateModel } from "../../../src/core/evaluate";
import type { WorkbookGrids } from "../../../src/core/grid";
import { toJson } from "../../../src/core/output/json";
import { buildReportPlan } from "../../../src/core/report/buildReport";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { sheet } from "../../helpers/grids";

/**
 * The 总分 row as accountants write it (domain-rules (o)), one treatment of a target that cannot be measured (p), and a
 * published table that contradicts itself (m). Each table is a one-sheet 10号 form: 执行率 10 on the money block,
 * indicators 50 + 30 + 10 = 90 below, 总分 last.
 */

interface Form {
  execution?: unknown[];
  rows?: unknown[][];
  total?: unknown[] | null;
}

const form = ({ execution = [100, 100, 100, 10, "100%", 10], rows, total = ["总分", "", "", "", "", 100, 100, ""] }: Form = {}): WorkbookGrids => ({
  fileName: "自评表.xlsx",
  sheets: [
    sheet("附件1", [
      ["项目支出绩效自评表"],
      ["（2024年度）"],
      ["项目名称", "职工帮扶"],
      ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["年度资金总额", ...execution],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      ...(rows ?? [
        ["产出指标", "数量指标", "慰问人次", "≥2000人次", "2000人次", 50, 50, ""],
        ["效益指标", "社会效益指标", "帮扶覆盖率", "≥95%", "98%", 30, 30, ""],
        ["满意度指标", "服务对象满意度指标", "职工满意度", "≥90%", "96%", 10, 10, ""],
      ]),
      ...(total ? [total] : []),
    ]),
  ],
});

const totalFindings = (grids: WorkbookGrids) => evaluateGrids(grids).findings.filter((f) => f.code === "self-score-mismatch" && f.cell === "G10");

describe("(o) a filled 总分: the whole score, the indicators' part, or a mismatch", () => {
  it("总分 100 = 10 + 90 is the whole score and raises nothing", () => {
    expect(totalFindings(form())).toEqual([]);
  });

  it("总分 90 = the indicator subtotal on a row whose 分值 is 90 is the indicators' part by design: nothing", () => {
    expect(totalFindings(form({ total: ["总分", "", "", "", "", 90, 90, ""] }))).toEqual([]);
  });

  it("总分 90 on a row whose 分值 is 100 is the indicators' part: a warning that it should include 执行率得分 10, i.e. 100.00", () => {
    const [hit] = totalFindings(form({ total: ["总分", "", "", "", "", 100, 90, ""] }));
    expect(hit.severity).toBe("warning");
    expect(hit.message).toMatch(/总分90等于指标得分小计，未含预算执行率得分10.*应包含执行率得分，即100.00分/);
    expect(hit.message).not.toMatch(/不一致/);
  });

  it("总分 90 with no 分值 on its row is noted (info), not called a mismatch", () => {
    const [hit] = totalFindings(form({ total: ["总分", "", "", "", "", "", 90, ""] }));
    expect(hit.severity).toBe("info");
  });

  it("总分 95, equal to neither 100 nor 90, is a mismatch", () => {
    const [hit] = totalFindings(form({ total: ["总分", "", "", "", "", 100, 95, ""] }));
    expect(hit.severity).toBe("warning");
    expect(hit.message).toMatch(/总分95与按规则计算的100.00分不一致/);
  });

  it("填报总分 in the summary is the claimed total on the 100-point scale: 90 as the indicators' part with 执行率得分 10 is 100", () => {
    const grids = form({ total: ["总分", "", "", "", "", 100, 90, ""] });
    const model = readWorkbook(grids);
    const ev = evaluateModel(model);
    expect(claimedScore(ev.units[0], model.claimedTotals)).toBe(100);
  });

  it("a 总分 of 94.62 on weights of 110 (the whole raw score) is 86.02 on the 100-point scale, beside 计算得分 86.02", () => {
    const grids = form({
      rows: [
        ["产出指标", "数量指标", "慰问人次", "≥2000人次", "2000人次", 60, 60, ""],
        ["效益指标", "社会效益指标", "帮扶覆盖率", "≥95%", "98%", 30, 30, ""],
        ["满意度指标", "服务对象满意度指标", "职工满意度", "≥90%", "96%", 10, 10, ""],
      ],
      execution: [100, 100, 46.2, 10, "46.2%", 4.62],
      total: ["总分", "", "", "", "", 110, 104.62, ""],
    });
    const model = readWorkbook(grids);
    const ev = evaluateModel(model);
    expect([ev.units[0].total, ev.units[0].maxTotal, ev.units[0].score]).toEqual([104.62, 110, 95.11]);
    expect(claimedScore(ev.units[0], model.claimedTotals)).toBe(95.11);
  });
});

describe("(m) a published table that contradicts itself is said to", () => {
  it("execution 86% scored 9: the rule gives 分值 10 × 执行率 86.20% = 8.62, and even the printed 86% gives only 8.60", () => {
    const ev = evaluateGrids(form({ execution: [43.2, 43.2, 37.24, 10, "86%", 9], total: null }));
    const hit = ev.findings.find((f) => f.code === "self-score-mismatch" && f.cell === "G5");
    expect(hit?.message).toMatch(/执行率得分9不等于分值10 × 执行率86.20% = 8.62（按表中所填执行率86%计也只有8.60）/);
  });

  it("a target met in full (100% of 100%) scored 7 of 10 with no reason is said to be short of its weight without a reason", () => {
    const rows = [
      ["产出指标", "数量指标", "慰问人次", "≥2000人次", "2000人次", 50, 50, ""],
      ["产出指标", "时效指标", "资金到位及时率", "100%", "100%", 10, 7, ""],
      ["效益指标", "社会效益指标", "帮扶覆盖率", "≥95%", "98%", 20, 20, ""],
      ["满意度指标", "服务对象满意度指标", "职工满意度", "≥90%", "96%", 10, 10, ""],
    ];
    const ev = evaluateGrids(form({ rows, total: null }));
    const hit = ev.findings.find((f) => f.code === "self-score-mismatch" && f.cell === "G8");
    expect(hit?.message).toMatch(/已完成年度指标值，按规则应得满分10，表中只给了7分且未说明扣分理由/);
    rows[1][7] = "资金分两批到位，第二批晚于计划";
    expect(evaluateGrids(form({ rows, total: null })).findings.find((f) => f.cell === "G8")?.message).not.toMatch(/未说明扣分理由/);
  });

  it("a 总分 of 94 over parts that add to 93 (执行率 9 + 指标 84) is not the sum of its parts", () => {
    const rows = [
      ["产出指标", "数量指标", "慰问人次", "≥2000人次", "1900人次", 50, 47.5, "部分困难职工外出务工"],
      ["效益指标", "社会效益指标", "帮扶覆盖率", "≥95%", "92%", 30, 26.5, "新增困难职工未及时建档"],
      ["满意度指标", "服务对象满意度指标", "职工满意度", "≥90%", "96%", 10, 10, ""],
    ];
    const ev = evaluateGrids(form({ rows, execution: [100, 100, 90, 10, "90%", 9], total: ["总分", "", "", "", "", 100, 94, ""] }));
    const hit = ev.findings.find((f) => f.code === "self-score-mismatch" && f.cell === "G10");
    expect(hit?.message).toMatch(/也不等于表中各项得分之和93.00（执行率得分9 \+ 指标得分84）/);
  });
});

describe("(p) one treatment for a target that cannot be measured", () => {
  const rows = (first: unknown[]) => [first, ["效益指标", "社会效益指标", "帮扶覆盖率", "≥95%", "98%", 30, 30, ""], ["满意度指标", "服务对象满意度指标", "职工满意度", "≥90%", "96%", 10, 10, ""]];
  const withOperator = () => ({
    fileName: "x.xlsx",
    sheets: [
      sheet("附件1", [
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", 100, 100, 100, 10, "100%", 10],
        ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "困难职工救助", "≥", "应保尽保", "应保尽保", 50, 50],
        ["产出指标", "质量指标", "救助工作质量", "", "显著提升", "显著提升", 40, 40],
      ]),
    ],
  });

  it("“≥ 应保尽保” and a blank-operator “显著提升” are scored the same way: as qualitative rows on their filled score, never 0", () => {
    const u = evaluateGrids(withOperator()).units[0];
    expect(u.indicators.map((i) => [i.kind, i.score, i.scoreFrom, i.unsupported])).toEqual([
      ["qualitative", 50, "filled", true],
      ["qualitative", 40, "filled", true],
    ]);
  });

  it("the ≥ beside 应保尽保 is a finding of its own (a warning at its target cell), not a reason to score it 0", () => {
    const hit = evaluateGrids(withOperator()).findings.find((f) => f.code === "no-numeric-target");
    expect(hit).toMatchObject({ severity: "warning", cell: "E4" });
  });

  it("依据不足的分值 is 50 + 40 = 90 for that unit; a 完成等级 (达成) gives the row a basis and takes it out", () => {
    expect(evaluateGrids(withOperator()).units[0].unsupportedWeight).toBe(90);
    const grids = withOperator();
    grids.sheets[0].values[3][5] = "达成";
    expect(evaluateGrids(grids).units[0].unsupportedWeight).toBe(40);
  });

  it("a measurable table has none: 依据不足的分值 0", () => {
    expect(evaluateGrids(form({ rows: rows(["产出指标", "数量指标", "慰问人次", "≥2000人次", "2000人次", 50, 50, ""]) })).units[0].unsupportedWeight).toBe(0);
  });

  it("in the JSON as unsupportedWeight, and in the report's summary block as 依据不足的分值", () => {
    const ev = evaluateGrids(withOperator());
    expect(toJson(ev).units[0].unsupportedWeight).toBe(90);
    const plan = buildReportPlan(ev);
    const text = (c: (typeof plan.cells)[number]) => (c.content.kind === "text" ? c.content.text : "");
    const label = plan.cells.find((c) => text(c) === "依据不足的分值");
    expect(label).toBeDefined();
    const value = plan.cells.find((c) => c.row === label!.row && c.col === 2);
    expect(value && text(value)).toBe("90分（2项指标仅凭填报得分，无可计量依据）");
  });
});
