import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm, type FileHandle } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { WorkbookWriteError } from "./errors";

/** How the bytes reach the temporary file; a test injects one that fails midway. */
export type WriteBytes = (file: FileHandle, bytes: Uint8Array) => Promise<void>;

const writeAll: WriteBytes = async (file, bytes) => {
  await file.writeFile(bytes);
};

/**
 * Writes a file whole or not at all. The bytes go to a temporary file in the target's own folder (so the rename stays
 * on one file system), flushed to disk, then renamed over the target: a crash or a full disk leaves the target as it
 * was — absent, or the previous file — and never half a workbook. Renaming replaces a link at the target rather than
 * writing through it, so a file the link points at is never changed. Node only.
 */
export async function saveFile(path: string, bytes: Uint8Array, write: WriteBytes = writeAll): Promise<void> {
  const dir = dirname(resolve(path));
  const temp = join(dir, `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  let file: FileHandle | undefined;
  try {
    await mkdir(dir, { recursive: true });
    file = await open(temp, "wx");
    await write(file, bytes);
    await file.sync();
    await file.close();
    file = undefined;
    await rename(temp, path);
  } catch (cause) {
    await file?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw new WorkbookWriteError(path, cause);
  }
}
