/**
 * A SheetPlan as the requests Office.js will send, and how big they are: pure, so the chunking is decided and tested
 * without Excel.
 *
 * Excel on the web refuses a request over 5 MB (RequestPayloadSizeLimitExceeded). The estimate below models the JSON of
 * a batch: every value, formula and number-format string as UTF-8 bytes of its JSON form, every array's brackets and
 * commas, and a fixed charge per proxy object and per action. Office.js serialises an action as about 80–120 bytes
 * ({"Id":…,"ActionType":…,"Name":"…","ObjectPathId":…,"ArgumentInfo":{…}}) and an object path similarly; we charge
 * 160 for each, about one and a half times that, and CJK text at its full 3 UTF-8 bytes. Chunks are then filled to a
 * 4 MB budget, leaving a further 20% of the 5 MB limit unused. The test's fake Excel measures the same batches its own
 * way and checks the estimate is never below it.
 */
import type { CellStyle, PlanCell, SheetPlan } from "../../core/report/plan";
import { columnLetter } from "../../core/ref";
import type { ExcelFeatures } from "./features";

export const REQUEST_LIMIT_BYTES = 5_000_000;
export const SAFE_REQUEST_BYTES = 4_000_000;
export const OBJECT_BYTES = 160;
export const ACTION_BYTES = 160;
/** Worksheet.getRanges takes an address of at most 8,192 characters. */
export const MAX_AREAS_ADDRESS = 8_000;

/**
 * Column widths: the plan gives Excel character units (the width of "0" in the workbook's default font), Office.js
 * takes points. Excel's rule is pixels = width × digit width + 5 px padding; the default font of Chinese Excel (等线 or
 * 宋体, 11 pt) has an 8-pixel digit, which is why its default column reads "8.38 (72 像素)". At 96 dpi a pixel is 0.75 pt.
 */
export const DIGIT_PIXELS = 8;
export function widthToPoints(characters: number): number {
  return Math.round((characters * DIGIT_PIXELS + 5) * 0.75 * 100) / 100;
}

export type BandValue = string | number;

/** Rows top..top+values.length-1 (1-based), columns A onwards: number formats first, then values (see textFormat). */
export interface BandOp {
  kind: "band";
  top: number;
  numberFormat: string[][];
  values: BandValue[][];
}

export interface StyleOp {
  kind: "style";
  style: CellStyle;
  /** Comma-joined addresses for one Worksheet.getRanges call (ExcelApi 1.9), or one rectangle each without it. */
  addresses: string[];
  areas: boolean;
  /** Inside borders too: false for single cells, where Excel has no inside edge. */
  inside: boolean;
}

export interface MergeOp {
  kind: "merge";
  addresses: string[];
}

export interface RowHeightOp {
  kind: "rowHeight";
  height: number;
  addresses: string[];
  areas: boolean;
}

export interface ColumnsOp {
  kind: "columns";
  points: number[];
}

export interface FinishOp {
  kind: "finish";
  frozenRows: number;
  showGridLines: boolean;
  print: SheetPlan["print"] | null;
  unfreeze: boolean;
}

export type WriteOp = BandOp | StyleOp | MergeOp | RowHeightOp | ColumnsOp | FinishOp;

export type SheetMode = "add" | "reuse";

export interface WriteChunk {
  /** Only the first chunk creates or clears the sheet; later ones find it by name. */
  prepare: SheetMode | null;
  ops: WriteOp[];
  bytes: number;
}

// ---- sizes -------------------------------------------------------------------------------------------------------

export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** One value as JSON: a string with its quotes and escapes, a number as its digits. */
export function jsonBytes(v: BandValue): number {
  return typeof v === "number" ? String(v).length : utf8Bytes(JSON.stringify(v));
}

function rowBytes(row: readonly BandValue[]): number {
  let n = 2 + row.length; // brackets, commas (one spare), and the comma after the row
  for (const v of row) n += jsonBytes(v);
  return n;
}

const calls = (objects: number, actions: number) => objects * OBJECT_BYTES + actions * ACTION_BYTES;

function styleActions(style: CellStyle, inside: boolean): { objects: number; actions: number } {
  let objects = 2; // the range (or RangeAreas) and its format
  let actions = 0;
  const f = style.font;
  if (f) {
    objects++;
    actions += [f.name, f.size, f.bold, f.color, f.underline].filter((x) => x !== undefined).length;
  }
  if (style.fill) {
    objects++;
    actions++;
  }
  actions += [style.horizontal, style.vertical, style.wrap, style.indent].filter((x) => x !== undefined).length;
  if (style.border) {
    const edges = inside ? 6 : 4;
    objects += 1 + edges;
    actions += edges * 3;
  }
  return { objects, actions };
}

