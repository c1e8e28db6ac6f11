/** "AB12" → 0-based column and row; null for anything else. Hand-rolled because it runs once per cell. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20; // lower-case letters and upper-case alike
    if (code < 0x61 || code > 0x7a || ref.charCodeAt(i) === 0x24) break;
    col = col * 26 + (code - 0x60);
  }
  if (i === 0 || i > 3) return null;
  let row = 0;
  let digits = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return null;
    row = row * 10 + (code - 0x30);
    digits++;
  }
  if (digits === 0 || row === 0) return null;
  return { row: row - 1, col: col - 1 };
}
