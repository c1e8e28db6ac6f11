import { unzipSync, Zip, ZipDeflate, type ZipInputFile } from "fflate";

/** The platform's encoder (browsers and Node have one): several times faster than a JavaScript loop on large parts. */
const encoder = new TextEncoder();
const strToU8 = (s: string) => encoder.encode(s);

const LARGE = 1 << 20;

export type PartSource = Uint8Array | string | (() => Iterable<string>);

/** A part's deflate stream inside the zip, fed its uncompressed bytes (fflate's ZipDeflate, or one of its own kind). */
export type PartStream = ZipInputFile & {
  push(chunk: Uint8Array, final?: boolean): void;
  /** For a deflater that compresses on another thread: resolves once it can take more. */
  backlog?(): Promise<void> | undefined;
};

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

/** A package's parts by name: present or not, and their bytes, which may be inflated only when asked for. */
export interface PartStore {
  has(name: string): boolean;
  get(name: string): Uint8Array | undefined;
}

/** Parts held in memory: a new package's. */
export function partsInMemory(parts: Map<string, Uint8Array>): PartStore {
  return { has: (n) => parts.has(n), get: (n) => parts.get(n) };
}

/** Parts above this size stay compressed until they are zipped again: one at a time, never all at once. */
const INFLATE_LATER = 256 * 1024;

/**
 * The parts of a zip, by name, in the order the archive stores them. The small ones are inflated at once (the writer
 * edits a few of them), the large ones — the user's big sheets, pictures — each only when it is zipped again, so a
 * 50 MB sheet the tool does not touch is never held beside the report being written.
 */
export function unzipParts(bytes: Uint8Array): { names: string[]; parts: PartStore } {
  const names: string[] = [];
  const later = new Set<string>();
  const small = unzipSync(bytes, {
    filter: (file) => {
      if (file.name.endsWith("/")) return false;
      names.push(file.name);
      if (file.originalSize <= INFLATE_LATER) return true;
      later.add(file.name);
      return false;
    },
  });
  return {
    names,
    parts: {
      has: (n) => later.has(n) || small[n] !== undefined,
      get: (n) => (later.has(n) ? unzipSync(bytes, { filter: (file) => file.name === n })[n] : small[n]),
    },
  };
}

/**
 * The parts zipped in the given order. A generated part is deflated chunk by chunk as it is produced, so a large sheet
 * is never one string, nor one buffer before compression. For deflaters that finish as they are fed (fflate's).
 */
export function zipParts(names: readonly string[], source: (name: string) => PartSource, deflater: PartDeflater = fflateDeflater): Uint8Array {
  const zip = new ZipCollector();
  for (const name of names) {
    const { file, src } = zip.add(name, source, deflater);
    const steps = feed(file, src);
    while (!steps.next().done);
  }
  return zip.endNow();
}

/**
 * The same zip, for a deflater that compresses beside the thread that feeds it (Node's zlib on its thread pool): the
 * feeding waits whenever the deflater says its backlog is full, so memory stays a few segments, and the sheet's XML
 * is produced while the previous segments are being compressed.
 */
export async function zipPartsAsync(names: readonly string[], source: (name: string) => PartSource, deflater: PartDeflater): Promise<Uint8Array> {
  const zip = new ZipCollector();
  for (const name of names) {
    const { file, src } = zip.add(name, source, deflater);
    const steps = feed(file, src);
    while (!steps.next().done) {
      const full = file.backlog?.();
      if (full) await full;
    }
  }
  return zip.end();
}

/** Feeds a part to its stream, pausing after each piece: a generated part piece by piece, the others at once. */
function* feed(file: PartStream, src: PartSource): Generator<void> {
  if (typeof src === "function") {
    for (const text of src()) {
      if (text) file.push(strToU8(text));
      yield;
    }
    file.push(new Uint8Array(0), true);
  } else file.push(typeof src === "string" ? strToU8(src) : src, true);
  yield;
}

/** fflate's Zip with its output gathered into one array. */
class ZipCollector {
  private readonly chunks: Uint8Array[] = [];
  private failure: Error | null = null;
  private result: Uint8Array | null = null;
  private settle: ((bytes: Uint8Array | null, failure: Error | null) => void) | null = null;
  private readonly zip = new Zip((err, data, final) => {
    if (err) this.failure ??= err;
    else this.chunks.push(data);
    if (final || err) {
      if (!err) this.result = this.joined();
      this.settle?.(this.result, this.failure);
    }
  });

  add(name: string, source: (name: string) => PartSource, deflater: PartDeflater): { file: PartStream; src: PartSource } {
    if (this.failure) throw this.failure;
    const src = source(name);
    const large = typeof src === "function" || (typeof src !== "string" && src.length > LARGE);
    const file = deflater(name, large);
    this.zip.add(file);
    return { file, src };
  }

  /** The zip, where every part was compressed while it was fed. */
  endNow(): Uint8Array {
    this.zip.end();
    if (this.failure) throw this.failure;
    if (!this.result) throw new Error("zipParts: the deflater did not finish as it was fed; use zipPartsAsync");
    return this.result;
  }

  end(): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.settle = (bytes, failure) => (failure ? reject(failure) : resolve(bytes as Uint8Array));
      this.zip.end();
      if (this.failure) reject(this.failure);
      else if (this.result) resolve(this.result);
    });
  }

  private joined(): Uint8Array {
    let size = 0;
    for (const c of this.chunks) size += c.length;
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}
