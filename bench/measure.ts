/**
 * Timing, memory and table helpers for the benchmark. Figures only: nothing here asserts or fails.
 *
 * Garbage collection: heap figures are only meaningful after a full collection. When node runs with --expose-gc,
 * global.gc is used, e.g.
 *     node --expose-gc --import tsx bench/run.ts
 *     NODE_OPTIONS=--expose-gc npm run bench
 * (both checked with the installed tsx 4.x on Node 20). Under plain `npm run bench` (no flag) the same collector is
 * reached by turning the V8 flag on at run time and taking `gc` from a fresh VM context; should that ever stop working,
 * the heap columns are left out and only RSS is reported.
 */
import { performance } from "node:perf_hooks";
import v8 from "node:v8";
import vm from "node:vm";

export type GcMode = "--expose-gc" | "v8 flag at run time" | "unavailable";

function findGc(): { gc: (() => void) | null; mode: GcMode } {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === "function") return { gc: exposed, mode: "--expose-gc" };
  try {
    v8.setFlagsFromString("--expose-gc");
    const fromContext: unknown = vm.runInNewContext("gc");
    if (typeof fromContext === "function") return { gc: fromContext as () => void, mode: "v8 flag at run time" };
  } catch {
    // fall through: RSS only
  }
  return { gc: null, mode: "unavailable" };
}

const found = findGc();
export const gcMode: GcMode = found.mode;

/** A full collection (twice, so weak references and finalisers settle); a no-op when no collector is reachable. */
export function collect(): void {
  if (!found.gc) return;
  found.gc();
  found.gc();
}

export const heapAvailable = (): boolean => found.gc !== null;
export const heapUsed = (): number => process.memoryUsage().heapUsed;
export const rss = (): number => process.memoryUsage().rss;

export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function timeSync<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

export async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

// Units always printed with the figure.
export const fmtMs = (ms: number): string => `${ms >= 100 ? Math.round(ms).toLocaleString("en-US") : ms.toFixed(1)} ms`;
export const fmtMB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const fmtRate = (perSecond: number): string => `${Math.round(perSecond).toLocaleString("en-US")} rows/s`;
export const fmtInt = (n: number): string => n.toLocaleString("en-US");

/** A plain, left-aligned text table (CJK characters count double, so columns line up in a terminal). */
export function table(header: string[], rows: string[][]): string {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: string[]) => cells.map((c, i) => c + " ".repeat(widths[i] - width(c))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
