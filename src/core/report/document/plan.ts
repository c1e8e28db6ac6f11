/**
 * The Word report as data: what each paragraph and table says, in order, with no page or font in it. The core builds
 * it from an evaluation; a gateway (src/hosts/docx) decides how it looks, so the same plan could be printed another way.
 */

export type DocBlock =
  | { kind: "title"; text: string }
  /** Level 1 is a section (一、基本情况), level 2 a sub-section (（一）…). */
  | { kind: "heading"; level: 1 | 2; text: string }
  | { kind: "paragraph"; text: string }
  | DocTable;

export interface DocTable {
  kind: "table";
  /** 「表1 资金执行情况（万元）」, printed above the table. */
  caption: string;
  /** The header row's labels. */
  header: string[];
  rows: DocRow[];
  /** Relative column widths, one per header label. */
  widths: number[];
  /** Columns whose cells are figures (right-aligned), 0-based. */
  numeric: number[];
}

export interface DocRow {
  cells: string[];
  /** A 合计 or 总分 row, printed bold. */
  total?: boolean;
  /** Cells spanning several columns: the first `span` columns are one cell (used by total rows' labels). */
  span?: number;
}

export interface DocumentPlan {
  title: string;
  blocks: DocBlock[];
}
