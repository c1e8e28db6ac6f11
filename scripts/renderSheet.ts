import { spawn } from "child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "fs/promises";
import os from "os";
import path from "path";
import zlib from "zlib";
import ExcelJS from "exceljs";
import { convertWithSoffice, toBuffer } from "../test/helpers/libreoffice";
import { PNG_SIGNATURE, pngChunk } from "./pngChunks";

/**
 * Renders one sheet of a workbook to a PNG for the README: the sheet alone goes through LibreOffice's PDF export,
 * which honours the sheet's own print setup, and pdftoppm rasterises the pages.
 */

export interface RenderOptions {
  /** How many pages to render, stacked top to bottom; "all" for every page. Default 1. */
  pages?: number | "all";
  /** Resolution of the raster, in dots per inch. Default 110. */
  dpi?: number;
  timeoutMs?: number;
}

export interface RenderResult {
  pages: number;
  width: number;
  height: number;
}

const DEFAULT_TIMEOUT_MS = 120_000;

export async function renderSheetToPng(xlsx: Buffer, sheet: string, outPng: string, opts: RenderOptions = {}): Promise<RenderResult> {
  const pages = opts.pages ?? 1;
  if (pages !== "all" && !(Number.isInteger(pages) && pages >= 1)) throw new Error(`pages must be a positive integer or "all", not ${pages}`);
  const dpi = opts.dpi ?? 110;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  const single = await isolateSheet(xlsx, sheet);
  // No recalculation: the picture must show the values the workbook itself carries.
  const pdf = await convertWithSoffice(single, "sheet.xlsx", { to: "pdf", recalcOnLoad: false, timeoutMs });

  const work = await mkdtemp(path.join(os.tmpdir(), "jixiao-render-"));
  try {
    const pdfFile = path.join(work, "sheet.pdf");
    await writeFile(pdfFile, pdf);
    const args = ["-png", "-r", String(dpi), "-f", "1"];
    if (pages === 1) args.push("-l", "1", "-singlefile");
    else if (pages !== "all") args.push("-l", String(pages));
    await runTool("pdftoppm", [...args, pdfFile, path.join(work, "page")], timeoutMs);

    const files = (await readdir(work)).filter((f) => /^page(-\d+)?\.png$/.test(f)).sort(byPageNumber);
    if (files.length === 0) throw new Error("pdftoppm produced no page");
    const images = await Promise.all(files.map(async (f) => decodePng(await readFile(path.join(work, f)))));
    const image = images.length === 1 ? images[0] : stack(images);
    await mkdir(path.dirname(path.resolve(outPng)), { recursive: true });
    await writeFile(outPng, encodePng(image));
    return { pages: images.length, width: image.width, height: image.height };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function byPageNumber(a: string, b: string): number {
  const n = (f: string) => Number(/-(\d+)\.png$/.exec(f)?.[1] ?? 0);
  return n(a) - n(b);
}

/**
 * A copy of the workbook holding only the named sheet, shown and printable on its own.
 * Formulas become their cached values: with the other sheets gone, a cross-sheet reference would otherwise turn into
 * #REF! as soon as anything recalculated, and the picture is meant to show exactly what the file carries.
 */
export async function isolateSheet(xlsx: Uint8Array | Buffer, sheet: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(toBuffer(xlsx) as unknown as ExcelJS.Buffer);
  const keep = wb.getWorksheet(sheet);
  if (!keep) throw new Error(`No sheet named "${sheet}"; the workbook has: ${wb.worksheets.map((ws) => ws.name).join(", ")}`);
  for (const ws of [...wb.worksheets]) if (ws !== keep) wb.removeWorksheet(ws.id);

  // Names ExcelJS read from the file (print areas of other sheets, named ranges) may point at the removed sheets,
  // which LibreOffice would report as broken references; keep only those wholly inside the kept sheet.
  wb.definedNames.model = wb.definedNames.model.filter((dn) => dn.ranges.every((r) => sheetOfRange(r) === sheet));

  // A hidden sheet would export as an empty PDF, and the workbook view may point at a tab that no longer exists.
  keep.state = "visible";
  wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 0, visibility: "visible" }];

  // ExcelJS writes a print area A1:I31 back as $A1:$I31 (it prefixes the columns only), which LibreOffice ignores and
  // prints the whole sheet; given A$1:I$31 it writes $A$1:$I$31, which is honoured.
  const area = keep.pageSetup.printArea;
  if (area) keep.pageSetup.printArea = area.replace(/\$?([A-Z]+)\$?(\d+)/g, "$1$$$2");

  freezeFormulas(keep);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The sheet a range such as 'a''b'!$A$1:$B$2 or Sheet1!A1 refers to, or null when it names none. */
export function sheetOfRange(range: string): string | null {
  if (range.startsWith("'")) {
    const m = /^'((?:[^']|'')*)'!/.exec(range);
    return m ? m[1].replace(/''/g, "'") : null;
  }
  const bang = range.lastIndexOf("!");
  return bang > 0 ? range.slice(0, bang) : null;
}

