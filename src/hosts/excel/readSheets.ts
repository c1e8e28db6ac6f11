/**
 * Reads every worksheet as a grid of values, in one `context.sync` for an ordinary workbook.
 *
 * The worksheet list is itself something Excel must be asked for, and a sheet's used range can only be asked for through
 * a Worksheet proxy. Two designs were weighed:
 *
 * - Chaining `worksheets.getFirst()` → `getNextOrNullObject()` for a fixed number of sheets, with every sheet's used
 *   range queued in the same batch. Past the last sheet the chain continues on a null object. Office's documentation
 *   (application-specific-api-model.md, "*OrNullObject methods and properties") defines a null object only by its
 *   `isNullObject` flag after a sync; it says nothing about calling methods on one, so that behaviour is not promised.
 * - Listing the sheets (`worksheets.load("items/name")`) in one sync and reading them in the next: fully documented,
 *   but always two round trips.
 *
 * We use the first as a *speculative* read and treat its answer as untrusted: it is accepted only when the chain agrees
 * with `worksheets.getCount()` (every sheet before the count real, named and distinct, the one after it null) and every
 * used range's values match its address. If Excel rejects the batch (for any reason other than cell-edit mode, which
 * `delayForCellEdit` already waits out) or the answer fails those checks, the documented stepwise read runs instead, and
 * the outcome says so in a note. Either way no sheet is silently dropped or read as empty.
 *
 * Limits (learn.microsoft.com, "Resource limits and performance optimization"): Excel on the web answers at most 5 MB
 * per response, and a read of more than 5,000,000 cells may return `values` null instead of failing. Both lead to a
 * banded read (row bands, one sync each, fewer cells per band after a 5 MB refusal), never to an empty sheet.
 *
 * Each cell's number format (`Range.numberFormat`, the format code in en-US form, not the locale-dependent
 * `numberFormatLocal` nor the display `text`, which is the value already formatted and would need the same parsing
 * the core does from the code) is loaded with its values in the same request, so formats cost no extra round trip;
 * they count in the response size like the values do.
 */
import type { SheetGrid } from "../../core/grid";
import { cellCount, parseRect, type Rect } from "./address";
import { officeCode, type OfficeErrorLike } from "./errors";
import type { ExcelFeatures } from "./features";
import { gridOf, isReportGrid, type ValueBlock } from "./sheetGrid";
import { readBands } from "./readBands";

/** Sheets the speculative chain reaches; a workbook with more is read stepwise (two syncs more). */
export const CHAINED_SHEETS = 12;
/** Excel's read limit per range. */
export const MAX_READ_CELLS = 5_000_000;

export interface SheetsRead {
  /** The workbook's name (ExcelApi 1.7), for messages. */
  fileName: string;
  /** Every sheet except the tool's own earlier reports, in workbook order. */
  sheets: SheetGrid[];
  /** Every sheet's name and whether it is the tool's report (its marker in A2): what reportSheetName needs. */
  existing: Map<string, boolean>;
  notes: string[];
}

/**
 * One sheet as read so far. `blocks` is null where its values still have to be read in bands; `pending` says why: the
 * stepwise read asks for values only then, the sheet is past Excel's read limit, or Excel's answer was not usable.
 */
interface SheetRead {
  name: string;
  hidden: boolean;
  used: Rect | null;
  blocks: ValueBlock[] | null;
  pending?: "stepwise" | "too-large" | "unanswered";
  /** RangeAreas address of its merged cells; undefined where merges were not read. */
  merges?: string | null;
  /** Known from A1:A2 before the values are read (stepwise read only). */
  report?: boolean;
}