export function opBytes(op: WriteOp): number {
  switch (op.kind) {
    case "band": {
      let n = calls(1, 2) + 4;
      for (const row of op.numberFormat) n += rowBytes(row);
      for (const row of op.values) n += rowBytes(row);
      return n;
    }
    case "style": {
      const { objects, actions } = styleActions(op.style, op.inside);
      const text = op.addresses.reduce((s, a) => s + utf8Bytes(a) + 2, 0);
      return op.addresses.length * calls(objects, actions) + text;
    }
    case "merge":
      return op.addresses.reduce((s, a) => s + calls(1, 1) + utf8Bytes(a) + 2, 0);
    case "rowHeight":
      return op.addresses.reduce((s, a) => s + calls(2, 1) + utf8Bytes(a) + 2, 0);
    case "columns":
      return op.points.length * calls(2, 1);
    case "finish":
      // freeze panes, gridlines, activate; print: 11 page-layout settings, the footer's objects, the title rows
      return calls(2, 3) + (op.print ? calls(3, 12) + utf8Bytes(op.print.footer ?? "") + 16 : 0);
  }
}

/** The sheet proxy (add or getItem), a clear and reset where it is reused, and the two suspend calls of every batch. */
export function chunkOverhead(prepare: SheetMode | null, sheetName: string): number {
  const name = utf8Bytes(sheetName) + 2;
  const reset = prepare === "reuse" ? calls(3, 4) : 0;
  return calls(2, 3) + name + reset;
}

// ---- cells -------------------------------------------------------------------------------------------------------

/**
 * The number format a cell is written with. Text is written into cells formatted "@" (set before the value in the same
 * batch), because Office.js parses a string written through `values` as if typed: "=…", "+1", "-2" and "@SUM(…)"
 * would become formulas and "1,200", "95%" or "2024-1-2" numbers or dates; in a Text cell Excel keeps any string as
 * typed, with no character added to it (a leading apostrophe would work too, but only by guessing which strings Excel
 * would parse, and that guess depends on the user's locale). A number or formula never goes into a "@" cell (a formula
 * there would stay text and not calculate), so it keeps its style's format, "General" where the style says "@".
 */
export function cellFormat(cell: PlanCell | undefined, style: CellStyle | undefined): string {
  const styled = style?.numberFormat ?? "General";
  if (!cell) return styled;
  switch (cell.content.kind) {
    case "text":
      return cell.content.text === "" ? styled : "@";
    case "number":
    case "formula":
      return styled === "@" ? "General" : styled;
    case "blank":
      return styled;
  }
}

export function cellValue(cell: PlanCell | undefined): BandValue {
  if (!cell) return "";
  const c = cell.content;
  switch (c.kind) {
    case "text":
      return c.text;
    case "number":
      return c.value;
    case "formula":
      return `=${c.formula}`;
    case "blank":
      return "";
  }
}

/** The plan's cells as rows of [format, value], A to the last column used. */
function gridOfPlan(plan: SheetPlan): { width: number; height: number; at: Map<number, PlanCell[]> } {
  let width = plan.columnWidths.length;
  let height = 0;
  const at = new Map<number, PlanCell[]>();
  for (const cell of plan.cells) {
    width = Math.max(width, cell.col);
    height = Math.max(height, cell.row);
    const row = at.get(cell.row) ?? [];
    // A later cell at the same place wins, as it would in ExcelJS.
    row[cell.col - 1] = cell;
    at.set(cell.row, row);
  }
  return { width, height, at };
}

function bandRow(plan: SheetPlan, cells: PlanCell[] | undefined, width: number): { formats: string[]; values: BandValue[] } {
  const formats: string[] = [];
  const values: BandValue[] = [];
  for (let c = 0; c < width; c++) {
    const cell = cells?.[c];
    const style = cell?.style ? plan.styles[cell.style] : undefined;
    formats.push(cellFormat(cell, style));
    values.push(cellValue(cell));
  }
  return { formats, values };
}

// ---- rectangles --------------------------------------------------------------------------------------------------

