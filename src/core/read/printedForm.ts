import { cellText, headerKey } from "../text";
import type { BasicLabel, Cell, FundColumn, FundForm } from "../model/workbook";
import type { SheetView } from "./sheetView";

/**
 * What a printed one-sheet 自评表 says outside its tables (domain-rules (m)): the year and the kind of evaluation in
 * its title, the 年度总体目标 texts under their 预期目标 / 实际完成情况 headers, the money's unit and the execution
 * weight written into headers, the goal blocks' weights, the first-level cells' weights and the template's own rows.
 */

const cellAt = (view: SheetView, r: number, c: number, raw: unknown = view.cell(r, c)): Cell => ({ raw, text: cellText(raw), row: r + 1, col: c + 1 });

/** Each non-blank cell of the rows, once: the top-left of a merged area stands for it. */
function* ownCells(view: SheetView, from: number, to: number): Generator<{ r: number; c: number; text: string }> {
  for (let r = Math.max(from, 0); r < Math.min(to, view.rowCount); r++) {
    for (let c = 0; c < view.rowWidth(r); c++) {
      const text = cellText(view.cell(r, c));
      if (text !== "") yield { r, c, text };
    }
  }
}

const YEAR_LINE = /^[（(]?\s*((?:19|20)\d{2})\s*年度?\s*[)）]?$/;
const YEAR_IN_TITLE = /((?:19|20)\d{2})\s*年度/;
const isTitle = (text: string) => /自评|评价表|绩效/.test(text);

/** 评价年度 from "（2024年度）" under the title, or a title such as "2024年度项目支出绩效自评表" / "…(2022 年度)". */
export function yearFromTitle(view: SheetView, toRow: number): Cell | null {
  for (const { r, c, text } of ownCells(view, 0, toRow)) {
    const m = YEAR_LINE.exec(text) ?? (isTitle(text) ? YEAR_IN_TITLE.exec(text) : null);
    if (m) return cellAt(view, r, c, Number(m[1]));
  }
  return null;
}

/** 评价类型 from the title: 部门整体 (部门整体支出, 部门（单位）整体) or 项目支出. */
export function kindFromTitle(view: SheetView, toRow: number): Cell | null {
  for (const { r, c, text } of ownCells(view, 0, toRow)) {
    if (!isTitle(text) || text.length > 60) continue;
    const key = headerKey(text);
    if (/部门整体|单位整体|整体支出/.test(key)) return cellAt(view, r, c, "部门整体");
    if (/项目支出|项目绩效|项目自评/.test(key)) return cellAt(view, r, c, "项目支出");
  }
  return null;
}

