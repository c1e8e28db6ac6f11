import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { nativeDeflater } from "../../../../src/hosts/xlsx/nativeDeflate";
import { fflateDeflater, zipParts, zipPartsAsync } from "../../../../src/hosts/xlsx/write/zipParts";

/**
 * The command line deflates with Node's zlib, on its thread pool, in 4 MB segments joined into one stream. A zip so written must read back
 * byte for byte with fflate, with Info-ZIP's unzip -t (CRC checked), and equal what fflate's own deflater writes.
 */
const text = (n: number) => {
  let s = "";
  for (let i = 0; s.length < n; i++) s += `<row r="${i}"><c r="A${i}" t="str"><v>第${i}项指标 ≥${(i * 7) % 1000}人次</v></c></row>`;
  return s;
};

describe("Node's zlib as the writer's deflater", () => {
  const big = text(11 << 20); // three segments and a bit
  const parts: Record<string, string> = { "small.xml": "<a>小</a>", "empty.xml": "", "big.xml": big };
  const names = Object.keys(parts);
  const encoder = new TextEncoder();

  it("is there on this Node (zlib.crc32 since 20.15)", () => {
    expect(nativeDeflater).toBeDefined();
  });

  it("writes parts that fflate reads back exactly, a generated part fed in pieces included", async () => {
    const zip = await zipPartsAsync(names, (n) => (n === "big.xml" ? () => big.match(/[\s\S]{1,65536}/g)! : parts[n]), nativeDeflater!);
    const back = unzipSync(zip);
    for (const n of names) expect(new TextDecoder().decode(back[n])).toBe(parts[n]);
  });

  it("gives the same parts as fflate's deflater, at no more than 10% more bytes", async () => {
    const native = await zipPartsAsync(names, (n) => encoder.encode(parts[n]), nativeDeflater!);
    const own = zipParts(names, (n) => encoder.encode(parts[n]), fflateDeflater);
    const a = unzipSync(native);
    const b = unzipSync(own);
    for (const n of names) expect(Buffer.from(a[n]).equals(Buffer.from(b[n]))).toBe(true);
    expect(native.length).toBeLessThan(own.length * 1.1);
  });

  it("passes unzip -t, which checks every CRC", async () => {
    const dir = mkdtempSync(join(os.tmpdir(), "native-deflate-"));
    try {
      const path = join(dir, "t.zip");
      writeFileSync(path, await zipPartsAsync(names, (n) => parts[n], nativeDeflater!));
      expect(execFileSync("unzip", ["-t", path], { encoding: "utf8" })).toMatch(/No errors detected/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is refused by the zip that must finish at once, rather than give a zip without its parts", () => {
    expect(() => zipParts(names, (n) => parts[n], nativeDeflater)).toThrow(/zipPartsAsync/);
  });
});
