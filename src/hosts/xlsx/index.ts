/**
 * The file gateway: reading is the product's own (./read, fflate + saxes), writing still ExcelJS. This entry pulls in
 * `readFile.ts` and so Node's `fs`, and the writers; a browser bundle imports `./readGrids` and `./writeTemplate`
 * directly instead.
 */
export { readWorkbookBuffer } from "./readGrids";
export { readWorkbookFile } from "./readFile";
export { buildTemplateWorkbook, writeTemplateFile } from "./writeTemplate";
export { WorkbookReadError, WorkbookWriteError } from "./errors";
export type { WorkbookReadProblem } from "./errors";
