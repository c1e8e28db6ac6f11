import { headerKey } from "../text";
import type { WorkbookGrids } from "../grid";
import { makeFinding, type Finding } from "../model/finding";
import { defaultUnitName, type BasicInfo, type WorkbookModel } from "../model/workbook";
import { readBasicInfo } from "./basicInfo";
import { findBasicSheetByLabels, missingBasicFinding, readFormHead } from "./formHead";
import { readFundRows } from "./fundTable";
import { closestHeaderRow, findHeaderRow, type HeaderAliases, type HeaderMatch } from "./headers";
import { readIndicatorRows } from "./indicatorTable";
import { WorkbookInputError } from "./inputError";
import { SheetView } from "./sheetView";
import { fundForm, goalWeight } from "./printedForm";
import { contentCandidates, namedCandidates, whyChosen, type Candidate } from "./sheetChoice";
import { unverifiedFormulaFindings } from "./unverified";
import { FUND_HEADERS, INDICATOR_HEADERS, REQUIRED_FUND, REQUIRED_INDICATOR, REQUIRED_INDICATOR_SCORES_ONLY, SHEET_NAMES, columnTitle } from "./vocabulary";

/** template.md: header rows sit in the first 15 rows of their sheet. */
const HEADER_ROWS = 15;
/** A table found by its content rather than its sheet's name may sit lower, under the head of a one-sheet form. */
const CONTENT_SCAN_ROWS = 60;

/** Sheets this product writes; never read as input. */
const isReportSheet = (name: string) => /^自评报告(\(\d+\))?$/.test(headerKey(name) || name);

/** The best-named sheet for a table (see sheetChoice.ts), or null when no sheet's name names it. */
function findNamedSheet(views: readonly SheetView[], names: readonly string[]): SheetView | null {
  return namedCandidates(views, names)[0]?.view ?? null;
}

interface Located<C extends string> {
  view: SheetView;
  header: HeaderMatch<C>;
  /** Another sheet that could have been the table, when there was one. */
  rival: { used: Candidate; other: Candidate } | null;
}

function aliasList(names: readonly string[]): string {
  return names.slice(1).join("、");
}

/**
 * A table in its best-named sheet that has its header (sheetChoice.ts), or failing that in the best sheet that has
 * its header; a clear error when neither.
 */
function locateTable<C extends string>(
  file: string,
  views: readonly SheetView[],
  sheetNames: readonly string[],
  aliases: HeaderAliases<C>,
  required: readonly C[],
  candidatesFirst: readonly SheetView[] = [],
): Located<C> {
  const named = namedCandidates(views, sheetNames);
  if (named.length) {
    const found = named.map((c) => ({ c, header: findHeaderRow(c.view, aliases, required, HEADER_ROWS) })).filter((f) => f.header !== null);
    if (!found.length) throw missingColumns(file, named[0].view, aliases, required);
    const used = found[0];
    const other = named.find((c) => c !== used.c) ?? null;
    return { view: used.c.view, header: used.header!, rival: other ? { used: used.c, other } : null };
  }
  const order = [...candidatesFirst, ...views.filter((v) => !candidatesFirst.includes(v))];
  const withHeader = order.map((view) => ({ view, header: findHeaderRow(view, aliases, required, CONTENT_SCAN_ROWS) })).filter((f) => f.header !== null);
  if (withHeader.length) {
    const ranked = contentCandidates(withHeader.map((f) => f.view), order);
    const used = ranked[0];
    const header = withHeader.find((f) => f.view === used.view)!.header!;
    return { view: used.view, header, rival: ranked[1] ? { used, other: ranked[1] } : null };
  }
  throw new WorkbookInputError(
    file,
    `文件“${file}”中找不到“${sheetNames[0]}”工作表（也认：${aliasList(sheetNames)}），也没有哪张工作表含有它的表头；请按标准模板添加该工作表，或运行 evaluate template 生成标准工作簿。`,
  );
}

/** The warning of issue 10 item 3: both sheets named, and which was used and why. */
function rivalFinding(table: string, ownName: string, rival: Located<string>["rival"]): Finding[] {
  if (!rival) return [];
  const { used, other } = rival;
  return [
    makeFinding(
      "sheet-ambiguous",
      "warning",
      { sheet: used.view.name },
      `工作表“${used.view.name}”和“${other.view.name}”都可能是${table}，已使用“${used.view.name}”（${whyChosen(used, other, ownName)}）；若应使用另一张，请删除不用的那张或给它改名后再评分。`,
    ),
  ];
}

function missingColumns<C extends string>(file: string, view: SheetView, aliases: HeaderAliases<C>, required: readonly C[]): WorkbookInputError {
  const closest = closestHeaderRow(view, aliases, HEADER_ROWS);
  const missing = required.filter((f) => closest?.columns[f] === undefined);
  const names = (missing.length ? missing : required).map((f) => {
    const list = aliases[f];
    return `“${columnTitle(aliases, f)}”${list.length > 1 ? `（也认：${list.slice(1).join("、")}）` : ""}`;
  });
  const where = closest ? `表头（第${closest.row + 1}行）` : `前${HEADER_ROWS}行`;
  return new WorkbookInputError(
    file,
    `文件“${file}”的工作表“${view.name}”${where}缺少${names.join("、")}列；请在前${HEADER_ROWS}行的表头中补上该列后再评分。`,
    view.name,
  );
}

