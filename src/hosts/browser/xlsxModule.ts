/**
 * Everything the file mode needs to read and write workbooks, behind one dynamic import: webpack puts it in a chunk of
 * its own, so the pane inside Excel never downloads it.
 */
export { readWorkbookBuffer } from "../xlsx/readGrids";
export { buildReportWorkbook } from "../xlsx/writeReport";
export { buildTemplateBytes } from "../xlsx/writeTemplate";
