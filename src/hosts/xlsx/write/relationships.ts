import { scanXml, splice, qname, type XmlElement } from "./scan";
import { relsPathOf, resolveTarget, targetFrom } from "./paths";
import { xmlAttr, NS } from "./xml";

export interface Relationship {
  id: string;
  type: string;
  /** The part it points at, resolved (for internal targets). */
  part: string;
  external: boolean;
}

/** The relationships of `part` from the text of its .rels (absent: none). */
export function readRelationships(part: string, relsXml: string | undefined): Relationship[] {
  if (relsXml === undefined) return [];
  return scanXml(relsXml)
    .filter((e) => e.local === "Relationship")
    .map((e) => {
      const external = e.attrs.get("TargetMode") === "External";
      const target = e.attrs.get("Target") ?? "";
      return { id: e.attrs.get("Id") ?? "", type: e.attrs.get("Type") ?? "", part: external ? target : resolveTarget(part, target), external };
    });
}

/** The type's last segment: ".../relationships/worksheet" is "worksheet" in Transitional and Strict alike. */
export const relKind = (type: string) => type.slice(type.lastIndexOf("/") + 1);

/** A fresh relationship id, rId1, rId2 … the first the part does not use. */
export function freshId(existing: readonly Relationship[]): string {
  const used = new Set(existing.map((r) => r.id));
  for (let n = existing.length + 1; ; n++) if (!used.has(`rId${n}`)) return `rId${n}`;
}

/** The .rels text with one more relationship; a .rels that did not exist is created. */
export function addRelationship(part: string, relsXml: string | undefined, rel: { id: string; type: string; part: string }): { path: string; xml: string } {
  const path = relsPathOf(part);
  const line = (prefix: string) => `<${qname(prefix, "Relationship")} Id="${xmlAttr(rel.id)}" Type="${xmlAttr(rel.type)}" Target="${xmlAttr(targetFrom(part, rel.part))}"/>`;
  if (relsXml === undefined) {
    return { path, xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.packageRels}">${line("")}</Relationships>` };
  }
  const root = scanXml(relsXml).find((e) => e.local === "Relationships") as XmlElement;
  const edit = root.selfClosing
    ? { at: root.openEnd - 2, remove: 2, insert: `>${line(root.prefix)}</${qname(root.prefix, "Relationships")}>` }
    : { at: root.closeStart, insert: line(root.prefix) };
  return { path, xml: splice(relsXml, [edit]) };
}
