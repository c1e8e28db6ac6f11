import { stat } from "node:fs/promises";
import { resolve } from "node:path";

export type StatIds = (path: string) => Promise<{ dev: bigint; ino: bigint }>;

const statIds: StatIds = (path) => stat(path, { bigint: true });

/**
 * Whether two paths name one file: the same path, or the same device and inode — which is what a symbolic link, a
 * hard link, and on a case-insensitive file system (Windows, macOS) a name differing only in case all come to.
 * A path that does not exist yet is no file at all.
 */
export async function isSameFile(a: string, b: string, ids: StatIds = statIds): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [x, y] = await Promise.all([ids(a).catch(() => null), ids(b).catch(() => null)]);
  // Some file systems report no inode (0); they are told apart by path only, as above.
  return !!x && !!y && x.ino !== 0n && x.dev === y.dev && x.ino === y.ino;
}

/** The first input that `output` names, if any. */
export async function inputNamedBy(output: string, inputs: readonly string[], ids: StatIds = statIds): Promise<string | undefined> {
  for (const input of inputs) if (await isSameFile(output, input, ids)) return input;
  return undefined;
}
