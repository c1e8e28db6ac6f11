export type WordReportModule = typeof import("./wordReport");

/** Fetches the Word report's chunk (the docx package) on first use. */
export const loadWordReport = (): Promise<WordReportModule> => import(/* webpackChunkName: "docx" */ "./wordReport");
