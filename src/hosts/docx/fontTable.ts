import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { DOC_FONTS, type DocFont } from "./fonts";

/**
 * The `docx` package leaves word/fontTable.xml empty unless fonts are embedded, and embedding 方正小标宋 is neither
 * ours to do nor small. So the table is filled after packing: each font with its fallback (altName), the GB2312
 * character set (86) and its family, which is what Word, WPS and LibreOffice look at when the named font is missing.
 */
const FONT_TABLE = "word/fontTable.xml";

function fontXml(f: DocFont): string {
  return `<w:font w:name="${f.name}"><w:altName w:val="${f.fallback}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`;
}

export function withFontFallbacks(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const table = files[FONT_TABLE];
  if (!table) return docx;
  const xml = strFromU8(table);
  const fonts = DOC_FONTS.map(fontXml).join("");
  const filled = /<w:fonts\b[^>]*\/>/.test(xml) ? xml.replace(/<w:fonts\b([^>]*)\/>/, `<w:fonts$1>${fonts}</w:fonts>`) : xml.replace("</w:fonts>", `${fonts}</w:fonts>`);
  files[FONT_TABLE] = strToU8(filled);
  return zipSync(files, { level: 6 });
}
