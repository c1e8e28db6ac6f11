/**
 * The file gateway: reading is the product's own (./read, fflate + saxes), and so is writing (./write, one SpreadsheetML
 * writer for every plan). This entry pulls in `readFile.ts` and `saveFile.ts` and so Node's `fs`; a browser bundle
 * imports `./readGrids`, `./writeReport` and `./writeTemplate` directly instead.
 */
export { readWorkbookBuffer } from "./readGrids";
export { readWorkbookFile } from "./readFile";
export { buildTemplateBytes } from "./writeTemplate";
export { writeTemplateFile } from "./templateFile";
export { WorkbookReadError, WorkbookWriteError } from "./errors";
export type { WorkbookReadProblem } from "./errors";
