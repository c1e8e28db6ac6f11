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
 * Cells per sync. A cell costs a few bytes in the response ("" for a blank, a number's digits, a string's UTF-8 bytes
 * and quotes); 200,000 cells at an average of 20 bytes is 4 MB, under the web's 5 MB. Wordier sheets are caught by
 * the refusal and halving.
 */
export const BAND_CELLS = 200_000;

export interface BandRequest {
  sheet: string;
  rect: Rect;
}

export async function readBands(
  context: Excel.RequestContext,
  requests: readonly BandRequest[],
  cellsPerSync = BAND_CELLS,
): Promise<{ blocks: Map<string, ValueBlock[]>; syncs: number }> {
  const blocks = new Map<string, ValueBlock[]>();
  const queue: BandRequest[] = requests.map((r) => ({ ...r }));
  let budget = cellsPerSync;
  let syncs = 0;
  while (queue.length) {
    const batch = takeBatch(queue, budget);
    const ranges = batch.map(({ sheet, rect }) => {
      const range = context.workbook.worksheets
        .getItem(sheet)
        .getRangeByIndexes(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
      range.load("values");
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
      budget = Math.max(1, Math.floor(budget / 2));
      continue;
    }
    batch.forEach(({ sheet, rect }, i) => {
      const values = ranges[i].values as unknown;
      const rows = rect.bottom - rect.top + 1;
      if (!Array.isArray(values) || values.length !== rows) {
        throw new HostError(`读取工作表“${sheet}”的 ${rectAddress(rect)} 时 Excel 没有返回数据，请删除与自评无关的大量数据后再试。`, "ValuesMissing");
      }
      const list = blocks.get(sheet) ?? [];
      list.push({ rect, values: values as unknown[][] });
      blocks.set(sheet, list);
    });
  }
  return { blocks, syncs };
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
