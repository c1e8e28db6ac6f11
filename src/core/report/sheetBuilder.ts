import type { CellStyle, PlanCell, PlanContent, PlanMerge, SheetPlan, StyleName } from "./plan";

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
    this.put(row, col, value === null ? { kind: "blank" } : { kind: "number", value }, style);
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
        this.put(r, c, { kind: "blank" }, style);
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
  for (const ch of text) units += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1.1;
  return (units * fontSize) / 11;
}