export async function readSheets(context: Excel.RequestContext, features: ExcelFeatures): Promise<SheetsRead> {
  let speculative: SpeculativeResult;
  try {
    speculative = await readAtOnce(context, features);
  } catch (e) {
    if (officeCode(e) === "InvalidOperationInCellEditMode") throw e;
    speculative = { ok: false, reason: describe(e) };
  }
  if (speculative.ok) return finish(context, speculative.fileName, speculative.sheets, []);
  const { fileName, sheets, notes } = await readStepwise(context, features);
  return finish(context, fileName, sheets, [`一次性读取工作簿未成功（${speculative.reason}），已改为逐表读取。`, ...notes]);
}

type SpeculativeResult = { ok: true; fileName: string; sheets: SheetRead[] } | { ok: false; reason: string };

function describe(e: unknown): string {
  const o = e as Partial<OfficeErrorLike> | null;
  if (o && typeof o.code === "string") return o.code;
  return e instanceof Error ? e.message : String(e);
}

async function readAtOnce(context: Excel.RequestContext, features: ExcelFeatures): Promise<SpeculativeResult> {
  const workbook = context.workbook;
  workbook.load("name");
  const count = workbook.worksheets.getCount();
  const probes: { sheet: Excel.Worksheet; used: Excel.Range; merged: Excel.RangeAreas | null }[] = [];
  let sheet = workbook.worksheets.getFirst();
  // One more than CHAINED_SHEETS, so the null object past the last sheet is seen and confirms the count.
  for (let i = 0; i <= CHAINED_SHEETS; i++) {
    sheet.load("name, visibility");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("address, rowCount, columnCount, values, numberFormat");
    // The whole sheet, not the used range: a merge whose top-left lies outside the range is missed otherwise
    // (OfficeDev/office-js#3611). Without ExcelApi 1.13 merges are not read at all; the core then reads a blank cell in
    // 项目名称 / 一级指标 / 二级指标 as the value above it, which is what a merged column shows.
    const merged = features.mergedAreas ? sheet.getRange().getMergedAreasOrNullObject() : null;
    merged?.load("address");
    probes.push({ sheet, used, merged });
    if (i < CHAINED_SHEETS) sheet = sheet.getNextOrNullObject();
  }
  await context.sync();

  // eslint-disable-next-line office-addins/load-object-before-read -- getCount() returns a ClientResult, filled by the sync without a load
  const n = count.value;
  if (n > CHAINED_SHEETS) return { ok: false, reason: `工作表多于 ${CHAINED_SHEETS} 张` };
  if (!probes[n]?.sheet.isNullObject) return { ok: false, reason: "工作表列表不一致" };
  const sheets: SheetRead[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const { sheet: ws, used, merged } = probes[i];
    if (ws.isNullObject || typeof ws.name !== "string" || seen.has(ws.name)) return { ok: false, reason: "工作表列表不一致" };
    seen.add(ws.name);
    const read: SheetRead = { name: ws.name, hidden: ws.visibility !== "Visible", used: null, blocks: [] };
    if (merged) read.merges = merged.isNullObject ? null : merged.address;
    if (!used.isNullObject) {
      const rect = parseRect(used.address);
      if (!rect) return { ok: false, reason: `无法解析区域地址 ${used.address}` };
      read.used = rect;
      if (cellCount(rect) > MAX_READ_CELLS) read.pending = "too-large";
      else if (!trustworthy(rect, used)) read.pending = "unanswered";
      read.blocks = read.pending ? null : [{ rect, values: used.values, formats: used.numberFormat }];
    }
    sheets.push(read);
  }
  return { ok: true, fileName: workbook.name, sheets };
}

/** Values and formats are taken only when both have exactly the address's shape. */
function trustworthy(rect: Rect, used: Excel.Range): boolean {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  const shaped = (grid: unknown) => Array.isArray(grid) && grid.length === rows && grid.every((row) => Array.isArray(row) && row.length === cols);
  return shaped(used.values) && shaped(used.numberFormat);
}

