/**
 * The command as `npm run evaluate` runs it, without npm's own start-up: node on the compiled launcher, with the heap
 * flags the launcher itself would start the command under for these arguments (scripts/cli/heapFlags.js).
 */
import { join } from "node:path";

const ROOT = join(__dirname, "..");

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the launcher's own CommonJS helper
const { heapFlagsFor } = require("../scripts/cli/heapFlags.js") as { heapFlagsFor(args: string[], base?: string): string[] };

/** node's flags for a run of the command with these arguments: none for a small file, a larger young generation for a large one. */
export function evaluateNodeFlags(args: string[]): string[] {
  return heapFlagsFor(args, process.cwd());
}

/** The arguments after node's executable: the launcher and the command's own arguments. */
export function evaluateCommand(...args: string[]): string[] {
  return [join(ROOT, "scripts/cli/run.js"), ...args];
}
