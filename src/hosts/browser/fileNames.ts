export const TEMPLATE_FILE_NAME = "绩效自评标准模板.xlsx";

/** "丰都县总工会2024.xlsx" → "丰都县总工会2024-自评报告.xlsx", as the command line names its --out by default. */
export function resultFileName(input: string): string {
  const stem = input.replace(/\.xlsx$/i, "");
  return `${stem}-自评报告.xlsx`;
}
