import { cellText, headerKey } from "../text";
import type { BasicInfo, BasicLabel, Cell } from "../model/workbook";
import { BASIC_LABELS } from "./vocabulary";
import type { SheetView } from "./sheetView";
import { isTickOnly } from "./printedForm";

const LABEL_OF = new Map<string, BasicLabel>();
for (const [label, aliases] of Object.entries(BASIC_LABELS) as [BasicLabel, readonly string[]][]) {
  for (const alias of aliases) if (!LABEL_OF.has(alias)) LABEL_OF.set(alias, label);
}

/**
 * Label–value pairs: a cell holding a known label, and the first non-blank cell to its right (merged cells read as
 * one). 基本信息 is laid out this way, and so is the head of a one-sheet 自评表 ("项目名称 | 职工帮扶项目 | 主管部门 | …").
 * The first occurrence of a label wins.
 */
export function readLabelPairs(view: SheetView, fromRow: number, toRow: number, into: Partial<Record<BasicLabel, Cell>>): void {
  for (let r = fromRow; r < Math.min(toRow, view.rowCount); r++) {
    for (let c = 0; c < view.rowWidth(r); c++) {
      if (view.mergeAt(r, c) && view.mergeAt(r, c)!.left !== c) continue;
      const label = LABEL_OF.get(headerKey(view.cell(r, c)));
      if (!label || into[label]) continue;
      const value = valueRightOf(view, r, c);
      if (value) into[label] = value;
    }
  }
}

function valueRightOf(view: SheetView, r: number, c: number): Cell | null {
  const area = view.mergeAt(r, c);
  for (let k = (area ? area.right : c) + 1; k < view.rowWidth(r); k++) {
    const raw = view.merged(r, k);
    const text = cellText(raw);
    if (text === "" || isTickOnly(text)) continue;
    if (LABEL_OF.has(headerKey(raw))) return null;
    return { raw, text, row: r + 1, col: k + 1 };
  }
  return null;
}

/** The 基本信息 sheet's labels. A sheet with a header row (项目 | 内容) is read the same way: the header is no label. */
export function readBasicInfo(view: SheetView | null): BasicInfo {
  const values: Partial<Record<BasicLabel, Cell>> = {};
  if (view) readLabelPairs(view, 0, view.rowCount, values);
  if (!values["单位名称"]) {
    const stand = values["实施单位"] ?? values["项目名称"];
    if (stand) values["单位名称"] = stand;
  }
  return { sheet: view ? view.name : null, values };
}

/** Which labels a sheet holds with a value beside them (the first 200 rows are enough for any 基本信息). */
export function countLabels(view: SheetView): Set<BasicLabel> {
  const values: Partial<Record<BasicLabel, Cell>> = {};
  readLabelPairs(view, 0, Math.min(view.rowCount, 200), values);
  return new Set(Object.keys(values) as BasicLabel[]);
}
