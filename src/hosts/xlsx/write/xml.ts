/* eslint-disable no-control-regex -- the control characters XML 1.0 forbids are what these expressions find */
/** Escaping for the XML the writer produces. */

const ATTR: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };
const TEXT: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };

/**
 * XML 1.0 cannot carry most C0 controls at all, so SpreadsheetML spells them _xHHHH_ (ECMA-376 Part 1, 22.9.2.19
 * ST_Xstring). A literal "_x0041_" typed by the user must then be escaped itself (its underscore as _x005F_), or a
 * reader would turn it into "A".
 */
function xstring(s: string): string {
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** Whether a text needs any escaping at all: most cells do not, and skip the replacements. */
const SPECIAL = /[&<>"\r\t\n_\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Text content of an element whose text is an ST_Xstring (a cell's <t>, a header or footer). */
export function xmlText(s: string): string {
  if (!SPECIAL.test(s)) return s;
  return xstring(s).replace(/[&<>\r]/g, (c) => TEXT[c]);
}

/** An attribute value. Tabs and line breaks as character references, or a parser normalises them to spaces. */
export function xmlAttr(s: string): string {
  return xstring(s).replace(/[&<>"\t\n\r]/g, (c) => ATTR[c]);
}

/** An attribute value that is not an ST_Xstring (a formula, a sheet name in a defined name): only the XML escapes. */
export function xmlAttrPlain(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "").replace(/[&<>"\t\n\r]/g, (c) => ATTR[c]);
}

/** Text of an element that is not an ST_Xstring (a formula, a defined name's reference). */
export function xmlTextPlain(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "").replace(/[&<>\r]/g, (c) => TEXT[c]);
}

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  strictMain: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  strictRel: "http://purl.oclc.org/ooxml/officeDocument/relationships",
  packageRels: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;
