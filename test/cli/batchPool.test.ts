import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { JobResult } from "../../src/core/batch/result";
import type { Job } from "../../src/cli/batch/job";
import { runPool, threadCount } from "../../src/cli/batch/pool";

const EXAMPLE = join(__dirname, "../../assets/examples/丰都县总工会2024.xlsx");

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "jxzp-pool-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function jobs(): Job[] {
  copyFileSync(EXAMPLE, join(dir, "甲.xlsx"));
  copyFileSync(EXAMPLE, join(dir, "乙.xlsx"));
  writeFileSync(join(dir, "坏.xlsx"), "不是工作簿");
  return ["甲", "坏", "乙"].map((name, index) => ({ index, file: join(dir, `${name}.xlsx`), report: join(dir, "报告", `${name}-自评报告.xlsx`) }));
}

/** The result without where the report went, which differs between runs only by design. */
const comparable = (r: JobResult) => (r.ok ? { ...r, report: r.report && { ...r.report, path: "" } } : r);

describe("the worker pool", () => {
  it("gives with two real worker threads the same results, in the jobs' order, as in the main thread", async () => {
    const started: string[] = [];
    const inThreads = await runPool(jobs(), 2, { onStart: (j) => started.push(j.file) });
    const here = await runPool(jobs(), 1);
    expect(inThreads.map((r) => [r.file, r.ok])).toEqual([
      [join(dir, "甲.xlsx"), true],
      [join(dir, "坏.xlsx"), false],
      [join(dir, "乙.xlsx"), true],
    ]);
    expect(inThreads.map(comparable)).toEqual(here.map(comparable));
    expect(started.sort()).toEqual(jobs().map((j) => j.file).sort());
  }, 60_000);

  it("uses one thread for few files or one core, else one per core up to one per file", () => {
    expect(threadCount(3, undefined, 8)).toBe(1);
    expect(threadCount(50, undefined, 1)).toBe(1);
    expect(threadCount(50, undefined, 8)).toBe(8);
    expect(threadCount(5, undefined, 8)).toBe(5);
    expect(threadCount(2, 4, 8)).toBe(2);
    expect(threadCount(50, 3, 8)).toBe(3);
  });
});
