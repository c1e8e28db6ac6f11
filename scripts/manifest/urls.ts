import { error, warning, type Issue } from "./issues";
import { NS, child, descendants, where, type El } from "./xml";

const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]);
const LOCAL = /^(localhost|127\.0\.0\.1|\[::1\])$/i;

/** Every URL the manifest carries, with the element it is on, for the https and icon checks. */
export function urlsOf(root: El): { el: El; url: string }[] {
  const out: { el: El; url: string }[] = [];
  for (const el of [root, ...descendants(root)]) {
    const isUrl = (el.namespaceURI === NS.app && URL_ELEMENTS.has(el.localName ?? "")) || (el.namespaceURI === NS.bt && (el.localName === "Url" || (el.localName === "Image" && el.hasAttribute("DefaultValue"))));
    if (!isUrl) continue;
    const d = el.getAttribute("DefaultValue");
    if (d) out.push({ el, url: d });
    for (const o of descendants(el)) if (o.localName === "Override" && o.getAttribute("Value")) out.push({ el: o, url: o.getAttribute("Value") as string });
  }
  return out;
}

/**
 * Office loads add-ins only over https. In development http://localhost is tolerated with a warning; a production
 * manifest must not point at localhost at all, or it works on the developer's machine only.
 */
export function checkUrls(root: El, production: boolean): Issue[] {
  const issues: Issue[] = [];
  for (const { el, url } of urlsOf(root)) {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      issues.push(error(`${where(el)} "${url}" is not an absolute URL`));
      continue;
    }
    const local = LOCAL.test(u.hostname);
    if (production && local) issues.push(error(`${where(el)} points at ${u.host}; a production manifest needs the server's URL (build with --env url=…)`));
    if (u.protocol === "https:") continue;
    if (u.protocol === "http:" && local && !production) issues.push(warning(`${where(el)} uses http://${u.host}; Office on the desktop requires https`));
    else issues.push(error(`${where(el)} "${url}" must use https`));
  }
  for (const d of child(root, "AppDomains") ? descendants(child(root, "AppDomains") as El) : []) {
    const v = (d.textContent ?? "").trim();
    if (v && !/^https:\/\//i.test(v) && /^[a-z]+:\/\//i.test(v)) issues.push(error(`${where(d)} "${v}" must use https`));
  }
  return issues;
}
