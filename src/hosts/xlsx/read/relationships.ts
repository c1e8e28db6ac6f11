import { parseXml } from "./xml";

export interface Relationship {
  id: string;
  /** The relationship type's last segment: "worksheet", "chartsheet", "officeDocument", "sharedStrings", … — the same
   * for Transitional and Strict, whose type URIs differ only before it. */
  kind: string;
  /** The target part's name in the package, resolved against the source part's folder. */
  part: string;
}

/** A relationships part (`_rels/….rels`) of the part `source`; internal targets only. */
export function parseRelationships(bytes: Uint8Array | null, source: string): Relationship[] {
  if (!bytes) return [];
  const out: Relationship[] = [];
  const folder = source.includes("/") ? source.slice(0, source.lastIndexOf("/") + 1) : "";
  parseXml(bytes, {
    open(name, a) {
      if (name !== "Relationship" || !a.Target || a.TargetMode === "External") return;
      out.push({ id: a.Id ?? "", kind: (a.Type ?? "").split("/").pop() ?? "", part: resolvePart(folder, a.Target) });
    },
  });
  return out;
}

/** The relationships part that belongs to `part`: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function resolvePart(folder: string, target: string): string {
  const path = target.replace(/\\/g, "/");
  const segments = (path.startsWith("/") ? path.slice(1) : folder + path).split("/");
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}
