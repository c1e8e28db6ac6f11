import type { BasicLabel, FundColumn, IndicatorColumn } from "../model/workbook";

/**
 * The names of template.md: sheets, headers and labels, with the aliases real templates use. Header aliases are
 * written as `headerKey` leaves them (no spaces, no bracketed notes such as （万元）, (A), （B/A）).
 */

export const SHEET_NAMES = {
  basic: ["基本信息", "基本情况", "封面"],
  fund: ["资金情况", "资金表", "预算执行情况", "项目资金"],
  indicators: ["绩效指标", "指标表", "绩效指标表", "自评表"],
} as const;

export const FUND_HEADERS: Record<FundColumn, readonly string[]> = {
  project: ["项目名称", "项目"],
  source: ["资金来源", "资金类别", "资金项目", "项目资金", "资金性质"],
  initial: ["年初预算数", "年初预算"],
  budget: ["全年预算数", "调整后预算数", "调整预算数", "预算数", "全年预算", "调整后预算"],
  spent: ["全年执行数", "预算执行数", "执行数", "实际支出", "实际支出数", "全年实际支出"],
  weight: ["分值", "权重", "执行率权重"],
  rate: ["执行率", "预算执行率", "资金执行率"],
  score: ["得分", "执行率得分"],
  reason: ["偏差原因", "原因说明", "未完成原因分析", "偏差原因分析及改进措施", "原因分析"],
};

export const INDICATOR_HEADERS: Record<IndicatorColumn, readonly string[]> = {
  project: ["项目名称", "项目"],
  level1: ["一级指标"],
  level2: ["二级指标"],
  name: ["三级指标", "指标名称"],
  operator: ["指标性质", "计算符号", "运算符", "指标方向"],
  target: ["年度指标值", "指标值", "目标值", "年初指标值", "年度目标值", "年初目标值"],
  adjustedTarget: ["调整指标值", "调整后指标值"],
  unit: ["计量单位", "度量单位", "单位"],
  actual: ["实际完成值", "完成值", "全年实际值", "全年完成值", "实际值"],
  weight: ["分值", "权重", "指标权重"],
  tier: ["完成等级", "完成情况"],
  coefficient: ["得分系数"],
  selfScore: ["自评得分", "得分", "指标得分"],
  isCore: ["是否核心指标", "核心指标"],
  reason: ["偏差原因分析及改进措施", "未完成原因分析", "偏差原因", "原因分析及改进措施", "偏差原因分析"],
  deduction: ["扣减分数", "扣分"],
};

/** Columns without which a table cannot be evaluated: their absence stops the run with a message naming them. */
export const REQUIRED_FUND: readonly FundColumn[] = ["budget", "spent"];
export const REQUIRED_INDICATOR: readonly IndicatorColumn[] = ["name", "actual", "weight"];
/**
 * The 20 + 80 form (湖北, 云南 保山, domain-rules (m)) prints only a 得分 column: its weights are implicit. Such a table is
 * read with its filled scores as the rows' scores, and one finding says the weights are missing.
 */
export const REQUIRED_INDICATOR_SCORES_ONLY: readonly IndicatorColumn[] = ["name", "actual", "selfScore"];

/** The first name of each column, used in messages ("缺少“全年预算数”列"). */
export function columnTitle(headers: Record<string, readonly string[]>, column: string): string {
  return headers[column]?.[0] ?? column;
}

export const BASIC_LABELS: Record<BasicLabel, readonly string[]> = {
  单位名称: ["单位名称", "部门名称", "部门", "预算单位"],
  项目名称: ["项目名称"],
  实施单位: ["实施单位", "项目实施单位"],
  评价年度: ["评价年度", "年度", "预算年度", "自评年度"],
  评价类型: ["评价类型", "自评类型"],
  主管部门: ["主管部门", "主管单位"],
  评分规则: ["评分规则", "计分规则", "适用规则"],
  公开方式: ["公开方式", "公开平台", "公开情况"],
  部门职能职责: ["部门职能职责", "职能职责", "部门职责", "项目背景", "项目概况", "基本情况"],
  年度绩效目标: ["年度绩效目标", "绩效目标", "年度总体目标", "总体目标", "预期目标", "年度预期目标"],
  实际完成情况: ["实际完成情况", "完成情况", "总体完成情况", "全年实际完成情况"],
  其他需要说明的问题: ["其他需要说明的问题", "其他说明", "其他需要说明的情况"],
  反向指标计分: ["反向指标计分", "反向指标计分方法"],
};

/** A fund line that is a project's total rather than one of its sources. */
export const FUND_TOTAL_LABELS = ["合计", "总计", "年度资金总额", "资金总额", "总额", "合计数", "项目资金合计"];

/** Rows under an indicator table that are totals, not indicators (template.md). */
export const TOTAL_ROW_NAMES = ["合计", "小计", "总分", "总计", "自评总分", "综合得分", "得分合计"];

/** Labels of the row where an accountant writes the claimed total score. */
export const CLAIMED_TOTAL_NAMES = ["总分", "自评总分", "综合得分", "总得分"];
