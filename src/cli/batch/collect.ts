import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { REPORT_FILE_SUFFIX, REPORT_SHEET } from "../../core/report/marker";

/** What the batch found to evaluate: files in order, paths that name nothing, and files it passed over and why. */
export interface Found {
  files: string[];
  /** Paths given that do not exist or cannot be listed; each becomes a failed row, like a bad file. */
  missing: string[];
  /** Files in the folders walked that are not a department's: Excel's lock files and this tool's own reports. */
  skipped: { file: string; reason: string }[];
}

/** The name the batch gives each report, which the walk must not take for an input on the next run. */
export const REPORT_SUFFIX = REPORT_FILE_SUFFIX;

/**
 * Why a file found in a folder is not a department's submission, or null when it is. Everything else is: a
 * department that sent an .xls, an .ods, a .csv or a .docx instead of an .xlsx still gets its row, saying what the file
 * is and what to do, rather than vanishing from the summary and the count.
 */
export function skipReason(name: string): string | null {
  // Excel and WPS keep "~$name.xlsx" while the workbook is open (LibreOffice's ".~lock.name#" is hidden, below).
  if (name.startsWith("~$")) return "Excel 打开工作簿时留下的临时锁文件";
  if (name.startsWith(".")) return "隐藏文件";
  if (/^(thumbs\.db|desktop\.ini)$/i.test(name)) return "系统文件";
  // The reports an earlier run wrote (and a Word one beside it): "<name>-自评报告.xlsx", "<name>-自评报告.docx".
  if (name.endsWith(REPORT_SUFFIX) || new RegExp(`-${REPORT_SHEET}\\.docx$`).test(name)) return "本工具生成的自评报告";
  return null;
}

/** As skipReason, for the walk: true when the file is a department's. */
export const isCandidate = (name: string): boolean => skipReason(name) === null;

/**
 * The files to evaluate: each file given as it is (whatever its name: the reader then says what it is), each folder
 * walked for every file in it, sorted by path so the summary's order does not depend on the file system. `exclude`
 * holds resolved paths never to take, such as the summary itself. A file named twice is evaluated once.
 */
export async function collectInputs(paths: readonly string[], exclude: readonly string[] = []): Promise<Found> {
  const files: string[] = [];
  const missing: string[] = [];
  const skipped: Found["skipped"] = [];
  const seen = new Set(exclude.map((p) => resolve(p)));
  const take = (file: string) => {
    const key = resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      missing.push(path);
      continue;
    }
    if (!info.isDirectory()) take(path);
    else for (const file of await walk(path, skipped)) take(file);
  }
  return { files, missing, skipped };
}

async function walk(dir: string, skipped: Found["skipped"]): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name, "zh-CN"))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith(".")) found.push(...(await walk(path, skipped)));
      continue;
    }
    if (!e.isFile()) continue;
    const reason = skipReason(e.name);
    if (reason === null) found.push(path);
    // Hidden and system files are nobody's submission and not worth a word; lock files and reports are named.
    else if (!e.name.startsWith(".") && reason !== "系统文件") skipped.push({ file: path, reason });
  }
  return found;
}
