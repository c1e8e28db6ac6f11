/**
 * node's flags for one run of the command. A large workbook (a file above LARGE_BYTES, about 70,000 indicators) is
 * read into grids, a model and a report plan of millions of objects that outlive V8's default 16 MB semi-spaces;
 * copying them from one to the next was a fifth of a 100,000-indicator report's time, and 32 MB semi-spaces take
 * 1.5–2 s off it. Below that size the larger young generation costs more than it saves, so a small file gets none.
 * V8 reads the flag only when the process starts: run.js starts the command again with it (~0.1 s on a run of
 * seconds). The batch's worker threads are given the same young generation when they start (src/cli/batch/pool.ts).
 */
const { statSync } = require("node:fs");
const { resolve } = require("node:path");

const LARGE_BYTES = 4 * 1024 * 1024;
const FLAG = "--max-semi-space-size=32";

function isLargeFile(path) {
  try {
    const s = statSync(path);
    return s.isFile() && s.size > LARGE_BYTES;
  } catch {
    return false;
  }
}

/** The flags the command runs under for these arguments: paths as typed, from the folder npm was started in. */
function heapFlagsFor(args, base = process.env.INIT_CWD || process.cwd()) {
  return args.some((a) => !a.startsWith("-") && isLargeFile(resolve(base, a))) ? [FLAG] : [];
}

module.exports = { heapFlagsFor, FLAG };
