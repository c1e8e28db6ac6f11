import { REPORT_FILE_SUFFIX } from "../../core/report/marker";

export const TEMPLATE_FILE_NAME = "绩效自评标准模板.xlsx";

/**
 * "丰都县总工会2024.xlsx" → "丰都县总工会2024-自评报告.xlsx", the name the batch gives each report too; a workbook with
 * macros keeps its .xlsm (`extension`, as the writer says it).
 */
export function resultFileName(input: string, extension = ".xlsx"): string {
  return `${input.replace(/\.(xlsx|xlsm|xltx|xltm)$/i, "")}${REPORT_FILE_SUFFIX.replace(/\.xlsx$/, extension)}`;
}
