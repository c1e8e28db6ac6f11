import { existsSync, readFileSync } from "fs";
import { dirname, join, resolve } from "path";
import { checkManifest } from "./manifest/check";

/**
 * npm run validate [-- <manifest.xml>] [--production]
 * Offline checks of the add-in-only manifest (no request to Microsoft's validation service). Icons are looked up
 * under the manifest's folder (assets/…), so it checks both ./manifest.xml and dist/manifest.xml.
 * Exit 0 when there are no errors (warnings are printed), 1 when there are, 2 for a usage error.
 */
const args = process.argv.slice(2);
const production = args.includes("--production");
const files = args.filter((a) => !a.startsWith("--"));
if (files.length > 1 || args.some((a) => a.startsWith("--") && a !== "--production")) {
  console.error("usage: validate-manifest [manifest.xml] [--production]");
  process.exit(2);
}
const file = resolve(files[0] ?? "manifest.xml");
if (!existsSync(file)) {
  console.error(`${file}: no such file`);
  process.exit(2);
}
const root = dirname(file);
const issues = checkManifest(readFileSync(file, "utf8"), {
  production,
  readFile: (rel) => {
    const p = join(root, rel);
    return existsSync(p) ? readFileSync(p) : null;
  },
});
for (const i of issues) console.log(`${file}: ${i.level}: ${i.message}`);
const errors = issues.filter((i) => i.level === "error").length;
console.log(errors ? `${errors} error(s); the manifest is not valid.` : `${file}: valid (offline checks${production ? ", production" : ""}).`);
process.exit(errors ? 1 : 0);
