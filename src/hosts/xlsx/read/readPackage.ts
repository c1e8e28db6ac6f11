import type { SheetGrid, WorkbookGrids } from "../../../core/grid";
import { parseContentTypes, workbookPartByType } from "./contentTypes";
import { parseRelationships, relationshipsPartOf } from "./relationships";
import { parseSharedStrings } from "./sharedStrings";
import { readSheetPart, type SheetContext } from "./sheetPart";
import { parseCellFormats } from "./styles";
import { parseWorkbookPart } from "./workbookPart";
import type { ZipParts } from "./zipParts";

/** Why a package that unzipped is still not a workbook this reader can take; the caller words the message. */
export class PackageProblem extends Error {
  constructor(readonly problem: "no-workbook" | "damaged", detail: string, cause?: unknown) {
    super(detail, cause === undefined ? undefined : { cause });
  }
}

export interface ReadOptions {
  /** Read this sheet only. */
  only?: string;
  /** Formula cells as "=" + their formula (see SheetContext). */
  formulasAsText?: boolean;
}

/**
 * An .xlsx / .xlsm package as grids: the workbook part found through the package's relationships (or its content
 * types, or the usual name), its worksheets in tab order — chartsheets, macro and dialog sheets have no cells to read
 * and are left out — each read with the shared strings and the cell formats.
 */
export function readPackage(parts: ZipParts, fileName: string, options: ReadOptions = {}): WorkbookGrids {
  const types = parseContentTypes(parts.read("[Content_Types].xml"));
  const root = parseRelationships(parts.read("_rels/.rels"), "");
  const candidates = [root.find((r) => r.kind === "officeDocument")?.part, workbookPartByType(types), "xl/workbook.xml"];
  const workbookName = candidates.find((name): name is string => !!name && parts.has(name));
  if (!workbookName) throw new PackageProblem("no-workbook", "no workbook part");

  const workbook = parseWorkbookPart(parts.read(workbookName)!);
  const rels = parseRelationships(parts.read(relationshipsPartOf(workbookName)), workbookName);
  const ctx: SheetContext = {
    sharedStrings: parseSharedStrings(readRelated(parts, rels, "sharedStrings", "xl/sharedStrings.xml")),
    cellFormats: parseCellFormats(readRelated(parts, rels, "styles", "xl/styles.xml")),
    date1904: workbook.date1904,
    fullCalcOnLoad: workbook.fullCalcOnLoad,
    formulasAsText: options.formulasAsText,
  };

  const sheets: SheetGrid[] = [];
  let unreachable = 0;
  for (const entry of workbook.sheets) {
    if (options.only !== undefined && entry.name !== options.only) continue;
    const rel = rels.find((r) => r.id === entry.relId);
    if (rel && rel.kind !== "worksheet") continue;
    const bytes = rel ? parts.read(rel.part) : null;
    if (!bytes) {
      unreachable++;
      continue;
    }
    sheets.push(readSheetPart(bytes, entry.name, entry.hidden, ctx));
  }
  // Sheets the workbook lists that cannot be reached (its relationships part lost or garbled): damaged, rather than a
  // workbook "without" those sheets — reading the rest would silently lose a table.
  if (unreachable > 0) throw new PackageProblem("damaged", `${unreachable} sheet part(s) missing`);
  return { fileName, sheets, ...(workbook.date1904 ? { date1904: true } : {}) };
}

/** A part the workbook relates to, or where writers put it when the relationship is missing. */
function readRelated(parts: ZipParts, rels: ReturnType<typeof parseRelationships>, kind: string, usual: string): Uint8Array | null {
  const rel = rels.find((r) => r.kind === kind);
  return parts.read(rel?.part ?? usual);
}
