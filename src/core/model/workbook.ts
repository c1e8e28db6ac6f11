import type { Finding } from "./finding";

/** What the reader makes of a workbook: the cells that matter, by meaning, each with its address. No scoring yet. */

export type FundColumn =
  | "project"
  | "source"
  | "initial"
  | "budget"
  | "spent"
  | "weight"
  | "rate"
  | "score"
  | "reason";

export type IndicatorColumn =
  | "project"
  | "level1"
  | "level2"
  | "name"
  | "operator"
  | "target"
  | "adjustedTarget"
  | "unit"
  | "actual"
  | "weight"
  | "tier"
  | "coefficient"
  | "selfScore"
  | "isCore"
  | "reason"
  | "deduction";

export type BasicLabel =
  | "单位名称"
  | "项目名称"
  | "实施单位"
  | "评价年度"
  | "评价类型"
  | "主管部门"
  | "评分规则"
  | "公开方式"
  | "部门职能职责"
  | "年度绩效目标"
  | "实际完成情况"
  | "其他需要说明的问题"
  | "反向指标计分";

/**
 * One cell as read: its value, its display text, and where it is (1-based; the sheet is the table's). Kept flat
 * because a large workbook holds a million of them.
 */
export interface Cell {
  /**
   * The value as the gateway gave it, read through its number format (domain-rules (n)): a number whose format changes
   * what it shows is a `Shown` (src/core/text/shown.ts) carrying both its display text and its stored value, which every
   * parser in src/core/text reads as the user sees it (0.9 in "0%" as 90%). Read it with those parsers, never by typeof.
   */
  raw: unknown;
  /** What the cell shows: "90%", "2024年12月20日", "1,200.00". */
  text: string;
  row: number;
  col: number;
}

export type Cells<C extends string> = Partial<Record<C, Cell>>;

export interface TableLayout<C extends string> {
  sheet: string;
  /** 1-based worksheet row of the header. */
  headerRow: number;
  /** 1-based column of each recognised header. */
  columns: Partial<Record<C, number>>;
}

export interface FundRow {
  row: number;
  /** The unit this row belongs to, after inheritance from merged or blank cells above. */
  project: string;
  kind: "total" | "detail";
  /** The fund line's label, e.g. 合计, 其中：本年财政拨款. */
  source: string;
  cells: Cells<FundColumn>;
}

export interface IndicatorRow {
  row: number;
  project: string;
  level1: string;
  level2: string;
  name: string;
  cells: Cells<IndicatorColumn>;
  /** The weight printed in the first-level cell ("产出指标(50分)", "(50分)"), shared by the rows under it. */
  level1Weight?: number | null;
}

export interface BasicInfo {
  /** The sheet the labels were read from, or null when the workbook has none. */
  sheet: string | null;
  values: Partial<Record<BasicLabel, Cell>>;
}

/** A total the accountant wrote under the indicator table (总分 / 自评总分), compared with the computed one. */
export interface ClaimedTotal {
  project: string;
  value: number;
  row: number;
  col: number;
  /** The 分值 printed on the 总分 row (100 for the whole form, 90 for the indicators' part), null where blank. */
  weight?: number | null;
}

/** What the printed form says about its money block beyond the cells of its rows (domain-rules (m)). */
export interface FundForm {
  /** The unit the amounts are written in: a header or unit line saying （元） / 单位：元 makes them 元. */
  amountUnit: "万元" | "元";
  /** Where the unit was read, for messages; null where nothing said it. */
  amountUnitCell: Cell | null;
  /** The execution weight printed in a header: "得分(20分*执行率)", "预算执行情况（万元）(20分)". */
  headerWeight: number | null;
}

/** What the printed form says about its indicator block beyond the cells of its rows. */
export interface IndicatorForm {
  /** "column" when the table has a 分值 / 权重 column; "implicit" for the 20 + 80 form, which prints only 得分. */
  weights: "column" | "implicit";
  /** Σ of the goal blocks' printed weights ("年度绩效目标1(40分)" + "年度绩效目标2(40分)"), null where none is printed. */
  goalWeight: number | null;
}

export interface WorkbookModel {
  fileName: string;
  basic: BasicInfo;
  fund: TableLayout<FundColumn> & { rows: FundRow[]; form?: FundForm };
  indicators: TableLayout<IndicatorColumn> & { rows: IndicatorRow[]; form?: IndicatorForm };
  claimedTotals: ClaimedTotal[];
  /** What reading itself found: unreadable cells and the like. */
  findings: Finding[];
}

/**
 * The unit name used where a row names no project: a one-sheet project form's 项目名称 (the project is what it
 * evaluates), else 基本信息's 单位名称, else the file's name.
 */
export function defaultUnitName(model: Pick<WorkbookModel, "basic" | "fileName">): string {
  const name = model.basic.values["项目名称"]?.text || model.basic.values["单位名称"]?.text;
  if (name) return name;
  return model.fileName.replace(/\.[^.]*$/, "") || "未命名单位";
}

/** The target cell in force: 调整指标值 where it is filled (template.md), else 年度指标值. */
export function targetColumnOf(row: IndicatorRow): "adjustedTarget" | "target" {
  return row.cells.adjustedTarget?.text ? "adjustedTarget" : "target";
}
