/**
 * Writes a SheetPlan into Excel as planned by payload.ts: one `context.sync` per chunk, one chunk when the estimated
 * request is under the 4 MB budget. The ExcelJS gateway (src/hosts/xlsx/writePlan.ts) writes the same plan into
 * files; the two sheets match cell for cell in values, formulas, number formats, styles, merges and sizes.
 *
 * Only the report sheet is touched: APIs without undo support clear the user's undo stack, and a sheet of the user's
 * is not ours to format. The one workbook-level call is activating the report at the end.
 */
import { columnLetter } from "../../core/ref";
import type { CellStyle, SheetPlan } from "../../core/report/plan";
import type { ExcelFeatures } from "./features";
import { planWrite, type BandOp, type FinishOp, type SheetMode, type WriteChunk, type WriteOp } from "./payload";

export interface WriteResult {
  chunks: WriteChunk[];
}

const INCH = 72;

export async function writePlan(context: Excel.RequestContext, plan: SheetPlan, mode: SheetMode, features: ExcelFeatures): Promise<WriteResult> {
  const chunks = planWrite(plan, mode, features);
  for (const chunk of chunks) {
    // Both suspensions last until the next sync, so each chunk asks again; one call per sync, never in a loop.
    context.workbook.application.suspendApiCalculationUntilNextSync();
    if (features.api19) context.workbook.application.suspendScreenUpdatingUntilNextSync();
    const sheet = prepare(context, plan.name, chunk.prepare);
    for (const op of chunk.ops) apply(sheet, op);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk; a second chunk exists only past the 4 MB request budget
    await context.sync();
  }
  return { chunks };
}

/**
 * A new sheet, or the tool's own earlier report cleared for reuse. Reusing keeps the sheet's place and any reference
 * a user made to it (deleting it would turn such formulas into #REF!).
 */
function prepare(context: Excel.RequestContext, name: string, mode: SheetMode | null): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  if (mode === "add") return sheets.add(name);
  const sheet = sheets.getItem(name);
  if (mode === "reuse") {
    const all = sheet.getRange();
    all.unmerge();
    all.clear("All");
    all.format.useStandardHeight = true;
    all.format.useStandardWidth = true;
  }
  return sheet;
}

function apply(sheet: Excel.Worksheet, op: WriteOp): void {
  switch (op.kind) {
    case "columns":
      op.points.forEach((points, i) => {
        const letter = columnLetter(i + 1);
        sheet.getRange(`${letter}:${letter}`).format.columnWidth = points;
      });
      return;
    case "band":
      writeBand(sheet, op);
      return;
    case "style":
      for (const address of op.addresses) styleRange(op.areas ? sheet.getRanges(address) : sheet.getRange(address), op.style, op.inside, op.areas);
      return;
    case "merge":
      for (const address of op.addresses) sheet.getRange(address).merge(false);
      return;
    case "rowHeight":
      for (const address of op.addresses) (op.areas ? sheet.getRanges(address) : sheet.getRange(address)).format.rowHeight = op.height;
      return;
    case "finish":
      finish(sheet, op);
      return;
  }
}

/** Number formats before values, in the same batch: a string then lands in a Text cell and stays text (payload.ts). */
function writeBand(sheet: Excel.Worksheet, op: BandOp): void {
  const width = op.values[0]?.length ?? 0;
  if (!width) return;
  const range = sheet.getRangeByIndexes(op.top - 1, 0, op.values.length, width);
  range.numberFormat = op.numberFormat;
  range.values = op.values;
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
const INSIDE = ["InsideVertical", "InsideHorizontal"] as const;

function styleRange(range: Excel.Range | Excel.RangeAreas, style: CellStyle, inside: boolean, api19: boolean): void {
  const format = range.format;
  const f = style.font;
  if (f) {
    const font = format.font;
    if (f.name !== undefined) font.name = f.name;
    if (f.size !== undefined) font.size = f.size;
    if (f.bold !== undefined) font.bold = f.bold;
    if (f.color !== undefined) font.color = `#${f.color}`;
    if (f.underline !== undefined) font.underline = f.underline ? "Single" : "None";
  }
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.horizontal) format.horizontalAlignment = style.horizontal === "left" ? "Left" : style.horizontal === "center" ? "Center" : "Right";
  if (style.vertical) format.verticalAlignment = style.vertical === "top" ? "Top" : style.vertical === "middle" ? "Center" : "Bottom";
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  // indentLevel is ExcelApi 1.9 (RangeAreas are planned exactly where 1.9 is present); older Excel goes without it.
  if (style.indent !== undefined && api19) format.indentLevel = style.indent;
  if (style.border) {
    for (const edge of inside ? [...EDGES, ...INSIDE] : EDGES) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = "#000000";
    }
  }
}

function finish(sheet: Excel.Worksheet, op: FinishOp): void {
  if (op.frozenRows > 0) sheet.freezePanes.freezeRows(op.frozenRows);
  else if (op.unfreeze) sheet.freezePanes.unfreeze();
  sheet.showGridlines = op.showGridLines;
  const p = op.print;
  if (p) {
    const layout = sheet.pageLayout;
    layout.paperSize = "A4";
    layout.orientation = p.orientation === "portrait" ? "Portrait" : "Landscape";
    // Pages wide fixed and pages tall automatic (0), both said: a zoom that sets only horizontalFitToPages may not
    // apply (OfficeDev/office-js#1860). The pair is what Excel's own recorder writes for "fit all columns on one page".
    layout.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: 0 };
    layout.leftMargin = p.margins.left * INCH;
    layout.rightMargin = p.margins.right * INCH;
    layout.topMargin = p.margins.top * INCH;
    layout.bottomMargin = p.margins.bottom * INCH;
    layout.headerMargin = p.margins.header * INCH;
    layout.footerMargin = p.margins.footer * INCH;
    layout.centerHorizontally = p.horizontalCentered;
    if (p.printTitleRows) {
      const [first, last = first] = p.printTitleRows.split(":");
      layout.setPrintTitleRows(`$${first}:$${last}`);
    }
    if (p.footer) layout.headersFooters.defaultForAllPages.centerFooter = p.footer;
    if (p.printArea) layout.setPrintArea(p.printArea);
  }
  sheet.activate();
}
