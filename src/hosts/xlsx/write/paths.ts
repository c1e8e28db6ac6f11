/** Part names inside the package, as the zip stores them (no leading slash), and the rels that point at them. */

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's Target resolved against the part that holds it (absolute targets start at the package root). */
export function resolveTarget(fromPart: string, target: string): string {
  const raw = target.startsWith("/") ? target.slice(1) : fromPart.slice(0, fromPart.lastIndexOf("/") + 1) + target;
  const out: string[] = [];
  for (const seg of decodeURIComponentSafe(raw).split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** The Target to write for `part`, relative to the folder of `fromPart` where it lies below it. */
export function targetFrom(fromPart: string, part: string): string {
  const dir = fromPart.slice(0, fromPart.lastIndexOf("/") + 1);
  return part.startsWith(dir) ? part.slice(dir.length) : `/${part}`;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
