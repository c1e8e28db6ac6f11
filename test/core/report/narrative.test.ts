import { buildFengdu2024 } from "../../../scripts/examples/fengdu2024";
import { evaluateGrids } from "../../../src/core/evaluate";
import type { Evaluation } from "../../../src/core/model/evaluation";
import type { FindingCode } from "../../../src/core/model/finding";
import { buildNarrative, type NarrativeSection } from "../../../src/core/report/narrative";
import { balancedRows, row, simpleWorkbook } from "../../helpers/grids";
import { readWorkbookBuffer } from "../../../src/hosts/xlsx/readGrids";
import { TWIN, buildCleanTwin, toBuffer, type TwinData } from "../../fixtures/workbooks";
import type * as ExcelJS from "exceljs";

const HEADINGS = ["一、基本情况", "二、绩效目标完成情况分析", "三、存在的问题及改进措施", "四、绩效自评结果拟应用和公开情况", "五、其他需要说明的问题"];

const QUANTIFICATION: FindingCode[] = [
  "no-numeric-target", "qualitative-share", "vague-wording", "missing-unit", "missing-operator", "operator-mismatch",
  "actual-copies-target", "non-numeric-actual", "placeholder", "satisfaction-unmeasured", "undated-timeliness",
];

async function evaluate(wb: ExcelJS.Workbook, name: string): Promise<Evaluation> {
  return evaluateGrids(await readWorkbookBuffer(await toBuffer(wb), name));
}

const section = (narrative: NarrativeSection[], heading: string) => {
  const found = narrative.find((s) => s.heading === heading);
  if (!found) throw new Error(`no section ${heading}`);
  return found.paragraphs;
};
const textOf = (paragraphs: string[]) => paragraphs.join("\n");
const allParagraphs = (narrative: NarrativeSection[]) => narrative.flatMap((s) => [s.heading, ...s.paragraphs]);

/** The same project data without any 满意度 row. */
const noSatisfaction: TwinData = {
  ...TWIN,
  projects: TWIN.projects.map((p) => ({ ...p, indicators: p.indicators.filter((i) => !i.level1.includes("满意")) })),
};

let fengdu: Evaluation;
let clean: Evaluation;
let unsatisfied: Evaluation;

beforeAll(async () => {
  fengdu = await evaluate(buildFengdu2024(), "丰都县总工会2024.xlsx");
  clean = await evaluate(buildCleanTwin(), "clean.xlsx");
  unsatisfied = await evaluate(buildCleanTwin(noSatisfaction), "no-satisfaction.xlsx");
});

describe("buildNarrative on the 丰都县总工会 2024 example", () => {
  it("has the seed's five sections in order", () => {
    expect(buildNarrative(fengdu).map((s) => s.heading)).toEqual(HEADINGS);
  });

  it("writes the seed's fund sentence", () => {
    expect(section(buildNarrative(fengdu), HEADINGS[0])).toContain("2024年度，丰都县总工会项目到位资金324.88万元，实际支出资金324.88万元，资金执行率100%。");
  });

  it("gives the execution score, one sentence per indicator and the conclusion 100分 / 优", () => {
    const text = textOf(section(buildNarrative(fengdu), HEADINGS[1]));
    expect(text).toContain("预算执行率得分10分（满分10分）");
    expect(text).toContain("慰问困难职工人次：目标≥2000人次，实际完成2000余人次，得分5/5。");
    expect(text).toContain("职工凝聚力：目标“有效提升”，实际完成“有效提升”，完成等级为“达成”，得分8/8。");
    expect(text).toContain("经自评，丰都县总工会综合得分100分，评价等级为“优”");
    expect(text).not.toContain("按百分制折算");
    for (const ind of fengdu.units[0].indicators) expect(text).toContain(`${ind.source.name}：`);
  });

  it("does not call the perfect score flawless when the findings say the targets are vague", () => {
    const conclusion = section(buildNarrative(fengdu), HEADINGS[1]).find((p) => p.startsWith("经自评，"))!;
    expect(conclusion).toContain("均得满分，但其中3项指标");
  });

  it("names 绩效指标量化不够 with the count of flagged indicators and quoted examples", () => {
    const flaggedRows = new Set(fengdu.findings.filter((f) => QUANTIFICATION.includes(f.code)).map((f) => f.row));
    const total = fengdu.units[0].indicators.filter((i) => i.kind !== "not-applicable").length;
    const problem = section(buildNarrative(fengdu), HEADINGS[2]).find((p) => p.includes("绩效指标量化不够："))!;
    expect(problem).toBeDefined();
    expect(problem).toContain(`共${total}项指标中有${flaggedRows.size}项为定性或表述模糊`);
    expect(problem).toContain("“有效提升”");
    expect(problem).toContain("“职工凝聚力”");
    expect(problem).toContain("建议细化为可计量的数量、质量、时效、成本指标并明确计量单位与取值依据（计划标准/行业标准/历史标准）。");
  });

  it("follows every problem with an improvement measure", () => {
    const paragraphs = section(buildNarrative(fengdu), HEADINGS[2]);
    paragraphs.forEach((p, i) => {
      if (/^\d+\./.test(p)) expect(paragraphs[i + 1]).toMatch(/^改进措施：/);
    });
  });

  it("publishes on 丰都县人民政府网站 and uses the results for the next year's budget", () => {
    expect(section(buildNarrative(fengdu), HEADINGS[3])).toEqual(["绩效自评结果将在丰都县人民政府网站公开，并作为2025年度预算安排和项目调整的重要依据。"]);
    expect(section(buildNarrative(fengdu), HEADINGS[4])).toEqual(["无。"]);
  });
});

