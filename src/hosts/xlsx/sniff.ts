/**
 * Tells what kind of file a byte buffer holds from its bytes — never its extension, which a department's files often
 * get wrong (an HTML table saved as .xls, an .xlsx renamed .xls) — so that each gets a message saying what it is and
 * what to do. Plain byte work: runs in a browser as well.
 */

export type Container = "empty" | "zip" | "ole2" | "other";

const ZIP_MAGIC = [0x50, 0x4b]; // "PK": local header, empty archive and spanned archive all start with it
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_END_OF_DIRECTORY = [0x50, 0x4b, 0x05, 0x06];

export function sniffContainer(bytes: Uint8Array): Container {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, OLE2_MAGIC)) return "ole2";
  if (startsWith(bytes, ZIP_MAGIC)) return "zip";
  return "other";
}

/** What an OLE2 compound file holds, from the names in its directory (stored UTF-16LE) and the workbook's first records. */
export type Ole2Kind = "encrypted-ooxml" | "encrypted-xls" | "xls" | "other";

export function sniffOle2(bytes: Uint8Array): Ole2Kind {
  // A password to open wraps even an .xlsx in the old compound-file container, as these two streams.
  if (indexOf(bytes, utf16le("EncryptedPackage")) >= 0 || indexOf(bytes, utf16le("EncryptionInfo")) >= 0) return "encrypted-ooxml";
  const hasWorkbook = indexOf(bytes, utf16le("Workbook")) >= 0 || indexOf(bytes, utf16le("Book")) >= 0;
  if (!hasWorkbook) return "other";
  return hasFilePass(bytes) ? "encrypted-xls" : "xls";
}

/**
 * An .xls with a password to open says so in the record right after its first BOF: FILEPASS (0x002F). The Workbook
 * stream starts on a sector boundary with that BOF (BIFF8 `09 08 10 00 00 06 05 00`, BIFF5 `09 08 08 00 00 05 05 00`).
 */
function hasFilePass(bytes: Uint8Array): boolean {
  for (let at = 512; at + 8 <= bytes.length; at += 64) {
    if (bytes[at] !== 0x09 || bytes[at + 1] !== 0x08 || bytes[at + 4] !== 0x00 || bytes[at + 6] !== 0x05 || bytes[at + 7] !== 0x00) continue;
    if (bytes[at + 5] !== 0x06 && bytes[at + 5] !== 0x05) continue;
    const next = at + 4 + (bytes[at + 2] | (bytes[at + 3] << 8));
    if (next + 2 <= bytes.length && bytes[next] === 0x2f && bytes[next + 1] === 0x00) return true;
  }
  return false;
}

/** A complete archive's entry names and what they say it is. */
export type ZipKind = "xlsx" | "xlsb" | "ods" | "docx" | "other";

export function zipKindOf(names: readonly string[], mimetype: string | null): ZipKind {
  const has = (pattern: RegExp) => names.some((n) => pattern.test(n.replace(/\\/g, "/")));
  if (mimetype?.startsWith("application/vnd.oasis.opendocument.spreadsheet")) return "ods";
  if (has(/^xl\/workbook\.bin$/i)) return "xlsb";
  if (has(/^xl\/[^/]*\.xml$/i) || has(/^\[Content_Types\]\.xml$/i) && has(/^xl\//i)) return "xlsx";
  if (has(/^word\/document\.xml$/i)) return "docx";
  return "other";
}

/** A truncated archive loses its end-of-central-directory record, which sits in the last 64 KiB + 22 bytes. */
export function hasZipEnd(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - (0xffff + 22));
  return indexOf(bytes, ZIP_END_OF_DIRECTORY, from) >= 0;
}

/** What a file that is no container holds, from its text. */
export type TextKind = "html" | "csv" | "other";

export function sniffText(bytes: Uint8Array): TextKind {
  const head = decodeText(bytes.subarray(0, 4096)).replace(/^\uFEFF/, "").trimStart().toLowerCase();
  // Web pages a 系统 exports as ".xls", and Excel's own "single file web page" (MHTML).
  if (/^(<!doctype html|<html|<table|<\?xml[^>]*>\s*<html|mime-version:)/.test(head) || /^<\?mso-application progid="excel\.sheet"/.test(head)) return "html";
  if (head.startsWith("<?xml") && head.includes("urn:schemas-microsoft-com:office:spreadsheet")) return "html";
  if (looksLikeText(bytes.subarray(0, 4096)) && /[,\t;]/.test(head)) return "csv";
  return "other";
}

/** Text in UTF-8 (with or without BOM) or, failing that, GB18030 — what Chinese Excel and WPS save a .csv in. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // A cut at 4 KiB may split a UTF-8 character; GB18030 decodes anything, which is why it comes second.
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, Math.max(0, bytes.length - 3)));
    } catch {
      return new TextDecoder("gb18030").decode(bytes);
    }
  }
}

/** No NUL and few control characters: text rather than some binary. */
function looksLikeText(bytes: Uint8Array): boolean {
  let control = 0;
  for (const b of bytes) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control++;
  }
  return control <= bytes.length / 100;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function indexOf(bytes: Uint8Array, pattern: number[], from = 0): number {
  const first = pattern[0];
  const last = bytes.length - pattern.length;
  for (let i = bytes.indexOf(first, from); i >= 0 && i <= last; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < pattern.length && bytes[i + j] === pattern[j]) j++;
    if (j === pattern.length) return i;
  }
  return -1;
}

function utf16le(text: string): number[] {
  return Array.from(text).flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);
}
