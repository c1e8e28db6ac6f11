import { spawn } from "child_process";
import { accessSync, constants, statSync } from "fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "fs/promises";
import os from "os";
import path from "path";
import { pathToFileURL } from "url";
import ExcelJS from "exceljs";

/**
 * Runs LibreOffice headless so tests can check our formulas against a real spreadsheet engine.
 * Node-only; it does not touch jest globals, so scripts can import it too.
 */

export const SOFFICE_MISSING =
  "LibreOffice (soffice) is not on PATH, so the formulas cannot be checked by a real spreadsheet engine. " +
  "Install it with scripts/install-test-deps.sh (or set SKIP_LIBREOFFICE=1 to skip these tests).";

const DEFAULT_TIMEOUT_MS = 120_000;

export function sofficePath(): string | null {
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  for (const name of ["soffice", "libreoffice"]) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      try {
        if (!statSync(candidate).isFile()) continue;
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here; keep looking
      }
    }
  }
  return null;
}

export function requireSoffice(): string {
  const found = sofficePath();
  if (!found) throw new Error(SOFFICE_MISSING);
  return found;
}

/**
 * OOXMLRecalcMode: 0 = always recalculate on load, 1 = never (LibreOffice's default, which keeps whatever cached
 * values the file carries), 2 = ask (which headless cannot). The profile is written before LibreOffice first starts
 * in it; LibreOffice merges its own first-run items into this file and keeps ours.
 */
export function registryModifications(recalcOnLoad: boolean): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`,
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${recalcOnLoad ? 0 : 1}</value></prop></item>`,
    `</oor:items>`,
    ``,
  ].join("\n");
}

export interface ConvertOptions {
  /** A LibreOffice --convert-to target such as "xlsx" or "pdf"; the part before ":" is the output extension. */
  to: string;
  /** Recalculate every formula on load, so the output carries LibreOffice's values rather than the file's own. */
  recalcOnLoad: boolean;
  timeoutMs?: number;
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function run(command: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // Its own process group: soffice is a wrapper script around oosplash and soffice.bin, and a timeout must
    // take all of them down, not just the wrapper.
    const child = spawn(command, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, timeoutMs);
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}

/** Converts one document with a throwaway LibreOffice profile and returns the converted bytes. */
export async function convertWithSoffice(input: Uint8Array, fileName: string, opts: ConvertOptions): Promise<Buffer> {
  const soffice = requireSoffice();
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const work = await mkdtemp(path.join(os.tmpdir(), "jixiao-lo-"));
  try {
    const inDir = path.join(work, "in");
    const outDir = path.join(work, "out");
    const profile = path.join(work, "profile");
    await mkdir(inDir);
    await mkdir(outDir);
    await mkdir(path.join(profile, "user"), { recursive: true });
    await writeFile(path.join(profile, "user", "registrymodifications.xcu"), registryModifications(opts.recalcOnLoad));
    const inFile = path.join(inDir, fileName);
    await writeFile(inFile, input);

    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--nologo",
      "--nodefault",
      "--nolockcheck",
      "--convert-to",
      opts.to,
      "--outdir",
      outDir,
      inFile,
    ];
    const result = await run(soffice, args, timeoutMs);
    const details = () => `soffice ${args.join(" ")}\nexit ${result.code ?? result.signal}\nstderr:\n${result.stderr.trim()}\nstdout:\n${result.stdout.trim()}`;
    if (result.timedOut) throw new Error(`LibreOffice did not finish within ${timeoutMs} ms and was killed.\n${details()}`);
    const ext = opts.to.split(":")[0];
    const outFile = path.join(outDir, `${path.parse(fileName).name}.${ext}`);
    // soffice exits 0 even when it could not load the file, so the output file is the real test of success.
    let out: Buffer;
    try {
      out = await readFile(outFile);
    } catch {
      throw new Error(`LibreOffice did not produce ${path.basename(outFile)}.\n${details()}`);
    }
    if (result.code !== 0) throw new Error(`LibreOffice failed.\n${details()}`);
    return out;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Round-trips an xlsx through LibreOffice Calc, which recalculates every formula and stores its own cached values. */
export function recalculate(xlsx: Uint8Array | Buffer, opts: { timeoutMs?: number } = {}): Promise<Buffer> {
  return convertWithSoffice(xlsx, "book.xlsx", { to: "xlsx", recalcOnLoad: true, timeoutMs: opts.timeoutMs });
}

export interface CachedCell {
  formula?: string;
  value: unknown;
}

export function toBuffer(data: Uint8Array | Buffer): Buffer {
  return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/** Every non-empty cell as ExcelJS reads it, keyed "Sheet!A1"; a formula cell's value is its cached result. */
export async function readCachedValues(xlsx: Uint8Array | Buffer): Promise<Map<string, CachedCell>> {
  const wb = new ExcelJS.Workbook();
  // ExcelJS's typings want the old Buffer type; the runtime takes any Buffer.
  await wb.xlsx.load(toBuffer(xlsx) as unknown as ExcelJS.Buffer);
  const cells = new Map<string, CachedCell>();
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // The covered cells of a merge echo the master's value; they are not cells of their own.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const key = `${ws.name}!${cell.address}`;
        if (cell.type === ExcelJS.ValueType.Formula) {
          cells.set(key, { formula: cell.formula, value: cell.result });
        } else {
          cells.set(key, { value: cell.value });
        }
      });
    });
  });
  return cells;
}
