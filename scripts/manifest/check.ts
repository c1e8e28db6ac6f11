import { checkIcons } from "./icons";
import type { Issue } from "./issues";
import { checkResources } from "./resources";
import { checkRibbon } from "./ribbon";
import { checkRoot } from "./root";
import { checkStrings } from "./strings";
import { checkUrls } from "./urls";
import { child, children, parseXml, text } from "./xml";

export type { Issue } from "./issues";

export interface CheckOptions {
  /** Reads a file relative to the served root (e.g. "assets/icon-16.png"); null when it does not exist. */
  readFile(relPath: string): Uint8Array | null;
  /** A manifest to deploy: localhost URLs are errors rather than the dev setup. */
  production?: boolean;
}

/**
 * The checks of an add-in-only manifest that can be made without Microsoft's online validator: well-formedness,
 * the schema's order and required elements, formats, resources, lengths, URLs and icons. Pure: the caller reads files.
 */
export function checkManifest(xml: string, options: CheckOptions): Issue[] {
  const { root, issues } = parseXml(xml);
  if (!root) return issues;
  const rootIssues = checkRoot(root);
  issues.push(...rootIssues);
  // A wrong root makes every later check noise.
  if (root.localName !== "OfficeApp") return issues;
  issues.push(...checkStrings(root, text(child(root, "DefaultLocale"))));
  issues.push(...checkUrls(root, options.production ?? false));
  issues.push(...checkIcons(root, options.readFile));
  const vo = child(root, "VersionOverrides");
  if (vo) {
    const hostsEl = child(root, "Hosts");
    const appHosts = hostsEl ? children(hostsEl, "Host").map((h) => h.getAttribute("Name") ?? "") : [];
    issues.push(...checkRibbon(vo, appHosts));
    issues.push(...checkResources(vo));
  }
  return issues;
}
