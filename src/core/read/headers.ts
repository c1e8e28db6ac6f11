import { headerKey } from "../text";
import type { SheetView } from "./sheetView";

export type HeaderAliases<C extends string> = Record<C, readonly string[]>;

export interface HeaderMatch<C extends string> {
  /** 0-based row of the header. */
  row: number;
  /** 0-based column of each recognised header. */
  columns: Partial<Record<C, number>>;
}

/**
 * Which column holds which field, judged from one row. A header cell is matched exactly against the aliases first;
 * only then may a longer header that begins with an alias ("偏差原因分析及改进措施（未达满分须填写）" is handled by
 * headerKey already; "全年执行数合计" is not) claim a field that is still free. The merged value is used, so the lower
 * row of a two-row header also sees the headers merged down from the row above it.
 */
export function matchHeaderRow<C extends string>(view: SheetView, row: number, aliases: HeaderAliases<C>): Partial<Record<C, number>> {
  const keys: string[] = [];
  for (let c = 0; c < view.rowWidth(row); c++) keys.push(headerKey(view.merged(row, c)));
  const columns: Partial<Record<C, number>> = {};
  const claimed = new Set<number>();
  const fields = Object.keys(aliases) as C[];
  const claim = (matches: (key: string, alias: string) => boolean) => {
    for (const field of fields) {
      if (columns[field] !== undefined) continue;
      for (const alias of aliases[field]) {
        const c = keys.findIndex((key, i) => !claimed.has(i) && key !== "" && matches(key, alias));
        if (c >= 0) {
          columns[field] = c;
          claimed.add(c);
          break;
        }
      }
    }
  };
  claim((key, alias) => key === alias);
  claim((key, alias) => alias.length >= 3 && key.length <= alias.length + 6 && key.startsWith(alias));
  return columns;
}

/**
 * The header row of a table: among the first `maxRows` rows, the one that names all required columns and the most
 * columns overall. Title rows ("2024年度项目支出绩效自评表", "单位：万元") above it are passed over.
 */
export function findHeaderRow<C extends string>(
  view: SheetView,
  aliases: HeaderAliases<C>,
  required: readonly C[],
  maxRows: number,
  fromRow = 0,
): HeaderMatch<C> | null {
  let best: HeaderMatch<C> | null = null;
  let bestCount = 0;
  const last = Math.min(view.rowCount, fromRow + maxRows);
  for (let r = fromRow; r < last; r++) {
    const columns = matchHeaderRow(view, r, aliases);
    if (!required.every((f) => columns[f] !== undefined)) continue;
    const count = Object.keys(columns).length;
    if (count > bestCount) {
      best = { row: r, columns };
      bestCount = count;
    }
  }
  return best;
}

/** The header row that names the most columns, required or not: used to say which required column is missing. */
export function closestHeaderRow<C extends string>(view: SheetView, aliases: HeaderAliases<C>, maxRows: number): HeaderMatch<C> | null {
  let best: HeaderMatch<C> | null = null;
  let bestCount = 0;
  for (let r = 0; r < Math.min(view.rowCount, maxRows); r++) {
    const columns = matchHeaderRow(view, r, aliases);
    const count = Object.keys(columns).length;
    if (count > bestCount) {
      best = { row: r, columns };
      bestCount = count;
    }
  }
  return best;
}
