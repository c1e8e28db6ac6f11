/**
 * Compiles the command line to plain JavaScript with esbuild, so `npm run evaluate` starts node on it directly: no
 * TypeScript compiler at run time. Two bundles in build/cli/: main.js (the command) and workerBoot.js (a batch's worker
 * thread; pool.ts starts `workerBoot.js` beside itself, which here is this compiled worker rather than the tsx loader
 * of src/cli/batch/workerBoot.js that ts-jest and tsx runs use). Dependencies stay in node_modules (`packages:
 * "external"`), so ExcelJS is loaded only when a report is written. Runs in `npm ci` / `npm install` (prepare) and
 * again from run.js whenever src/ is newer than the build.
 *   node scripts/cli/build.js [outDir]
 */
const { buildSync } = require("esbuild");
const { join, resolve } = require("node:path");

const ROOT = resolve(__dirname, "..", "..");
const OUT_DIR = join(ROOT, "build", "cli");

function buildCli(outDir = OUT_DIR) {
  const common = { bundle: true, platform: "node", target: "node20", format: "cjs", packages: "external", sourcemap: "linked", logLevel: "error", absWorkingDir: ROOT };
  buildSync({ ...common, entryPoints: { main: "src/cli/main.ts" }, outdir: outDir });
  buildSync({ ...common, entryPoints: { workerBoot: "src/cli/batch/worker.ts" }, outdir: outDir });
  return outDir;
}

module.exports = { buildCli, OUT_DIR };

if (require.main === module) buildCli(process.argv[2] ? resolve(process.argv[2]) : undefined);
