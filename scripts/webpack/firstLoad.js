/**
 * Reports what taskpane.html makes the browser download before the pane can render: the entry's own scripts, gzipped
 * as a server would send them. Shared by the build (which prints it) and the build test (which holds it to budget).
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** The local <script src> of an HTML page, in order; CDN scripts (office.js) are not ours to count. */
function localScripts(html) {
  // Minified HTML drops the quotes around attribute values, so all three forms are read.
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^https?:\/\//i.test(src));
}

function firstLoad(distDir, page = "taskpane.html", exclude = /^officejs\//) {
  const html = fs.readFileSync(path.join(distDir, page), "utf8");
  const files = localScripts(html).filter((src) => !exclude.test(src));
  const sizes = files.map((src) => {
    const bytes = fs.readFileSync(path.join(distDir, src.split("?")[0]));
    return { file: src, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  });
  return { files: sizes, gzip: sizes.reduce((a, s) => a + s.gzip, 0), raw: sizes.reduce((a, s) => a + s.raw, 0) };
}

module.exports = { firstLoad, localScripts };
