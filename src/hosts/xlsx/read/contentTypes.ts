import { parseXml } from "./xml";

/**
 * [Content_Types].xml: each overridden part's content type, by part name without the leading "/". Only a fallback for
 * finding the workbook part (the relationships lead to every part), so a garbled one is read as empty, as Excel
 * repairs it without a word about the cells.
 */
export function parseContentTypes(bytes: Uint8Array | null): Map<string, string> {
  const out = new Map<string, string>();
  if (!bytes) return out;
  try {
    parseXml(bytes, {
      open(name, a) {
        if (name === "Override" && a.PartName && a.ContentType) out.set(a.PartName.replace(/^\/+/, "").toLowerCase(), a.ContentType);
      },
    });
  } catch {
    out.clear();
  }
  return out;
}

/** The workbook part by its content type, for a package whose root relationships are lost: .xlsx, .xlsm, .xltx. */
export function workbookPartByType(types: Map<string, string>): string | null {
  for (const [part, type] of types) if (/\.sheet\.(main|macroEnabled\.main)\+xml$|\.template\.main\+xml$/.test(type)) return part;
  return null;
}
