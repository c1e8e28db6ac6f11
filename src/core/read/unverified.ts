import { cellAddress } from "../ref";
import { makeFinding, type Finding, type Severity } from "../model/finding";
import type { FundColumn, FundRow, IndicatorColumn, IndicatorRow } from "../model/workbook";
import { cellText, headerKey } from "../text";
import type { SheetView } from "./sheetView";
import { CLAIMED_TOTAL_NAMES } from "./vocabulary";
import { firstText } from "./cells";

/**
 * domain-rules (n), issue 10: a formula with no stored result, or in a workbook its writer marked to be recalculated
 * on load (whose stored results may be 0 placeholders), has no trustworthy value until Excel or WPS saves the file.
 * Where the reader uses such a cell it says so at the cell, with what was assumed, instead of reading blank or 0 in
 * silence.
 */

type Field = FundColumn | IndicatorColumn | "claimedTotal";

interface Use {
  title: string;
  /** What rests on the value, said after "已按…计". */
  consequence: string;
  /** The score is computed from it (error when the value read is blank or 0), rather than only compared with it. */
  scores: boolean;
}

const FUND_USES: Partial<Record<FundColumn, Use>> = {
  initial: { title: "年初预算数", consequence: "预算调整的检查依此进行", scores: false },
  budget: { title: "全年预算数", consequence: "预算执行率及其得分依此计算", scores: true },
  spent: { title: "全年执行数", consequence: "预算执行率及其得分依此计算", scores: true },
  weight: { title: "分值", consequence: "预算执行率得分依此计算", scores: true },
  rate: { title: "执行率", consequence: "与计算执行率的比对依此进行", scores: false },
  score: { title: "得分", consequence: "与计算得分的比对依此进行", scores: false },
};

const INDICATOR_USES: Partial<Record<IndicatorColumn, Use>> = {
  operator: { title: "指标性质", consequence: "该指标的得分依此计算", scores: true },
  target: { title: "年度指标值", consequence: "该指标的得分依此计算", scores: true },
  adjustedTarget: { title: "调整指标值", consequence: "该指标的得分依此计算", scores: true },
  unit: { title: "计量单位", consequence: "该指标的计量单位依此读取", scores: false },
  actual: { title: "实际完成值", consequence: "该指标的得分依此计算", scores: true },
  weight: { title: "分值", consequence: "该指标的得分依此计算", scores: true },
  tier: { title: "完成等级", consequence: "该指标的得分依此计算", scores: true },
  coefficient: { title: "得分系数", consequence: "该指标的填报得分依此计算", scores: true },
  selfScore: { title: "自评得分", consequence: "该指标的填报得分依此读取", scores: true },
  deduction: { title: "扣减分数", consequence: "该指标的得分依此计算", scores: true },
};

const CLAIMED_TOTAL_USE: Use = { title: "总分", consequence: "与计算总分的比对依此进行", scores: false };

/** Cells listed one by one up to this many per column; beyond it one finding names the first few and the count. */
const MAX_SINGLE = 3;
const NAMED_IN_GROUP = 5;

interface Hit {
  sheet: string;
  row: number;
  col: number;
  field: Field;
  use: Use;
  reason: "no-result" | "full-calc-on-load";
  /** What the reader took the cell to be: its text as shown, "" for blank. */
  text: string;
  /** "“慰问困难职工人次”的", "“合计”的", "" for a 总分 row. */
  owner: string;
  unit?: string;
}

export interface TableRead<C extends FundColumn | IndicatorColumn> {
  view: SheetView;
  /** 0-based header row; the table's rows run from the next row up to endRow (exclusive). */
  headerRow: number;
  endRow: number;
  /** 0-based columns. */
  columns: Partial<Record<C, number>>;
}

export function unverifiedFormulaFindings(fund: TableRead<FundColumn> & { rows: FundRow[] }, ind: TableRead<IndicatorColumn> & { rows: IndicatorRow[] }): Finding[] {
  const hits = [
    ...tableHits(fund, FUND_USES, new Map(fund.rows.map((r) => [r.row, { owner: `“${r.source || r.project}”的`, unit: r.project }]))),
    ...tableHits(ind, INDICATOR_USES, new Map(ind.rows.map((r) => [r.row, { owner: `“${r.name}”的`, unit: r.project }]))),
  ];
  return findingsOf(hits);
}

