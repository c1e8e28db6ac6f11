/**
 * `npm run evaluate` and `npm run demo`: runs the compiled command (build/cli/main.js), compiling it first only when
 * it is missing or older than a file under src/ — so an edit is never run stale, and an unchanged tree starts at once.
 */
const { readdirSync, statSync } = require("node:fs");
const { join } = require("node:path");
const { OUT_DIR } = require("./build.js");

const ROOT = join(__dirname, "..", "..");
const MAIN = join(OUT_DIR, "main.js");

function newestUnder(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestUnder(path) : statSync(path).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

function builtAt() {
  try {
    return Math.min(statSync(MAIN).mtimeMs, statSync(join(OUT_DIR, "workerBoot.js")).mtimeMs);
  } catch {
    return -1;
  }
}

if (builtAt() < newestUnder(join(ROOT, "src"))) require("./build.js").buildCli();

const { heapFlagsFor, FLAG } = require("./heapFlags.js");
const args = process.argv.slice(2);
const flags = heapFlagsFor(args);
if (flags.length && !process.execArgv.some((f) => f.startsWith(FLAG.split("=")[0]))) {
  // Started again with the flag V8 reads only at start-up; the same folder, environment and terminal.
  const child = require("node:child_process").spawnSync(process.execPath, [...process.execArgv, ...flags, __filename, ...args], { stdio: "inherit" });
  process.exitCode = child.status ?? 1;
} else require(MAIN).main();
