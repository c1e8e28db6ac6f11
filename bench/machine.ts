/** Item 3: the machine the figures were taken on. */
import os from "node:os";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fmtMB, gcMode } from "./measure";

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(resolve(__dirname, "..", "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "?";
  }
}

/** Other work on the machine skews every figure; the load average says whether there was any. */
export function loadLine(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ");
}

export function machineLines(loadAtStart: string): string[] {
  const cpus = os.cpus();
  const models = [...new Set(cpus.map((c) => c.model.trim()))].join(" / ") || "unknown";
  return [
    `date:     ${new Date().toISOString()}`,
    `cpu:      ${models} × ${cpus.length} (os.cpus())`,
    `memory:   ${fmtMB(os.totalmem())} total, ${fmtMB(os.freemem())} free`,
    `os:       ${os.type()} ${os.release()} ${os.arch()}`,
    `load:     ${loadAtStart} at the start, ${loadLine()} at the end (1 / 5 / 15 min averages; above ${os.cpus().length}, other work shared the CPUs)`,
    `node:     ${process.version}, exceljs ${packageVersion("exceljs")}, tsx ${packageVersion("tsx")}`,
    `gc:       ${gcMode}`,
  ];
}
