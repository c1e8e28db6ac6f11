import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { ICON_SIZES, iconShapes } from "./icons/design";
import { encodePng } from "./icons/png";
import { render } from "./icons/raster";

/** Draws assets/icon-16/32/64/80.png. Usage: npm run icons [-- <out-dir>] */
const outDir = process.argv[2] ?? join(__dirname, "..", "assets");
mkdirSync(outDir, { recursive: true });
for (const size of ICON_SIZES) {
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, size, render(size, iconShapes(size))));
  console.log(`wrote ${file}`);
}
