import { spawn } from "child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "fs/promises";
import os from "os";
import path from "path";
import { evaluateGrids } from "../src/core/evaluate";
import { buildDocumentPlan } from "../src/core/report/document/buildDocument";
import { renderDocx } from "../src/hosts/docx/renderDocx";
import { readWorkbookBuffer } from "../src/hosts/xlsx/readGrids";
import { convertWithSoffice } from "../test/helpers/libreoffice";

const USAGE = `usage: npx tsx scripts/render-docx.ts <input.xlsx> <out.png> [--page N] [--dpi N]
Evaluates the workbook, writes its Word report and renders one page of it (default the first) to a PNG through
LibreOffice Writer's PDF export and pdftoppm. Needs soffice with Writer and pdftoppm: scripts/install-test-deps.sh.`;

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited ${code}: ${stderr.trim()}`))));
  });
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let page = 1;
  let dpi = 80;
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--page") page = Number(argv[++i]);
    else if (argv[i] === "--dpi") dpi = Number(argv[++i]);
    else if (argv[i] === "--help" || argv[i] === "-h") return void console.log(USAGE);
    else positional.push(argv[i]);
  }
  if (positional.length !== 2 || !Number.isInteger(page) || page < 1 || !Number.isInteger(dpi) || dpi < 1) {
    console.error(USAGE);
    process.exit(2);
  }
  const [input, out] = positional;
  const bytes = new Uint8Array(await readFile(input));
  const ev = evaluateGrids(await readWorkbookBuffer(bytes, path.basename(input)));
  const docx = await renderDocx(buildDocumentPlan(ev));
  const pdf = await convertWithSoffice(docx, "report.docx", { to: "pdf", recalcOnLoad: false });
  const work = await mkdtemp(path.join(os.tmpdir(), "jixiao-docx-"));
  try {
    const pdfFile = path.join(work, "report.pdf");
    await writeFile(pdfFile, pdf);
    await run("pdftoppm", ["-png", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", pdfFile, path.join(work, "page")]);
    await mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await writeFile(out, await readFile(path.join(work, "page.png")));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  console.log(`${out}: page ${page} of the Word report of ${input}`);
}

main().catch((e) => {
  console.error(`render-docx: ${(e as Error).message}`);
  process.exit(1);
});