function freezeFormulas(ws: ExcelJS.Worksheet): void {
  // Read every formula before writing any: a shared formula's copies are translated from their master's text.
  const found: { cell: ExcelJS.Cell; formula: string; result: unknown }[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) found.push({ cell, formula: cell.formula, result: cell.result });
    });
  });
  for (const { cell, formula, result } of found) {
    // Without a cached value there is nothing to show but what LibreOffice computes.
    cell.value = (result === undefined ? { formula } : result) as ExcelJS.CellValue;
  }
}

function runTool(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(err.code === "ENOENT" ? new Error(`${command} is not on PATH; install it with scripts/install-test-deps.sh`) : err);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} failed (${code ?? signal}):\n${stderr.trim()}`));
    });
  });
}

// Stacking pages needs pixels; pdftoppm writes plain 8-bit PNGs, so a small codec over zlib does without a dependency.

interface Rgb {
  width: number;
  height: number;
  /** width * height * 3 bytes, row by row. */
  data: Buffer;
}


export function decodePng(png: Buffer): Rgb {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error("not a PNG");
  let width = 0;
  let height = 0;
  let colorType = -1;
  const idat: Buffer[] = [];
  for (let pos = 8; pos < png.length; ) {
    const length = png.readUInt32BE(pos);
    const type = png.toString("latin1", pos + 4, pos + 8);
    const body = png.subarray(pos + 8, pos + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      colorType = body[9];
      const interlace = body[12];
      if (depth !== 8 || interlace !== 0 || ![0, 2, 6].includes(colorType)) {
        throw new Error(`unsupported PNG (bit depth ${depth}, colour type ${colorType}, interlace ${interlace})`);
      }
    } else if (type === "IDAT") {
      idat.push(body);
    } else if (type === "IEND") {
      break;
    }
    pos += 12 + length;
  }
  const channels = colorType === 0 ? 1 : colorType === 2 ? 3 : 4;
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const dst = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[dst + x - channels] : 0;
      const b = y > 0 ? pixels[dst + x - stride] : 0;
      const c = x >= channels && y > 0 ? pixels[dst + x - stride - channels] : 0;
      const v = raw[src + x];
      let out: number;
      switch (filter) {
        case 0: out = v; break;
        case 1: out = v + a; break;
        case 2: out = v + b; break;
        case 3: out = v + ((a + b) >> 1); break;
        case 4: out = v + paeth(a, b, c); break;
        default: throw new Error(`bad PNG filter ${filter}`);
      }
      pixels[dst + x] = out & 0xff;
    }
  }
  if (channels === 3) return { width, height, data: pixels };
  const data = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) {
    if (channels === 1) {
      data.fill(pixels[i], i * 3, i * 3 + 3);
    } else {
      // Over white, which is what the page is.
      const alpha = pixels[i * 4 + 3];
      for (let k = 0; k < 3; k++) data[i * 3 + k] = Math.round((pixels[i * 4 + k] * alpha + 255 * (255 - alpha)) / 255);
    }
  }
  return { width, height, data };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Pages one under another on white, with a grey rule between them so the page breaks stay visible. */
function stack(pages: Rgb[], gap = 12): Rgb {
  const width = Math.max(...pages.map((p) => p.width));
  const height = pages.reduce((h, p) => h + p.height, 0) + gap * (pages.length - 1);
  const data = Buffer.alloc(width * height * 3, 0xff);
  let top = 0;
  pages.forEach((page, i) => {
    if (i > 0) {
      const rule = top - Math.ceil(gap / 2);
      data.fill(0xc0, rule * width * 3, (rule + 1) * width * 3);
    }
    for (let y = 0; y < page.height; y++) {
      page.data.copy(data, ((top + y) * width) * 3, y * page.width * 3, (y + 1) * page.width * 3);
    }
    top += page.height + gap;
  });
  return { width, height, data };
}

export function encodePng(image: Rgb): Buffer {
  const stride = image.width * 3;
  const raw = Buffer.alloc((stride + 1) * image.height);
  for (let y = 0; y < image.height; y++) {
    // Filter "up" suits text on a white page: most rows equal the one above.
    const at = y * (stride + 1);
    raw[at] = 2;
    for (let x = 0; x < stride; x++) {
      const above = y > 0 ? image.data[(y - 1) * stride + x] : 0;
      raw[at + 1 + x] = (image.data[y * stride + x] - above) & 0xff;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(image.width, 0);
  ihdr.writeUInt32BE(image.height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([PNG_SIGNATURE, pngChunk("IHDR", ihdr), pngChunk("IDAT", zlib.deflateSync(raw, { level: 9 })), pngChunk("IEND", Buffer.alloc(0))]);
}

