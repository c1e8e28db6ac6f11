import { error, type Issue } from "./issues";
import { NS, child, children, descendants, where, type El } from "./xml";

export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

export interface Resource {
  kind: ResourceKind;
  id: string;
  value: string;
  el: El;
}

const KINDS: ResourceKind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];
const RESID_MAX = 32;

/** What kind of resource an element's resid must name, by the element (schema types of VersionOverrides 1.0). */
function expectedKind(el: El): ResourceKind | null {
  const name = el.localName;
  const parent = (el.parentNode as El | null)?.localName;
  if (name === "Image") return "Images";
  if (name === "FunctionFile" || name === "SourceLocation" || name === "LearnMoreUrl") return "Urls";
  if (name === "Label" || name === "Title") return "ShortStrings";
  if (name === "Description" && (parent === "Supertip" || parent === "GetStarted")) return "LongStrings";
  return null;
}

export function resourcesOf(versionOverrides: El): Resource[] {
  const res = child(versionOverrides, "Resources");
  if (!res) return [];
  const out: Resource[] = [];
  for (const kind of KINDS) {
    const group = children(res, kind).find((g) => g.namespaceURI === NS.bt);
    if (!group) continue;
    for (const el of children(group)) out.push({ kind, id: el.getAttribute("id") ?? "", value: el.getAttribute("DefaultValue") ?? "", el });
  }
  return out;
}

/** Every resid names a defined resource of the right kind, and every defined resource is named somewhere. */
export function checkResources(versionOverrides: El): Issue[] {
  const issues: Issue[] = [];
  const resources = resourcesOf(versionOverrides);
  if (!child(versionOverrides, "Resources")) issues.push(error("<VersionOverrides> has no <Resources>"));
  const byId = new Map<string, Resource>();
  for (const r of resources) {
    if (!r.id) issues.push(error(`${where(r.el)} has no id`));
    else if (r.id.length > RESID_MAX) issues.push(error(`${where(r.el)} id is longer than ${RESID_MAX} characters`));
    if (byId.has(r.id)) issues.push(error(`${where(r.el)} id "${r.id}" is defined twice`));
    byId.set(r.id, r);
  }
  const used = new Set<string>();
  for (const el of descendants(versionOverrides)) {
    const resid = el.getAttribute("resid");
    if (resid === null) continue;
    used.add(resid);
    const r = byId.get(resid);
    const want = expectedKind(el);
    if (!r) issues.push(error(`${where(el)} resid "${resid}" is not defined in <Resources>`));
    else if (want && r.kind !== want) issues.push(error(`${where(el)} resid "${resid}" names a bt:${r.kind} entry; it must name one of bt:${want}`));
  }
  for (const r of resources) if (r.id && !used.has(r.id)) issues.push(error(`${where(r.el)} "${r.id}" is defined but never used`));
  return issues;
}
