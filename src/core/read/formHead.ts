import { makeFinding, type Finding } from "../model/finding";
import type { BasicLabel, Cell } from "../model/workbook";
import { countLabels, readLabelPairs } from "./basicInfo";
import { goalTexts, kindFromTitle, yearFromTitle } from "./printedForm";
import type { SheetView } from "./sheetView";
import { BASIC_LABELS, SHEET_NAMES } from "./vocabulary";

/**
 * The head of a one-sheet 自评表, in place of a 基本信息 sheet: its label–value cells (项目名称, 主管部门, 实施单位,
 * 单位名称), the year and the kind of evaluation in its title, the 年度总体目标 texts. `headRows` is where its first table
 * begins, `toRow` where the indicator table begins (the goals sit between the two).
 */
export function readFormHead(view: SheetView, headRows: number, toRow: number, into: Partial<Record<BasicLabel, Cell>>): void {
  const goals = goalTexts(view, headRows, toRow);
  for (const label of ["年度绩效目标", "实际完成情况"] as const) if (!into[label] && goals[label]) into[label] = goals[label];
  readLabelPairs(view, 0, toRow, into);
  into["评价年度"] ??= yearFromTitle(view, headRows) ?? undefined;
  into["评价类型"] ??= kindFromTitle(view, headRows) ?? undefined;
  for (const key of Object.keys(into) as BasicLabel[]) if (into[key] === undefined) delete into[key];
  completeUnitName(into);
}

/** A project form names its 实施单位 (or only its 项目名称); either stands for the 单位名称 it does not print. */
function completeUnitName(into: Partial<Record<BasicLabel, Cell>>): void {
  if (!into["单位名称"]) {
    const stand = into["实施单位"] ?? into["项目名称"];
    if (stand) into["单位名称"] = stand;
  }
}

/**
 * 基本信息 by its labels, whatever its sheet is called ("表1", "Sheet1"): among the sheets that hold no table, the one
 * with the most labels, if it has 单位名称 or 评价年度 among at least two of them.
 */
export function findBasicSheetByLabels(views: readonly SheetView[], tables: readonly SheetView[]): SheetView | null {
  let best: SheetView | null = null;
  let bestCount = 1;
  for (const view of views) {
    if (tables.includes(view)) continue;
    const found = countLabels(view);
    if ((found.has("单位名称") || found.has("评价年度")) && found.size > bestCount) {
      best = view;
      bestCount = found.size;
    }
  }
  return best;
}

/**
 * 单位名称 or 评价年度 not found. Where the workbook has a 基本信息 sheet, fill it in; where it has none (a one-sheet
 * form), say which labels were looked for and what stands in, without asking for a sheet the form does not have.
 */
export function missingBasicFinding(label: "单位名称" | "评价年度", basicSheet: string | null, unit: string, formSheet: string): Finding {
  const standIn = label === "单位名称" ? `“${unit}”` : "“—”";
  if (basicSheet) {
    return makeFinding("basic-info-missing", "warning", { sheet: basicSheet }, `基本信息缺少“${label}”，请在“${basicSheet}”工作表中填写（报告中将以${standIn}代替）。`);
  }
  const aliases = BASIC_LABELS[label].filter((a) => a !== label);
  const where = label === "评价年度" ? "，也没有在标题行写明“（2024年度）”" : "";
  const named = label === "单位名称" ? `，报告中以文件名${standIn}称呼该单位` : `，报告中以${standIn}代替`;
  return makeFinding(
    "basic-info-missing",
    "warning",
    { sheet: formSheet },
    `表中没有找到“${label}”（也认：${aliases.join("、")}）${where}${named}；请在表头写明${label}，或在工作簿中加一张“${SHEET_NAMES.basic[0]}”表填写。`,
  );
}
