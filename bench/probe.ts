/**
 * One measured task in a fresh process, for bench/memory.ts: the process's peak RSS then belongs to that task alone
 * (worker threads included, since they share the process). Prints one JSON line: {ms, maxRss, detail}.
 *
 *     npx tsx bench/probe.ts core <rows> | plain <file> | evaluate <file> | report <file> <out> | batch <dir> <summary> <threads>
 *                            | office <indicators>
 */
import ExcelJS from "exceljs";
import { run } from "../src/cli/main";
import { evaluateGrids } from "../src/core/evaluate";
import { buildStandardGrids } from "./grids";

async function task(kind: string, args: string[]): Promise<string> {
  const quiet = () => undefined;
  const checked = (code: number, what: string) => {
    if (code !== 0) throw new Error(`${what} exited ${code}`);
  };
  switch (kind) {
    case "core": {
      const ev = evaluateGrids(buildStandardGrids(Number(args[0])));
      return `${ev.units.length} units, ${ev.findings.length} findings`;
    }
    case "plain":
      await new ExcelJS.Workbook().xlsx.readFile(args[0]);
      return "";
    case "evaluate":
      checked(await run([args[0], "--json"], quiet, quiet), "evaluate --json");
      return "";
    case "report":
      checked(await run([args[0], "--out", args[1]], quiet, quiet), "evaluate --out");
      return "";
    case "batch": {
      let out = "";
      // Exit 1 is a bad file in the batch, which the bench's inputs do not have.
      checked(await run([args[0], "--summary", args[1], "--workers", args[2]], (s) => (out += s), quiet, { write: () => true }), "evaluate --summary");
      return out.split("\n")[0];
    }
    case "office": {
      const { measureOfficeGateway } = await import("./office");
      return JSON.stringify(await measureOfficeGateway(Number(args[0])));
    }
    default:
      throw new Error(`unknown task ${kind}`);
  }
}

const [kind, ...args] = process.argv.slice(2);
const t0 = performance.now();
task(kind, args)
  .then((detail) => {
    const ms = performance.now() - t0;
    // resourceUsage().maxRSS is in kilobytes.
    process.stdout.write(JSON.stringify({ ms, maxRss: process.resourceUsage().maxRSS * 1024, detail }) + "\n");
  })
  .catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
