/**
 * The file reader alone, behind its own dynamic import: reading a chosen file fetches this small chunk (fflate and
 * saxes), not the writers and ExcelJS, which xlsxModule.ts brings only when a result or the template is written.
 */
export { checkWorkbookBytes, readWorkbookBuffer } from "../xlsx/readGrids";
