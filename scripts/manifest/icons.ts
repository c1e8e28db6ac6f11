import { error, type Issue } from "./issues";
import { pngSize } from "./pngSize";
import { resourcesOf } from "./resources";
import { child, descendants, where, type El } from "./xml";

/** Where the add-in's files live relative to the served root: the URL's path from its "assets/" segment on. */
export function assetPath(url: string): string | null {
  try {
    const path = decodeURIComponent(new URL(url).pathname);
    const i = path.indexOf("/assets/");
    return i < 0 ? null : path.slice(i + 1);
  } catch {
    return null;
  }
}

/**
 * Each icon the manifest names must exist under assets/ and be a PNG of the size its role claims: IconUrl 32 px,
 * HighResolutionIconUrl 64 px, a ribbon image the size of every <bt:Image size> that uses it, and any size written
 * in its name (icon-16.png, Icon.16x16) must agree too.
 */
export function checkIcons(root: El, readFile: (relPath: string) => Uint8Array | null): Issue[] {
  const issues: Issue[] = [];
  const claims: { el: El; url: string; size: number; why: string }[] = [];
  const top = (name: string, size: number) => {
    const el = child(root, name);
    const url = el?.getAttribute("DefaultValue");
    if (el && url) claims.push({ el, url, size, why: `<${name}> is shown at ${size} px` });
  };
  top("IconUrl", 32);
  top("HighResolutionIconUrl", 64);

  const vo = child(root, "VersionOverrides");
  const images = vo ? resourcesOf(vo).filter((r) => r.kind === "Images") : [];
  for (const img of images) {
    for (const use of descendants(vo as El)) {
      if (use.localName === "Image" && use.getAttribute("resid") === img.id) {
        const size = Number(use.getAttribute("size"));
        if (Number.isFinite(size) && size > 0) claims.push({ el: img.el, url: img.value, size, why: `${where(use)} uses it at ${size} px` });
      }
    }
    const named = /(\d+)x(\d+)/i.exec(img.id);
    if (named) claims.push({ el: img.el, url: img.value, size: Number(named[1]), why: `its id "${img.id}" says ${named[1]} px` });
  }
  for (const c of [...claims]) {
    const named = /icon-(\d+)\.png$/i.exec(c.url);
    if (named) claims.push({ el: c.el, url: c.url, size: Number(named[1]), why: `its file name says ${named[1]} px` });
  }

  const checked = new Set<string>();
  for (const c of claims) {
    const rel = assetPath(c.url);
    if (!rel) {
      issues.push(error(`${where(c.el)} "${c.url}" is not under assets/`));
      continue;
    }
    const bytes = readFile(rel);
    if (!bytes) {
      if (!checked.has(rel)) issues.push(error(`${where(c.el)} ${rel} does not exist`));
      checked.add(rel);
      continue;
    }
    const size = pngSize(bytes);
    if (!size) {
      if (!checked.has(rel)) issues.push(error(`${where(c.el)} ${rel} is not a PNG file`));
      checked.add(rel);
      continue;
    }
    if (size.width !== c.size || size.height !== c.size) issues.push(error(`${where(c.el)} ${rel} is ${size.width}×${size.height} px, but ${c.why}`));
  }
  return issues;
}
