import ExcelJS from "exceljs";
import type { WorkbookGrids } from "../../core/grid";
import { trimBlankRows } from "./blankRows";
import { WorkbookReadError } from "./errors";
import { toSheetGrid } from "./sheetGrid";
import { hasWorksheetPart, hasXlsxWorkbookPart, hasZipEnd, isEncryptedOffice, sniffContainer } from "./sniff";

type LoadInput = Parameters<ExcelJS.Xlsx["load"]>[0];

/**
 * Parts of a sheet that hold no cell values. Skipping them is faster and avoids ExcelJS failures on drawings, tables
 * and conditional formats that some producers (WPS, older Excel) write in shapes it does not expect.
 */
const IGNORED_NODES = [
  "dataValidations",
  "conditionalFormatting",
  "extLst",
  "drawing",
  "picture",
  "tableParts",
  "autoFilter",
  "rowBreaks",
  "pageSetup",
  "headerFooter",
  "printOptions",
  "pageMargins",
  "sheetProtection",
];

/**
 * Every worksheet of an .xlsx as a grid. Uses no Node API of its own, so the browser bundle can call it on the bytes
 * of a file the user picked.
 */
export async function readWorkbookBuffer(data: ArrayBuffer | Uint8Array, fileName: string): Promise<WorkbookGrids> {
  const bytes = asBytes(data);
  switch (sniffContainer(bytes)) {
    case "empty":
      throw new WorkbookReadError("empty", fileName);
    case "ole2":
      // A password to open wraps even an .xlsx in the old compound-file container.
      throw new WorkbookReadError(isEncryptedOffice(bytes) ? "encrypted" : "old-xls", fileName);
    case "other":
      throw new WorkbookReadError("not-xlsx", fileName);
    case "zip":
      break;
  }

  const workbook = new ExcelJS.Workbook();
  try {
    const { bytes: slim } = await trimBlankRows(bytes);
    await workbook.xlsx.load(slim as unknown as LoadInput, { ignoreNodes: IGNORED_NODES });
  } catch (cause) {
    const someOtherZip = hasZipEnd(bytes) && !hasXlsxWorkbookPart(bytes);
    throw new WorkbookReadError(someOtherZip ? "not-xlsx" : "damaged", fileName, cause);
  }
  // ExcelJS happily "loads" a .docx or an .xlsb as a workbook without sheets.
  if (workbook.worksheets.length === 0 && !hasXlsxWorkbookPart(bytes)) {
    throw new WorkbookReadError("not-xlsx", fileName);
  }
  // Sheets stored in the package that ExcelJS could not reach (the workbook's relationships part lost or garbled):
  // damaged, rather than a workbook "without" the sheets the core would then ask the accountant to add.
  if (workbook.worksheets.length === 0 && hasWorksheetPart(bytes)) {
    throw new WorkbookReadError("damaged", fileName);
  }

  try {
    // workbook.worksheets holds worksheets only: ExcelJS drops chartsheets and macro sheets while loading.
    return { fileName, sheets: workbook.worksheets.map(toSheetGrid) };
  } catch (cause) {
    throw new WorkbookReadError("damaged", fileName, cause);
  }
}

// ArrayBuffer.isView works across realms, where instanceof ArrayBuffer does not (jest, iframes, workers).
function asBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
}
