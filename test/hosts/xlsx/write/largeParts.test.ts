import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { unzipSync, zipSync } from "fflate";
import { run } from "../../../../src/cli/main";

/**
 * A large part of the user's (here a 600 KB picture) is not inflated when the package is opened, only when it is zipped
 * again. It must still come back byte for byte; and where its compressed data is broken, --out says the file is
 * damaged, in one Chinese line naming it, and writes nothing.
 */
const EXAMPLE = resolve(__dirname, "../../../../assets/examples/丰都县总工会2024.xlsx");
const BIG = "xl/media/image9.bin";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "large-parts-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bytes that deflate but not to nothing: a picture's worth of varied data. */
function pictureBytes(size: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = 12345;
  for (let i = 0; i < size; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = i % 7 === 0 ? x >>> 24 : (i >> 6) & 0xff;
  }
  return out;
}

function withBigPart(): { zip: Uint8Array; big: Uint8Array } {
  const parts = unzipSync(new Uint8Array(readFileSync(EXAMPLE)));
  const big = pictureBytes(600 * 1024);
  return { zip: zipSync({ ...parts, [BIG]: big }, { level: 6 }), big };
}

async function evaluateOut(input: string, out: string): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  const code = await run([input, "--out", out], () => undefined, (s) => (stderr += s + "\n"));
  return { code, stderr };
}

describe("a large part copied into the report's workbook", () => {
  it("comes back byte for byte", async () => {
    const { zip, big } = withBigPart();
    const input = join(dir, "大附件.xlsx");
    const out = join(dir, "大附件-自评报告.xlsx");
    writeFileSync(input, zip);
    const { code, stderr } = await evaluateOut(input, out);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const back = unzipSync(new Uint8Array(readFileSync(out)));
    expect(Buffer.from(back[BIG]).equals(Buffer.from(big))).toBe(true);
  });

  it("with broken compressed data: 「已损坏或不完整」 naming the file, and no output written", async () => {
    const { zip } = withBigPart();
    // The part's name first appears in its local header; its compressed data follows.
    const at = Buffer.from(zip).indexOf(Buffer.from(BIG)) + BIG.length + 2000;
    zip.fill(0xff, at, at + 4096);
    const input = join(dir, "坏附件.xlsx");
    const out = join(dir, "坏附件-自评报告.xlsx");
    writeFileSync(input, zip);
    const { code, stderr } = await evaluateOut(input, out);
    expect(code).toBe(1);
    expect(stderr).toMatch(/坏附件\.xlsx.*已损坏或不完整/);
    expect(existsSync(out)).toBe(false);
  });
});
