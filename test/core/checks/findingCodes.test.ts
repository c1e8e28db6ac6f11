import type { EvaluateOptions } from "../../../src/core/evaluate";
import type { WorkbookGrids } from "../../../src/core/grid";
import { FINDING_CODES, type Finding, type FindingCode, type Severity } from "../../../src/core/model/finding";
import { FUND_HEADER, INDICATOR_HEADER, balancedRows, row, sheet, simpleWorkbook } from "../../helpers/grids";
import { withUntrusted } from "../../helpers/formats";
import { balancedWith, coreIndicatorWorkbook, evaluate, findingsOf, fundLine, fundWorkbook, isChineseMessage, qualitativeRow } from "../../helpers/findingCases";

/**
 * Every finding code of template.md and src/core/model/finding.ts, each with a workbook that raises it and a closely
 * similar one that does not. The numbers and wordings are the rules' own (domain-rules.md (b), (d), (f), (k)).
 * Cells: see test/helpers/findingCases.ts for the layout (绩效指标 F = 年度指标值, H = 实际完成值, …).
 */

const IND = "绩效指标";
const FUND = "资金情况";
const BASIC = "基本信息";

/** Codes some test below has seen raised; the last test checks that none of FINDING_CODES is left out. */
const raisedCodes = new Set<FindingCode>();

interface Expected {
  severity?: Severity;
  sheet: string;
  /** "F3", or "" for a finding about the whole unit or workbook. */
  cell: string;
  /** What the message tells the accountant to write or do instead. */
  advice: RegExp;
}

function expectRaised(code: FindingCode, grids: WorkbookGrids, expected: Expected, options?: EvaluateOptions): Finding {
  const ev = evaluate(grids, options);
  expect(ev.findings.map((f) => f.code)).toContain(code);
  raisedCodes.add(code);
  const hits = findingsOf(ev, code);
  const hit = hits.find((f) => f.cell === expected.cell) ?? hits[0];
  expect({ sheet: hit.sheet, cell: hit.cell }).toEqual({ sheet: expected.sheet, cell: expected.cell });
  if (expected.severity) expect(hit.severity).toBe(expected.severity);
  expect(isChineseMessage(hit.message)).toBe(true);
  expect(hit.message).toMatch(expected.advice);
  return hit;
}

function expectNotRaised(code: FindingCode, grids: WorkbookGrids, options?: EvaluateOptions): void {
  expect(evaluate(grids, options).findings.filter((f) => f.code === code)).toEqual([]);
}

function severityOf(code: FindingCode, grids: WorkbookGrids, options?: EvaluateOptions): Severity | undefined {
  return findingsOf(evaluate(grids, options), code)[0]?.severity;
}

const clean = () => simpleWorkbook(balancedRows());

it("the balanced workbook (产出50 / 效益30 / 满意度10 / 执行率10, every target met) raises nothing", () => {
  expect(evaluate(clean()).findings).toEqual([]);
});

// ---------------------------------------------------------------------------------------------------------------
// domain-rules.md (f), Q1–Q17

