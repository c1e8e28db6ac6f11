import { readFileSync } from "fs";
import { join } from "path";
import { evaluateModel } from "../../src/core/evaluate";
import type { Evaluation } from "../../src/core/model/evaluation";
import { readWorkbook } from "../../src/core/read/readWorkbook";
import { readWorkbookBuffer } from "../../src/hosts/xlsx/readGrids";

/**
 * The three published tables of ../shared/cases-real (copied to test/fixtures/cases-real with their .json), read through
 * the file reader as a user's file would be. The acceptance set holds other tables of the same kinds; the layouts are
 * tested on their own in test/core/read/publishedLayouts.test.ts.
 */

const DIR = join(__dirname, "..", "fixtures", "cases-real");

async function evaluateFile(name: string): Promise<Evaluation> {
  const grids = await readWorkbookBuffer(readFileSync(join(DIR, `${name}.xlsx`)), `${name}.xlsx`);
  return evaluateModel(readWorkbook(grids));
}

const codes = (ev: Evaluation, code: string) => ev.findings.filter((f) => f.code === code);

describe("湖北 20 + 80 部门整体 form (hb2020-tongcheng-tanghu)", () => {
  it("is read, not refused: 6 indicators with only a 得分 column, execution weighted 20 from 得分(20分*执行率), indicators 80 from 年度目标1:(80分)", async () => {
    const ev = await evaluateFile("hb2020-tongcheng-tanghu");
    const u = ev.units[0];
    expect(u.indicators.map((i) => i.score)).toEqual([10, 20, 10, 10, 10, 20]);
    expect([u.executionWeight, u.indicatorWeight, u.indicatorScore, u.maxTotal]).toEqual([20, 80, 80, 100]);
    expect(codes(ev, "missing-weight")).toHaveLength(1);
    expect(ev.basic).toMatchObject({ 单位名称: "塘湖镇政府", 评价年度: "2020", 年度绩效目标: "增强政府工作效率、改善乡镇居住环境" });
  });

  it("the printed 执行数 is blank, so execution cannot score: the error says so, and 总分 100 is said to differ from the computed 80 though it equals its own parts 20 + 80", async () => {
    const ev = await evaluateFile("hb2020-tongcheng-tanghu");
    expect(codes(ev, "budget-missing")[0]?.cell).toBe("E7");
    expect(ev.units[0].score).toBe(80);
    expect(codes(ev, "self-score-mismatch").find((f) => f.cell === "G17")?.message).toMatch(/总分100与按规则计算的80.00分不一致（与表中各项得分之和相符/);
  });

  it("有效改善 / 有效提升 copied as their own actuals are scored on their filled 10 + 10 alone: 依据不足的分值 20", async () => {
    expect((await evaluateFile("hb2020-tongcheng-tanghu")).units[0].unsupportedWeight).toBe(20);
  });
});

describe("河北 10号 project form with the template's rows kept (lf2019-shipin-nuantong)", () => {
  it("9 indicators, not 26: 指标2 / …… rows are dropped and raise nothing; 指标1 is dropped from the names", async () => {
    const ev = await evaluateFile("lf2019-shipin-nuantong");
    const u = ev.units[0];
    expect(u.indicators).toHaveLength(9);
    expect(u.indicators.slice(0, 3).map((i) => i.source.name)).toEqual(["工程资金金额", "工程完工率", "工程验收合格率"]);
    expect([...codes(ev, "missing-weight"), ...codes(ev, "missing-actual"), ...codes(ev, "undated-timeliness")]).toEqual([]);
  });

  it("execution 37.24 / 43.2 = 86.20% scores 8.62; the printed 9 is said to contradict the rule, at I7", async () => {
    const ev = await evaluateFile("lf2019-shipin-nuantong");
    expect([ev.units[0].executionRate, ev.units[0].executionScore]).toEqual([0.862, 8.62]);
    expect(codes(ev, "self-score-mismatch").find((f) => f.cell === "I7")?.message).toMatch(/不等于分值10 × 执行率86.20% = 8.62/);
  });

  it("its metadata: 2019 from the title line, 廊坊市食品工程学校 for 单位名称, the project as the unit", async () => {
    const ev = await evaluateFile("lf2019-shipin-nuantong");
    expect(ev.basic).toMatchObject({ 评价年度: "2019", 评价类型: "项目支出", 主管部门: "廊坊市发改委", 单位名称: "廊坊市食品工程学校" });
    expect(ev.units[0].name).toBe("办公宿舍楼、食堂及餐厅暖通改造经费");
  });
});

describe("上海 project form with money in 元 (sh2022-putuo-tiyu)", () => {
  it("项目资金（元）: 250000 元 is 25.00 万元 and 215457.6 元 is 21.55 万元; 8.62 + 90 = 98.62 = its 总分, no mismatch", async () => {
    const ev = await evaluateFile("sh2022-putuo-tiyu");
    const u = ev.units[0];
    expect([u.budget, u.spent, u.executionScore, u.total, u.score]).toEqual([25, 21.54576, 8.62, 98.62, 98.62]);
    expect(codes(ev, "self-score-mismatch")).toEqual([]);
    expect(codes(ev, "amount-unit-unclear")).toEqual([]);
  });

  it("“及时” / “及时” rests on its filled 20 alone: 依据不足的分值 20", async () => {
    expect((await evaluateFile("sh2022-putuo-tiyu")).units[0].unsupportedWeight).toBe(20);
  });
});
