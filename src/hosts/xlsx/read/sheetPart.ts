import type { CellValue, MergeArea, SheetGrid } from "../../../core/grid";
import { parseRangeRef } from "../rangeRef";
import { parseCellRef } from "./cellRef";
import { blankCellDropper } from "./blankCells";
import { isoFormat, isoToSerial } from "./dates";
import { detached, parseXml } from "./xml";

/** What a sheet is read with: the workbook's shared parts. */
export interface SheetContext {
  sharedStrings: readonly string[];
  /** Number format code by cell style index; null = General. */
  cellFormats: readonly (string | null)[];
  date1904: boolean;
  fullCalcOnLoad: boolean;
  /**
   * Give a formula cell as "=" + its formula, as Office.js `Range.formulas` does, instead of its stored result: how the
   * tool tells its own report from one edited since (src/core/report/edits.ts). A shared formula's dependent cells
   * carry no text of their own and keep their value, which reads as an edit: the safe side.
   */
  formulasAsText?: boolean;
}

/**
 * Above this many cells the grid is left ragged (each row ends at its own last value) instead of padded to a rectangle:
 * one stray value far to the right must not multiply into millions of nulls. Excel on the web caps a read at 5,000,000
 * cells, so the Office.js gateway never hands the core anything bigger either.
 */
const MAX_RECTANGLE_CELLS = 5_000_000;

/**
 * Sheets larger than this are rid of their blank cells before parsing (blankCells.ts). A million formatted empty rows
 * make 30 MB or more; the largest real tables (100,000 indicators) about 48 MB, where the filter costs a tenth of the
 * parse — below this size it would cost more than it saves.
 */
const FILTER_ABOVE_BYTES = 16 * 1024 * 1024;

type Untrusted = NonNullable<SheetGrid["untrustedFormulas"]>[number];

interface Row {
  values: CellValue[];
  formats: (string | null)[] | null;
  /** 0-based column after the last cell that holds something. */
  end: number;
}

/**
 * One worksheet part, streamed, as the core sees it: values from A1 to the last cell that holds something, each with
 * its number format code; merged values in the top-left cell only (a file stores them there). A row or cell that holds
 * only formatting costs a few comparisons and no memory, so a million formatted empty rows are no burden.
 */
