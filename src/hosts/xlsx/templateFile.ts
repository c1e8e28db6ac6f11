import { saveFile } from "./saveFile";
import { buildTemplateBytes } from "./writeTemplate";

/** Node only: the blank standard workbook written to `path`, whole or not at all. */
export async function writeTemplateFile(path: string, year?: number): Promise<void> {
  await saveFile(path, buildTemplateBytes(year));
}
