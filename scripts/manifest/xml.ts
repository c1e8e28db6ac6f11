import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";
import type { Issue } from "./issues";

/** Namespaces of an add-in-only manifest. */
export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  vo: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

export type El = XmlElement;

/** Parses the manifest; a document that is not well-formed yields issues and no root. */
export function parseXml(text: string): { root: El | null; issues: Issue[] } {
  const issues: Issue[] = [];
  const onError = (level: string, message: string) => {
    if (level !== "warning") issues.push({ level: "error", message: `not well-formed XML: ${message.split("\n")[0]}` });
  };
  try {
    const doc = new DOMParser({ onError }).parseFromString(text, "text/xml");
    return { root: issues.length ? null : (doc.documentElement as El | null), issues };
  } catch (e) {
    if (!issues.length) issues.push({ level: "error", message: `not well-formed XML: ${e instanceof Error ? e.message : String(e)}` });
    return { root: null, issues };
  }
}

export function children(el: El, localName?: string): El[] {
  const out: El[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (localName === undefined || (n as El).localName === localName)) out.push(n as El);
  }
  return out;
}

export function child(el: El, localName: string): El | null {
  return children(el, localName)[0] ?? null;
}

/** Every element below `el` (depth first, document order). */
export function descendants(el: El): El[] {
  const out: El[] = [];
  const walk = (e: El) => {
    for (const c of children(e)) {
      out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

export function text(el: El | null): string {
  return (el?.textContent ?? "").trim();
}

export function xsiType(el: El): string | null {
  return el.getAttributeNS(NS.xsi, "type") || el.getAttribute("xsi:type") || null;
}

/** "line 12: <Control id=\"X\">" — enough to find the element in an editor. */
export function where(el: El): string {
  const line = (el as unknown as { lineNumber?: number }).lineNumber;
  const id = el.getAttribute("id");
  return `${line ? `line ${line}: ` : ""}<${el.nodeName}${id ? ` id="${id}"` : ""}>`;
}
