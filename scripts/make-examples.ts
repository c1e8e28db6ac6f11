/**
 * Regenerates the example workbooks under assets/examples/ from the code that describes them, so a change to an example
 * is reviewed as a change to code. Run with `npx tsx scripts/make-examples.ts`.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { buildFengdu2024 } from "./examples/fengdu2024";

async function main(): Promise<void> {
  const dir = join(__dirname, "..", "assets", "examples");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "丰都县总工会2024.xlsx");
  await buildFengdu2024().xlsx.writeFile(file);
  console.log(`wrote ${file}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
