/**
 * Reading large sheets in row bands, one sync per batch of bands. Used only where one read cannot be trusted: a used
 * range past Excel's 5,000,000-cell read limit, values that came back null or misshapen, or a response Excel on the
 * web refused as over 5 MB. A refusal halves the cells per batch and retries the same rows, so the read adapts to
 * text-heavy sheets without guessing their size beforehand.
 */
import { HostError } from "../host";
import { cellCount, rectAddress, type Rect } from "./address";
import { officeCode } from "./errors";
import type { ValueBlock } from "./sheetGrid";

/**
 * Cells per sync. A cell costs its value and its number format in the response: the value a few bytes ("" for a
 * blank, a number's digits, a string's UTF-8 bytes and quotes; 20 on average), the format code as a JSON string
 * ("General" with its quotes and comma is 10 bytes, "0.00%" 8). 130,000 cells at 30 bytes is 3.9 MB, under the web's
 * 5 MB. Wordier sheets are caught by the refusal and halving.
 */
/** What one cell is reckoned to cost in a response, value and number format together. */
export const CELL_RESPONSE_BYTES = 30;
export const BAND_CELLS = Math.floor(3_900_000 / CELL_RESPONSE_BYTES);

export interface BandRequest {
  sheet: string;
  rect: Rect;
}

export async function readBands(
  context: Excel.RequestContext,
  requests: readonly BandRequest[],
  cellsPerSync = BAND_CELLS,
): Promise<{ blocks: Map<string, ValueBlock[]>; syncs: number; refused: number }> {
  const blocks = new Map<string, ValueBlock[]>();
  const queue: BandRequest[] = requests.map((r) => ({ ...r }));
  let budget = cellsPerSync;
  let syncs = 0;
  let refused = 0;
  while (queue.length) {
    const batch = takeBatch(queue, budget);
    const ranges = batch.map(({ sheet, rect }) => {
      const range = context.workbook.worksheets
        .getItem(sheet)
        .getRangeByIndexes(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
      // The formats in the same request as the values: the core reads 0.9 in a "0%" cell as 90%, as the user sees it.
      range.load("values, numberFormat");
      return range;
    });
    try {
      syncs++;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per row band: only reads past the 5 MB response limit get here
      await context.sync();
    } catch (e) {
      const single = batch.length === 1 && batch[0].rect.top === batch[0].rect.bottom;
      if (officeCode(e) !== "ResponsePayloadSizeLimitExceeded" || single) throw e;
      queue.unshift(...batch);
      refused++;
      budget = Math.max(1, Math.floor(budget / 2));
      continue;
    }
    batch.forEach(({ sheet, rect }, i) => {
      const values = ranges[i].values as unknown;
      const rows = rect.bottom - rect.top + 1;
      if (!Array.isArray(values) || values.length !== rows) {
        throw new HostError(`读取工作表“${sheet}”的 ${rectAddress(rect)} 时 Excel 没有返回数据，请删除与自评无关的大量数据后再试。`, "ValuesMissing");
      }
      const formats = ranges[i].numberFormat as unknown;
      const list = blocks.get(sheet) ?? [];
      list.push({ rect, values: values as unknown[][], formats: Array.isArray(formats) && formats.length === rows ? (formats as unknown[][]) : undefined });
      blocks.set(sheet, list);
    });
  }
  return { blocks, syncs, refused };
}

/** Takes bands off the queue until the batch holds `budget` cells, splitting a band by rows where it would overflow. */
function takeBatch(queue: BandRequest[], budget: number): BandRequest[] {
  const batch: BandRequest[] = [];
  let cells = 0;
  while (queue.length && cells < budget) {
    const next = queue[0];
    const width = next.rect.right - next.rect.left + 1;
    let room = Math.floor((budget - cells) / width);
    if (room < 1) {
      if (batch.length) break;
      room = 1;
    }
    const rows = next.rect.bottom - next.rect.top + 1;
    if (rows <= room) {
      batch.push(queue.shift() as BandRequest);
      cells += cellCount(next.rect);
      continue;
    }
    const head: BandRequest = { sheet: next.sheet, rect: { ...next.rect, bottom: next.rect.top + room - 1 } };
    next.rect = { ...next.rect, top: next.rect.top + room };
    batch.push(head);
    cells += cellCount(head.rect);
  }
  return batch;
}
