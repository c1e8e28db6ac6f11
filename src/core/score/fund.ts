import { dec, fixed, near, plain, sum } from "../decimal";
import { makeFinding, type Finding } from "../model/finding";
import type { FundFigures } from "../model/evaluation";
import type { FundColumn, FundRow } from "../model/workbook";
import { parseAmount } from "../text";

const FIGURES = ["initial", "budget", "spent"] as const;
const NAMES: Record<(typeof FIGURES)[number], string> = { initial: "年初预算数", budget: "全年预算数", spent: "全年执行数" };

const amount = (row: FundRow | null | undefined, column: FundColumn): number | null => parseAmount(row?.cells[column]?.raw).value;

/** An amount in 万元: a form whose money is in 元 (its header says （元） or 单位：元) is divided by 10,000 (b.2). */
const inWan = (value: number | null, unit: "万元" | "元"): number | null => (value === null || unit === "万元" ? value : Number(dec(value).div(10000)));

/**
 * A project's money from its fund lines (b.2): the total row's figures, or where the total row is missing, blank or 0
 * while the detail rows hold money, the sum of the detail rows. Negative amounts are errors and are not used.
 */
export function fundFigures(rows: readonly FundRow[], sheet: string, unit: string, amountUnit: "万元" | "元" = "万元"): { figures: FundFigures; findings: Finding[] } {
  const findings: Finding[] = [];
  const totalRow = rows.find((r) => r.kind === "total") ?? null;
  const details = rows.filter((r) => r !== totalRow && r.kind === "detail");
  const figures: FundFigures = { initial: null, budget: null, spent: null, derived: [], totalRow, details, lines: [] };

  for (const row of rows) {
    for (const column of [...FIGURES, "weight"] as FundColumn[]) {
      const cell = row.cells[column];
      const value = parseAmount(cell?.raw).value;
      if (cell && value !== null && value < 0) {
        findings.push(makeFinding("negative-amount", "error", { sheet, row: row.row, col: cell.col }, `“${row.source || unit}”的${NAMES[column as keyof typeof NAMES] ?? "分值"}为负数（${cell.text}），不能参与计算；请核对后填写。`, unit));
      } else if (cell && cell.text !== "" && value === null && !/^[-—/／\s]+$/.test(cell.text)) {
        findings.push(makeFinding("unreadable-cell", "error", { sheet, row: row.row, col: cell.col }, `“${row.source || unit}”的${NAMES[column as keyof typeof NAMES] ?? "分值"}“${cell.text}”不是数值，未参与计算；请填写以万元为单位的数字。`, unit));
      }
    }
  }
  const usable = (row: FundRow | null, column: FundColumn) => {
    const v = amount(row, column);
    return v !== null && v >= 0 ? inWan(v, amountUnit) : null;
  };

  figures.lines = details.map((d) => ({ source: d.source, initial: usable(d, "initial"), budget: usable(d, "budget"), spent: usable(d, "spent") }));
  for (const figure of FIGURES) {
    const own = usable(totalRow, figure);
    const parts = details.map((d) => usable(d, figure)).filter((v): v is number => v !== null);
    const partSum = parts.length ? sum(parts) : null;
    if ((own === null || own === 0) && partSum !== null && partSum > 0) {
      figures[figure] = partSum;
      figures.derived.push(figure);
    } else {
      figures[figure] = own;
      if (own !== null && own > 0 && partSum !== null && partSum > 0 && !near(own, partSum, 0.01)) {
        const cell = totalRow?.cells[figure];
        findings.push(makeFinding("subtotal-mismatch", "warning", { sheet, row: totalRow?.row, col: cell?.col }, `“${unit}”合计行的${NAMES[figure]}${plain(own)}万元与明细行之和${fixed(partSum)}万元不一致（差${fixed(Math.abs(own - partSum))}万元）；请核对合计行或明细行。`, unit));
      }
    }
  }
  if (figures.derived.length) {
    const place = totalRow ? { sheet, row: totalRow.row, col: totalRow.cells[figures.derived[0]]?.col } : { sheet, row: details[0]?.row };
    findings.push(
      makeFinding(
        "total-row-derived",
        "warning",
        place,
        `“${unit}”${totalRow ? "合计行的" : "没有合计行，"}${figures.derived.map((f) => NAMES[f]).join("、")}${totalRow ? "为空或为0" : ""}，已按明细行之和计算（${figures.derived.map((f) => `${NAMES[f]}${fixed(figures[f] ?? 0)}万元`).join("，")}）；请在合计行填写合计数。`,
        unit,
      ),
    );
  }
  return { figures, findings };
}

/**
 * The execution 分值 of a project: the total row's, else any line's, else the one its header prints ("得分(20分*执行率)"),
 * else the profile's default.
 */
export function executionWeight(rows: readonly FundRow[], fallback: number, headerWeight: number | null = null): number {
  const total = rows.find((r) => r.kind === "total");
  for (const row of total ? [total, ...rows] : rows) {
    const w = amount(row, "weight");
    if (w !== null && w > 0) return w;
  }
  return headerWeight ?? fallback;
}
