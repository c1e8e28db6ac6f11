import { columnLetter } from "../../../core/ref";
import type { PlanCell, PlanContent, PlanValidation, SheetPlan, StyleName } from "../../../core/report/plan";
import { NS, xmlAttr, xmlText, xmlTextPlain } from "./xml";

/** Rows per chunk of XML handed to the zip: small enough that a 100,000-indicator report is never one string. */
const ROWS_PER_CHUNK = 2_000;

/** Limits Excel enforces on a data validation (it offers to repair a file that breaks them). */
const LIMITS = { title: 32, message: 255, list: 255 };

export class PlanError extends Error {}

/**
 * A sheet plan as one worksheet part, in CT_Worksheet's order (ECMA-376 Part 1, 18.3.1.99): sheetPr, dimension,
 * sheetViews, sheetFormatPr, cols, sheetData, autoFilter, mergeCells, dataValidations, printOptions, pageMargins,
 * pageSetup, headerFooter. Text goes in as inline strings (t="inlineStr"), so the package's sharedStrings part, which
 * every cell of the user's sheets points into, is left alone — and a text is never read as a formula, whatever it
 * begins with. A formula carries the value the engine computed (`<f>` with `<v>`; t="str" for a text result).
 */
export function* sheetXml(plan: SheetPlan, styleIds: ReadonlyMap<StyleName, number>, mainNs: string = NS.main): Generator<string> {
  const rows = byRow(plan.cells);
  const heights = plan.rowHeights;
  let lastRow = rows.length - 1;
  for (const r of Object.keys(heights)) lastRow = Math.max(lastRow, Number(r));
  let lastCol = 1;
  for (const c of plan.cells) lastCol = Math.max(lastCol, c.col);
  const s = (name: StyleName | undefined) => {
    if (name === undefined) return "";
    const id = styleIds.get(name);
    if (id === undefined) throw new PlanError(`plan ${plan.name}: style "${name}" is not in its styles table`);
    return id ? ` s="${id}"` : "";
  };
  const p = plan.print;

  let head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${mainNs}">`;
  if (p.fitToWidth > 0) head += `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`;
  head += `<dimension ref="A1${lastRow > 1 || lastCol > 1 ? `:${columnLetter(lastCol)}${Math.max(lastRow, 1)}` : ""}"/>`;
  head += `<sheetViews>${sheetView(plan)}</sheetViews>`;
  head += `<sheetFormatPr defaultRowHeight="14.25"/>`;
  head += cols(plan, s);
  head += "<sheetData>";
  yield head;

  let chunk = "";
  for (let r = 1; r <= lastRow; r++) {
    const cells = rows[r];
    const height = heights[r];
    if (!cells && height === undefined) continue;
    chunk += `<row r="${r}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ""}${cells ? ">" : "/>"}`;
    if (cells) {
      for (const c of cells) chunk += cellXml(c, s(c.style));
      chunk += "</row>";
    }
    if (r % ROWS_PER_CHUNK === 0) {
      yield chunk;
      chunk = "";
    }
  }
  let tail = chunk + "</sheetData>";
  if (plan.autoFilter) tail += `<autoFilter ref="${xmlAttr(plan.autoFilter)}"/>`;
  const merges = plan.merges.filter((m) => m.bottom > m.top || m.right > m.left);
  if (merges.length) {
    tail += `<mergeCells count="${merges.length}">`;
    for (const m of merges) tail += `<mergeCell ref="${columnLetter(m.left)}${m.top}:${columnLetter(m.right)}${m.bottom}"/>`;
    tail += "</mergeCells>";
  }
  if (plan.validations?.length) {
    tail += `<dataValidations count="${plan.validations.length}">${plan.validations.map((v) => validationXml(plan.name, v)).join("")}</dataValidations>`;
  }
  if (p.horizontalCentered) tail += `<printOptions horizontalCentered="1"/>`;
  const m = p.margins;
  tail += `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
  tail += `<pageSetup paperSize="9" orientation="${p.orientation}"${p.fitToWidth > 0 ? ` fitToWidth="${p.fitToWidth}" fitToHeight="0"` : ""}/>`;
  if (p.footer) tail += `<headerFooter><oddFooter>${xmlText(`&C${p.footer}`)}</oddFooter></headerFooter>`;
  yield tail + "</worksheet>";
}

/**
 * The plan's cells row by row and, within a row, by column. A cell planned twice is one cell: its last content, and
 * the last style given to it — as the plan's writers have always applied it.
 */
function byRow(cells: readonly PlanCell[]): (PlanCell[] | undefined)[] {
  const rows: (PlanCell[] | undefined)[] = [];
  for (const c of cells) {
    if (!(c.row >= 1 && c.col >= 1 && c.row <= 1_048_576 && c.col <= 16_384)) throw new PlanError(`cell outside the sheet: row ${c.row}, column ${c.col}`);
    (rows[c.row] ??= []).push(c);
  }
  for (let r = 0; r < rows.length; r++) {
    const list = rows[r];
    if (!list || list.length < 2 || strictlyByColumn(list)) continue;
    const ordered = list.map((c, i) => ({ c, i })).sort((a, b) => a.c.col - b.c.col || a.i - b.i);
    const merged: PlanCell[] = [];
    for (const { c } of ordered) {
      const prev = merged[merged.length - 1];
      if (prev && prev.col === c.col) merged[merged.length - 1] = { ...c, style: c.style ?? prev.style };
      else merged.push(c);
    }
    rows[r] = merged;
  }
  return rows;
}

/** Most rows are planned left to right, each cell once: nothing to sort or merge. */
function strictlyByColumn(list: readonly PlanCell[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i].col <= list[i - 1].col) return false;
  return true;
}

/** Column letters by number, computed once: a large report asks for them millions of times. */
const LETTERS: string[] = [];
const letter = (col: number) => (LETTERS[col] ??= columnLetter(col));

/** Only text with edge spaces, tabs or line breaks needs xml:space; most cells are spared its 20 bytes. */
const NEEDS_PRESERVE = /^\s|\s$|[\t\n\r]/;

function cellXml(c: PlanCell, style: string): string {
  const ref = letter(c.col) + c.row;
  const content: PlanContent = c.content;
  switch (content.kind) {
    case "blank":
      return style ? `<c r="${ref}"${style}/>` : "";
    case "text":
      return `<c r="${ref}"${style} t="inlineStr"><is><t${NEEDS_PRESERVE.test(content.text) ? ` xml:space="preserve"` : ""}>${xmlText(content.text)}</t></is></c>`;
    case "number":
      return Number.isFinite(content.value) ? `<c r="${ref}"${style}><v>${num(content.value)}</v></c>` : `<c r="${ref}"${style} t="e"><v>#NUM!</v></c>`;
    case "formula": {
      const f = `<f>${xmlTextPlain(content.formula.replace(/^=/, ""))}</f>`;
      if (typeof content.cached === "number") {
        return Number.isFinite(content.cached) ? `<c r="${ref}"${style}>${f}<v>${num(content.cached)}</v></c>` : `<c r="${ref}"${style} t="e">${f}<v>#NUM!</v></c>`;
      }
      return `<c r="${ref}"${style} t="str">${f}<v>${xmlText(content.cached)}</v></c>`;
    }
  }
}

