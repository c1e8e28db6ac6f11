/** The Office.js gateway: the ExcelHost the task pane and the ribbon commands use inside Excel. */
export { createExcelHost } from "./excelHost";
export type { ExcelHostDeps } from "./excelHost";
export { detectFeatures, currentFeatures } from "./features";
export type { ExcelFeatures } from "./features";
