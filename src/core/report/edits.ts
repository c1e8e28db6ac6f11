import { columnLetter } from "../ref";
import { cellText, significantText } from "../text";
import { LAST_COL } from "./layout";
import { REPORT_SHEET } from "./marker";
import type { PlanContent, SheetPlan } from "./plan";

/**
 * Telling the report the tool wrote from one the accountant has edited since. The report carries a fingerprint of what
 * it was written with (its own cell, outside the print area); a re-score compares it with the sheet as read, and an
 * edited report is kept under another name instead of being replaced. Pure: plans and grids in, answers out.
 *
 * The grid compared holds each cell's formula ("=ROUND(…)") where it has one and its value elsewhere — Office.js
 * `Range.formulas`, ExcelJS's `cell.formula` — so a recalculation (Excel, WPS or LibreOffice opening and saving the
 * file) changes nothing, while overwriting a computed cell with a number of one's own is an edit.
 */

export const FINGERPRINT_LABEL = "校验码（用于判断本表是否被修改，请勿改动）：";
/** Row 2, beside the marker: the first row every reader reads, and never part of a form. */
export const FINGERPRINT_ROW = 2;

/** Two columns right of the plan's last column, so the print area (the form) never includes it. */
export function fingerprintCol(plan: Pick<SheetPlan, "columnWidths">): number {
  return plan.columnWidths.length + 2;
}

/** One value as a spreadsheet gives it back: numbers to 12 significant digits (a written 0.95 reads back as 0.95). */
function normal(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? significantText(value, 12) : null;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return null;
  const text = String(value);
  return text === "" ? null : text;
}

function shown(content: PlanContent): unknown {
  switch (content.kind) {
    case "text":
      return content.text;
    case "number":
      return content.value;
    case "formula":
      return `=${content.formula}`;
    case "blank":
      return null;
  }
}

/**
 * FNV-1a over `${row},${col}=${value}\n` of each cell in row-major order, code point by code point, as 8 hex digits;
 * enough to notice a change, not a secret. Reports already written carry it, so the sum must stay exactly this one.
 * Fed cell by cell, piece by piece: a 100,000-indicator report has 2 million cells, and a string or tuple for each
 * of them cost more than the whole evaluation.
 */
class CellHash {
  private h = 0x811c9dc5;

  cell(row: number, col: number, value: string): void {
    this.feed(String(row));
    this.code(0x2c); // ","
    this.feed(String(col));
    this.code(0x3d); // "="
    this.feed(value);
    this.code(0x0a); // "\n"
  }

  digest(): string {
    return this.h.toString(16).padStart(8, "0");
  }

  private code(cp: number): void {
    this.h = Math.imul(this.h ^ cp, 0x01000193) >>> 0;
  }

  private feed(s: string): void {
    for (let i = 0; i < s.length; i++) {
      const cp = s.codePointAt(i)!;
      this.code(cp);
      if (cp > 0xffff) i++;
    }
  }
}

type PlanCell = SheetPlan["cells"][number];

/** The plan's cells in row-major order; a report plan is nearly so already, which the sort is quick on. */
function rowMajor(cells: readonly PlanCell[]): readonly PlanCell[] {
  for (let i = 1; i < cells.length; i++) {
    const a = cells[i - 1];
    const b = cells[i];
    if (b.row < a.row || (b.row === a.row && b.col < a.col)) return [...cells].sort((x, y) => x.row - y.row || x.col - y.col);
  }
  return cells;
}

/** The plan with its fingerprint cell added, and the print area kept to the form's columns. */
export function stampFingerprint(plan: SheetPlan): SheetPlan {
  const col = fingerprintCol(plan);
  const hash = new CellHash();
  let lastRow = 1;
  for (const cell of rowMajor(plan.cells)) {
    const v = normal(shown(cell.content));
    if (v !== null) hash.cell(cell.row, cell.col, v);
    if (cell.row > lastRow) lastRow = cell.row;
  }
  const stamp = `${FINGERPRINT_LABEL}${hash.digest()}`;
  return {
    ...plan,
    cells: [...plan.cells, { row: FINGERPRINT_ROW, col, content: { kind: "text", text: stamp }, style: "fingerprint" }],
    print: { ...plan.print, printArea: plan.print.printArea ?? `A1:${columnLetter(plan.columnWidths.length)}${lastRow}` },
  };
}

export type ReportState = "as-written" | "edited" | "unknown";

/**
 * Whether a tool report's grid (formulas or values, [r][c] 0-based) still holds what the tool wrote. "unknown" where it carries no
 * fingerprint (written by an older version, or the cell was cleared): it is then kept, since nothing may be lost.
 */
export function reportState(values: readonly (readonly unknown[])[], columns: number): ReportState {
  // Where this version puts it, else anywhere in its row: a report written before the form gained its J–M columns
  // carries it further left, and is still told as written.
  const stampRow = values[FINGERPRINT_ROW - 1] ?? [];
  const own = cellText(stampRow[columns + 1]).startsWith(FINGERPRINT_LABEL) ? columns + 2 : stampRow.findIndex((v) => cellText(v).startsWith(FINGERPRINT_LABEL)) + 1;
  if (own < 1) return "unknown";
  const col = own;
  const stamp = cellText(stampRow[col - 1]);
  // A grid is row-major by its shape.
  const hash = new CellHash();
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (r === FINGERPRINT_ROW - 1 && c === col - 1) return;
      const v = normal(value);
      if (v !== null) hash.cell(r + 1, c + 1, v);
    }),
  );
  return hash.digest() === stamp.slice(FINGERPRINT_LABEL.length) ? "as-written" : "edited";
}

/** 「自评报告（修改前）」, or （修改前2）, （修改前3）… — the first name no sheet has (Excel's 31-character limit kept). */
export function keptReportName(sheet: string, existing: ReadonlySet<string>): string {
  const base = sheet === REPORT_SHEET ? REPORT_SHEET : sheet;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "（修改前）" : `（修改前${n}）`;
    const name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (![...existing].some((e) => e.toLowerCase() === name.toLowerCase())) return name;
  }
}

/** What the pane and the command line say when an edited report was kept. */
export function keptReportNote(sheet: string, kept: string, state: ReportState): string {
  return state === "edited"
    ? `“${sheet}”表在上次生成后被修改过，已保留为“${kept}”，新的自评报告写入“${sheet}”。`
    : `“${sheet}”表无法判断是否被修改过（由旧版本生成），已保留为“${kept}”，新的自评报告写入“${sheet}”。`;
}

/**
 * The one decision a writer asks for before it replaces its earlier report: null to replace it, or the name to keep
 * it under and the sentence saying so. `values` is the earlier report's grid as read.
 */
export function keepEditedReport(sheet: string, values: readonly (readonly unknown[])[], existing: ReadonlySet<string>): { keep: string; note: string } | null {
  const state = reportState(values, LAST_COL);
  if (state === "as-written") return null;
  const keep = keptReportName(sheet, existing);
  return { keep, note: keptReportNote(sheet, keep, state) };
}
