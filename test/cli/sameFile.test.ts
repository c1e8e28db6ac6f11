import { copyFileSync, linkSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { run } from "../../src/cli/main";
import { isSameFile, type StatIds } from "../../src/cli/sameFile";

const EXAMPLE = resolve(__dirname, "../../assets/examples/丰都县总工会2024.xlsx");

async function cli(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, (s) => (stdout += s + "\n"), (s) => (stderr += s + "\n"));
  return { code, stdout, stderr };
}

describe("--out and --summary never name the input under another name", () => {
  let dir: string;
  let input: string;
  let original: Buffer;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "same-file-"));
    input = join(dir, "单位.xlsx");
    copyFileSync(EXAMPLE, input);
    original = readFileSync(input);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["a symbolic link", (target: string, link: string) => symlinkSync(target, link)],
    ["a hard link", (target: string, link: string) => linkSync(target, link)],
  ])("--out through %s is refused in one line, and the input stays as it was", async (_what, makeLink) => {
    const link = join(dir, "报告.xlsx");
    makeLink(input, link);
    const { code, stderr, stdout } = await cli(input, "--out", link);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toContain("是同一个文件");
    expect(Buffer.compare(readFileSync(input), original)).toBe(0);
  });

  it("--summary through a link to one of the inputs is refused too", async () => {
    const link = join(dir, "汇总.xlsx");
    symlinkSync(input, link);
    const { code, stderr } = await cli(input, "--summary", link);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^--summary“.*”与输入文件“.*”是同一个文件/);
    expect(Buffer.compare(readFileSync(input), original)).toBe(0);
  });

  it("a name that differs only in case names the input where the file system ignores case", async () => {
    // As Windows and macOS answer: both spellings are one directory entry, so one device and inode.
    const caseInsensitive: StatIds = async (p) => {
      if (resolve(p).toLowerCase() !== resolve(input).toLowerCase()) throw Object.assign(new Error("ENOENT"), { code: "ENOENT" });
      return { dev: 1n, ino: 42n };
    };
    expect(await isSameFile(join(dir, "单位.XLSX"), input, caseInsensitive)).toBe(true);
    expect(await isSameFile(join(dir, "其他.xlsx"), input, caseInsensitive)).toBe(false);
  });

  it("on a case-sensitive file system the case variant is another file, and is written", async () => {
    const variant = join(dir, "单位.XLSX");
    const { code } = await cli(input, "--out", variant);
    expect(code).toBe(0);
    expect(Buffer.compare(readFileSync(input), original)).toBe(0);
    expect(await isSameFile(variant, input)).toBe(false);
  });
});
