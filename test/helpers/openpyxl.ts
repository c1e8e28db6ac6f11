import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/** Debian's python, which has openpyxl (the pyenv python3 on PATH does not). */
export const PYTHON = "/usr/bin/python3";

export function hasOpenpyxl(): boolean {
  if (!existsSync(PYTHON)) return false;
  try {
    execFileSync(PYTHON, ["-c", "import openpyxl"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export interface OpenpyxlSheet {
  /** By address: [value, openpyxl's data type (s, n, f …), number format]. */
  cells: Record<string, [string | number, string, string]>;
  merged: string[];
  freeze: string | null;
  printTitleRows: string | null;
  printArea: string[] | string | null;
  autoFilter: string | null;
  validations: [string, string, string | null, string | null, string | null][];
  widths: Record<string, number>;
}

export interface OpenpyxlView {
  sheets: string[];
  /** What openpyxl warned about while loading (it warns, rather than fails, on much it does not accept). */
  warnings: string[];
  detail: Record<string, OpenpyxlSheet>;
}

/** The workbook as openpyxl loads it; throws (with openpyxl's message) where it cannot. */
export function readWithOpenpyxl(path: string, sheets: string[] = []): OpenpyxlView {
  const out = execFileSync(PYTHON, [join(__dirname, "openpyxl_read.py"), path, ...sheets], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(out) as OpenpyxlView;
}