export function readSheetPart(bytes: Uint8Array, name: string, hidden: boolean, ctx: SheetContext): SheetGrid {
  const rows: Row[] = [];
  const untrusted: Untrusted[] = [];
  const hiddenRowList: number[] = [];
  const hiddenColRanges: [number, number][] = [];
  const merges: MergeArea[] = [];
  let height = 0;
  let width = 0;

  let rowIndex = -1;
  let colIndex = -1;
  // The cell being read.
  let type = "";
  let style = 0;
  let hasFormula = false;
  let formulaText = "";
  let value: string | null = null;
  let inline: string[] | null = null;
  // Which text is being collected: <v>, <f>, or an inline string's <t>.
  let collecting: "v" | "f" | "t" | null = null;
  let phonetic = 0;
  let inCell = false;
  let root: string | null = null;

  const finishCell = () => {
    inCell = false;
    const row = rowIndex;
    const col = colIndex;
    if (row < 0 || col < 0) return;
    let format = ctx.cellFormats[style] ?? null;
    let cell: CellValue = null;
    const image = hasFormula ? /DISPIMG\(/i.test(formulaText) : value !== null && /^=?_?(xlfn\.)?DISPIMG\(/i.test(value);
    if (!image) {
      if (inline !== null) cell = detached(inline.join(""));
      else if (value !== null) {
        switch (type) {
          case "s": {
            const text = ctx.sharedStrings[Number(value)];
            cell = text === undefined ? null : text;
            break;
          }
          case "str":
          case "inlineStr":
            cell = detached(value);
            break;
          case "b":
            cell = value.trim() === "1" || value.trim().toLowerCase() === "true";
            break;
          case "e":
            cell = { error: value.trim() };
            break;
          case "d": {
            cell = isoToSerial(value, ctx.date1904);
            if (cell !== null && format === null) format = isoFormat(value);
            break;
          }
          default: {
            const text = value.trim();
            const n = text === "" ? NaN : Number(text);
            cell = Number.isFinite(n) ? n : null;
          }
        }
      }
    }
    if (ctx.formulasAsText && hasFormula && formulaText !== "") cell = detached(`=${formulaText}`);
    let occupied = cell !== null && !(typeof cell === "string" && cell.trim() === "");
    // A WPS cell picture is an image, not a value the core could read: blank, and trusted as such.
    // openpyxl writes an empty <v></v> for a result it never computed; only a text result may truly be "".
    const noResult = value === null || (value.trim() === "" && type !== "str");
    if (hasFormula && !image && (noResult || ctx.fullCalcOnLoad)) {
      untrusted.push({ row, col, reason: noResult ? "no-result" : "full-calc-on-load" });
      occupied = true;
    }
    if (cell === null && format === null && !occupied) return;
    let line = rows[row];
    if (!line) line = rows[row] = { values: [], formats: null, end: 0 };
    line.values[col] = cell;
    if (format !== null) (line.formats ??= [])[col] = format;
    if (occupied) {
      if (col + 1 > line.end) line.end = col + 1;
      if (col + 1 > width) width = col + 1;
      if (row + 1 > height) height = row + 1;
    }
  };

  parseXml(bytes, {
    open(tag, a, selfClosing) {
      root ??= tag;
      switch (tag) {
        case "row": {
          const r = a.r === undefined ? NaN : Number(a.r);
          rowIndex = Number.isInteger(r) && r > 0 ? r - 1 : rowIndex + 1;
          colIndex = -1;
          if (a.hidden === "1" || a.hidden === "true") hiddenRowList.push(rowIndex);
          return;
        }
        case "c": {
          const ref = a.r === undefined ? null : parseCellRef(a.r);
          if (ref) {
            rowIndex = ref.row;
            colIndex = ref.col;
          } else colIndex++;
          type = a.t ?? "n";
          style = a.s === undefined ? 0 : Number(a.s) || 0;
          hasFormula = false;
          formulaText = "";
          value = null;
          inline = null;
          inCell = true;
          if (selfClosing) finishCell();
          return;
        }
        case "v":
          if (inCell) {
            collecting = "v";
            value = "";
          }
          return;
        case "f":
          if (inCell) {
            hasFormula = true;
            collecting = "f";
          }
          return;
        case "is":
          if (inCell) inline = [];
          return;
        case "rPh":
          phonetic++;
          return;
        case "t":
          if (inline !== null && phonetic === 0) collecting = "t";
          return;
        case "col":
          if (a.hidden === "1" || a.hidden === "true") {
            const min = Number(a.min);
            const max = Number(a.max ?? a.min);
            if (min >= 1 && max >= min) hiddenColRanges.push([min - 1, max - 1]);
          }
          return;
        case "mergeCell": {
          const area = a.ref ? parseRangeRef(a.ref) : null;
          if (area) merges.push(area);
          return;
        }
      }
    },
    close(tag) {
      switch (tag) {
        case "c":
          if (inCell) finishCell();
          return;
        case "v":
        case "f":
        case "t":
          collecting = null;
          return;
        case "rPh":
          phonetic--;
          return;
      }
    },
    text(text) {
      if (collecting === "v") value += text;
      else if (collecting === "f") formulaText += text;
      else if (collecting === "t") inline!.push(text);
    },
  }, bytes.length > FILTER_ABOVE_BYTES ? blankCellDropper() : undefined);

  // Well-formed XML of some other kind in a sheet's place is a damaged package, not an empty sheet.
  if (root !== "worksheet") throw new Error(`sheet part's root is <${root ?? ""}>`);
  return buildGrid(name, hidden, rows, height, width, {
    untrusted,
    hiddenRows: hiddenRowList.filter((r) => r < height),
    hiddenCols: expandColumns(hiddenColRanges, width),
    merges: clipMerges(merges, height, width),
  });
}

interface Extras {
  untrusted: Untrusted[];
  hiddenRows: number[];
  hiddenCols: number[];
  merges: MergeArea[];
}

function buildGrid(name: string, hidden: boolean, rows: Row[], height: number, width: number, extras: Extras): SheetGrid {
  const rectangular = height * width <= MAX_RECTANGLE_CELLS;
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  let anyFormat = false;
  for (let r = 0; r < height; r++) {
    const row = rows[r];
    const length = rectangular ? width : (row?.end ?? 0);
    const line: CellValue[] = new Array(length).fill(null);
    const formatLine: (string | null)[] = new Array(length).fill(null);
    if (row) {
      for (let c = 0; c < length; c++) {
        const v = row.values[c];
        if (v !== undefined) line[c] = v;
        const f = row.formats?.[c];
        if (f !== undefined && f !== null) {
          formatLine[c] = f;
          anyFormat = true;
        }
      }
    }
    values.push(line);
    formats.push(formatLine);
  }
  const grid: SheetGrid = { name, values, merges: extras.merges };
  if (hidden) grid.hidden = true;
  if (anyFormat) grid.formats = formats;
  if (extras.untrusted.length) grid.untrustedFormulas = extras.untrusted;
  if (extras.hiddenRows.length) grid.hiddenRows = extras.hiddenRows;
  if (extras.hiddenCols.length) grid.hiddenCols = extras.hiddenCols;
  return grid;
}

function expandColumns(ranges: [number, number][], width: number): number[] {
  const out = new Set<number>();
  for (const [from, to] of ranges) for (let c = from; c <= to && c < width; c++) out.add(c);
  return [...out].sort((a, b) => a - b);
}

/** Merged areas clipped to the grid; an area wholly in the trimmed blank margin says nothing and is dropped. */
function clipMerges(areas: MergeArea[], height: number, width: number): MergeArea[] {
  return areas
    .filter((a) => a.top < height && a.left < width)
    .map((a) => ({ top: a.top, left: a.left, bottom: Math.min(a.bottom, height - 1), right: Math.min(a.right, width - 1) }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}
