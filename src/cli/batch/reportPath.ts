import { basename, extname, join, resolve } from "node:path";
import { REPORT_SUFFIX } from "./collect";

/**
 * Where each workbook's report goes: beside the summary, named after the input (丰都县总工会2024.xlsx →
 * 丰都县总工会2024-自评报告.xlsx). Two inputs of the same name from different folders get (2), (3) …, and no report ever
 * takes the path of an input or of the summary, so the batch can never overwrite what it reads.
 */
export function reportPaths(inputs: readonly string[], summary: string): string[] {
  const dir = resolve(summary, "..");
  const taken = new Set([...inputs, summary].map((p) => resolve(p).toLowerCase()));
  return inputs.map((input) => {
    const stem = basename(input, extname(input));
    // A workbook with macros stays one: Excel will not open macro content under an .xlsx name.
    const suffix = /\.xlsm$/i.test(input) ? REPORT_SUFFIX.replace(/\.xlsx$/, ".xlsm") : REPORT_SUFFIX;
    for (let n = 1; ; n++) {
      const path = join(dir, `${stem}${n > 1 ? `(${n})` : ""}${suffix}`);
      const key = resolve(path).toLowerCase();
      if (taken.has(key)) continue;
      taken.add(key);
      return path;
    }
  });
}
