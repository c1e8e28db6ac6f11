import { mkdtemp, readFile, rm, writeFile } from "fs/promises";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { decodePng, encodePng, renderSheetToPng } from "./renderSheet";

const USAGE = `usage: npx tsx scripts/render-published.ts <evaluated.xlsx> <formSheet> <out.png>
Renders a published one-sheet form (fitted to one landscape page width) beside the first page of its 自评报告, as one
PNG for the README. Run evaluate with --out first; needs soffice and pdftoppm.`;

/** The published tables carry no print setup of their own; the picture fits the form to the page's width. */
async function fitted(xlsx: Buffer, sheet: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet “${sheet}”`);
  ws.pageSetup = { ...ws.pageSetup, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type Rgb = ReturnType<typeof decodePng>;

/** Images side by side, tops aligned, on white. */
function beside(images: Rgb[], gap = 16): Rgb {
  const width = images.reduce((w, im) => w + im.width, 0) + gap * (images.length - 1);
  const height = Math.max(...images.map((im) => im.height));
  const data = Buffer.alloc(width * height * 3, 0xff);
  let left = 0;
  for (const im of images) {
    for (let y = 0; y < im.height; y++) im.data.copy(data, (y * width + left) * 3, y * im.width * 3, (y + 1) * im.width * 3);
    left += im.width + gap;
  }
  return { width, height, data };
}

async function main(): Promise<void> {
  const [input, sheet, out] = process.argv.slice(2);
  if (!input || !sheet || !out) {
    console.error(USAGE);
    process.exit(2);
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "published-"));
  try {
    const xlsx = await readFile(input);
    const form = path.join(dir, "form.png");
    const report = path.join(dir, "report.png");
    await renderSheetToPng(await fitted(xlsx, sheet), sheet, form, { dpi: 100 });
    await renderSheetToPng(xlsx, "自评报告", report, { dpi: 100 });
    await writeFile(out, encodePng(beside([decodePng(await readFile(form)), decodePng(await readFile(report))])));
    console.log(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`render-published: ${(e as Error).message}`);
  process.exit(1);
});
