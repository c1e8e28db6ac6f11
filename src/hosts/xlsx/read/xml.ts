import { SaxesParser } from "saxes";

/**
 * A part's XML as a stream of elements named by their local name: Excel writes `<sheetData>`, the .NET Open XML SDK
 * `<x:sheetData>`, Strict files another namespace URI; what a cell means is the same in all, so the prefix is dropped
 * and the namespace not checked.
 */
export interface XmlHandlers {
  /** `attributes` as written, prefixes included: read a qualified one with `attribute()`. */
  open?(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  close?(name: string): void;
  /** Character data, entities decoded. */
  text?(text: string): void;
}

export function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/**
 * An attribute by its local name. Attributes are passed as the parser gives them: SpreadsheetML's own attributes carry
 * no prefix in any writer (a prefix on `<x:c>` is the element's, not its attributes'), so only the few qualified ones
 * — `r:id` — are looked up through this, and a sheet's million cells pay nothing for it.
 */
export function attribute(attributes: Record<string, string>, local: string): string | undefined {
  if (attributes[local] !== undefined) return attributes[local];
  const suffix = `:${local}`;
  for (const key of Object.keys(attributes)) if (key.endsWith(suffix)) return attributes[key];
  return undefined;
}

/**
 * A cell's text as a string of its own. V8 keeps a substring as a slice of the text it was cut from, so ten characters
 * of a cell would keep a megabyte of the part's decoded XML alive for as long as the workbook's model lives — most of
 * a 100,000-indicator model's memory. A concatenation read through is copied flat, and the copy holds nothing else.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : (" " + text).slice(1);
}

/** Rewrites the text before the parser sees it, piece by piece (see blankCells.ts). */
export interface TextFilter {
  push(piece: string): string;
  end(): string;
}

/** Larger pieces feed saxes no faster; smaller ones keep a big sheet from becoming one huge string. */
const CHUNK_BYTES = 1 << 20;

/** Parses one part, in chunks, calling the handlers; throws on XML that is not well formed. */
export function parseXml(bytes: Uint8Array, handlers: XmlHandlers, filter?: TextFilter): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let failure: Error | null = null;
  parser.on("error", (e) => {
    failure ??= e;
  });
  const { open, close, text } = handlers;
  if (open) parser.on("opentag", (tag) => open(localName(tag.name), tag.attributes, tag.isSelfClosing));
  if (close) parser.on("closetag", (tag) => close(localName(tag.name)));
  if (text) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  // Parts are UTF-8 as a rule; an old exporter's UTF-16 part says so with its byte-order mark.
  const decoder = new TextDecoder(bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8");
  for (let at = 0; at < bytes.length && !failure; at += CHUNK_BYTES) {
    const piece = decoder.decode(bytes.subarray(at, at + CHUNK_BYTES), { stream: true });
    parser.write(filter ? filter.push(piece) : piece);
  }
  if (!failure) {
    const rest = decoder.decode();
    parser.write(filter ? filter.push(rest) + filter.end() : rest).close();
  }
  if (failure) throw failure;
}
