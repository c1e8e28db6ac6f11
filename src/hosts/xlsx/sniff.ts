/**
 * Tells what kind of file a byte buffer holds from its first bytes and a few stored names, so that a wrong file gets a
 * message that says what it is instead of a zip library's complaint. Plain byte work: runs in a browser as well.
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

/**
 * An Office file protected by a password to open is an OLE2 container holding a stream named "EncryptedPackage";
 * directory entry names are UTF-16LE.
 */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  return indexOf(bytes, utf16le("EncryptedPackage")) >= 0;
}

/**
 * Zip entry names are stored uncompressed, so a complete archive without this name is some other zip (a .docx, an
 * .xlsb, a folder of files) rather than a damaged workbook.
 */
export function hasXlsxWorkbookPart(bytes: Uint8Array): boolean {
  return indexOf(bytes, ascii("xl/workbook.xml")) >= 0;
}

/** Whether the archive stores any worksheet part (names are stored uncompressed, as above). */
export function hasWorksheetPart(bytes: Uint8Array): boolean {
  return indexOf(bytes, ascii("xl/worksheets/sheet")) >= 0;
}

/** A truncated archive loses its end-of-central-directory record, which sits in the last 64 KiB + 22 bytes. */
export function hasZipEnd(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - (0xffff + 22));
  return indexOf(bytes, ZIP_END_OF_DIRECTORY, from) >= 0;
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

function ascii(text: string): number[] {
  return Array.from(text, (ch) => ch.charCodeAt(0));
}

function utf16le(text: string): number[] {
  return Array.from(text).flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);
}
