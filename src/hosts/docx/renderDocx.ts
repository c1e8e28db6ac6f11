import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from "docx";
import type { DocBlock, DocTable, DocumentPlan } from "../../core/report/document/plan";
import { BODY_FONT, HEADING_FONT, LATIN_FONT, SIZE, SUBHEADING_FONT, TITLE_FONT, type DocFont } from "./fonts";
import { withFontFallbacks } from "./fontTable";

/**
 * Writes a document plan as a .docx with the `docx` package, in the layout of an official document: A4, margins of
 * GB/T 9704 (37 / 35 / 28 / 26 mm), 二号 title, 三号 text at a fixed 28-point line, 两字 first-line indent, page numbers
 * 「— 1 —」 in the footer. Works in Node and in the browser (no Node API here).
 */

const MM = 56.7; // twips per millimetre
const PT = 20; // twips per point
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) };
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const LINE = 28 * PT;

const half = (pt: number) => Math.round(pt * 2);
const font = (f: DocFont) => ({ ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia: f.name, cs: LATIN_FONT, hint: "eastAsia" as const });

function run(text: string, f: DocFont, size: number, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, font: font(f), size: half(size), ...extra });
}

function block(b: DocBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case "title":
      return [titleParagraph(b.text)];
    case "heading":
      return [
        new Paragraph({
          heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          indent: { firstLine: 2 * SIZE.san * PT },
          spacing: { line: LINE, lineRule: LineRuleType.EXACT },
          keepNext: true,
          children: [b.level === 1 ? run(b.text, HEADING_FONT, SIZE.san) : run(b.text, SUBHEADING_FONT, SIZE.san)],
        }),
      ];
    case "paragraph":
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: 2 * SIZE.san * PT },
          spacing: { line: LINE, lineRule: LineRuleType.EXACT },
          children: [run(b.text, BODY_FONT, SIZE.san)],
        }),
      ];
    case "table":
      return table(b);
  }
}

function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.TITLE,
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: LINE, line: 36 * PT, lineRule: LineRuleType.EXACT },
    children: [run(text, TITLE_FONT, SIZE.er)],
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

function cell(text: string, opts: { bold?: boolean; align: (typeof AlignmentType)[keyof typeof AlignmentType]; width: number; span?: number }): TableCell {
  return new TableCell({
    columnSpan: opts.span,
    width: { size: opts.width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    children: text.split("\n").map((line) => new Paragraph({ alignment: opts.align, children: [run(line, BODY_FONT, SIZE.wu, { bold: opts.bold })] })),
  });
}

function table(t: DocTable): (Paragraph | Table)[] {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const widths = t.widths.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  const caption = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 120, after: 60 },
    children: [run(t.caption, HEADING_FONT, SIZE.xiaosi)],
  });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.header.map((h, i) => cell(h, { bold: true, align: AlignmentType.CENTER, width: widths[i] })),
  });
  const rows = t.rows.map((r) => {
    const span = r.span ?? 1;
    const cells: TableCell[] = [];
    for (let i = 0; i < r.cells.length; i++) {
      if (i > 0 && i < span) continue;
      const width = i === 0 ? widths.slice(0, span).reduce((a, b) => a + b, 0) : widths[i];
      const align = i === 0 && span > 1 ? AlignmentType.CENTER : t.numeric.includes(i) ? AlignmentType.RIGHT : AlignmentType.LEFT;
      cells.push(cell(r.cells[i], { bold: r.total, align, width, span: i === 0 && span > 1 ? span : undefined }));
    }
    return new TableRow({ cantSplit: true, children: cells });
  });
  const body = new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, borders: BORDERS, rows: [header, ...rows] });
  // An empty paragraph after the table, so the next paragraph does not run into its bottom border.
  return [caption, body, new Paragraph({ spacing: { after: 0 }, children: [] })];
}

function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: { ascii: "宋体", hAnsi: "宋体", eastAsia: "宋体" }, size: half(SIZE.si) })],
      }),
    ],
  });
}

export function documentOf(plan: DocumentPlan): Document {
  return new Document({
    creator: "绩效自评助手",
    title: plan.title,
    styles: {
      default: { document: { run: { font: font(BODY_FONT), size: half(SIZE.san) } } },
      paragraphStyles: [
        { id: "Title", name: "Title", basedOn: "Normal", next: "Normal", run: { font: font(TITLE_FONT), size: half(SIZE.er), bold: false, color: "000000" } },
        { id: "Heading1", name: "heading 1", basedOn: "Normal", next: "Normal", quickFormat: true, run: { font: font(HEADING_FONT), size: half(SIZE.san), bold: false, color: "000000" }, paragraph: { outlineLevel: 0 } },
        { id: "Heading2", name: "heading 2", basedOn: "Normal", next: "Normal", quickFormat: true, run: { font: font(SUBHEADING_FONT), size: half(SIZE.san), bold: false, color: "000000" }, paragraph: { outlineLevel: 1 } },
      ],
    },
    sections: [
      {
        properties: { page: { size: A4, margin: { ...MARGIN, header: Math.round(15 * MM), footer: Math.round(20 * MM) }, pageNumbers: { start: 1 } } },
        footers: { default: footer() },
        children: [titleParagraph(plan.title), ...plan.blocks.flatMap(block)],
      },
    ],
  });
}

/** The .docx bytes of a plan. */
export async function renderDocx(plan: DocumentPlan): Promise<Uint8Array> {
  const bytes = new Uint8Array(await Packer.toArrayBuffer(documentOf(plan)));
  return withFontFallbacks(bytes);
}
