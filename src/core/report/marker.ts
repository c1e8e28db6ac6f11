import { cellText } from "../text";

/** The sheet the evaluation writes, and how it knows a sheet of that name is its own (template.md). */
export const REPORT_SHEET = "自评报告";

/** Written in A2 of every report; a 自评报告 sheet without it is the user's and is never overwritten. */
export const REPORT_MARKER = "本表由绩效自评助手生成";

/** How a workbook with its report is named beside the input: the batch, the page without Excel and their readers agree on it. */
export const REPORT_FILE_SUFFIX = `-${REPORT_SHEET}.xlsx`;

export function isToolReport(values: readonly (readonly unknown[])[] | undefined): boolean {
  const a2 = values?.[1]?.[0];
  return cellText(a2).startsWith(REPORT_MARKER);
}

/**
 * The name to write the report under: 自评报告 when it is free or the tool's own, else 自评报告(2), (3) … — the first
 * that is free or the tool's own. `existing` maps each sheet name to whether the tool wrote it.
 */
export function reportSheetName(existing: ReadonlyMap<string, boolean>): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? REPORT_SHEET : `${REPORT_SHEET}(${n})`;
    const ours = existing.get(name);
    if (ours === undefined || ours) return name;
  }
}
