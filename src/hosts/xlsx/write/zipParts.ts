import { unzipSync, Zip, ZipDeflate, type ZipInputFile } from "fflate";

/** The platform's encoder (browsers and Node have one): several times faster than a JavaScript loop on large parts. */
const encoder = new TextEncoder();
const strToU8 = (s: string) => encoder.encode(s);

const LARGE = 1 << 20;

export type PartSource = Uint8Array | string | (() => Iterable<string>);

/** A part's deflate stream inside the zip, fed its uncompressed bytes (fflate's ZipDeflate, or one of its own kind). */
export type PartStream = ZipInputFile & { push(chunk: Uint8Array, final?: boolean): void };

/**
 * Makes each part's stream. fflate's own deflate runs everywhere, the page included; a host with a native deflate
 * (Node's zlib) passes its own, several times faster on the large parts.
 */
export type PartDeflater = (name: string, large: boolean) => PartStream;

/**
 * Level 3 on large parts (a generated sheet, the user's own big sheets): a third of level 6's time for about 6% more
 * bytes; the small parts keep the usual level 6.
 */
export const fflateDeflater: PartDeflater = (name, large) => new ZipDeflate(name, { level: large ? 3 : 6 });

/** The parts of a zip, by name, in the order the archive stores them. */
export function unzipParts(bytes: Uint8Array): { names: string[]; parts: Map<string, Uint8Array> } {
  const files = unzipSync(bytes);
  const names = Object.keys(files).filter((n) => !n.endsWith("/"));
  return { names, parts: new Map(names.map((n) => [n, files[n]])) };
}

/**
 * The parts zipped in the given order. A generated part is deflated chunk by chunk as it is produced, so a large sheet
 * is never one string, nor one buffer before compression.
 */
export function zipParts(names: readonly string[], source: (name: string) => PartSource, deflater: PartDeflater = fflateDeflater): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure ??= err;
    else chunks.push(data);
  });
  for (const name of names) {
    const src = source(name);
    const large = typeof src === "function" || (typeof src !== "string" && src.length > LARGE);
    const file = deflater(name, large);
    zip.add(file);
    if (typeof src === "function") {
      for (const text of src()) if (text) file.push(strToU8(text));
      file.push(new Uint8Array(0), true);
    } else file.push(typeof src === "string" ? strToU8(src) : src, true);
  }
  zip.end();
  if (failure) throw failure;
  let size = 0;
  for (const c of chunks) size += c.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