/** xsd:double as JavaScript prints it (shortest round-trip form); -0 as 0. */
const num = (v: number) => (Object.is(v, -0) ? "0" : String(v));

function sheetView(plan: SheetPlan): string {
  const rows = Math.max(0, plan.frozenRows | 0);
  const colsFrozen = Math.max(0, (plan.frozenCols ?? 0) | 0);
  const grid = plan.showGridLines ? "" : ` showGridLines="0"`;
  if (!rows && !colsFrozen) return `<sheetView${grid} workbookViewId="0"/>`;
  const topLeft = `${columnLetter(colsFrozen + 1)}${rows + 1}`;
  const pane = rows && colsFrozen ? "bottomRight" : rows ? "bottomLeft" : "topRight";
  return (
    `<sheetView${grid} workbookViewId="0">` +
    `<pane${colsFrozen ? ` xSplit="${colsFrozen}"` : ""}${rows ? ` ySplit="${rows}"` : ""} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    `</sheetView>`
  );
}

function cols(plan: SheetPlan, s: (name: StyleName | undefined) => string): string {
  const count = Math.max(plan.columnWidths.length, plan.columnStyles?.length ?? 0);
  let out = "";
  for (let i = 0; i < count; i++) {
    const width = plan.columnWidths[i];
    const style = s(plan.columnStyles?.[i]);
    if (width === undefined && !style) continue;
    out += `<col min="${i + 1}" max="${i + 1}"${width !== undefined ? ` width="${width}" customWidth="1"` : ""}${style.replace(" s=", " style=")}/>`;
  }
  return out ? `<cols>${out}</cols>` : "";
}

function validationXml(sheet: string, v: PlanValidation): string {
  const limit = (what: string, text: string | undefined, max: number) => {
    if (text !== undefined && text.length > max) throw new PlanError(`plan ${sheet}: validation ${v.ref}: ${what} is longer than Excel allows (${max})`);
  };
  limit("errorTitle", v.errorTitle, LIMITS.title);
  limit("promptTitle", v.promptTitle, LIMITS.title);
  limit("error", v.error, LIMITS.message);
  limit("prompt", v.prompt, LIMITS.message);
  let a = ` type="${v.type}"`;
  if (v.errorStyle && v.errorStyle !== "stop") a += ` errorStyle="${v.errorStyle}"`;
  let formulas = "";
  if (v.type === "list") {
    const items = v.list ?? [];
    if (items.some((i) => i.includes(","))) throw new PlanError(`plan ${sheet}: validation ${v.ref}: a list choice holds a comma`);
    const list = `"${items.map((i) => i.replace(/"/g, '""')).join(",")}"`;
    limit("list", list, LIMITS.list);
    formulas = `<formula1>${xmlTextPlain(list)}</formula1>`;
  } else if (v.min !== undefined && v.max !== undefined) {
    a += ` operator="between"`;
    formulas = `<formula1>${v.min}</formula1><formula2>${v.max}</formula2>`;
  } else if (v.min !== undefined) {
    a += ` operator="greaterThanOrEqual"`;
    formulas = `<formula1>${v.min}</formula1>`;
  } else if (v.max !== undefined) {
    a += ` operator="lessThanOrEqual"`;
    formulas = `<formula1>${v.max}</formula1>`;
  }
  a += ` allowBlank="1"`;
  if (v.prompt) a += ` showInputMessage="1"`;
  // Always on: a validation whose error is never shown enforces nothing; errorStyle says whether it stops or warns.
  a += ` showErrorMessage="1"`;
  if (v.errorTitle) a += ` errorTitle="${xmlAttr(v.errorTitle)}"`;
  if (v.error) a += ` error="${xmlAttr(v.error)}"`;
  if (v.promptTitle) a += ` promptTitle="${xmlAttr(v.promptTitle)}"`;
  if (v.prompt) a += ` prompt="${xmlAttr(v.prompt)}"`;
  return `<dataValidation${a} sqref="${xmlAttr(v.ref)}">${formulas}</dataValidation>`;
}
