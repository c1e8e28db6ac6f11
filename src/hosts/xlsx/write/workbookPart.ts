import { prefixFor, qname, scanXml, setAttr, splice, type Edit, type XmlElement } from "./scan";
import { NS, xmlAttr, xmlTextPlain } from "./xml";

export interface SheetEntry {
  name: string;
  sheetId: number;
  /** The relationship from workbook.xml to the sheet's part. */
  rId: string;
  /** Position among <sheets> (chartsheets included): a defined name's localSheetId. */
  index: number;
}

const relId = (e: XmlElement) => e.nsAttrs.get(`{${NS.rel}}id`) ?? e.nsAttrs.get(`{${NS.strictRel}}id`) ?? "";

function sheetElements(xml: string): { els: XmlElement[]; sheets: XmlElement[]; list: XmlElement; root: XmlElement } {
  const els = scanXml(xml);
  const root = els.find((e) => e.parent === null && e.local === "workbook");
  const list = els.find((e) => e.parent === root && e.local === "sheets");
  if (!root || !list) throw new Error("workbook.xml has no <sheets>");
  return { els, sheets: els.filter((e) => e.parent === list && e.local === "sheet"), list, root };
}

export function readSheets(xml: string): SheetEntry[] {
  return sheetElements(xml).sheets.map((e, index) => ({ name: e.attrs.get("name") ?? "", sheetId: Number(e.attrs.get("sheetId")) || 0, rId: relId(e), index }));
}

/** The main namespace of the workbook: Strict (ISO 29500) packages get their new parts in Strict too. */
export function mainNamespace(xml: string): string {
  const { root } = sheetElements(xml);
  return root.uri === NS.strictMain ? NS.strictMain : NS.main;
}

/** workbook.xml with one more <sheet> at the end of <sheets>; existing positions (and localSheetIds) do not move. */
export function addSheetEntry(xml: string, name: string, rId: string): string {
  const { sheets, list } = sheetElements(xml);
  const sheetId = Math.max(0, ...sheets.map((e) => Number(e.attrs.get("sheetId")) || 0)) + 1;
  const relNs = list.uri === NS.strictMain ? NS.strictRel : NS.rel;
  const r = prefixFor(list, relNs);
  // A workbook.xml that never bound the relationships namespace gets it declared on the new element only.
  const idAttr = r ? `${r}:id="${xmlAttr(rId)}"` : `xmlns:r="${relNs}" r:id="${xmlAttr(rId)}"`;
  const el = `<${qname(list.prefix, "sheet")} name="${xmlAttr(name)}" sheetId="${sheetId}" ${idAttr}/>`;
  const edit: Edit = list.selfClosing
    ? { at: list.start, remove: list.end - list.start, insert: `<${qname(list.prefix, "sheets")}>${el}</${qname(list.prefix, "sheets")}>` }
    : { at: list.closeStart, insert: el };
  return splice(xml, [edit]);
}

/** A sheet renamed in workbook.xml: its <sheet> and the defined names that refer to it. The sheet parts stay. */
export function renameSheetEntry(xml: string, from: string, to: string): string {
  const { els, sheets } = sheetElements(xml);
  const sheet = sheets.find((e) => e.attrs.get("name") === from);
  if (!sheet) throw new Error(`no sheet named ${from}`);
  const edits: Edit[] = [setAttr(xml, sheet, "name", xmlAttr(to))];
  for (const d of els.filter((e) => e.local === "definedName" && !e.selfClosing)) {
    const body = xml.slice(d.openEnd, d.closeStart);
    const renamed = renameInFormula(body, from, to);
    if (renamed !== body) edits.push({ at: d.openEnd, remove: d.closeStart - d.openEnd, insert: renamed });
  }
  return splice(xml, edits);
}

/** 'name'! and, for a name that needs no quotes, name! — as references in the escaped text of a defined name. */
function renameInFormula(escapedBody: string, from: string, to: string): string {
  const quoted = (n: string) => xmlTextPlain(`'${n.replace(/'/g, "''")}'!`);
  let out = escapedBody.split(quoted(from)).join(quoted(to));
  if (/^[A-Za-z_\u0080-\uffff][\w.\u0080-\uffff]*$/.test(from)) {
    out = out.replace(new RegExp(`(^|[^\\w.'\\u0080-\\uffff])${from.replace(/[.]/g, "\\.")}!`, "gu"), (_, lead: string) => `${lead}${quoted(to)}`);
  }
  return out;
}

/** The defined names the writer owns for a sheet: print titles, print area, the autofilter's range. */
export const OWN_NAMES = ["_xlnm.Print_Titles", "_xlnm.Print_Area", "_xlnm._FilterDatabase"];

export interface DefinedName {
  name: string;
  /** The reference, unescaped: 'sheet'!$1:$2. */
  ref: string;
  hidden?: boolean;
}

/**
 * workbook.xml with the writer's own defined names of sheet `index` set to `names`: any the sheet had are removed
 * (a report replaced in place), the rest of <definedNames> is kept as it was. CT_Workbook puts <definedNames> after
 * <sheets>, <functionGroups> and <externalReferences>.
 */
export function setSheetNames(xml: string, index: number, names: readonly DefinedName[]): string {
  const { els, root } = sheetElements(xml);
  const list = els.find((e) => e.parent === root && e.local === "definedNames") ?? null;
  const children = list ? els.filter((e) => e.parent === list && e.local === "definedName") : [];
  const stale = children.filter((e) => e.attrs.get("localSheetId") === String(index) && OWN_NAMES.includes(e.attrs.get("name") ?? ""));
  const p = list?.prefix ?? root.prefix;
  const body = names
    .map((n) => `<${qname(p, "definedName")} name="${n.name}"${n.hidden ? ` hidden="1"` : ""} localSheetId="${index}">${xmlTextPlain(n.ref)}</${qname(p, "definedName")}>`)
    .join("");
  const edits: Edit[] = stale.map((e) => ({ at: e.start, remove: e.end - e.start, insert: "" }));
  if (list && !list.selfClosing) {
    if (!body && stale.length && stale.length === children.length) return splice(xml, [{ at: list.start, remove: list.end - list.start, insert: "" }]);
    if (body) edits.push({ at: list.closeStart, insert: body });
  } else if (body) {
    const element = `<${qname(p, "definedNames")}>${body}</${qname(p, "definedNames")}>`;
    if (list) edits.push({ at: list.start, remove: list.end - list.start, insert: element });
    else {
      const before = ["sheets", "functionGroups", "externalReferences"]
        .map((l) => els.find((e) => e.parent === root && e.local === l))
        .filter((e): e is XmlElement => e !== undefined);
      edits.push({ at: Math.max(...before.map((e) => e.end)), insert: element });
    }
  }
  return splice(xml, edits);
}

/** A sheet's name as a formula reference: always quoted, an apostrophe doubled. */
export const sheetRef = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** "1:2" → $1:$2; "A1:J40" → $A$1:$J$40. */
export function absolute(range: string): string {
  return range
    .split(":")
    .map((part) => part.replace(/^([A-Za-z]*)(\d*)$/, (_, c: string, r: string) => `${c ? `$${c.toUpperCase()}` : ""}${r ? `$${r}` : ""}`))
    .join(":");
}

/** The minimal workbook.xml a new package starts with. */
export function emptyWorkbook(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    `<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets/><calcPr calcId="191029"/></workbook>`
  );
}
