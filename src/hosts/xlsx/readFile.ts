import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { WorkbookGrids } from "../../core/grid";
import { WorkbookReadError } from "./errors";
import { readWorkbookBuffer } from "./readGrids";

/** The bytes of a workbook file, with the gateway's one-line errors. Node only. */
export async function readWorkbookBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException | undefined)?.code;
    const missing = code === "ENOENT" || code === "ENOTDIR";
    // A missing file is named by the path the user typed: that is what they have to correct.
    throw new WorkbookReadError(missing ? "not-found" : "unreadable", path, cause);
  }
}

/** Node only: the command line's way in. Kept apart so the browser bundle never pulls in `fs`. */
export async function readWorkbookFile(path: string): Promise<WorkbookGrids> {
  return readWorkbookBuffer(await readWorkbookBytes(path), basename(path));
}
