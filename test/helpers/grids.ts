import type { SheetGrid, WorkbookGrids } from "../../src/core/grid";
import { FUND_HEADERS, INDICATOR_HEADERS } from "../../src/core/template/content";

/** Small workbooks as plain grids, written the way a test reads best. */

export const FUND_HEADER: string[] = [...FUND_HEADERS];
export const INDICATOR_HEADER: string[] = [...INDICATOR_HEADERS];

export function sheet(name: string, values: unknown[][], merges: SheetGrid["merges"] = []): SheetGrid {
  return { name, values, merges };
}

export function basicSheet(unit = "测试单位", year: unknown = 2024, extra: [string, unknown][] = []): SheetGrid {
  return sheet("基本信息", [["项目", "内容"], ["单位名称", unit], ["评价年度", year], ...extra]);
}

/** One project with a 合计 row and the given indicator rows (without the 项目名称 column's value). */
export function simpleWorkbook(indicators: unknown[][], fund: unknown[] = ["", "合计", 100, 100, 100, 10], extraBasic: [string, unknown][] = []): WorkbookGrids {
  return {
    fileName: "测试.xlsx",
    sheets: [basicSheet("测试单位", 2024, extraBasic), sheet("资金情况", [FUND_HEADER, fund]), sheet("绩效指标", [INDICATOR_HEADER, ...indicators])],
  };
}

/** An indicator row in the standard column order. */
export function row(level1: string, level2: string, name: string, op: string, target: unknown, unit: string, actual: unknown, weight: unknown, tier = "", selfScore: unknown = "", reason = ""): unknown[] {
  return ["", level1, level2, name, op, target, unit, actual, weight, tier, selfScore, reason];
}

/** A balanced set of 90 points over 产出 50 / 效益 30 / 满意度 10, every row met. */
export function balancedRows(): unknown[][] {
  return [
    row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", 2000, 30),
    row("产出指标", "质量指标", "帮扶资金发放准确率", "≥", "100%", "%", "100%", 20),
    row("效益指标", "社会效益指标", "困难职工帮扶覆盖率", "≥", "95%", "%", "98%", 30),
    row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", "90%", "%", "96%", 10),
  ];
}