/** The documented way: list the sheets, then their used ranges and markers, then their values in bands. */
async function readStepwise(context: Excel.RequestContext, features: ExcelFeatures): Promise<{ fileName: string; sheets: SheetRead[]; notes: string[] }> {
  const workbook = context.workbook;
  workbook.load("name");
  const collection = workbook.worksheets;
  collection.load("items/name, items/visibility");
  await context.sync();

  const notes: string[] = [];
  let withMerges = features.mergedAreas;
  for (;;) {
    const probes = collection.items.map((ws) => {
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("address");
      const marker = ws.getRange("A1:A2");
      marker.load("values");
      const merged = withMerges ? ws.getRange().getMergedAreasOrNullObject() : null;
      merged?.load("address");
      return { ws, used, marker, merged };
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the stepwise fallback, one sync per band of a sheet too large for one response
      await context.sync();
    } catch (e) {
      // getMergedAreasOrNullObject fails past 512 merged areas (its reference page); the values matter more.
      if (!withMerges || officeCode(e) === "InvalidOperationInCellEditMode") throw e;
      withMerges = false;
      notes.push("合并单元格过多，未读取合并信息；项目名称、一级/二级指标等合并列按“空白取上一行的值”读取。");
      continue;
    }
    const sheets = probes.map(({ ws, used, marker, merged }): SheetRead => {
      const rect = used.isNullObject ? null : parseRect(used.address);
      const read: SheetRead = { name: ws.name, hidden: ws.visibility !== "Visible", used: rect, blocks: rect ? null : [] };
      if (rect) read.pending = cellCount(rect) > MAX_READ_CELLS ? "too-large" : "stepwise";
      if (merged) read.merges = merged.isNullObject ? null : merged.address;
      read.report = isReportGrid({ name: ws.name, values: marker.values });
      return read;
    });
    return { fileName: workbook.name, sheets, notes };
  }
}

/**
 * What the user is told about a banded read, only what is true of it: 「内容较多」 only where a sheet was past Excel's read
 * limit, a response was refused as too large, or the values took more than one round trip; a stepwise read of an
 * ordinary workbook in one round trip says nothing more than that the one-go read did not work.
 */
function bandNotes(pending: readonly SheetRead[], syncs: number, refused: number): string[] {
  const cells = pending.reduce((sum, s) => sum + cellCount(s.used as Rect), 0);
  if (syncs > 1 || refused > 0 || pending.some((s) => s.pending === "too-large")) {
    return [`工作簿内容较多（${cells.toLocaleString("en-US")} 个单元格），已分 ${syncs} 次读取。`];
  }
  const unanswered = pending.filter((s) => s.pending === "unanswered").map((s) => `“${s.name}”`);
  return unanswered.length ? [`Excel 一次读取时未返回工作表${unanswered.join("、")}的完整数据，已重新单独读取。`] : [];
}

/** Reads what is still missing in bands, then builds the grids and the report map. */
async function finish(context: Excel.RequestContext, fileName: string, sheets: SheetRead[], notes: string[]): Promise<SheetsRead> {
  // An earlier report found before its values were read is not input: only its marker matters, and that is known.
  const pending = sheets.filter((s) => s.blocks === null && s.used && !s.report);
  if (pending.length) {
    const { blocks, syncs, refused } = await readBands(context, pending.map((s) => ({ sheet: s.name, rect: s.used as Rect })));
    for (const s of sheets) if (s.blocks === null && !s.report) s.blocks = blocks.get(s.name) ?? [];
    notes.push(...bandNotes(pending, syncs, refused));
  }
  const existing = new Map<string, boolean>();
  const grids: SheetGrid[] = [];
  for (const s of sheets) {
    if (s.report) {
      existing.set(s.name, true);
      continue;
    }
    const grid = gridOf(s.name, s.blocks ?? [], s.hidden, s.merges);
    const report = isReportGrid(grid);
    existing.set(s.name, report);
    if (!report) grids.push(grid);
  }
  return { fileName: fileName || "当前工作簿", sheets: grids, existing, notes };
}
