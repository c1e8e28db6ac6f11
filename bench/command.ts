/**
 * The command as `npm run evaluate` runs it, without npm's own start-up: node with the script's flags on the compiled
 * launcher. Read from package.json, so the bench measures what a user runs and nothing else.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");

/** node's flags from package.json's `evaluate` script (e.g. --max-semi-space-size=32). */
export function evaluateNodeFlags(): string[] {
  const script = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts.evaluate;
  const words = script.trim().split(/\s+/);
  if (words[0] !== "node") throw new Error(`the evaluate script does not start with node: ${script}`);
  return words.slice(1).filter((w) => w.startsWith("--"));
}

/** The arguments after node's executable: its flags, then the launcher, then the command's own arguments. */
export function evaluateCommand(...args: string[]): string[] {
  return [...evaluateNodeFlags(), join(ROOT, "scripts/cli/run.js"), ...args];
}