describe("buildNarrative on the clean twin (two projects)", () => {
  it("names each project with its score and grade", () => {
    const conclusions = section(buildNarrative(clean), HEADINGS[1]).filter((p) => p.startsWith("经自评，"));
    expect(conclusions).toHaveLength(clean.units.length);
    for (const unit of clean.units) {
      expect(conclusions.some((p) => p.includes(`${unit.name}综合得分${unit.score.toFixed(2)}分，评价等级为“${unit.grade}”`))).toBe(true);
    }
  });

  it("writes one fund sentence per project, the adjustment and the total", () => {
    const text = textOf(section(buildNarrative(clean), HEADINGS[0]));
    expect(text).toContain("2024年度，职工帮扶项目到位资金1200.00万元，实际支出资金1140.00万元，资金执行率95.00%。");
    expect(text).toContain("年初预算80.00万元，调整后预算85.50万元（年中追加第五届职工运动会经费5.50万元）。");
    expect(text).toContain("以上2个项目合计到位资金1285.50万元，实际支出资金1216.95万元，资金执行率94.67%。");
  });

  it("writes scores that are not whole with two decimals", () => {
    const text = textOf(section(buildNarrative(clean), HEADINGS[1]));
    expect(text).toContain("预算执行率得分9.50分（满分10分）");
    expect(text).toContain("组织职工健康体检人次：目标≥600人次，实际完成552人次，得分9.20/10。");
  });

  it("does not claim 绩效指标量化不够 without a quantification finding", () => {
    expect(clean.findings.some((f) => QUANTIFICATION.includes(f.code))).toBe(false);
    expect(textOf(allParagraphs(buildNarrative(clean)))).not.toContain("绩效指标量化不够");
  });

  it("reports the money finding it does have", () => {
    expect(textOf(section(buildNarrative(clean), HEADINGS[2]))).toContain("预算执行与绩效不够匹配：职工文体活动项目");
  });
});

describe("buildNarrative on a workbook without 满意度 indicators", () => {
  it("says 绩效目标申报不够全面 and names the missing dimension", () => {
    const text = textOf(section(buildNarrative(unsatisfied), HEADINGS[2]));
    expect(text).toContain("绩效目标申报不够全面：");
    expect(text).toContain("职工帮扶项目未设置满意度指标");
  });

  it("keeps the 满意度 sub-section and says no indicator was set", () => {
    expect(textOf(section(buildNarrative(unsatisfied), HEADINGS[1]))).toContain("（四）满意度指标完成情况\n1.职工帮扶项目：未设置满意度指标。");
  });

  it("says the 100-point conversion when the weights do not add up to 100", () => {
    const unit = unsatisfied.units[0];
    expect(unit.maxTotal).not.toBe(100);
    expect(textOf(section(buildNarrative(unsatisfied), HEADINGS[1]))).toContain(`（分值合计${unit.maxTotal}分，按百分制折算）`);
  });
});