const GOAL_LABELS = new Set(["年度总体目标", "总体目标", "年度绩效目标", "绩效目标", "年度目标"]);
const EXPECTED = new Set(["预期目标", "年度预期目标"]);
const DONE = new Set(["实际完成情况", "全年实际完成情况", "完成情况"]);
/** "年度目标1:(80分)", "年度绩效目标2（40分）": a goal block's label and weight, no text of its own. */
const GOAL_BLOCK = /^(年度)?(绩效|总体)?目标\s*([0-9一二三四五六七八九]*)\s*[:：]?\s*[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*[:：]?\s*/;

/**
 * 年度总体目标 as the 10号 form prints it: the label merged down at the left, 预期目标 and 实际完成情况 as headers
 * of the row, their texts in the cells below them. The 20 + 80 form writes "年度目标1:(80分)" and the text below.
 */
export function goalTexts(view: SheetView, from: number, to: number): Partial<Record<BasicLabel, Cell>> {
  const out: Partial<Record<BasicLabel, Cell>> = {};
  for (const { r, c } of ownCells(view, from, to)) {
    if (!GOAL_LABELS.has(headerKey(view.cell(r, c)))) continue;
    const area = view.mergeAt(r, c);
    const bottom = Math.min(area ? area.bottom : r, to - 1);
    const right = area ? area.right : c;
    let expectedCol = -1;
    let doneCol = -1;
    let headRow = -1;
    for (let k = right + 1; k < view.rowWidth(r); k++) {
      const key = headerKey(view.cell(r, k));
      if (EXPECTED.has(key)) expectedCol = k;
      else if (DONE.has(key)) doneCol = k;
    }
    if (expectedCol >= 0 || doneCol >= 0) headRow = r;
    if (headRow >= 0) {
      const below = (col: number) => {
        for (let q = headRow + 1; q <= Math.max(bottom, headRow + 1) && q < to; q++) {
          const text = cellText(view.merged(q, col));
          if (text !== "") return cellAt(view, q, col, view.merged(q, col));
        }
        return null;
      };
      const goal = expectedCol >= 0 ? below(expectedCol) : null;
      const done = doneCol >= 0 ? below(doneCol) : null;
      if (goal) out["年度绩效目标"] = goal;
      if (done) out["实际完成情况"] = done;
      return out;
    }
    // No 预期目标 / 实际完成情况 headers: the texts in the label's rows are the goals.
    const texts: string[] = [];
    let first: Cell | null = null;
    for (const cell of ownCells(view, r, bottom + 1)) {
      if (cell.c <= right) continue;
      const text = cell.text.replace(GOAL_BLOCK, "").trim();
      if (text === "") continue;
      texts.push(text);
      first ??= cellAt(view, cell.r, cell.c);
    }
    if (first) out["年度绩效目标"] = { ...first, raw: texts.join("\n"), text: texts.join("\n") };
    return out;
  }
  return out;
}

/** Σ of the goal blocks' weights: numbered blocks (年度绩效目标1(40分) + 2(40分)) add up; else one block's weight. */
export function goalWeight(view: SheetView, from: number, to: number): number | null {
  let numbered = 0;
  let any = false;
  let single: number | null = null;
  for (const { text } of ownCells(view, from, to)) {
    // Most cells of a large table are figures; only a cell naming a 目标 can be a goal block's label.
    if (!text.includes("目标")) continue;
    const m = GOAL_BLOCK.exec(text.replace(/\s+/g, ""));
    if (!m) continue;
    any = true;
    if (m[3]) numbered += Number(m[4]);
    else single = Math.max(single ?? 0, Number(m[4]));
  }
  if (!any) return null;
  return numbered > 0 ? numbered : single;
}

/** "产出指标(70分)" → 产出指标, 70; "(50分)" → "", 50; "产出指标" → itself, null. */
export function splitLevelWeight(text: string): { name: string; weight: number | null } {
  const m = /^(.*?)\s*[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*$/.exec(text);
  return m ? { name: m[1].trim(), weight: Number(m[2]) } : { name: text, weight: null };
}

/** A first-level name for a cell that printed only its weight, from the second level beneath it. */
export function level1Of(level2: string): string {
  const key = headerKey(level2);
  if (/数量|质量|时效|日效|成本/.test(key) && !/效益/.test(key)) return "产出指标";
  if (/效益|可持续|影响/.test(key)) return "效益指标";
  if (/满意/.test(key)) return "满意度指标";
  return "";
}

const NUMBERING = /^指标\s*[0-9０-９一二三四五六七八九十]+\s*[:：、.．]?\s*/;
const PLACEHOLDER_NAME = /^[\s…．.。·、/／\\\-—_]*$/;

/** "指标1:工程完工率" / "指标1工程完工率" → 工程完工率; a name that is only numbering keeps it. */
export function withoutNumbering(name: string): string {
  const rest = name.replace(NUMBERING, "").trim();
  return rest === "" || PLACEHOLDER_NAME.test(rest) ? name : rest;
}

/** The template's offer of another row ("指标2:", "……", "指标1:/"), left in the print: a name and nothing else. */
export function isTemplateName(name: string): boolean {
  return PLACEHOLDER_NAME.test(name.replace(NUMBERING, ""));
}

/** "/" and dashes strike a cell out in print. */
export const isStruckOut = (text: string) => /^[\s/／\\\-—–―─]*$/.test(text);

/** ☑ / R (Wingdings' ☑ copied as text) / □ ticks of 项目类别 and 项目属性: never a value. */
export const isTickOnly = (text: string) => text !== "" && /^[☑☐□■√✓✔✗×☒Rr\s]+$/.test(text);

const WEIGHT_IN_HEADER = /(\d+(?:\.\d+)?)\s*分(?![值数])/;
const YUAN = /[（(]\s*元\s*[)）]|单位\s*[:：]?\s*(人民币)?元(?![/／])/;
const WAN = /[（(]\s*万元\s*[)）]|单位\s*[:：]?\s*(人民币)?万元/;

/**
 * The money block's unit and execution weight as its headers print them: "项目资金（元）", "金额单位：元", "单位：万元"
 * (the header row first, then the lines above it, nearest first); "得分(20分*执行率)", "预算执行情况（万元）(20分)".
 */
export function fundForm(view: SheetView, headerRow: number, columns: Partial<Record<FundColumn, number>>): FundForm {
  let headerWeight: number | null = null;
  const scoreCol = columns.score;
  const headerTexts: { c: number; text: string }[] = [];
  for (let c = 0; c < view.rowWidth(headerRow); c++) headerTexts.push({ c, text: cellText(view.merged(headerRow, c)) });
  const weightSource = [...headerTexts.filter((h) => h.c === scoreCol), ...headerTexts.filter((h) => h.c !== scoreCol)];
  for (const { text } of weightSource) {
    const m = WEIGHT_IN_HEADER.exec(text);
    if (m && Number(m[1]) > 0 && Number(m[1]) <= 100) {
      headerWeight = Number(m[1]);
      break;
    }
  }
  const unitOf = (r: number, c: number, text: string): FundForm | null => {
    if (WAN.test(text)) return { amountUnit: "万元", amountUnitCell: cellAt(view, r, c, text), headerWeight };
    if (YUAN.test(text)) return { amountUnit: "元", amountUnitCell: cellAt(view, r, c, text), headerWeight };
    return null;
  };
  for (const { c, text } of headerTexts) {
    const found = unitOf(headerRow, c, text);
    if (found) return found;
  }
  for (let r = headerRow - 1; r >= 0; r--) {
    for (let c = 0; c < view.rowWidth(r); c++) {
      const found = unitOf(r, c, cellText(view.cell(r, c)));
      if (found) return found;
    }
  }
  return { amountUnit: "万元", amountUnitCell: null, headerWeight };
}
