import type { CellStyle, PlanCell, PlanContent, PlanMerge, SheetPlan, StyleName } from "./plan";

/** Every blank cell shares one content: a large report has more than a million of them. */
const BLANK: PlanContent = Object.freeze({ kind: "blank" });

/**
 * Lays a sheet plan out row by row. It also estimates the height a row of wrapped Chinese text needs, because neither
 * ExcelJS nor LibreOffice fits row heights to merged cells by themselves.
 */
export class SheetBuilder {
  readonly cells: PlanCell[] = [];
  readonly merges: PlanMerge[] = [];
  readonly rowHeights: Record<number, number> = {};
  row = 1;

  constructor(
    readonly columnWidths: number[],
    readonly styles: Record<StyleName, CellStyle>,
  ) {}

  put(row: number, col: number, content: PlanContent, style?: StyleName): void {
    this.cells.push({ row, col, content, style });
  }

  text(row: number, col: number, text: string, style?: StyleName): void {
    this.put(row, col, { kind: "text", text }, style);
  }

  number(row: number, col: number, value: number | null, style?: StyleName): void {
    this.put(row, col, value === null ? BLANK : { kind: "number", value }, style);
  }

  formula(row: number, col: number, formula: string, cached: number | string, style?: StyleName): void {
    this.put(row, col, { kind: "formula", formula, cached }, style);
  }

  /** Merges a block and gives every cell of it the style, so borders are drawn all round. */
  merge(top: number, left: number, bottom: number, right: number, style?: StyleName): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
    if (!style) return;
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        if (r === top && c === left) continue;
        this.put(r, c, BLANK, style);
      }
    }
  }

  /** The height a wrapped text needs in a block of the given columns, at the style's font size. */
  fit(row: number, text: string, left: number, right: number, fontSize = 10, minHeight = 18): void {
    let width = 0;
    for (let c = left; c <= right; c++) width += this.columnWidths[c - 1] ?? 8.43;
    // A line of CJK text breaks before the character that does not fit, so up to one character (2 units) of each line
    // stays empty; and LibreOffice's fallback CJK fonts set lines about 1.5 × the size apart, wider than Excel's 宋体.
    const usable = Math.max(width - 2, 1);
    const lines = text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line, fontSize) / usable)), 0);
    const height = Math.max(minHeight, Math.ceil(lines * fontSize * 1.5 + 4));
    this.rowHeights[row] = Math.max(this.rowHeights[row] ?? 0, height);
  }

  build(name: string, rest: Omit<SheetPlan, "name" | "cells" | "merges" | "styles" | "columnWidths" | "rowHeights">): SheetPlan {
    return { name, cells: this.cells, merges: this.merges, styles: this.styles, columnWidths: this.columnWidths, rowHeights: this.rowHeights, ...rest };
  }
}

/** Width in Excel character units (the width of "0" at 11pt): a CJK character is about two, scaled by font size. */
export function displayWidth(text: string, fontSize = 11): number {
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one character outside these blocks.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    units += isWide(code) ? 2 : 1.1;
  }
  return (units * fontSize) / 11;
}

/** Hangul Jamo, CJK and Yi, Hangul syllables, compatibility ideographs and forms, full-width forms. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}
