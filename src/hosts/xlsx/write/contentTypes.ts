import { scanXml, splice, qname } from "./scan";
import { xmlAttr } from "./xml";

export const CONTENT_TYPES = "[Content_Types].xml";

/** The content type a part is declared with: its Override, else its extension's Default. */
export function contentTypeOf(xml: string, part: string): string | undefined {
  const els = scanXml(xml);
  const override = els.find((e) => e.local === "Override" && e.attrs.get("PartName")?.toLowerCase() === `/${part}`.toLowerCase());
  if (override) return override.attrs.get("ContentType");
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  return els.find((e) => e.local === "Default" && e.attrs.get("Extension")?.toLowerCase() === ext)?.attrs.get("ContentType");
}

/** [Content_Types].xml declaring `part` with an Override of `type` (left as it is where it already says so). */
export function withOverride(xml: string, part: string, type: string): string {
  if (contentTypeOf(xml, part) === type) return xml;
  const root = scanXml(xml).find((e) => e.local === "Types");
  if (!root) throw new Error("[Content_Types].xml has no Types element");
  const line = `<${qname(root.prefix, "Override")} PartName="/${xmlAttr(part)}" ContentType="${xmlAttr(type)}"/>`;
  return splice(xml, [root.selfClosing ? { at: root.openEnd - 2, remove: 2, insert: `>${line}</${qname(root.prefix, "Types")}>` } : { at: root.closeStart, insert: line }]);
}
