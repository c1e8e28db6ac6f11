import type { SheetGrid, WorkbookGrids } from "../../src/core/grid";

/** "F5" → [4, 5]: 0-based row and column of an A1 address. */
export function at(address: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`not an address: ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
}

/** The sheet with number format codes on the given cells, as a file reader or Office.js `numberFormat` gives them. */
export function formatted(grid: SheetGrid, codes: Record<string, string>): SheetGrid {
  const formats: (string | null)[][] = grid.values.map((r) => r.map(() => null));
  for (const [address, code] of Object.entries(codes)) {
    const [r, c] = at(address);
    while (formats.length <= r) formats.push([]);
    formats[r][c] = code;
  }
  return { ...grid, formats };
}

/** The workbook with formats on cells of its named sheets: { 绩效指标: { F5: "0%" } }. */
export function withFormats(wb: WorkbookGrids, codes: Record<string, Record<string, string>>): WorkbookGrids {
  return { ...wb, sheets: wb.sheets.map((s) => (codes[s.name] ? formatted(s, codes[s.name]) : s)) };
}

/** The workbook with formula cells marked as having no trustworthy result. */
export function withUntrusted(wb: WorkbookGrids, sheetName: string, addresses: string[], reason: "no-result" | "full-calc-on-load" = "no-result"): WorkbookGrids {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => (s.name === sheetName ? { ...s, untrustedFormulas: addresses.map((a) => ({ row: at(a)[0], col: at(a)[1], reason })) } : s)),
  };
}
