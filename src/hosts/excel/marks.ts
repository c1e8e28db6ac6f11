/**
 * Marking finding cells without touching them: a conditional format whose rule is an always-true formula carrying a
 * recognisable text, with a fill. Values, number formats and the user's own fills stay as they are (a conditional
 * format only overlays them), and the marks are found again by their formula, so clearing works after a reload.
 */
import type { Finding } from "../../core/model/finding";
import { parseAreas, cellCount, MAX_COLS } from "./address";
import type { ExcelFeatures } from "./features";
import { joinAddresses } from "./payload";

export const MARK_TAG = "绩效自评助手标记";
/** ISTEXT of a constant is always TRUE; the constant is how the mark is recognised. */
export const MARK_FORMULA = `=ISTEXT("${MARK_TAG}")`;
export const MARK_FILL = "#FFC7CE";

export function isMarkFormula(formula: unknown): boolean {
  return typeof formula === "string" && formula.includes(MARK_TAG);
}

/** The places to mark per sheet: the cell, else the whole row; a finding about a whole sheet is not marked. */
export function markPlaces(findings: readonly Finding[]): Map<string, string[]> {
  const bySheet = new Map<string, Set<string>>();
  for (const f of findings) {
    const address = f.cell || (f.row ? `${f.row}:${f.row}` : "");
    if (!address) continue;
    const set = bySheet.get(f.sheet) ?? new Set<string>();
    set.add(address);
    bySheet.set(f.sheet, set);
  }
  return new Map([...bySheet].map(([sheet, set]) => [sheet, [...set]]));
}

/** Cells a mark covers, a whole row counting once (it marks one line of the table). */
export function markedCount(address: string): number {
  return parseAreas(address).reduce((n, r) => n + (r.left === 0 && r.right === MAX_COLS - 1 ? r.bottom - r.top + 1 : cellCount(r)), 0);
}

interface SheetMarks {
  sheet: Excel.Worksheet;
  formats: Excel.ConditionalFormatCollection;
}

/** Sync 1: the sheets; sync 2: their conditional formats. Only sheets in `only` (when given) are looked at. */
async function loadMarks(context: Excel.RequestContext, only?: ReadonlySet<string>): Promise<Map<string, SheetMarks>> {
  const collection = context.workbook.worksheets;
  collection.load("items/name");
  await context.sync();
  const result = new Map<string, SheetMarks>();
  for (const sheet of collection.items) {
    if (only && !only.has(sheet.name)) continue;
    const formats = sheet.getRange().conditionalFormats;
    formats.load("items/type, items/customOrNullObject/rule/formula");
    result.set(sheet.name, { sheet, formats });
  }
  await context.sync();
  return result;
}

function ours(formats: Excel.ConditionalFormatCollection): Excel.ConditionalFormat[] {
  return formats.items.filter((cf) => cf.type === "Custom" && !cf.customOrNullObject.isNullObject && isMarkFormula(cf.customOrNullObject.rule.formula));
}

/** Replaces earlier marks with marks on the findings' cells: three syncs. Returns how many places were marked. */
export async function markInContext(context: Excel.RequestContext, findings: readonly Finding[], features: ExcelFeatures): Promise<number> {
  const places = markPlaces(findings);
  const sheets = await loadMarks(context);
  let marked = 0;
  for (const [name, { sheet, formats }] of sheets) {
    for (const cf of ours(formats)) cf.delete();
    const addresses = places.get(name);
    if (!addresses) continue;
    // One conditional format per getRanges call where RangeAreas exist (ExcelApi 1.9), one per place without them.
    const targets = features.api19 ? joinAddresses(addresses).map((a) => sheet.getRanges(a)) : addresses.map((a) => sheet.getRange(a));
    for (const target of targets) {
      const cf = target.conditionalFormats.add("Custom");
      cf.custom.rule.formula = MARK_FORMULA;
      cf.custom.format.fill.color = MARK_FILL;
    }
    marked += addresses.reduce((n, a) => n + markedCount(a), 0);
  }
  await context.sync();
  return marked;
}

/**
 * Deletes exactly the conditional formats markInContext added, found by their formula: three syncs.
 *
 * With ExcelApi 1.9 all marks on a sheet are one conditional format over a RangeAreas, and the reference says
 * ConditionalFormat.getRange() "throws an error if the conditional format is applied to multiple ranges": the whole
 * batch would fail and the marks stay. getRanges() (1.9) answers for any number of areas; without 1.9 every mark was
 * added over one rectangle, and getRangeOrNullObject() (1.6) reads it without risking the batch.
 */
export async function clearInContext(context: Excel.RequestContext, features: ExcelFeatures): Promise<number> {
  const sheets = await loadMarks(context);
  const covered: { address: string; isNullObject: boolean }[] = [];
  for (const { formats } of sheets.values()) {
    for (const cf of ours(formats)) {
      // Loaded before the delete in the same batch: Excel runs the queue in order.
      const range = features.api19 ? cf.getRanges() : cf.getRangeOrNullObject();
      range.load("address");
      covered.push(range);
      cf.delete();
    }
  }
  if (!covered.length) return 0;
  await context.sync();
  // A null object (a multi-area mark met by an Excel without 1.9) is still deleted; only its cells go uncounted.
  return covered.reduce((n, r) => n + (!features.api19 && r.isNullObject ? 0 : markedCount(r.address)), 0);
}
