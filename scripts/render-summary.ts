import { mkdtemp, readFile, rm } from "fs/promises";
import os from "os";
import path from "path";
import { run } from "../src/cli/main";
import { buildInbox } from "../test/fixtures/inbox/build";
import { renderSheetToPng } from "./renderSheet";

/**
 * The README's picture of a printed 汇总: the 13-department inbox of the tests (test/fixtures/inbox) evaluated as a
 * reviewer would, and the first printed page of its 汇总 rendered through LibreOffice.
 * Usage: npx tsx scripts/render-summary.ts [out.png] (default docs/summary-example.png).
 */
async function main() {
  const out = process.argv[2] ?? path.join(__dirname, "../docs/summary-example.png");
  const reviewer = await mkdtemp(path.join(os.tmpdir(), "财政局审核-"));
  try {
    await buildInbox(path.join(reviewer, "收件箱"));
    const quiet = { write: () => true };
    await run(["收件箱", "--summary", "审核/汇总.xlsx", "--workers", "1"], console.log, console.error, quiet, reviewer);
    const result = await renderSheetToPng(await readFile(path.join(reviewer, "审核", "汇总.xlsx")), "汇总", out, { pages: 1, dpi: 100 });
    console.log(`${out}: ${result.width}×${result.height}`);
  } finally {
    await rm(reviewer, { recursive: true, force: true });
  }
}

void main();
