/**
 * Everything the file mode writes, behind one dynamic import: webpack puts it in a chunk of its own, so the pane inside
 * Excel never downloads ExcelJS (it is larger than the rest of the pane together). Reading is readModule.ts's.
 */
export { buildReportWorkbook } from "../xlsx/writeReport";
export { buildTemplateWorkbook } from "../xlsx/writeTemplate";
