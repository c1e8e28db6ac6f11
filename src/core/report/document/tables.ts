import type { Evaluation, UnitResult } from "../../model/evaluation";
import { overallOf } from "../../overall";
import { money, score, totalRate, unitRate } from "../narrative/format";
import { actualText, reasonText, targetText } from "../shown";
import type { DocRow, DocTable } from "./plan";

/** The two tables of the Word report, from the same figures as the report sheet, spelt as the narrative spells them. */

const amount = (x: number | null) => (x === null ? "" : money(x));

export function fundTable(ev: Evaluation, number: number): DocTable {
  const rows: DocRow[] = ev.units.map((u) => ({
    cells: [u.name, amount(u.fund.initial), amount(u.budget), amount(u.spent === null ? null : Math.max(u.spent, 0)), unitRate(u) ?? "—", score(u.executionWeight), score(u.executionScore)],
  }));
  if (ev.units.length > 1) {
    const o = overallOf(ev);
    const initial = ev.units.some((u) => u.fund.initial !== null) ? ev.units.reduce((s, u) => s + (u.fund.initial ?? 0), 0) : null;
    const rate = o.budget !== null && o.spent !== null ? totalRate(o.budget, o.spent) : null;
    rows.push({ cells: ["合计", amount(initial), amount(o.budget), amount(o.spent), rate ?? "—", "—", "—"], total: true });
  }
  return {
    kind: "table",
    caption: `表${number} 资金执行情况（万元）`,
    header: ["项目名称", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
    rows,
    widths: [26, 13, 13, 13, 12, 9, 9],
    numeric: [1, 2, 3, 4, 5, 6],
  };
}

export function indicatorTable(ev: Evaluation, unit: UnitResult, number: number): DocTable {
  const rows: DocRow[] = unit.indicators.map((ind) => ({
    cells: [
      ind.source.level1,
      ind.source.level2,
      ind.source.name,
      targetText(ind),
      actualText(ind),
      ind.kind === "not-applicable" ? "不适用" : ind.weight === null ? "" : score(ind.weight),
      ind.kind === "not-applicable" ? "—" : score(ind.score),
      reasonText(ind),
    ],
  }));
  const blank = ["", "", "", "", ""];
  rows.push({ cells: ["预算执行率", ...blank.slice(0, 4), score(unit.executionWeight), score(unit.executionScore), ""], total: true, span: 5 });
  rows.push({ cells: ["总分", ...blank.slice(0, 4), score(unit.maxTotal), score(unit.total), ""], total: true, span: 5 });
  if (Math.abs(unit.maxTotal - 100) >= 0.005) rows.push({ cells: ["自评总分（百分制）", ...blank.slice(0, 4), "100", score(unit.score), ""], total: true, span: 5 });
  rows.push({ cells: ["评价等级", ...blank.slice(0, 4), "", unit.grade, ""], total: true, span: 5 });
  return {
    kind: "table",
    caption: `表${number} 绩效指标完成情况${ev.units.length > 1 ? `（${unit.name}）` : ""}`,
    header: ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    rows,
    widths: [11, 11, 18, 13, 13, 6, 6, 22],
    numeric: [5, 6],
  };
}
