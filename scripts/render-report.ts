import { readFile } from "fs/promises";
import { renderSheetToPng, type RenderOptions } from "./renderSheet";

const USAGE = `usage: npx tsx scripts/render-report.ts <input.xlsx> <sheetName> <out.png> [--pages N|all] [--dpi N]
Renders one sheet (e.g. 自评报告) to a PNG through LibreOffice's PDF export and pdftoppm; by default the first page.
Needs soffice and pdftoppm: scripts/install-test-deps.sh installs them.`;

function parse(argv: string[]): { input: string; sheet: string; out: string; opts: RenderOptions } {
  const positional: string[] = [];
  const opts: RenderOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith("--") ? arg.split(/=(.*)/s) : [arg];
    const take = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === "--help" || flag === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (flag === "--pages") {
      const v = take();
      opts.pages = v === "all" ? "all" : positiveInt(flag, v);
    } else if (flag === "--dpi") {
      opts.dpi = positiveInt(flag, take());
    } else if (arg.startsWith("--")) {
      throw new Error(`unknown option ${flag}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 3) throw new Error("expected <input.xlsx> <sheetName> <out.png>");
  const [input, sheet, out] = positional;
  return { input, sheet, out, opts };
}

function positiveInt(flag: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} takes a positive integer, not "${v}"`);
  return n;
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(process.argv.slice(2));
  } catch (e) {
    console.error(`render-report: ${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const started = Date.now();
  const result = await renderSheetToPng(await readFile(args.input), args.sheet, args.out, args.opts);
  console.log(`${args.out}: ${result.width}×${result.height} px, ${result.pages} page(s), ${Date.now() - started} ms`);
}

main().catch((e) => {
  console.error(`render-report: ${(e as Error).message}`);
  process.exit(1);
});
