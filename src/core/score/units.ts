import { headerKey } from "../text";
import type { FundRow, IndicatorRow, WorkbookModel } from "../model/workbook";

export interface UnitRows {
  name: string;
  fundRows: FundRow[];
  indicatorRows: IndicatorRow[];
}

function groupBy<T>(items: readonly T[], keyOf: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(item);
  }
  return groups;
}

/**
 * The units of a workbook: each project, with its fund lines and its indicators, in the order the workbook first names
 * them. Names are matched loosely (spaces, full-width forms and bracketed notes ignored). Where each sheet names exactly
 * one project, they are the same unit whatever they are called: a fund sheet without 项目名称 beside an indicator sheet
 * that names the project is the common case.
 */
export function groupUnits(model: WorkbookModel): UnitRows[] {
  const key = (name: string) => headerKey(name) || name;
  const funds = groupBy(model.fund.rows, (r) => key(r.project));
  const indicators = groupBy(model.indicators.rows, (r) => key(r.project));
  const firstName = new Map<string, string>();
  for (const r of [...model.indicators.rows, ...model.fund.rows]) if (!firstName.has(key(r.project))) firstName.set(key(r.project), r.project);

  if (funds.size === 1 && indicators.size === 1) {
    const [indicatorKey, indicatorRows] = [...indicators][0];
    const [, fundRows] = [...funds][0];
    return [{ name: firstName.get(indicatorKey) ?? indicatorKey, fundRows, indicatorRows }];
  }
  const order = [...new Set([...indicators.keys(), ...funds.keys()])];
  return order.map((k) => ({ name: firstName.get(k) ?? k, fundRows: funds.get(k) ?? [], indicatorRows: indicators.get(k) ?? [] }));
}