/**
 * Reads a workbook's grids into the model: 基本信息's labels, the fund lines and the indicator rows, each cell with
 * its address. It changes nothing and throws WorkbookInputError only where evaluation is impossible.
 */
export function readWorkbook(grids: WorkbookGrids): WorkbookModel {
  const file = grids.fileName;
  const all = (grids.sheets ?? []).filter((s) => !isReportSheet(String(s.name ?? ""))).map((s) => new SheetView(s, { date1904: grids.date1904 === true }));
  // A hidden sheet is often an old copy or a lookup list: the visible sheets are searched first.
  const visibleFirst = [...all.filter((v) => !v.hidden), ...all.filter((v) => v.hidden)];
  const findings: Finding[] = [];

  const ind = locateIndicators(file, visibleFirst);
  const fund = locateTable(file, visibleFirst, SHEET_NAMES.fund, FUND_HEADERS, REQUIRED_FUND, [ind.view]);
  const sameSheet = fund.view === ind.view;
  findings.push(...rivalFinding("绩效指标表", SHEET_NAMES.indicators[0], ind.rival), ...(sameSheet ? [] : rivalFinding("资金情况表", SHEET_NAMES.fund[0], fund.rival)));

  const basicView = findNamedSheet(visibleFirst, SHEET_NAMES.basic) ?? findBasicSheetByLabels(visibleFirst, [ind.view, fund.view]);
  const basic: BasicInfo = readBasicInfo(basicView);
  if (!basicView) {
    // A one-sheet form carries its 项目名称 / 主管部门 above the tables, its year in the title line.
    readFormHead(ind.view, Math.min(ind.header.row, sameSheet ? fund.header.row : ind.header.row), ind.header.row, basic.values);
    if (!sameSheet) readFormHead(fund.view, fund.header.row, fund.header.row, basic.values);
  }
  const unit = defaultUnitName({ basic, fileName: file });
  for (const label of ["单位名称", "评价年度"] as const) {
    if (!basic.values[label]) findings.push(missingBasicFinding(label, basic.sheet, unit, ind.view.name));
  }

  const fundEnd = sameSheet && fund.header.row < ind.header.row ? ind.header.row : fund.view.rowCount;
  const indEnd = sameSheet && ind.header.row < fund.header.row ? fund.header.row : ind.view.rowCount;
  const fundRows = readFundRows(fund.view, fund.header.row, fundEnd, fund.header.columns, unit);
  const { rows: indicatorRows, claimedTotals } = readIndicatorRows(ind.view, ind.header.row, indEnd, ind.header.columns, unit);

  if (indicatorRows.length === 0) throw noRows(file, ind.view.name, ind.header.row, "三级指标");
  if (fundRows.length === 0) throw noRows(file, fund.view.name, fund.header.row, "全年预算数");
  findings.push(
    ...unverifiedFormulaFindings(
      { view: fund.view, headerRow: fund.header.row, endRow: fundEnd, columns: fund.header.columns, rows: fundRows },
      { view: ind.view, headerRow: ind.header.row, endRow: indEnd, columns: ind.header.columns, rows: indicatorRows },
    ),
  );

  const goalsFrom = sameSheet && fund.header.row < ind.header.row ? fund.header.row : 0;
  return {
    fileName: file,
    basic,
    fund: { sheet: fund.view.name, headerRow: fund.header.row + 1, columns: oneBased(fund.header.columns), rows: fundRows, form: fundForm(fund.view, fund.header.row, fund.header.columns) },
    indicators: {
      sheet: ind.view.name,
      headerRow: ind.header.row + 1,
      columns: oneBased(ind.header.columns),
      rows: indicatorRows,
      form: { weights: ind.weights, goalWeight: goalWeight(ind.view, goalsFrom, indEnd) },
    },
    claimedTotals,
    findings,
  };
}

/**
 * The indicator table: with its 分值 column, or failing that the 20 + 80 form's table that prints only 得分 (its
 * weights are implicit). Where neither is found, the message is the one for the full table.
 */
function locateIndicators(file: string, views: readonly SheetView[]): Located<keyof typeof INDICATOR_HEADERS> & { weights: "column" | "implicit" } {
  try {
    return { ...locateTable(file, views, SHEET_NAMES.indicators, INDICATOR_HEADERS, REQUIRED_INDICATOR), weights: "column" };
  } catch (full) {
    if (!(full instanceof WorkbookInputError)) throw full;
    try {
      return { ...locateTable(file, views, SHEET_NAMES.indicators, INDICATOR_HEADERS, REQUIRED_INDICATOR_SCORES_ONLY), weights: "implicit" };
    } catch {
      throw full;
    }
  }
}

function noRows(file: string, sheet: string, headerRow: number, column: string): WorkbookInputError {
  return new WorkbookInputError(file, `文件“${file}”的工作表“${sheet}”在表头（第${headerRow + 1}行）下没有数据行；请在“${column}”等列中填写后再评分。`, sheet);
}

function oneBased<C extends string>(columns: Partial<Record<C, number>>): Partial<Record<C, number>> {
  const out: Partial<Record<C, number>> = {};
  for (const [k, v] of Object.entries(columns) as [C, number][]) out[k] = v + 1;
  return out;
}
