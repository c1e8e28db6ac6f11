import type { WorkbookGrids } from "../../src/core/grid";
import { evaluateGrids, type EvaluateOptions } from "../../src/core/evaluate";
import type { Evaluation } from "../../src/core/model/evaluation";
import type { Finding, FindingCode } from "../../src/core/model/finding";
import { FUND_HEADER, INDICATOR_HEADER, balancedRows, basicSheet, row, sheet } from "./grids";

/**
 * Builders for finding cases: small workbooks that differ from the clean, balanced one in the one cell a rule is about.
 *
 * Layout of the sheets these build (worksheet row 1 is the header):
 *   资金情况  A 项目名称 | B 资金来源 | C 年初预算数 | D 全年预算数 | E 全年执行数 | F 分值 | G 执行率 | H 得分 | I 偏差原因
 *   绩效指标  A 项目名称 | B 一级指标 | C 二级指标 | D 三级指标 | E 指标性质 | F 年度指标值 | G 计量单位 | H 实际完成值 |
 *            I 分值 | J 完成等级 | K 自评得分 | L 偏差原因分析及改进措施 (| M 是否核心指标)
 * The balanced rows sit on worksheet rows 2–5: 慰问困难职工人次 (产出 30), 帮扶资金发放准确率 (产出 20),
 * 困难职工帮扶覆盖率 (效益 30), 服务对象满意度 (满意度 10); with 执行率 10 they add up to 100.
 */

/** A fund line: 资金来源, 年初预算数, 全年预算数, 全年执行数, then 分值 / 执行率 / 得分 / 偏差原因 as written. */
export function fundLine(source: string, initial: unknown, budget: unknown, spent: unknown, rest: { weight?: unknown; rate?: unknown; score?: unknown; reason?: string; project?: string } = {}): unknown[] {
  return [rest.project ?? "", source, initial, budget, spent, rest.weight ?? (source === "合计" ? 10 : ""), rest.rate ?? "", rest.score ?? "", rest.reason ?? ""];
}

/** The balanced indicators over the given fund lines. */
export function fundWorkbook(lines: unknown[][], indicators: unknown[][] = balancedRows()): WorkbookGrids {
  return { fileName: "测试.xlsx", sheets: [basicSheet(), sheet("资金情况", [FUND_HEADER, ...lines]), sheet("绩效指标", [INDICATOR_HEADER, ...indicators])] };
}

/** The balanced rows with some of them (0-based) replaced. */
export function balancedWith(replacements: Record<number, unknown[]>): unknown[][] {
  return balancedRows().map((r, i) => replacements[i] ?? r);
}

/** A qualitative row: 定性, a grade scale as its target, and the accountant's tier and score. */
export function qualitativeRow(level1: string, level2: string, name: string, weight: number, tier = "", selfScore: unknown = "", actual = "优", target = "优良中差", reason = ""): unknown[] {
  return row(level1, level2, name, "定性", target, "", actual, weight, tier, selfScore, reason);
}

/** Five indicators (产出 20 + 15 + 15, 效益 30, 满意度 10) with a 是否核心指标 column (M) marked by `core`. */
export function coreIndicatorWorkbook(core: string[], extraBasic: [string, unknown][] = []): WorkbookGrids {
  const rows = [
    row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", 2000, 20),
    row("产出指标", "数量指标", "职工体检人次", "≥", 600, "人次", 600, 15),
    row("产出指标", "质量指标", "帮扶资金发放准确率", "≥", "100%", "%", "100%", 15),
    row("效益指标", "社会效益指标", "困难职工帮扶覆盖率", "≥", "95%", "%", "98%", 30),
    row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", "90%", "%", "96%", 10),
  ].map((r, i) => [...r, core[i] ?? ""]);
  return {
    fileName: "测试.xlsx",
    sheets: [basicSheet("测试单位", 2024, extraBasic), sheet("资金情况", [FUND_HEADER, fundLine("合计", 100, 100, 100)]), sheet("绩效指标", [[...INDICATOR_HEADER, "是否核心指标"], ...rows])],
  };
}

export function evaluate(grids: WorkbookGrids, options?: EvaluateOptions): Evaluation {
  return evaluateGrids(grids, options);
}

export function findingsOf(ev: Evaluation, code: FindingCode): Finding[] {
  return ev.findings.filter((f) => f.code === code);
}

/**
 * A message written for the accountant: in Chinese, and (apart from the cell text it quotes back in “…”) with no
 * English in it.
 */
export function isChineseMessage(message: string): boolean {
  const own = message.replace(/“[^”]*”/g, "");
  return /[\u4e00-\u9fff]{4,}/.test(own) && !/[A-Za-z]{2,}/.test(own);
}
