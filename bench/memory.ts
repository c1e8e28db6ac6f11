/**
 * Peak memory per figure: each task runs in a fresh node process (bench/probe.ts, under the same tsx loader as the
 * bench), whose peak resident set size (resourceUsage().maxRSS) is the task's alone. RSS rather than heap: it counts
 * what the machine must have, ExcelJS's buffers and worker threads included.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { evaluateNodeFlags } from "./command";

export interface Probe {
  /** Inside the child, from the start of the task (module loading excluded). */
  ms: number;
  maxRss: number;
  detail: string;
}

const PROBE = resolve(__dirname, "probe.ts");

export function probe(kind: string, ...args: string[]): Probe {
  // process.execArgv carries tsx's --require/--import hooks, so the child reads TypeScript as this process does.
  return runProbe([...process.execArgv, PROBE, kind, ...args], `probe ${kind}`, {});
}

/** A fresh node process that prints its Probe as its last line. */
function runProbe(argv: string[], what: string, options: { maxBuffer?: number; env?: NodeJS.ProcessEnv }): Probe {
  const child = spawnSync(process.execPath, argv, { encoding: "utf8", timeout: 900_000, maxBuffer: options.maxBuffer ?? 1 << 20, env: options.env });
  if (child.status !== 0) throw new Error(`${what} failed (${child.status ?? child.signal}): ${(child.stderr || String(child.error ?? "")).trim().slice(0, 300)}`);
  const line = child.stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(line) as Probe;
}

/**
 * The command itself in a fresh process, as `npm run evaluate` runs it (the compiled build/cli, under the heap flags
 * the launcher starts it with for these arguments): its time from the process's start, start-up included, and its
 * peak RSS. The launcher's own short-lived parent process, where it starts one, is not counted.
 */
export function probeCommand(...args: string[]): Probe {
  const main = resolve(__dirname, "../build/cli/main.js");
  const code = `require(${JSON.stringify(main)}).main(${JSON.stringify(args)}).then(() => { if (process.exitCode) process.exit(process.exitCode); process.stdout.write("\\n" + JSON.stringify({ ms: performance.now(), maxRss: process.resourceUsage().maxRSS * 1024, detail: "" }) + "\\n"); })`;
  // The command prints its summary first (megabytes of JSON with --json); the Probe is the last line.
  return runProbe([...evaluateNodeFlags(args), "-e", code], `command ${args.join(" ")}`, { maxBuffer: 1 << 26, env: { ...process.env, NODE_OPTIONS: "" } });
}
