/**
 * Everything the file mode writes, behind one dynamic import: webpack puts it in a chunk of its own, so the pane inside
 * Excel never downloads it. Reading is readModule.ts's.
 */
export { buildReportWorkbook } from "../xlsx/writeReport";
export { buildTemplateBytes } from "../xlsx/writeTemplate";
