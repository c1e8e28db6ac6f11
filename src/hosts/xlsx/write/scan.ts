import { SaxesParser, type SaxesTagNS } from "saxes";

/**
 * One element of a small XML part with where it stands in the text, so an edit can be spliced in at that place and
 * every other character of the part stays as the producer wrote it. Names are local and namespaces resolved, so
 * `x:sheet` (as some producers write) and `sheet` are the same element.
 */
export interface XmlElement {
  local: string;
  prefix: string;
  uri: string;
  /** Attribute values by local name, for attributes in no namespace. */
  attrs: Map<string, string>;
  /** Attribute values by "{namespace}local", for attributes in a namespace (r:id). */
  nsAttrs: Map<string, string>;
  /** Prefixes declared on this element. */
  declared: Record<string, string>;
  parent: XmlElement | null;
  /** Offset of "<" of the start tag, and just past its ">" (or "/>"). */
  start: number;
  openEnd: number;
  /** Offset of "<" of the end tag (openEnd for an empty element written <a/>), and just past it. */
  closeStart: number;
  end: number;
  selfClosing: boolean;
  /** Character data directly inside (only kept where asked). */
  text: string;
}

export class XmlPartError extends Error {}

/** Every element of `xml`, in document order. `keepText` says whose text to collect (a formula, a shared string). */
export function scanXml(xml: string, keepText: (local: string) => boolean = () => false): XmlElement[] {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const all: XmlElement[] = [];
  const stack: XmlElement[] = [];
  let failure: Error | null = null;
  parser.on("error", (e) => {
    failure ??= e;
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    const end = parser.position;
    const start = xml.lastIndexOf("<", end - 1);
    const attrs = new Map<string, string>();
    const nsAttrs = new Map<string, string>();
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix === "xmlns" || a.name === "xmlns") continue;
      if (a.uri) nsAttrs.set(`{${a.uri}}${a.local}`, a.value);
      else attrs.set(a.local, a.value);
    }
    const el: XmlElement = {
      local: tag.local,
      prefix: tag.prefix,
      uri: tag.uri,
      attrs,
      nsAttrs,
      declared: { ...tag.ns },
      parent: stack[stack.length - 1] ?? null,
      start,
      openEnd: end,
      closeStart: end,
      end,
      selfClosing: tag.isSelfClosing,
      text: "",
    };
    all.push(el);
    stack.push(el);
  });
  parser.on("text", (t) => {
    const el = stack[stack.length - 1];
    if (el && keepText(el.local)) el.text += t;
  });
  parser.on("closetag", () => {
    const el = stack.pop();
    if (!el || el.selfClosing) return;
    el.end = parser.position;
    el.closeStart = xml.lastIndexOf("<", el.end - 1);
  });
  parser.write(xml).close();
  if (failure) throw new XmlPartError((failure as Error).message);
  return all;
}

/** The prefix bound to `uri` where `el` stands ("" for the default namespace), or null when none is. */
export function prefixFor(el: XmlElement | null, uri: string): string | null {
  for (let e = el; e; e = e.parent) {
    for (const [prefix, bound] of Object.entries(e.declared)) if (bound === uri) return prefix;
  }
  return null;
}

export interface Edit {
  at: number;
  /** Characters removed from `at` on. */
  remove?: number;
  insert: string;
}

/** Applies edits made against the original offsets; edits at the same offset keep the order given. */
export function splice(xml: string, edits: readonly Edit[]): string {
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.at - b.at || a.i - b.i);
  let out = "";
  let pos = 0;
  for (const e of sorted) {
    if (e.at < pos) throw new XmlPartError("overlapping edits");
    out += xml.slice(pos, e.at) + e.insert;
    pos = e.at + (e.remove ?? 0);
  }
  return out + xml.slice(pos);
}

/** A qualified name with the element's own prefix, so what is inserted matches the part (x:sheet beside x:sheet). */
export const qname = (prefix: string, local: string) => (prefix ? `${prefix}:${local}` : local);

/** Sets or adds one attribute of a start tag (the value already escaped). */
export function setAttr(xml: string, el: XmlElement, name: string, escaped: string): Edit {
  const tag = xml.slice(el.start, el.openEnd);
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const m = re.exec(tag);
  if (m) return { at: el.start + m.index + m[1].length, remove: m[2].length, insert: `"${escaped}"` };
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return { at: el.start + close, insert: ` ${name}="${escaped}"` };
}
