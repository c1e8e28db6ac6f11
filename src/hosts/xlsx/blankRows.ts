import JSZip from "jszip";

/**
 * Rows and cells that hold nothing but formatting. Select rows 5 to 1,048,576 in Excel, give them a border, save: the
 * sheet now lists a million empty rows, and ExcelJS builds an object for each (about 1 GB and several seconds for bare
 * rows, several GB with a few formatted cells per row — enough to run a worker out of memory). They carry no value the
 * evaluation reads, so a large sheet is read without them.
 */

/**
 * Only sheet parts bigger than this (uncompressed) are looked at: smaller ones cost ExcelJS little however they are
 * made (200,000 bare rows: about a second), while looking costs an extra inflate of the part — 0.3 s on the 48 MB sheet
 * of 100,000 indicators. A million blank rows make 60 MB or more.
 */
const LARGE_SHEET_BYTES = 16 * 1024 * 1024;

/** Fewer blank rows than this are left alone: rewriting the package would cost more than they do. */
const WORTH_TRIMMING = 10_000;

/** A cell with no value, formula or text: self-closing, or open and closed with nothing inside. */
const BLANK_CELL = /<c\b[^>]*?(?:\/>|>\s*<\/c>)/g;
/** A row with no cells left. */
const BLANK_ROW = /<row\b[^>]*?(?:\/>|>\s*<\/row>)/g;

export interface Trimmed {
  bytes: Uint8Array;
  /** Blank rows dropped over all sheets; 0 when the package was left as it was. */
  rows: number;
}

/** The sheet's XML without blank cells and rows, and how many rows went. */
export function trimSheetXml(xml: string): { xml: string; rows: number } {
  let rows = 0;
  const trimmed = xml.replace(BLANK_CELL, "").replace(BLANK_ROW, () => {
    rows++;
    return "";
  });
  return { xml: trimmed, rows };
}

function uncompressedSize(file: JSZip.JSZipObject): number {
  // JSZip keeps the central directory's sizes on the entry it read; not in its typings.
  const size = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
  return typeof size === "number" ? size : 0;
}

/**
 * The package with its large sheets' blank rows dropped, or the bytes as they were when there is nothing worth
 * dropping. Never throws: a package it cannot open is left for the reader to report.
 */
export async function trimBlankRows(bytes: Uint8Array): Promise<Trimmed> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { bytes, rows: 0 };
  }
  const large = Object.values(zip.files).filter((f) => /^xl\/worksheets\/[^/]+\.xml$/i.test(f.name) && uncompressedSize(f) > LARGE_SHEET_BYTES);
  if (!large.length) return { bytes, rows: 0 };
  let total = 0;
  try {
    for (const file of large) {
      const { xml, rows } = trimSheetXml(await file.async("string"));
      if (rows < WORTH_TRIMMING) continue;
      zip.file(file.name, xml);
      total += rows;
    }
    if (total === 0) return { bytes, rows: 0 };
    // Stored, not deflated: the package is read once, straight away, and deflating it again would only cost time.
    return { bytes: await zip.generateAsync({ type: "uint8array", compression: "STORE" }), rows: total };
  } catch {
    return { bytes, rows: 0 };
  }
}
