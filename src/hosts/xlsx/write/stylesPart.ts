import type { CellStyle, StyleName } from "../../../core/report/plan";
import { scanXml, setAttr, splice, qname, type Edit, type XmlElement } from "./scan";
import { NS, xmlAttr } from "./xml";

/** What styles.xml starts as in a new package: the one font, the two fills Excel requires, one border, one xf. */
export function emptyStylesheet(mainNs: string = NS.main): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${mainNs}">` +
    `<fonts count="1"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `<dxfs count="0"/><tableStyles count="0"/>` +
    `</styleSheet>`
  );
}

/** ECMA-376 Part 1, 18.8.30: the formats every reader knows by id; writing them as custom formats would duplicate them. */
const BUILT_IN: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

/** CT_Stylesheet's order (18.8.39): a list that is missing is created where the schema puts it. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"] as const;
type ListName = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs";
const ITEM: Record<ListName, string> = { numFmts: "numFmt", fonts: "font", fills: "fill", borders: "border", cellXfs: "xf" };

interface List {
  el: XmlElement | null;
  /** The raw text of each entry, so an entry written by an earlier run is found and reused instead of appended again. */
  raw: string[];
  added: string[];
}

export interface AppendedStyles {
  xml: string;
  /** The cellXfs index of each plan style. */
  ids: Map<StyleName, number>;
}

/**
 * The stylesheet with the plan's styles appended: fonts, fills, borders, number formats and cell formats go after the
 * existing ones, whose indices every cell of the user's sheets refers to and which therefore never move.
 */
export function appendStyles(xml: string, styles: Readonly<Record<StyleName, CellStyle>>): AppendedStyles {
  const els = scanXml(xml);
  const root = els.find((e) => e.local === "styleSheet" && e.parent === null);
  if (!root) throw new Error("styles.xml has no styleSheet element");
  const p = root.prefix;
  const q = (local: string) => qname(p, local);
  const top = (local: string) => els.find((e) => e.parent === root && e.local === local) ?? null;
  const lists = {} as Record<ListName, List>;
  for (const name of Object.keys(ITEM) as ListName[]) {
    const el = top(name);
    const raw = el ? els.filter((e) => e.parent === el && e.local === ITEM[name]).map((e) => xml.slice(e.start, e.end)) : [];
    lists[name] = { el, raw, added: [] };
  }
  const customFormats = new Map<string, number>();
  let nextFormat = 164;
  for (const e of els.filter((x) => x.local === "numFmt" && x.parent === lists.numFmts.el)) {
    const id = Number(e.attrs.get("numFmtId"));
    if (!Number.isFinite(id)) continue;
    if (!customFormats.has(e.attrs.get("formatCode") ?? "")) customFormats.set(e.attrs.get("formatCode") ?? "", id);
    nextFormat = Math.max(nextFormat, id + 1);
  }
  const styleXfs = top("cellStyleXfs");
  const hasStyleXf = styleXfs !== null && els.some((e) => e.parent === styleXfs && e.local === "xf");
  const defaultFont = defaultFontOf(els, lists.fonts.el);

  const indexIn = (list: List, entry: string): number => {
    const old = list.raw.indexOf(entry);
    if (old >= 0) return old;
    const added = list.added.indexOf(entry);
    if (added >= 0) return list.raw.length + added;
    list.added.push(entry);
    return list.raw.length + list.added.length - 1;
  };
  const formatId = (code: string | undefined): number => {
    if (code === undefined) return 0;
    if (code in BUILT_IN) return BUILT_IN[code];
    const known = customFormats.get(code);
    if (known !== undefined) return known;
    const id = nextFormat++;
    customFormats.set(code, id);
    lists.numFmts.added.push(`<${q("numFmt")} numFmtId="${id}" formatCode="${xmlAttr(code)}"/>`);
    return id;
  };

  const ids = new Map<StyleName, number>();
  for (const [name, style] of Object.entries(styles)) {
    const fontId = style.font ? indexIn(lists.fonts, fontXml(q, style.font, defaultFont)) : 0;
    const fillId = style.fill ? indexIn(lists.fills, fillXml(q, style.fill)) : 0;
    const borderId = style.border ? indexIn(lists.borders, borderXml(q)) : 0;
    const numFmtId = formatId(style.numberFormat);
    ids.set(name, indexIn(lists.cellXfs, xfXml(q, style, { numFmtId, fontId, fillId, borderId }, hasStyleXf)));
  }

  const edits: Edit[] = [];
  for (const name of Object.keys(ITEM) as ListName[]) {
    const list = lists[name];
    if (!list.added.length) continue;
    const count = list.raw.length + list.added.length;
    const body = list.added.join("");
    if (list.el && !list.el.selfClosing) {
      edits.push(setAttr(xml, list.el, "count", String(count)), { at: list.el.closeStart, insert: body });
    } else if (list.el) {
      edits.push({ at: list.el.start, remove: list.el.end - list.el.start, insert: `<${q(name)} count="${count}">${body}</${q(name)}>` });
    } else {
      // A list the part lacks (numFmts, often) goes after the last list that precedes it in the schema.
      const before = ORDER.slice(0, ORDER.indexOf(name)).map(top).filter((e): e is XmlElement => e !== null);
      const at = before.length ? Math.max(...before.map((e) => e.end)) : root.openEnd;
      edits.push({ at, insert: `<${q(name)} count="${count}">${required(q, name)}${body}</${q(name)}>` });
    }
  }
  return { xml: splice(xml, edits), ids };
}

/** Entries a list must start with when it is created from nothing: Excel reserves fills 0 and 1. */
function required(q: (l: string) => string, name: ListName): string {
  return name === "fills" ? `<${q("fill")}><${q("patternFill")} patternType="none"/></${q("fill")}><${q("fill")}><${q("patternFill")} patternType="gray125"/></${q("fill")}>` : "";
}

interface FontDefaults {
  name?: string;
  size?: number;
}

/** Font 0 is the workbook's body font: a plan font that leaves out its name or size inherits them. */
function defaultFontOf(els: XmlElement[], fonts: XmlElement | null): FontDefaults {
  const first = fonts ? els.find((e) => e.parent === fonts && e.local === "font") : undefined;
  if (!first) return {};
  const child = (local: string) => els.find((e) => e.parent === first && e.local === local)?.attrs.get("val");
  const size = Number(child("sz"));
  return { name: child("name"), size: Number.isFinite(size) && size > 0 ? size : undefined };
}

const rgb = (hex: string) => `FF${hex.toUpperCase()}`;

/** CT_Font in the order Excel writes it (b, u, sz, color, name, charset). */
function fontXml(q: (l: string) => string, f: NonNullable<CellStyle["font"]>, d: FontDefaults): string {
  const name = f.name ?? d.name;
  const size = f.size ?? d.size ?? 11;
  let s = `<${q("font")}>`;
  if (f.bold) s += `<${q("b")}/>`;
  if (f.underline) s += `<${q("u")}/>`;
  s += `<${q("sz")} val="${size}"/>`;
  if (f.color) s += `<${q("color")} rgb="${rgb(f.color)}"/>`;
  if (name) s += `<${q("name")} val="${xmlAttr(name)}"/>`;
  // GB2312 for a Chinese face name, as Excel itself writes it; without it a Western Excel may substitute another font.
  // eslint-disable-next-line no-control-regex -- "anything outside ASCII" starts at \x00
  if (name && /[^\x00-\x7f]/.test(name)) s += `<${q("charset")} val="134"/>`;
  return s + `</${q("font")}>`;
}

function fillXml(q: (l: string) => string, color: string): string {
  return `<${q("fill")}><${q("patternFill")} patternType="solid"><${q("fgColor")} rgb="${rgb(color)}"/><${q("bgColor")} indexed="64"/></${q("patternFill")}></${q("fill")}>`;
}

/** Thin black on all four sides; CT_Border's order is left, right, top, bottom, diagonal. */
function borderXml(q: (l: string) => string): string {
  const side = (s: string) => `<${q(s)} style="thin"><${q("color")} rgb="FF000000"/></${q(s)}>`;
  return `<${q("border")}>${side("left")}${side("right")}${side("top")}${side("bottom")}<${q("diagonal")}/></${q("border")}>`;
}

function xfXml(
  q: (l: string) => string,
  style: CellStyle,
  ids: { numFmtId: number; fontId: number; fillId: number; borderId: number },
  hasStyleXf: boolean,
): string {
  let s = `<${q("xf")} numFmtId="${ids.numFmtId}" fontId="${ids.fontId}" fillId="${ids.fillId}" borderId="${ids.borderId}"${hasStyleXf ? ` xfId="0"` : ""}`;
  if (ids.numFmtId) s += ` applyNumberFormat="1"`;
  if (ids.fontId) s += ` applyFont="1"`;
  if (ids.fillId) s += ` applyFill="1"`;
  if (ids.borderId) s += ` applyBorder="1"`;
  const horizontal = style.horizontal ?? (style.indent ? "left" : undefined);
  const align =
    (horizontal ? ` horizontal="${horizontal}"` : "") +
    (style.vertical ? ` vertical="${style.vertical === "middle" ? "center" : style.vertical}"` : "") +
    (style.wrap ? ` wrapText="1"` : "") +
    (style.indent ? ` indent="${Math.round(style.indent)}"` : "");
  if (!align) return s + "/>";
  return s + ` applyAlignment="1"><${q("alignment")}${align}/></${q("xf")}>`;
}
