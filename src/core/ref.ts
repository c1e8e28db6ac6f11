/** Cell addresses as Excel shows them: 1-based row and column → "F7". */

export function columnLetter(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** A place in the workbook a finding can point at. `col` 0 means the whole row. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

export function refAddress(ref: CellRef | null | undefined): string {
  if (!ref || ref.row < 1) return "";
  return ref.col > 0 ? cellAddress(ref.row, ref.col) : `${ref.row}:${ref.row}`;
}
