import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the launcher's CommonJS helper
const { heapFlagsFor, FLAG } = require("../../scripts/cli/heapFlags.js") as { heapFlagsFor(args: string[], base?: string): string[]; FLAG: string };

/**
 * The launcher starts the command again with a larger young generation for a workbook above 4 MB, and for nothing
 * else; what the command prints and its exit status pass through unchanged.
 */
describe("node's heap flags for a run of the command", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "heap-flags-"));
    writeFileSync(join(dir, "大.xlsx"), Buffer.alloc(5 * 1024 * 1024, 0x41));
    writeFileSync(join(dir, "小.xlsx"), Buffer.alloc(1024, 0x41));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("a 5 MB file gets --max-semi-space-size=32, a 1 KB file, a folder and a missing file none", () => {
    expect(heapFlagsFor(["大.xlsx", "--json"], dir)).toEqual([FLAG]);
    expect(FLAG).toBe("--max-semi-space-size=32");
    expect(heapFlagsFor(["小.xlsx", "--out", "x.xlsx"], dir)).toEqual([]);
    expect(heapFlagsFor([dir, "--summary", "s.xlsx"], dir)).toEqual([]);
    expect(heapFlagsFor(["无此文件.xlsx"], dir)).toEqual([]);
  });

  it("started again, the command's message and exit status come through: a 5 MB file that is no workbook exits 1 in Chinese", () => {
    const run = resolve(__dirname, "../../scripts/cli/run.js");
    const child = spawnSync(process.execPath, [run, "大.xlsx"], { cwd: dir, encoding: "utf8", env: { ...process.env, INIT_CWD: dir } });
    expect(child.status).toBe(1);
    expect(child.stderr).toMatch(/大\.xlsx/);
  });
});
