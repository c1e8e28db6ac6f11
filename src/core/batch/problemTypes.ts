import type { FindingCode } from "../model/finding";

/**
 * 问题类型: each finding code as a reviewer at a finance bureau names the problem, beside the code other programs read
 * (template.md). Every code has one, so a new check cannot reach the summary without a Chinese name.
 */
export const PROBLEM_TYPE: Record<FindingCode, string> = {
  "no-numeric-target": "指标值未量化",
  "qualitative-share": "定性指标过多",
  "vague-wording": "表述模糊",
  "missing-unit": "缺计量单位",
  "missing-operator": "缺比较符号",
  "operator-mismatch": "比较符号与指标不符",
  "actual-copies-target": "实际值照抄指标值",
  "non-numeric-actual": "实际值不可计量",
  placeholder: "占位内容未填",
  "missing-dimension": "缺少指标维度",
  "satisfaction-unmeasured": "满意度无调查依据",
  "undated-timeliness": "时效指标无时限",
  "cost-exceeds-budget": "成本指标超预算",
  "score-out-of-band": "得分超出档次",
  "missing-deviation-reason": "未说明偏差原因",
  "suspicious-perfect-score": "满分依据不足",
  "too-few-core-indicators": "核心指标不足",
  "budget-missing": "缺全年预算数",
  "execution-over-100": "执行数超预算",
  "low-execution-no-reason": "执行率低未说明原因",
  "budget-adjusted-no-reason": "预算调整未说明理由",
  "total-row-derived": "资金合计行空缺",
  "weights-not-100": "分值合计不为100",
  "level1-weights-nondefault": "一级指标分值非标准",
  "self-score-mismatch": "自评得分与计算不符",
  "over-achievement": "超额完成过多",
  "performance-outpaces-spending": "绩效快于支出",
  "missing-actual": "缺实际完成值",
  "missing-weight": "缺分值",
  "qualitative-tier-missing": "定性指标缺完成等级",
  "approximate-value": "数值为约数",
  "percent-scale": "百分数口径不一",
  "negative-amount": "金额为负数",
  "subtotal-mismatch": "合计与明细不符",
  "large-unspent-budget": "大额预算未执行",
  "unreadable-cell": "内容无法识别",
  "basic-info-missing": "基本信息缺项",
  "formula-unverified": "公式结果未经计算",
  "sheet-ambiguous": "工作表重复",
  "amount-unit-unclear": "金额单位存疑",
};

/** The Chinese name of a code; a code from a newer engine than this table still shows, as itself. */
export function problemType(code: string): string {
  return (PROBLEM_TYPE as Record<string, string | undefined>)[code] ?? code;
}