describe("buildNarrative with missing or hostile inputs", () => {
  const bare = () => {
    const ev = structuredClone(fengdu);
    ev.basic = {};
    return ev;
  };

  it("never prints undefined, null or NaN", () => {
    const sparse = bare();
    sparse.units[0].budget = null;
    sparse.units[0].fund.budget = null;
    sparse.units[0].executionRate = null;
    sparse.units[0].indicators[0].weight = null;
    for (const ev of [fengdu, clean, unsatisfied, bare(), sparse]) {
      for (const p of allParagraphs(buildNarrative(ev))) expect(p).not.toMatch(/undefined|null|NaN/);
    }
  });

  it("skips missing 基本信息 texts instead of leaving holes", () => {
    const narrative = buildNarrative(bare());
    const paragraphs = allParagraphs(narrative);
    for (const p of paragraphs) {
      expect(p).not.toContain("“”");
      expect(p).not.toBe("");
    }
    expect(section(narrative, HEADINGS[0])).not.toContain("（三）年度绩效目标");
    expect(section(narrative, HEADINGS[1]).some((p) => p.includes("整体绩效目标完成情况"))).toBe(false);
    expect(section(narrative, HEADINGS[0])).toContain("本年度，丰都县总工会项目到位资金324.88万元，实际支出资金324.88万元，资金执行率100%。");
    expect(section(narrative, HEADINGS[3])).toEqual(["绩效自评结果将在本部门门户网站公开，并作为下一年度预算安排和项目调整的重要依据。"]);
    expect(section(narrative, HEADINGS[4])).toEqual(["无。"]);
  });

  it("adds no formula-like prefix of its own, even for a unit named like a formula", () => {
    const ev = bare();
    ev.units[0].name = "=HYPERLINK(\"http://x\")";
    ev.units[0].indicators[0].source.name = "+1";
    ev.basic["公开方式"] = "@门户网站";
    for (const p of allParagraphs(buildNarrative(ev))) expect(p).not.toMatch(/^[=+\-@]/);
  });

  it("passes a user's own text on as written", () => {
    const ev = structuredClone(fengdu);
    ev.basic["其他需要说明的问题"] = "=本年度无其他事项";
    expect(section(buildNarrative(ev), HEADINGS[4])).toEqual(["=本年度无其他事项。"]);
  });

  it("prints a rate that only rounds to 100 with its decimals", () => {
    const ev = structuredClone(fengdu);
    Object.assign(ev.units[0], { budget: 90, spent: 89.974, executionRate: 0.9997 });
    expect(textOf(section(buildNarrative(ev), HEADINGS[0]))).toContain("资金执行率99.97%。");
  });

  it("says the indicators were complete and measurable when nothing was found", () => {
    const ev = structuredClone(clean);
    ev.findings = [];
    const text = textOf(section(buildNarrative(ev), HEADINGS[2]));
    expect(text).toContain("未发现绩效目标申报、指标量化和评价方法方面的突出问题");
    expect(text).toContain("改进措施：");
  });
});

describe("the narrative never says more than the tables", () => {
  it("gives an actual that states completion as 完成情况, not 「实际完成达成预期指标」", async () => {
    const text = textOf(section(buildNarrative(fengdu), HEADINGS[1]));
    expect(text).toContain("职工服务中心升级改造质量：目标“符合相关规定”，完成情况为“达成预期指标”，完成等级为“达成”，得分4/4。");
    expect(text).not.toContain("实际完成“达成");
    expect(text).not.toMatch(/实际完成(已|基本)?(完成|达成)/);
  });

  it("reports a 完成等级 only where the accountant wrote one", () => {
    const ev = evaluateGrids(simpleWorkbook([...balancedRows().slice(0, 3), row("效益指标", "社会效益指标", "职工凝聚力", "定性", "有效提升", "", "达成预期指标", 10, "", "")]));
    const text = textOf(section(buildNarrative(ev), HEADINGS[1]));
    expect(text).toContain("职工凝聚力：目标“有效提升”，完成情况为“达成预期指标”");
    expect(text).not.toContain("完成等级为");
  });

  it("does not write 「均得满分」 beside a row scored 0", () => {
    const ev = evaluateGrids(simpleWorkbook([...balancedRows().slice(0, 3), row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", "90%", "%", "", 10)]));
    const zero = ev.units[0].indicators.find((i) => i.source.name === "服务对象满意度")!;
    expect(zero.score).toBe(0);
    const conclusion = section(buildNarrative(ev), HEADINGS[1]).find((p) => p.startsWith("经自评，"))!;
    expect(conclusion).not.toContain("均得满分");
    expect(conclusion).toContain("1项未得满分（“服务对象满意度”）");
  });

  it("makes the department, not its project line, the subject of a department's conclusion", () => {
    const rows = balancedRows().map((r) => ["职工帮扶项目", ...r.slice(1)]);
    const ev = evaluateGrids(simpleWorkbook(rows, ["职工帮扶项目", "合计", 100, 100, 100, 10], [["评价类型", "部门整体"]]));
    expect(ev.units.map((u) => u.name)).toEqual(["职工帮扶项目"]);
    const conclusion = section(buildNarrative(ev), HEADINGS[1]).find((p) => p.startsWith("经自评，"))!;
    expect(conclusion).toMatch(/^经自评，测试单位部门整体综合得分/);
    expect(section(buildNarrative(ev), HEADINGS[0])).toContain("本次绩效自评对象为测试单位2024年度部门整体支出。");
  });

  it("ends a several-project conclusion with the mean the summary shows", () => {
    const paragraphs = section(buildNarrative(clean), HEADINGS[1]);
    expect(paragraphs[paragraphs.length - 1]).toMatch(/^以上2个项目百分制得分的算术平均为[\d.]+分，评价等级为“[优良中差]”。$/);
  });
});
