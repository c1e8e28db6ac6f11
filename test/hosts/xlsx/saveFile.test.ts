import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WorkbookWriteError } from "../../../src/hosts/xlsx/errors";
import { saveFile, type WriteBytes } from "../../../src/hosts/xlsx/saveFile";

/** A disk that fills up halfway: the first half of the bytes is written, then the write fails as ENOSPC does. */
const fullDiskHalfway: WriteBytes = async (file, bytes) => {
  await file.write(bytes, 0, Math.floor(bytes.length / 2));
  throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
};

describe("saving a file whole or not at all", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "save-file-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const bytes = new Uint8Array(100_000).map((_, i) => i % 251);

  it("writes the bytes, and leaves nothing beside them", async () => {
    const path = join(dir, "报告.xlsx");
    await saveFile(path, bytes);
    expect(Buffer.compare(readFileSync(path), Buffer.from(bytes))).toBe(0);
    expect(readdirSync(dir)).toEqual(["报告.xlsx"]);
  });

  it("a write that fails midway leaves no file at all where there was none, and no temporary file", async () => {
    const path = join(dir, "报告.xlsx");
    await expect(saveFile(path, bytes, fullDiskHalfway)).rejects.toThrow(WorkbookWriteError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a write that fails midway leaves the previous file as it was", async () => {
    const path = join(dir, "报告.xlsx");
    writeFileSync(path, "上一次的报告");
    await expect(saveFile(path, bytes, fullDiskHalfway)).rejects.toThrow(`无法写入文件“${path}”`);
    expect(readFileSync(path, "utf8")).toBe("上一次的报告");
    expect(readdirSync(dir)).toEqual(["报告.xlsx"]);
  });
});
