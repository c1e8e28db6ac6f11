import { readFileSync } from "fs";
import { join } from "path";
import { inflateSync } from "zlib";
import { ICON_SIZES, iconShapes } from "../../scripts/icons/design";
import { encodePng } from "../../scripts/icons/png";
import { render } from "../../scripts/icons/raster";
import { pngSize } from "../../scripts/manifest/pngSize";

describe("icons", () => {
  test("the PNG encoder writes a file whose header and pixels read back", () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 9, 9, 9, 9]);
    const png = encodePng(2, 2, rgba);
    expect(pngSize(png)).toEqual({ width: 2, height: 2 });
    const idat = png.indexOf("IDAT");
    const len = png.readUInt32BE(idat - 4);
    const raw = inflateSync(png.subarray(idat + 4, idat + 4 + len));
    expect([...raw]).toEqual([0, ...rgba.subarray(0, 8), 0, ...rgba.subarray(8)]);
  });

  test("pngSize rejects what is not a PNG", () => {
    expect(pngSize(new Uint8Array(30))).toBeNull();
  });

  test.each(ICON_SIZES)("assets/icon-%i.png is that size, drawn by scripts/make-icons.ts", (size) => {
    const bytes = readFileSync(join(__dirname, "..", "..", "assets", `icon-${size}.png`));
    expect(pngSize(bytes)).toEqual({ width: size, height: size });
    expect(bytes.equals(encodePng(size, size, render(size, iconShapes(size))))).toBe(true);
  });

  test("edges are anti-aliased: partly covered pixels exist, and the corners stay transparent", () => {
    const img = render(32, iconShapes(32));
    const alphas = new Set<number>();
    for (let i = 3; i < img.length; i += 4) alphas.add(img[i]);
    expect([...alphas].some((a) => a > 0 && a < 255)).toBe(true);
    expect(img[3]).toBe(0);
  });
});