function tableHits<C extends FundColumn | IndicatorColumn>(
  table: TableRead<C>,
  uses: Partial<Record<C, Use>>,
  rows: Map<number, { owner: string; unit: string }>,
): Hit[] {
  const { view } = table;
  if (view.untrustedFormulas.length === 0) return [];
  const fieldAt = new Map<number, C>();
  for (const [field, c] of Object.entries(table.columns) as [C, number][]) fieldAt.set(c, field);
  const hits: Hit[] = [];
  for (const u of view.untrustedFormulas) {
    if (!Number.isInteger(u.row) || !Number.isInteger(u.col) || u.row <= table.headerRow || u.row >= table.endRow) continue;
    const read = rows.get(u.row + 1);
    const field = fieldAt.get(u.col);
    const text = cellText(view.cell(u.row, u.col));
    if (read && field !== undefined && uses[field]) {
      hits.push({ sheet: view.name, row: u.row + 1, col: u.col + 1, field, use: uses[field] as Use, reason: u.reason, text, owner: read.owner, unit: read.unit });
    } else if (!read && CLAIMED_TOTAL_NAMES.includes(headerKey(firstText(view, u.row))) && !CLAIMED_TOTAL_NAMES.includes(headerKey(text))) {
      hits.push({ sheet: view.name, row: u.row + 1, col: u.col + 1, field: "claimedTotal", use: CLAIMED_TOTAL_USE, reason: u.reason, text, owner: "" });
    }
  }
  return hits.sort((a, b) => a.col - b.col || a.row - b.row);
}

function findingsOf(hits: Hit[]): Finding[] {
  const groups = new Map<string, Hit[]>();
  for (const h of hits) {
    const key = `${h.sheet}\u0000${h.field}\u0000${h.reason}`;
    const list = groups.get(key);
    if (list) list.push(h);
    else groups.set(key, [h]);
  }
  const out: Finding[] = [];
  for (const list of groups.values()) {
    if (list.length <= MAX_SINGLE) for (const h of list) out.push(single(h));
    else out.push(grouped(list));
  }
  return out.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/** A value that decides a score and reads as blank or 0 is most likely wrong: an error; a stored non-zero, a warning. */
function severityOf(h: Hit): Severity {
  return h.use.scores && (h.text === "" || h.text === "0") ? "error" : "warning";
}

function why(reason: Hit["reason"]): string {
  return reason === "no-result"
    ? "是公式，但文件中没有保存它的计算结果（写出该文件的程序没有计算公式）"
    : "是公式，写出该文件的程序要求打开时重新计算，文件中保存的结果可能只是占位的0";
}

function assumed(text: string): string {
  return text === "" ? "已按空白计" : `已按文件中保存的“${text}”计`;
}

const ADVICE = "请用“Excel”或“WPS”打开该文件并保存一次（让公式算出结果）后再评分。";

function single(h: Hit): Finding {
  const what = h.field === "claimedTotal" ? "总分" : `${h.owner}${h.use.title}`;
  return makeFinding(
    "formula-unverified",
    severityOf(h),
    { sheet: h.sheet, row: h.row, col: h.col },
    `“${h.sheet}”${cellAddress(h.row, h.col)}（${what}）${why(h.reason)}；${assumed(h.text)}，${h.use.consequence}。${ADVICE}`,
    h.unit,
  );
}

function grouped(list: Hit[]): Finding {
  const first = list[0];
  const named = list.slice(0, NAMED_IN_GROUP).map((h) => cellAddress(h.row, h.col)).join("、");
  const blanks = list.filter((h) => h.text === "" || h.text === "0").length;
  const severity: Severity = list.some((h) => severityOf(h) === "error") ? "error" : "warning";
  const read = blanks === list.length ? (list.every((h) => h.text === "") ? "已按空白计" : "已按空白或0计") : blanks ? `已按文件中保存的值计（其中${blanks}个为空白或0）` : "已按文件中保存的值计";
  return makeFinding(
    "formula-unverified",
    severity,
    { sheet: first.sheet, row: first.row, col: first.col },
    `“${first.sheet}”${named}${list.length > NAMED_IN_GROUP ? "等" : ""}共${list.length}个单元格（${first.use.title}）${why(first.reason)}；${read}，${first.use.consequence}。${ADVICE}`,
    list.every((h) => h.unit === first.unit) ? first.unit : undefined,
  );
}