describe("Q1 no-numeric-target: a quantitative row needs a number as its target (E)", () => {
  it("≥ with a blank target and an actual of 2000 raises an error at the target cell F2", () => {
    const wb = simpleWorkbook(balancedWith({ 0: row("产出指标", "数量指标", "慰问困难职工人次", "≥", "", "人次", 2000, 30) }));
    expectRaised("no-numeric-target", wb, { severity: "error", sheet: IND, cell: "F2", advice: /如“≥90%”/ });
  });
  it("(p) ≥ with the target “全面覆盖” is a warning at F2: the row is scored as qualitative, not 0", () => {
    const wb = simpleWorkbook(balancedWith({ 0: row("产出指标", "数量指标", "慰问困难职工人次", "≥", "全面覆盖", "人次", "达成", 30) }));
    expectRaised("no-numeric-target", wb, { severity: "warning", sheet: IND, cell: "F2", advice: /已按定性指标计分.*如“≥95%”/ });
  });
  it("≥ with the target 2000 does not", () => {
    expectNotRaised("no-numeric-target", simpleWorkbook(balancedWith({ 0: row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", 2000, 30) })));
  });
});

describe("Q2 qualitative-share: more than 1/3 of the rows, or more than 30% of the weight, are 定性 (W)", () => {
  const quantitative = [
    row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", 2000, 35),
    row("产出指标", "质量指标", "帮扶资金发放准确率", "≥", "100%", "%", "100%", 15),
    row("效益指标", "社会效益指标", "困难职工帮扶覆盖率", "≥", "95%", "%", "98%", 10),
    row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", "90%", "%", "96%", 10),
  ];
  const qualitative = [
    qualitativeRow("效益指标", "可持续影响指标", "帮扶机制健全性", 10),
    qualitativeRow("效益指标", "社会效益指标", "困难职工生活状况", 10),
    qualitativeRow("产出指标", "质量指标", "慰问活动组织质量", 10),
  ];
  it("3 of 7 rows 定性 (3/7 > 1/3, weight 30/100 = 30%) raises a warning about the unit (no cell)", () => {
    const wb = simpleWorkbook([...quantitative, ...qualitative]);
    expectRaised("qualitative-share", wb, { severity: "warning", sheet: IND, cell: "", advice: /建议.*细化为可计量/ });
  });
  it("2 of 6 rows 定性 (exactly 1/3, weight 20/90) does not", () => {
    expectNotRaised("qualitative-share", simpleWorkbook([...quantitative, ...qualitative.slice(0, 2)]));
  });
  it("1 of 4 rows 定性 carrying 30 of 90 points (33% > 30%) raises it by weight", () => {
    const wb = simpleWorkbook(balancedWith({ 2: qualitativeRow("效益指标", "社会效益指标", "困难职工生活状况", 30) }));
    expectRaised("qualitative-share", wb, { severity: "warning", sheet: IND, cell: "", advice: /细化/ });
  });
  it("1 of 4 rows 定性 carrying 27 of 90 points (exactly 30%) does not", () => {
    const rows = balancedWith({ 0: row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", 2000, 33), 2: qualitativeRow("效益指标", "社会效益指标", "困难职工生活状况", 27) });
    expectNotRaised("qualitative-share", simpleWorkbook(rows));
  });
});

describe("Q3 vague-wording: a target of words such as 有效提升 with no number and no grade scale", () => {
  it("“有效提升” beside ≥ is (p) scored as qualitative: a warning at the target cell F4 that asks for “≥90%”", () => {
    const wb = simpleWorkbook(balancedWith({ 2: row("效益指标", "社会效益指标", "困难职工帮扶覆盖率", "≥", "有效提升", "%", "98%", 30) }));
    expectRaised("vague-wording", wb, { severity: "warning", sheet: IND, cell: "F4", advice: /改为可计量的目标，如“≥90%”/ });
  });
  it("“≥90%” in the same row is not vague", () => {
    expectNotRaised("vague-wording", simpleWorkbook(balancedWith({ 2: row("效益指标", "社会效益指标", "困难职工帮扶覆盖率", "≥", "≥90%", "%", "98%", 30) })));
  });
  it("“进一步提升职工满意度” on a 定性 row is a warning at F4 that also offers a grade scale (优/良/中/差)", () => {
    const wb = simpleWorkbook(balancedWith({ 2: row("效益指标", "社会效益指标", "职工满意情况", "定性", "进一步提升职工满意度", "", "达成", 30, "达成", 30) }));
    expectRaised("vague-wording", wb, { severity: "warning", sheet: IND, cell: "F4", advice: /优\/良\/中\/差/ });
  });
  it("“慰问困难职工≥2000人次” holds a number and is fine", () => {
    expectNotRaised("vague-wording", simpleWorkbook(balancedWith({ 0: row("产出指标", "数量指标", "慰问困难职工人次", "", "慰问困难职工≥2000人次", "", 2000, 30) })));
  });
  it("the real 池州 targets “效果明显” and “符合相关规定” are flagged", () => {
    for (const target of ["效果明显", "符合相关规定"]) {
      const wb = simpleWorkbook(balancedWith({ 2: row("效益指标", "社会效益指标", "项目实施效果", "定性", target, "", "达成预期指标", 30) }));
      expectRaised("vague-wording", wb, { sheet: IND, cell: "F4", advice: /可计量/ });
    }
  });
  // Q3: "a hit counts only if the cell has no number and no tier scale (“优/良/中/差”, …, “达到/部分达到/未达到”)".
  // The engine only recognises a cell that is nothing but a scale, so a vague phrase followed by its scale is flagged.
  it("Q3: “效果明显（优/良/中/差）” carries a grade scale and is not vague", () => {
    const wb = simpleWorkbook(balancedWith({ 2: qualitativeRow("效益指标", "社会效益指标", "项目实施效果", 30, "达成", 30, "优", "效果明显（优/良/中/差）") }));
    expectNotRaised("vague-wording", wb);
  });
  it("Q3: “服务质量明显改善（达到/部分达到/未达到）” carries the tier scale and is not vague", () => {
    const wb = simpleWorkbook(balancedWith({ 2: qualitativeRow("效益指标", "社会效益指标", "服务质量", 30, "达成", 30, "达到", "服务质量明显改善（达到/部分达到/未达到）") }));
    expectNotRaised("vague-wording", wb);
  });
});

describe("Q4 missing-unit: a numeric target with no 计量单位 and no unit after the number (W)", () => {
  it("≥ 2000 with 计量单位 blank raises a warning at the unit cell G2", () => {
    const wb = simpleWorkbook(balancedWith({ 0: row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "", 2000, 30) }));
    expectRaised("missing-unit", wb, { severity: "warning", sheet: IND, cell: "G2", advice: /注明计量单位（如人次、%、万元、场）/ });
  });
  it("≥ 2000 人次 does not, nor “2000人次” with the unit written after the number", () => {
    expectNotRaised("missing-unit", clean());
    expectNotRaised("missing-unit", simpleWorkbook(balancedWith({ 0: row("产出指标", "数量指标", "慰问困难职工人次", "≥", "2000人次", "", 2000, 30) })));
  });
});

describe("Q5 missing-operator: neither 指标性质 nor the target states ≥ ＞ ＝ ＜ ≤ (W)", () => {
  it("a blank 指标性质 beside the target 2000 raises a warning at E2 (scored as ≥)", () => {
    const wb = simpleWorkbook(balancedWith({ 0: row("产出指标", "数量指标", "慰问困难职工人次", "", 2000, "人次", 2000, 30) }));
    expectRaised("missing-operator", wb, { severity: "warning", sheet: IND, cell: "E2", advice: /在指标性质中选择，或在指标值前写明，如“≥2000”/ });
  });
  it("a blank 指标性质 beside the target “≥2000人次” does not: the sign is in the target", () => {
    expectNotRaised("missing-operator", simpleWorkbook(balancedWith({ 0: row("产出指标", "数量指标", "慰问困难职工人次", "", "≥2000人次", "", 2000, 30) })));
  });
});

describe("Q6 operator-mismatch: the sign does not fit the indicator (W)", () => {
  const cost = (op: string) => row("产出指标", "成本指标", "慰问品采购成本", op, 30, "万元", 28, 20);
  it("a 成本指标 with ≥ raises a warning at E3 that asks for ≤", () => {
    expectRaised("operator-mismatch", simpleWorkbook(balancedWith({ 1: cost("≥") })), { severity: "warning", sheet: IND, cell: "E3", advice: /通常应为“≤”/ });
  });
  it("the same 成本指标 with ≤ does not", () => {
    expectNotRaised("operator-mismatch", simpleWorkbook(balancedWith({ 1: cost("≤") })));
  });
  it("满意度 with ≤ raises it at E5; with ≥ it does not", () => {
    const sat = (op: string) => row("满意度指标", "服务对象满意度指标", "服务对象满意度", op, "90%", "%", "96%", 10);
    expectRaised("operator-mismatch", simpleWorkbook(balancedWith({ 3: sat("≤") })), { severity: "warning", sheet: IND, cell: "E5", advice: /通常应为“≥”/ });
    expectNotRaised("operator-mismatch", simpleWorkbook(balancedWith({ 3: sat("≥") })));
  });
  it("a % target above 100 (“120%”) raises it at the target F3; “100%” does not", () => {
    const pct = (target: string) => row("产出指标", "质量指标", "帮扶资金发放准确率", "≥", target, "%", "100%", 20);
    expectRaised("operator-mismatch", simpleWorkbook(balancedWith({ 1: pct("120%") })), { severity: "warning", sheet: IND, cell: "F3", advice: /核对指标值/ });
    expectNotRaised("operator-mismatch", simpleWorkbook(balancedWith({ 1: pct("100%") })));
  });
});

describe("Q7 actual-copies-target: the actual is a range, or the target's words copied (W)", () => {
  it("the actual “≥266米” (a range, not a measurement) raises a warning at H2 that asks for “266米”", () => {
    const wb = simpleWorkbook(balancedWith({ 0: row("产出指标", "数量指标", "绿道建设长度", "≥", 266, "米", "≥266米", 30) }));
    expectRaised("actual-copies-target", wb, { severity: "warning", sheet: IND, cell: "H2", advice: /应填写实际达到的数值，如“266米”/ });
  });
  it("“显著提升” / “显著提升” (the S2 pattern) raises it at H4", () => {
    const wb = simpleWorkbook(balancedWith({ 2: row("效益指标", "社会效益指标", "职工服务质量", "定性", "显著提升", "", "显著提升", 30, "达成", 30) }));
    expectRaised("actual-copies-target", wb, { severity: "warning", sheet: IND, cell: "H4", advice: /请填写实际达到的数值或完成等级/ });
  });
  it("a plain number equal to the target is an honest result: 8 / 8 (个) and 100% / 100% are not flagged", () => {
    expectNotRaised("actual-copies-target", simpleWorkbook(balancedWith({ 0: row("产出指标", "数量指标", "服务站点建设数量", "≥", 8, "个", 8, 30) })));
    expectNotRaised("actual-copies-target", simpleWorkbook(balancedWith({ 1: row("产出指标", "质量指标", "帮扶资金发放准确率", "≥", "100%", "%", "100%", 20) })));
  });
  it("266 as the actual of “≥266米” is not flagged", () => {
    expectNotRaised("actual-copies-target", simpleWorkbook(balancedWith({ 0: row("产出指标", "数量指标", "绿道建设长度", "≥", 266, "米", 266, 30) })));
  });
});

describe("Q8 non-numeric-actual: a quantitative row's actual is words (W/E)", () => {
  it("“已完成” on ≥ 2000 人次, with no score filled, is an error at H2: it cannot be scored", () => {
    const wb = simpleWorkbook(balancedWith({ 0: row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", "已完成", 30) }));
    expectRaised("non-numeric-actual", wb, { severity: "error", sheet: IND, cell: "H2", advice: /填写可计量的数值/ });
  });
  it("“100%完成” is read as 100 with a warning at H3 to write the number only", () => {
    const wb = simpleWorkbook(balancedWith({ 1: row("产出指标", "质量指标", "帮扶资金发放准确率", "≥", "100%", "%", "100%完成", 20) }));
    expectRaised("non-numeric-actual", wb, { severity: "warning", sheet: IND, cell: "H3", advice: /应只填实际数值/ });
  });
  it("the actual 2000 does not raise it", () => {
    expectNotRaised("non-numeric-actual", clean());
  });
});

describe("Q9 placeholder: *, XX, 待定 left where a value belongs (E)", () => {
  it.each(["*", "XX", "xx", "待定", "—"])("the target “%s” raises an error at F2", (mark) => {
    const wb = simpleWorkbook(balancedWith({ 0: row("产出指标", "数量指标", "慰问困难职工人次", "≥", mark, "人次", 2000, 30) }));
    expectRaised("placeholder", wb, { severity: "error", sheet: IND, cell: "F2", advice: /请填写确定的数值/ });
  });
  it("the actual “XX” raises it at H2", () => {
    const wb = simpleWorkbook(balancedWith({ 0: row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", "XX", 30) }));
    expectRaised("placeholder", wb, { severity: "error", sheet: IND, cell: "H2", advice: /确定的数值/ });
  });
  it("the target 2000 and the actual 2000 do not", () => {
    expectNotRaised("placeholder", clean());
  });
});

describe("Q10 missing-dimension: no row under 产出 / 效益 / 满意度 (E)", () => {
  it("without a 满意度 row, an error about the unit names 满意度指标", () => {
    const hit = expectRaised("missing-dimension", simpleWorkbook(balancedRows().slice(0, 3)), { severity: "error", sheet: IND, cell: "", advice: /补充该维度的具体指标/ });
    expect(hit.message).toContain("满意度指标");
  });
  it("with one row in each of the three it does not", () => {
    expectNotRaised("missing-dimension", clean());
  });
});

describe("Q11 satisfaction-unmeasured: a 满意度 row without a numeric % target (W)", () => {
  it("服务对象满意度 with the target “满意” raises a warning at F5 asking for “≥90%”", () => {
    const wb = simpleWorkbook(balancedWith({ 3: row("满意度指标", "服务对象满意度指标", "服务对象满意度", "定性", "满意", "", "达成", 10, "达成", 10) }));
    expectRaised("satisfaction-unmeasured", wb, { severity: "warning", sheet: IND, cell: "F5", advice: /回答满意的人数\/有效调查人数.*“≥90%”/ });
  });
  it("“≥90%”, or 90 with % in 计量单位, does not", () => {
    expectNotRaised("satisfaction-unmeasured", clean());
    expectNotRaised("satisfaction-unmeasured", simpleWorkbook(balancedWith({ 3: row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", 90, "%", 96, 10) })));
  });
});

describe("Q12 undated-timeliness: a 时效指标 without a date or time limit (W)", () => {
  const timely = (op: string, target: unknown, actual: unknown, tier = "", score: unknown = "") => row("产出指标", "时效指标", "慰问资金发放时间", op, target, "", actual, 20, tier, score);
  it("the target “及时” raises a warning at F3 asking for a date", () => {
    expectRaised("undated-timeliness", simpleWorkbook(balancedWith({ 1: timely("定性", "及时", "达成", "达成", 20) })), { severity: "warning", sheet: IND, cell: "F3", advice: /2024年12月31日前/ });
  });
  it("the target “2024年12月31日前” with the actual “2024年12月20日” does not", () => {
    expectNotRaised("undated-timeliness", simpleWorkbook(balancedWith({ 1: timely("", "2024年12月31日前", "2024年12月20日") })));
  });
});

describe("Q13 cost-exceeds-budget: Σ 成本指标 targets in 万元 > 全年预算数 (W)", () => {
  const costs = (unit: string) =>
    balancedWith({
      0: row("产出指标", "成本指标", "慰问品采购成本", "≤", 60, unit, 58, 30),
      1: row("产出指标", "成本指标", "职工体检费用", "≤", 50, unit, 48, 20),
    });
  it("60 + 50 = 110 万元 against a budget of 100 万元 raises a warning at the first cost target F2", () => {
    const hit = expectRaised("cost-exceeds-budget", simpleWorkbook(costs("万元")), { severity: "warning", sheet: IND, cell: "F2", advice: /核对成本指标的数值和计量单位（元\/万元）/ });
    expect(hit.message).toContain("110.00万元");
  });
  it("the same 60 + 50 in 元 (0.011 万元) does not", () => {
    expectNotRaised("cost-exceeds-budget", simpleWorkbook(costs("元")));
  });
  it("60 + 40 = 100 万元 (not more than the budget) does not", () => {
    const rows = balancedWith({ 0: row("产出指标", "成本指标", "慰问品采购成本", "≤", 60, "万元", 58, 30), 1: row("产出指标", "成本指标", "职工体检费用", "≤", 40, "万元", 38, 20) });
    expectNotRaised("cost-exceeds-budget", simpleWorkbook(rows));
  });
});

describe("Q14 score-out-of-band: a qualitative score outside its tier's band, or any score above its weight (E)", () => {
  const rowsWith = (tier: string, score: unknown) =>
    balancedWith({ 2: row("效益指标", "社会效益指标", "困难职工帮扶覆盖率", "≥", "95%", "%", "98%", 20), 3: row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", "90%", "%", "96%", 10) }).concat([
      qualitativeRow("效益指标", "可持续影响指标", "帮扶机制健全性", 10, tier, score, "良", "优良中差", "部分制度尚在修订"),
    ]);
  it("部分达成, w=10, s=8 (the band is [6.00, 8.00)) raises an error at the score cell K6", () => {
    expectRaised("score-out-of-band", simpleWorkbook(rowsWith("部分达成", 8)), { severity: "error", sheet: IND, cell: "K6", advice: /请核实完成等级或得分/ });
  });
  it("部分达成, w=10, s=7.99 and s=6 are inside the band", () => {
    expectNotRaised("score-out-of-band", simpleWorkbook(rowsWith("部分达成", 7.99)));
    expectNotRaised("score-out-of-band", simpleWorkbook(rowsWith("部分达成", 6)));
  });
  it("a quantitative row with w=30 and 自评得分 35 raises it at K2", () => {
    const wb = simpleWorkbook(balancedWith({ 0: row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", 2000, 30, "", 35) }));
    expectRaised("score-out-of-band", wb, { severity: "error", sheet: IND, cell: "K2", advice: /得分最高不能超过该指标分值/ });
  });
  it("the same row with 自评得分 30 does not", () => {
    expectNotRaised("score-out-of-band", simpleWorkbook(balancedWith({ 0: row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", 2000, 30, "", 30) })));
  });
});

describe("Q15 missing-deviation-reason: a row scoring below its weight needs 偏差原因 (E)", () => {
  const short = (reason: string) => row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", 1800, 30, "", "", reason);
  it("1800 of 2000 人次, w=30 → 27.00 with no reason raises an error at L2", () => {
    expectRaised("missing-deviation-reason", simpleWorkbook(balancedWith({ 0: short("") })), { severity: "error", sheet: IND, cell: "L2", advice: /请说明未完成的原因和拟采取的措施/ });
  });
  it("the same row with a reason does not", () => {
    expectNotRaised("missing-deviation-reason", simpleWorkbook(balancedWith({ 0: short("部分困难职工春节前返乡，慰问顺延至次年") })));
  });
});

describe("Q16 suspicious-perfect-score: 100 points while ≥ 50% of the rows are vague, copied or not numeric (W)", () => {
  const copied1 = row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", "≥2000人次", 30);
  const copied2 = row("产出指标", "质量指标", "帮扶资金发放准确率", "≥", "100%", "%", "≥100%", 20);
  it("2 of 4 rows with the actual copied from the target, total 100, raises a warning about the unit", () => {
    const wb = simpleWorkbook(balancedWith({ 0: copied1, 1: copied2 }));
    expect(evaluate(wb).units[0].score).toBe(100);
    expectRaised("suspicious-perfect-score", wb, { severity: "warning", sheet: IND, cell: "", advice: /请据实填报完成值/ });
  });
  it("1 of 4 rows copied (25%) with the same 100 points does not", () => {
    expectNotRaised("suspicious-perfect-score", simpleWorkbook(balancedWith({ 0: copied1 })));
  });
});

describe("Q17 too-few-core-indicators: 重庆部门整体 wants at least 5 core indicators (W)", () => {
  const four = ["是", "是", "是", "是", "否"];
  it("4 rows marked 是 under options {rules: 重庆部门整体} raise a warning about the unit", () => {
    const hit = expectRaised("too-few-core-indicators", coreIndicatorWorkbook(four), { severity: "warning", sheet: IND, cell: "", advice: /请在“是否核心指标”中标明/ }, { rules: "重庆部门整体" });
    expect(hit.message).toMatch(/4个.*不少于5个/);
  });
  it("4 rows marked 是 with 基本信息 评分规则 = 重庆部门整体 raise it too", () => {
    expectRaised("too-few-core-indicators", coreIndicatorWorkbook(four, [["评分规则", "重庆部门整体"]]), { severity: "warning", sheet: IND, cell: "", advice: /核心指标/ });
  });
  it("5 rows marked 是 under 重庆部门整体 do not", () => {
    expectNotRaised("too-few-core-indicators", coreIndicatorWorkbook(["是", "是", "是", "是", "是"]), { rules: "重庆部门整体" });
  });
  it("4 rows marked 是 under the default profile (中央通用) do not: the rule is Chongqing's", () => {
    expectNotRaised("too-few-core-indicators", coreIndicatorWorkbook(four));
    expectNotRaised("too-few-core-indicators", coreIndicatorWorkbook(four), { rules: "中央通用" });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Fund and total checks of template.md, domain-rules.md (b), (d.5)–(d.6), (k)

describe("budget-missing: 全年预算数 blank or 0 (b.2: ERROR)", () => {
  it("a blank 全年预算数 raises an error at D2", () => {
    expectRaised("budget-missing", fundWorkbook([fundLine("合计", 100, "", 100)]), { severity: "error", sheet: FUND, cell: "D2", advice: /请填写全年（调整后）预算数/ });
  });
  it("全年预算数 0 raises it too", () => {
    expectRaised("budget-missing", fundWorkbook([fundLine("合计", 0, 0, 0)]), { severity: "error", sheet: FUND, cell: "D2", advice: /预算数/ });
  });
  it("全年预算数 100 does not", () => {
    expectNotRaised("budget-missing", fundWorkbook([fundLine("合计", 100, 100, 100)]));
  });
});

describe("execution-over-100: 全年执行数 above 全年预算数 (b.2: WARNING, score capped)", () => {
  it("A=100, B=104 raises a warning at E2 giving 104.00%", () => {
    const hit = expectRaised("execution-over-100", fundWorkbook([fundLine("合计", 100, 100, 104)]), { severity: "warning", sheet: FUND, cell: "E2", advice: /请核对是否含上年结转或其他资金/ });
    expect(hit.message).toContain("104.00%");
  });
  it("A=100, B=100 does not", () => {
    expectNotRaised("execution-over-100", fundWorkbook([fundLine("合计", 100, 100, 100)]));
  });
});

describe("low-execution-no-reason: rate under 90% and no 偏差原因 (b.1, S6)", () => {
  it("89 of 100 (89%) with no reason raises a warning at the reason cell I2", () => {
    expectRaised("low-execution-no-reason", fundWorkbook([fundLine("合计", 100, 100, 89)]), { severity: "warning", sheet: FUND, cell: "I2", advice: /请在偏差原因中说明（100字以内）/ });
  });
  it("89% with a reason does not", () => {
    expectNotRaised("low-execution-no-reason", fundWorkbook([fundLine("合计", 100, 100, 89, { reason: "部分帮扶资金结转下年使用" })]));
  });
  it("exactly 90% does not", () => {
    expectNotRaised("low-execution-no-reason", fundWorkbook([fundLine("合计", 100, 100, 90)]));
  });
});

describe("budget-adjusted-no-reason: 年初预算数 ≠ 全年预算数 and no 偏差原因 (b.1, S6)", () => {
  it("年初 100, 全年 120 with no reason raises a warning at I2", () => {
    expectRaised("budget-adjusted-no-reason", fundWorkbook([fundLine("合计", 100, 120, 120)]), { severity: "warning", sheet: FUND, cell: "I2", advice: /请在偏差原因中写明追加或调减的理由/ });
  });
  it("the same adjustment with a reason does not", () => {
    expectNotRaised("budget-adjusted-no-reason", fundWorkbook([fundLine("合计", 100, 120, 120, { reason: "年中追加困难职工帮扶资金20万元" })]));
  });
  it("年初 = 全年 = 100 does not", () => {
    expectNotRaised("budget-adjusted-no-reason", fundWorkbook([fundLine("合计", 100, 100, 100)]));
  });
});

describe("total-row-derived: the 合计 row is blank and the detail rows were summed (b.2)", () => {
  const details = [fundLine("本年财政拨款", 80, 80, 80), fundLine("上年结转资金", 20, 20, 20)];
  it("a blank 合计 row over 80 + 20 raises a warning on the 合计 row (C2) and the totals are 100", () => {
    const wb = fundWorkbook([fundLine("合计", "", "", "", { weight: 10 }), ...details]);
    expectRaised("total-row-derived", wb, { severity: "warning", sheet: FUND, cell: "C2", advice: /请在合计行填写合计数/ });
    expect(evaluate(wb).units[0]).toMatchObject({ budget: 100, spent: 100, executionScore: 10 });
  });
  it("a 合计 row of 100 / 100 / 100 over the same details does not", () => {
    expectNotRaised("total-row-derived", fundWorkbook([fundLine("合计", 100, 100, 100), ...details]));
  });
});

describe("weights-not-100: the weights, 执行率 included, do not add up to 100 (d.6: WARNING, normalised)", () => {
  it("weights adding up to 110, all at full marks: a warning, raw 110.00 and score 100.00", () => {
    const wb = simpleWorkbook(balancedWith({ 0: row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", 2000, 40) }));
    const hit = expectRaised("weights-not-100", wb, { severity: "warning", sheet: IND, cell: "", advice: /请核对各指标分值/ });
    expect(hit.message).toContain("110");
    expect(evaluate(wb).units[0]).toMatchObject({ total: 110, maxTotal: 110, score: 100 });
  });
  it("weights adding up to 100 do not", () => {
    expectNotRaised("weights-not-100", clean());
  });
});

describe("level1-weights-nondefault: first-level subtotals differ from 产出50 / 效益30 / 满意度10 / 执行率10 (d.5: WARNING)", () => {
  it("产出60 / 效益20 raises a warning about the unit naming both", () => {
    const wb = simpleWorkbook(
      balancedWith({ 0: row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", 2000, 40), 2: row("效益指标", "社会效益指标", "困难职工帮扶覆盖率", "≥", "95%", "%", "98%", 20) }),
    );
    const hit = expectRaised("level1-weights-nondefault", wb, { severity: "warning", sheet: IND, cell: "", advice: /请在报告中说明理由/ });
    expect(hit.message).toMatch(/产出60.*效益20/);
  });
  it("产出50 / 效益30 / 满意度10 / 执行率10 does not", () => {
    expectNotRaised("level1-weights-nondefault", clean());
  });
});

describe("self-score-mismatch: a score or rate the accountant filled differs from the computed one", () => {
  it("a filled 执行率 of 100% against a computed 95% (95 / 100) raises a warning at G2", () => {
    const wb = fundWorkbook([fundLine("合计", 100, 100, 95, { rate: "100%", score: 9.5 })]);
    expectRaised("self-score-mismatch", wb, { severity: "warning", sheet: FUND, cell: "G2", advice: /请改为以全年（调整后）预算数为分母计算的执行率95\.00%/ });
  });
  it("a filled 执行率 of 95% does not", () => {
    expectNotRaised("self-score-mismatch", fundWorkbook([fundLine("合计", 100, 100, 95, { rate: "95%", score: 9.5 })]));
  });
  it("a filled 执行率得分 of 10 against a computed 9.50 raises it at H2", () => {
    expectRaised("self-score-mismatch", fundWorkbook([fundLine("合计", 100, 100, 95, { rate: "95%", score: 10 })]), { severity: "warning", sheet: FUND, cell: "H2", advice: /请核对/ });
  });
  const short = (selfScore: number) => row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", 1800, 30, "", selfScore, "部分慰问顺延至次年");
  it("an indicator 自评得分 of 30 where 1800/2000×30 = 27.00 raises it at K2", () => {
    const hit = expectRaised("self-score-mismatch", simpleWorkbook(balancedWith({ 0: short(30) })), { severity: "warning", sheet: IND, cell: "K2", advice: /请核对/ });
    expect(hit.message).toContain("27.00");
  });
  it("an indicator 自评得分 of 27 does not", () => {
    expectNotRaised("self-score-mismatch", simpleWorkbook(balancedWith({ 0: short(27) })));
  });
});

describe("over-achievement: a positive indicator at 120% of its target or more (d.2: WARNING, no deduction)", () => {
  const trained = (target: unknown, actual: unknown) => row("产出指标", "数量指标", "职工技能培训人次", "≥", target, "人次", actual, 30);
  it("t=100, a=120 (a/t = 1.2) raises a warning at H2 citing 10号's deduction by deviation", () => {
    const wb = simpleWorkbook(balancedWith({ 0: trained(100, 120) }));
    expectRaised("over-achievement", wb, { severity: "warning", sheet: IND, cell: "H2", advice: /分析是否年初指标值设定偏低/ });
    expect(evaluate(wb).units[0].indicators[0].score).toBe(30);
  });
  it("t=100, a=119 (a/t = 1.19) does not", () => {
    expectNotRaised("over-achievement", simpleWorkbook(balancedWith({ 0: trained(100, 119) })));
  });
  // d.2 "If a/t ≥ 1.2 … raise a WARNING"; d (intro) "Use decimal arithmetic". The engine compares a ≥ t × 1.2 in binary
  // floating point, and 72.4 × 1.2 = 86.88000000000001 > 86.88.
  it("d.2: t=72.4, a=86.88 is exactly 120% and raises it", () => {
    expect(findingsOf(evaluate(simpleWorkbook(balancedWith({ 0: trained(72.4, 86.88) }))), "over-achievement")).toHaveLength(1);
  });
});

describe("performance-outpaces-spending: (k) red, (s/sw − e/ew)/(s/sw) > 0.05", () => {
  it("indicator share 1.0 against execution share 0.9 (gap 10%) raises a warning on 资金情况", () => {
    expectRaised("performance-outpaces-spending", fundWorkbook([fundLine("合计", 100, 100, 90)]), { severity: "warning", sheet: FUND, cell: "", advice: /请核对实际完成值或说明原因/ });
  });
  it("equal shares, 0.9 and 0.9 (indicators 81 of 90), do not", () => {
    const rows = balancedWith({ 0: row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", 1400, 30, "", "", "部分慰问顺延至次年") });
    const wb = fundWorkbook([fundLine("合计", 100, 100, 90)], rows);
    expect(evaluate(wb).units[0]).toMatchObject({ indicatorScore: 81, executionScore: 9 });
    expectNotRaised("performance-outpaces-spending", wb);
  });
  it("a gap of exactly 5% (1.0 against 0.95) does not", () => {
    expectNotRaised("performance-outpaces-spending", fundWorkbook([fundLine("合计", 100, 100, 95)]));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The extra codes: rules of domain-rules.md (b), (d), (k) that template.md's table does not name

describe("missing-actual: 实际完成值 blank (d.2: score 0, ERROR “实际完成值未填”)", () => {
  it("a blank actual raises an error at H2 and the row scores 0", () => {
    const wb = simpleWorkbook(balancedWith({ 0: row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", "", 30) }));
    const hit = expectRaised("missing-actual", wb, { severity: "error", sheet: IND, cell: "H2", advice: /请填写实际完成的数值（人次）/ });
    expect(hit.message).toContain("实际完成值未填");
    expect(evaluate(wb).units[0].indicators[0].score).toBe(0);
  });
  it("the actual 2000 does not", () => {
    expectNotRaised("missing-actual", clean());
  });
});

describe("missing-weight: 分值 blank or not above 0 (c: weight > 0)", () => {
  it("a blank 分值 raises an error at I2", () => {
    const wb = simpleWorkbook(balancedWith({ 0: row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", 2000, "") }));
    expectRaised("missing-weight", wb, { severity: "error", sheet: IND, cell: "I2", advice: /请填写该指标的分值（权重）/ });
  });
  it("分值 0 raises it too; 分值 30 does not", () => {
    expectRaised("missing-weight", simpleWorkbook(balancedWith({ 0: row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", 2000, 0) })), { severity: "error", sheet: IND, cell: "I2", advice: /分值/ });
    expectNotRaised("missing-weight", clean());
  });
});

describe("qualitative-tier-missing: a 定性 row whose completion is none of 达成 / 部分达成 / 未达成 (d.1 step 4)", () => {
  it("the actual “已开展” with no 完成等级 and no score raises an error at J2", () => {
    const wb = simpleWorkbook(balancedWith({ 0: qualitativeRow("产出指标", "质量指标", "慰问活动组织质量", 30, "", "", "已开展", "优良中差", "无") }));
    expectRaised("qualitative-tier-missing", wb, { severity: "error", sheet: IND, cell: "J2", advice: /在完成等级中选择其一并填写得分/ });
  });
  it("the real S6 row “优良中低差” with the actual “优” maps to 达成 (d.4) and does not", () => {
    const wb = simpleWorkbook(balancedWith({ 0: qualitativeRow("产出指标", "可持续影响指标", "铁路沿线环境及安全整治管理机制健全性", 30, "", "", "优", "优良中低差") }));
    expectNotRaised("qualitative-tier-missing", wb);
    expect(evaluate(wb).units[0].indicators[0]).toMatchObject({ tier: "达成", score: 30 });
  });
});

describe("approximate-value: “2000余人次” is read as 2000 with a 近似值 flag (g)", () => {
  const served = (actual: unknown) => row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", actual, 30);
  it("“2000余人次” raises it at H2 and scores as 2000", () => {
    const wb = simpleWorkbook(balancedWith({ 0: served("2000余人次") }));
    expectRaised("approximate-value", wb, { sheet: IND, cell: "H2", advice: /建议填写准确数值/ });
    expect(evaluate(wb).units[0].indicators[0]).toMatchObject({ actualValue: 2000, score: 30 });
  });
  // (g) "Parse “余” (approximately): “2000余人次” → actual ≥ 2000, with a W flag “近似值”"; in (f) W = warning.
  // The engine raises it as "info".
  it("(g): the 近似值 flag is a warning (W)", () => {
    expect(severityOf("approximate-value", simpleWorkbook(balancedWith({ 0: served("2000余人次") })))).toBe("warning");
  });
  it("“2000人次” does not", () => {
    expectNotRaised("approximate-value", simpleWorkbook(balancedWith({ 0: served("2000人次") })));
  });
});

describe("percent-scale: 0.95 beside 95% in one row (d.1 step 2: scale ×100 and warn)", () => {
  const cover = (actual: unknown) => row("效益指标", "社会效益指标", "困难职工帮扶覆盖率", "≥", "95%", "%", actual, 30);
  it("the target “95%” beside the actual 0.96 raises a warning at H4 and scores as 96 ≥ 95", () => {
    const wb = simpleWorkbook(balancedWith({ 2: cover(0.96) }));
    expectRaised("percent-scale", wb, { severity: "warning", sheet: IND, cell: "H4", advice: /请统一填写方式/ });
    expect(evaluate(wb).units[0].indicators[2]).toMatchObject({ targetValue: 95, actualValue: 96, score: 30 });
  });
  it("the target “95%” beside the actual “96%” does not", () => {
    expectNotRaised("percent-scale", simpleWorkbook(balancedWith({ 2: cover("96%") })));
  });
});

describe("negative-amount: a negative fund figure (b.2: ERROR, not computed)", () => {
  it("全年执行数 −5 raises an error at E2", () => {
    expectRaised("negative-amount", fundWorkbook([fundLine("合计", 100, 100, -5)]), { severity: "error", sheet: FUND, cell: "E2", advice: /请核对后填写/ });
  });
  it("全年执行数 100 does not", () => {
    expectNotRaised("negative-amount", fundWorkbook([fundLine("合计", 100, 100, 100)]));
  });
});

describe("subtotal-mismatch: the 合计 row differs from the sum of the detail rows by more than 0.01 万元 (b.2: WARN)", () => {
  it("全年预算数 100 over 80 + 15 = 95 raises a warning at D2", () => {
    const wb = fundWorkbook([fundLine("合计", 100, 100, 100), fundLine("本年财政拨款", 80, 80, 80), fundLine("上年结转资金", 20, 15, 20)]);
    expectRaised("subtotal-mismatch", wb, { severity: "warning", sheet: FUND, cell: "D2", advice: /请核对合计行或明细行/ });
  });
  it("100 over 80 + 20 does not, nor 100 over 80 + 19.995 (within 0.01)", () => {
    expectNotRaised("subtotal-mismatch", fundWorkbook([fundLine("合计", 100, 100, 100), fundLine("本年财政拨款", 80, 80, 80), fundLine("上年结转资金", 20, 20, 20)]));
    expectNotRaised("subtotal-mismatch", fundWorkbook([fundLine("合计", 100, 100, 100), fundLine("本年财政拨款", 80, 80, 80), fundLine("上年结转资金", 20, 19.995, 20)]));
  });
});

describe("large-unspent-budget: (k) yellow, (A − B)/A > 0.2", () => {
  const reason = "部分帮扶项目延期至下年实施";
  it("A=100, B=79 (21% unspent) raises a warning at E2", () => {
    expectRaised("large-unspent-budget", fundWorkbook([fundLine("合计", 100, 100, 79, { reason })]), { severity: "warning", sheet: FUND, cell: "E2", advice: /请分析资金未支出的原因/ });
  });
  it("A=100, B=80 (exactly a fifth unspent) does not", () => {
    expectNotRaised("large-unspent-budget", fundWorkbook([fundLine("合计", 100, 100, 80, { reason })]));
  });
  // (k) "(A − B)/A > 0.2"; d "Use decimal arithmetic". The engine computes (12 − 9.6)/12 in binary floating point,
  // which gives 0.20000000000000004.
  it("(k): A=12, B=9.6 is exactly a fifth unspent and does not raise it", () => {
    expectNotRaised("large-unspent-budget", fundWorkbook([fundLine("合计", 12, 12, 9.6, { reason })]));
  });
});

describe("amount-unit-unclear: (m) amounts with no unit written that cannot be 万元", () => {
  it("A=250000, B=215457.6 with no unit anywhere (25亿元 if 万元) raises a warning at D2 asking to write 单位：元", () => {
    expectRaised("amount-unit-unclear", fundWorkbook([fundLine("合计", 250000, 250000, 215457.6, { reason: "结算尾款次年支付" })]), { severity: "warning", sheet: FUND, cell: "D2", advice: /注明“单位：元”/ });
  });
  it("A=100000 万元 exactly does not, nor do the same amounts under a unit line 单位：元", () => {
    expectNotRaised("amount-unit-unclear", fundWorkbook([fundLine("合计", 100000, 100000, 100000)]));
    const wb = fundWorkbook([fundLine("合计", 250000, 250000, 215457.6, { reason: "结算尾款次年支付" })]);
    wb.sheets[1].values.unshift(["单位：元"]);
    expectNotRaised("amount-unit-unclear", wb);
    expect(evaluate(wb).units[0].budget).toBe(25);
  });
});

describe("unreadable-cell: a cell that should hold a number or a known word holds neither", () => {
  it("全年执行数 “约一百万” raises an error at E2 asking for a number in 万元", () => {
    expectRaised("unreadable-cell", fundWorkbook([fundLine("合计", 100, 100, "约一百万")]), { severity: "error", sheet: FUND, cell: "E2", advice: /请填写以万元为单位的数字/ });
  });
  it("全年执行数 “100.00” written as text does not", () => {
    expectNotRaised("unreadable-cell", fundWorkbook([fundLine("合计", 100, 100, "100.00")]));
  });
  it("评分规则 “火星规则” in 基本信息 raises a warning at B4 naming the profiles; “重庆部门整体” does not", () => {
    expectRaised("unreadable-cell", simpleWorkbook(balancedRows(), undefined, [["评分规则", "火星规则"]]), { severity: "warning", sheet: BASIC, cell: "B4", advice: /请填写 中央通用、重庆部门整体 或 四川/ });
    expectNotRaised("unreadable-cell", simpleWorkbook(balancedRows(), undefined, [["评分规则", "重庆部门整体"]]));
  });
});

describe("basic-info-missing: 基本信息 lacks 单位名称 or 评价年度", () => {
  const withBasic = (rows: unknown[][]) => ({ ...clean(), sheets: [sheet("基本信息", rows), ...clean().sheets.slice(1)] });
  it("no 评价年度 raises a warning on 基本信息 naming the label", () => {
    const hit = expectRaised("basic-info-missing", withBasic([["项目", "内容"], ["单位名称", "丰都县总工会"]]), { severity: "warning", sheet: BASIC, cell: "", advice: /请在“基本信息”工作表中填写/ });
    expect(hit.message).toContain("评价年度");
  });
  it("单位名称 and 评价年度 both filled do not", () => {
    expectNotRaised("basic-info-missing", withBasic([["项目", "内容"], ["单位名称", "丰都县总工会"], ["评价年度", 2024]]));
  });
  it("a workbook with no 基本信息 sheet at all raises it for both labels", () => {
    const wb = { fileName: "测试.xlsx", sheets: [sheet("资金情况", [FUND_HEADER, fundLine("合计", 100, 100, 100)]), sheet("绩效指标", [INDICATOR_HEADER, ...balancedRows()])] };
    expect(findingsOf(evaluate(wb), "basic-info-missing")).toHaveLength(2);
  });
});

describe("formula-unverified: a formula the reader uses has no trustworthy stored result (domain-rules (n))", () => {
  it("全年执行数 E2 a formula with no stored result raises an error at E2 asking to open and save the file once", () => {
    const wb = withUntrusted(fundWorkbook([fundLine("合计", 100, 100, null)]), FUND, ["E2"]);
    expectRaised("formula-unverified", wb, { severity: "error", sheet: FUND, cell: "E2", advice: /请用“Excel”或“WPS”打开该文件并保存一次/ });
  });
  it("the same workbook whose formulas have stored results does not", () => {
    expectNotRaised("formula-unverified", fundWorkbook([fundLine("合计", 100, 100, 100)]));
  });
});

describe("sheet-ambiguous: two sheets could be the same table (issue 10 item 3)", () => {
  const copied = (): WorkbookGrids => ({ ...clean(), sheets: [...clean().sheets, sheet("绩效指标 (2)", [INDICATOR_HEADER, ...balancedRows()])] });
  it("绩效指标 beside 绩效指标 (2) raises a warning naming both, and 绩效指标 is used", () => {
    const hit = expectRaised("sheet-ambiguous", copied(), { severity: "warning", sheet: IND, cell: "", advice: /请删除不用的那张或给它改名/ });
    expect(hit.message).toContain("“绩效指标 (2)”");
  });
  it("one 绩效指标 sheet does not", () => {
    expectNotRaised("sheet-ambiguous", clean());
  });
});

// ---------------------------------------------------------------------------------------------------------------

it("every code in FINDING_CODES has a case above that raises it", () => {
  const untested = FINDING_CODES.filter((code) => !raisedCodes.has(code));
  expect(untested).toEqual([]);
});
