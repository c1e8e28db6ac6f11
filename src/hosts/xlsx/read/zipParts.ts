import { unzipSync } from "fflate";

/**
 * The package's parts by name, inflated on demand: the small parts (workbook, relationships, styles, shared strings)
 * at once, each sheet only when it is read, so a workbook's images and unread sheets are never inflated and only one
 * sheet's XML is held at a time. Names are kept as stored and also looked up case-blind, with "\" read as "/" (some
 * exporters write either).
 */
export class ZipParts {
  readonly names: readonly string[];
  private readonly byKey = new Map<string, string>();

  /** Throws (fflate's error) when the bytes are no complete zip archive. */
  constructor(private readonly bytes: Uint8Array) {
    const names: string[] = [];
    // Listing only: the filter sees every entry and inflates none.
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
    this.names = names;
    for (const name of names) this.byKey.set(keyOf(name), name);
  }

  has(name: string): boolean {
    return this.byKey.has(keyOf(name));
  }

  /** The part's bytes, or null when the package has no such part. */
  read(name: string): Uint8Array | null {
    const stored = this.byKey.get(keyOf(name));
    if (stored === undefined) return null;
    const out = unzipSync(this.bytes, { filter: (file) => file.name === stored });
    return out[stored] ?? null;
  }
}

function keyOf(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}
