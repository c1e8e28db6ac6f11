import { scanXml } from "../../../../src/hosts/xlsx/write/scan";

/**
 * The sequences of ECMA-376 Part 1 (sml.xsd) for the parts the writer writes or edits. Excel rejects (offers to repair)
 * a part whose children are out of this order; LibreOffice and ExcelJS do not care, so the tests check it themselves.
 */
export const SEQUENCES: Record<string, string[]> = {
  worksheet: ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"],
  styleSheet: ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
  workbook: ["fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups", "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"],
  sheetView: ["pane", "selection", "pivotSelection", "extLst"],
  c: ["f", "v", "is", "extLst"],
  font: ["b", "i", "strike", "condense", "extend", "outline", "shadow", "u", "vertAlign", "sz", "color", "name", "family", "charset", "scheme"],
  border: ["left", "start", "right", "end", "top", "bottom", "diagonal", "vertical", "horizontal"],
  xf: ["alignment", "protection", "extLst"],
  dataValidation: ["formula1", "formula2"],
};

/** Every element whose children break its sequence, as "parent: child after later-child". */
export function outOfOrder(xml: string): string[] {
  const els = scanXml(xml);
  const problems: string[] = [];
  const last = new Map<unknown, { rank: number; name: string }>();
  for (const e of els) {
    const parent = e.parent;
    const seq = parent ? SEQUENCES[parent.local] : undefined;
    if (!parent || !seq) continue;
    const rank = seq.indexOf(e.local);
    if (rank < 0) {
      problems.push(`${parent.local}: ${e.local} is not in its sequence`);
      continue;
    }
    const before = last.get(parent);
    // Repeats of one element are allowed where the schema says so (cols, selection, conditionalFormatting …).
    if (before && rank < before.rank) problems.push(`${parent.local}: ${e.local} after ${before.name}`);
    last.set(parent, { rank, name: e.local });
  }
  return problems;
}
