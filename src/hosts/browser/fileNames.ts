import { REPORT_FILE_SUFFIX } from "../../core/report/marker";

export const TEMPLATE_FILE_NAME = "绩效自评标准模板.xlsx";

/** "丰都县总工会2024.xlsx" → "丰都县总工会2024-自评报告.xlsx", the name the batch gives each report too. */
export function resultFileName(input: string): string {
  return `${input.replace(/\.xlsx$/i, "")}${REPORT_FILE_SUFFIX}`;
}