export interface Block {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Cells (1-based) joined into rectangles: runs along each row, then identical runs on consecutive rows stacked. */
export function rectanglesOf(cells: readonly { row: number; col: number }[]): Block[] {
  const byRow = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const list = byRow.get(row) ?? [];
    list.push(col);
    byRow.set(row, list);
  }
  const done: Block[] = [];
  let open = new Map<string, Block>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const next = new Map<string, Block>();
    for (let i = 0; i < cols.length; ) {
      let j = i;
      while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
      const key = `${cols[i]}:${cols[j]}`;
      const prev = open.get(key);
      if (prev && prev.bottom === row - 1) {
        prev.bottom = row;
        next.set(key, prev);
        open.delete(key);
      } else next.set(key, { top: row, left: cols[i], bottom: row, right: cols[j] });
      i = j + 1;
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

export function blockAddress(b: Block): string {
  const a = `${columnLetter(b.left)}${b.top}`;
  return b.top === b.bottom && b.left === b.right ? a : `${a}:${columnLetter(b.right)}${b.bottom}`;
}

/** Addresses joined with commas into strings that fit one getRanges call. */
export function joinAddresses(addresses: readonly string[], max = MAX_AREAS_ADDRESS): string[] {
  const out: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > max) {
      out.push(current);
      current = "";
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) out.push(current);
  return out;
}

// ---- the ops -----------------------------------------------------------------------------------------------------

function styleOps(plan: SheetPlan, features: ExcelFeatures): StyleOp[] {
  const byStyle = new Map<string, { row: number; col: number }[]>();
  for (const cell of plan.cells) {
    if (!cell.style || !plan.styles[cell.style]) continue;
    const list = byStyle.get(cell.style) ?? [];
    list.push(cell);
    byStyle.set(cell.style, list);
  }
  const ops: StyleOp[] = [];
  for (const [name, cells] of byStyle) {
    const style = plan.styles[name];
    const blocks = rectanglesOf(cells);
    for (const inside of [false, true]) {
      const group = blocks.filter((b) => (b.top !== b.bottom || b.left !== b.right) === inside).map(blockAddress);
      if (!group.length) continue;
      const addresses = features.api19 ? joinAddresses(group) : group;
      // Without border the split into single and multi-cell blocks changes nothing; it only keeps inside edges valid.
      ops.push({ kind: "style", style, addresses, areas: features.api19, inside: inside && !!style.border });
    }
  }
  return ops;
}

function rowHeightOps(plan: SheetPlan, features: ExcelFeatures): RowHeightOp[] {
  const byHeight = new Map<number, number[]>();
  for (const [row, height] of Object.entries(plan.rowHeights)) {
    const list = byHeight.get(height) ?? [];
    list.push(Number(row));
    byHeight.set(height, list);
  }
  const ops: RowHeightOp[] = [];
  for (const [height, rows] of byHeight) {
    rows.sort((a, b) => a - b);
    const runs: string[] = [];
    for (let i = 0; i < rows.length; ) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
      runs.push(`${rows[i]}:${rows[j]}`);
      i = j + 1;
    }
    ops.push({ kind: "rowHeight", height, addresses: features.api19 ? joinAddresses(runs) : runs, areas: features.api19 });
  }
  return ops;
}

/**
 * The whole write as chunks, each one `context.sync` and each under `budget` bytes by the estimate. Row bands are cut
 * where the next row would not fit, so a chunk is full to within one row; the rest (styles, merges, heights, print
 * setup, activation) follows the values, in any chunk, since none of it depends on the order.
 */
export function planWrite(plan: SheetPlan, mode: SheetMode, features: ExcelFeatures, budget = SAFE_REQUEST_BYTES): WriteChunk[] {
  const chunks: WriteChunk[] = [];
  let current: WriteChunk = { prepare: mode, ops: [], bytes: chunkOverhead(mode, plan.name) };
  const room = () => budget - current.bytes;
  const next = () => {
    chunks.push(current);
    current = { prepare: null, ops: [], bytes: chunkOverhead(null, plan.name) };
  };
  const add = (op: WriteOp) => {
    const size = opBytes(op);
    if (size > room() && current.ops.length) next();
    current.ops.push(op);
    current.bytes += size;
  };

  add({ kind: "columns", points: plan.columnWidths.map(widthToPoints) });

  const { width, height, at } = gridOfPlan(plan);
  const bandOverhead = calls(1, 2) + 4;
  let band: BandOp | null = null;
  for (let r = 1; r <= height; r++) {
    const { formats, values } = bandRow(plan, at.get(r), width);
    const size = rowBytes(formats) + rowBytes(values);
    if (size + (band ? 0 : bandOverhead) > room() && current.ops.length) {
      band = null;
      next();
    }
    if (!band) {
      band = { kind: "band", top: r, numberFormat: [], values: [] };
      current.ops.push(band);
      current.bytes += bandOverhead;
    }
    band.numberFormat.push(formats);
    band.values.push(values);
    current.bytes += size;
  }

  const rest: (StyleOp | MergeOp | RowHeightOp)[] = [
    ...styleOps(plan, features),
    { kind: "merge", addresses: plan.merges.map(blockAddress) },
    ...rowHeightOps(plan, features),
  ];
  // Address by address, so a long list of merges or styled blocks fills each chunk before the next is started.
  for (const op of rest) {
    let part = { ...op, addresses: [] as string[] };
    let partBytes = 0;
    for (const address of op.addresses) {
      const one = opBytes({ ...op, addresses: [address] });
      if (partBytes + one > room() && (part.addresses.length || current.ops.length)) {
        if (part.addresses.length) {
          current.ops.push(part);
          current.bytes += partBytes;
        }
        next();
        part = { ...op, addresses: [] };
        partBytes = 0;
      }
      part.addresses.push(address);
      partBytes += one;
    }
    if (part.addresses.length) {
      current.ops.push(part);
      current.bytes += partBytes;
    }
  }
  add({ kind: "finish", frozenRows: plan.frozenRows, showGridLines: plan.showGridLines, print: features.api19 ? plan.print : null, unfreeze: mode === "reuse" });
  chunks.push(current);
  return chunks;
}
