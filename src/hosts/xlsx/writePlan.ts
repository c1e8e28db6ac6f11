import type ExcelJS from "exceljs";
import type { CellStyle, PlanContent, SheetPlan } from "../../core/report/plan";

const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };

function cellValue(content: PlanContent): ExcelJS.CellValue {
  switch (content.kind) {
    // ExcelJS stores a string as a shared string, never parsing it: "=HYPERLINK(…)" typed by a user stays text.
    case "text":
      return content.text;
    case "number":
      return content.value;
    case "formula":
      return { formula: content.formula, result: content.cached } as ExcelJS.CellFormulaValue;
    case "blank":
      return null;
  }
}

/**
 * A plan style as one ExcelJS style object. Every cell of that style shares the object: built per cell, the fonts,
 * fills and borders of a 100,000-indicator report were millions of small objects and most of its memory. ExcelJS only
 * reads a cell's style when it writes (its style manager dedupes them), so sharing is safe.
 */
function toExcelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.font) {
    const f = style.font;
    out.font = { name: f.name, size: f.size, bold: f.bold, underline: f.underline, color: f.color ? { argb: argb(f.color) } : undefined };
  }
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  out.alignment = { horizontal: style.horizontal, vertical: style.vertical, wrapText: style.wrap, indent: style.indent };
  if (style.numberFormat) out.numFmt = style.numberFormat;
  if (style.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return out;
}

/**
 * ExcelJS's mergeCells compares each new area with every area merged before it, so a report of 10,000 indicators (a
 * few merges per row) spent most of its time there, and 100,000 took the better part of an hour. The plan's areas never
 * overlap (test/hosts/xlsx/writePlan.test.ts), so each is merged against an empty index and the index is put back whole.
 * `_merges` is ExcelJS's own map of master address → area, the one its writer reads.
 */
function mergeAll(ws: ExcelJS.Worksheet, merges: SheetPlan["merges"]): void {
  const internal = ws as unknown as { _merges: Record<string, unknown> };
  const all = internal._merges;
  try {
    for (const m of merges) {
      internal._merges = {};
      ws.mergeCells(m.top, m.left, m.bottom, m.right);
      Object.assign(all, internal._merges);
    }
  } finally {
    internal._merges = all;
  }
}

/** Writes a sheet plan into an empty ExcelJS worksheet: values and formulas, merges, styles, sizes, print setup. */
export function applyPlan(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  plan.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const { row, col, content } of plan.cells) ws.getCell(row, col).value = cellValue(content);
  mergeAll(ws, plan.merges);
  const styles = new Map(Object.entries(plan.styles).map(([name, style]) => [name, toExcelStyle(style)]));
  for (const { row, col, style } of plan.cells) {
    const s = style ? styles.get(style) : undefined;
    if (s) ws.getCell(row, col).style = s;
  }
  for (const [row, height] of Object.entries(plan.rowHeights)) ws.getRow(Number(row)).height = height;

  const p = plan.print;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: 0,
    horizontalCentered: p.horizontalCentered,
    margins: p.margins,
    printTitlesRow: p.printTitleRows,
    ...(p.printArea ? { printArea: p.printArea } : {}),
  };
  if (p.footer) ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${p.footer}` };
  ws.views = [plan.frozenRows > 0 ? { state: "frozen", ySplit: plan.frozenRows, showGridLines: plan.showGridLines } : { showGridLines: plan.showGridLines }];
}
