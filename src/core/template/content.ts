/**
 * What the blank standard workbook says: sheet names, headers, labels, dropdown choices and the filling notes, as fixed
 * by docs/template.md. Kept apart from the ExcelJS code so the wording can be reviewed on its own.
 */

export const SHEET_BASIC = "基本信息";
export const SHEET_FUNDS = "资金情况";
export const SHEET_INDICATORS = "绩效指标";

/**
 * Two columns only. The core takes the first non-blank cell right of a label as its value, so a hint column beside a
 * blank value would be read as the answer; hints go into the value cell's input prompt instead.
 */
export const BASIC_HEADERS = ["项目", "内容"] as const;

export interface BasicInfoRow {
  label: string;
  /** Shown by a red bold label, explained in the first filling note. */
  required?: boolean;
  /** Pre-filled value: the default template.md gives the label. */
  value?: string;
  options?: readonly string[];
  /** Free text that runs to paragraphs: wrapped and top-aligned. */
  long?: boolean;
  /** Input prompt shown when the value cell is selected (only on cells that carry a validation anyway). */
  prompt?: string;
}

export const EVALUATION_TYPES = ["部门整体", "项目支出"] as const;
export const RULE_PROFILES = ["中央通用", "重庆部门整体", "四川"] as const;

export const BASIC_INFO_ROWS: readonly BasicInfoRow[] = [
  { label: "单位名称", required: true },
  { label: "评价年度", required: true, prompt: "必填，四位年份，如 2024" },
  { label: "评价类型", value: "部门整体", options: EVALUATION_TYPES, prompt: "部门整体或项目支出，默认部门整体" },
  { label: "主管部门" },
  { label: "评分规则", value: "中央通用", options: RULE_PROFILES, prompt: "中央通用、重庆部门整体或四川，默认中央通用" },
  { label: "公开方式" },
  { label: "部门职能职责", long: true },
  { label: "年度绩效目标", long: true },
  { label: "实际完成情况", long: true },
  { label: "其他需要说明的问题", value: "无", long: true },
];

export const INSTRUCTIONS_TITLE = "填表说明";

export const INSTRUCTIONS: readonly string[] = [
  "1. 标红的项目（单位名称、评价年度）必须填写；金额一律以“万元”为单位，保留两位小数。",
  "2. 资金情况：“全年预算数”填调整后的全年预算，它是预算执行率的分母；每个项目填一行“合计”，其下按资金来源分行填写。",
  "3. 绩效指标：“指标性质”从下拉中选择 ≥、＞、＝、＜、≤ 或 定性。",
  "4. 年度指标值写成可衡量的数字，单位填在“计量单位”列，如“≥2000”+“人次”；不要写“有效提升”“明显改善”等无法衡量的说法。",
  "5. 定性指标在“完成等级”中选择达成、部分达成或未达成，“自评得分”须在对应档次内：达成为分值的80%–100%，部分达成为60%–80%，未达成为0–60%。",
  "6. 凡未得满分的指标，都要在“偏差原因分析及改进措施”中写明原因和改进措施。",
  "7. 请勿修改工作表名称和表头文字；评价多个项目时，在“项目名称”列写明项目，留空表示本单位整体。",
];

export const FUND_HEADERS = [
  "项目名称",
  "资金来源",
  "年初预算数",
  "全年预算数",
  "全年执行数",
  "分值",
  "执行率",
  "得分",
  "偏差原因",
] as const;

export const FUND_SOURCES = ["合计", "其中：本年财政拨款", "上年结转资金", "其他资金"] as const;

/** Weight of the execution rate on the 合计 row (domain rules: 执行率 10 points). */
export const EXECUTION_WEIGHT = 10;

export const INDICATOR_HEADERS = [
  "项目名称",
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "年度指标值",
  "计量单位",
  "实际完成值",
  "分值",
  "完成等级",
  "自评得分",
  "偏差原因分析及改进措施",
] as const;

export const LEVEL1_INDICATORS = ["产出指标", "效益指标", "满意度指标", "成本指标"] as const;

export const LEVEL2_INDICATORS = [
  "数量指标",
  "质量指标",
  "时效指标",
  "成本指标",
  "经济效益指标",
  "社会效益指标",
  "生态效益指标",
  "可持续影响指标",
  "服务对象满意度指标",
] as const;

export const OPERATORS = ["≥", "＞", "＝", "＜", "≤", "定性"] as const;

export const COMPLETION_LEVELS = ["达成", "部分达成", "未达成"] as const;

/** Rows of 绩效指标 that get dropdowns: far more than any real table, few enough to keep the file small. */
export const INDICATOR_INPUT_ROWS = { first: 2, last: 500 } as const;
