import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { REPORT_FILE_SUFFIX } from "../../core/report/marker";

/** What the batch found to evaluate: files in order, or a path that names nothing it can read. */
export interface Found {
  files: string[];
  /** Paths given that do not exist or cannot be listed; each becomes a failed row, like a bad file. */
  missing: string[];
}

/** The name the batch gives each report, which the walk must not take for an input on the next run. */
export const REPORT_SUFFIX = REPORT_FILE_SUFFIX;

/**
 * Which files in a folder are workbooks to evaluate: .xlsx only; not Excel's "~$" lock files (they exist while someone
 * has the workbook open and are not workbooks), not hidden files, not the reports an earlier run wrote.
 */
export function isCandidate(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".") && !name.endsWith(REPORT_SUFFIX);
}

/**
 * The files to evaluate: each file given as it is (even one not called .xlsx: the reader then says what it is), each
 * folder walked for .xlsx files, sorted by path so the summary's order does not depend on the file system. `exclude`
 * holds resolved paths never to take, such as the summary itself. A file named twice is evaluated once.
 */
export async function collectInputs(paths: readonly string[], exclude: readonly string[] = []): Promise<Found> {
  const files: string[] = [];
  const missing: string[] = [];
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
    else for (const file of await walk(path)) take(file);
  }
  return { files, missing };
}

async function walk(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name, "zh-CN"))) {
    const path = join(dir, e.name);
    if (e.isDirectory() && !e.name.startsWith(".")) found.push(...(await walk(path)));
    else if (e.isFile() && isCandidate(e.name)) found.push(path);
  }
  return found;
}
