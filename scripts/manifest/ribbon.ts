import { error, type Issue } from "./issues";
import { child, children, descendants, text, where, xsiType, type El } from "./xml";

/**
 * The ribbon part of VersionOverrides 1.0 for a task pane add-in: the element order the schema fixes inside the
 * structures people edit most (group, control, supertip, icon) and what each action needs.
 */
const ICON_SIZES = ["16", "32", "80"];
const ID_MAX = 125;

function checkOrder(el: El, order: string[], required: string[], issues: Issue[]): void {
  const names = children(el).map((c) => c.localName ?? "");
  let last = -1;
  for (const [i, name] of names.entries()) {
    const pos = order.indexOf(name);
    if (pos < 0) continue; // repeated Control elements, or elements outside what this check covers
    if (pos < last) issues.push(error(`${where(children(el)[i])} is out of order inside ${where(el)} (order: ${order.join(", ")})`));
    last = Math.max(last, pos);
  }
  for (const r of required) if (!names.includes(r)) issues.push(error(`${where(el)} needs <${r}>`));
}

function checkIcon(icon: El, issues: Issue[]): void {
  const sizes = children(icon, "Image").map((i) => i.getAttribute("size") ?? "");
  for (const s of ICON_SIZES) if (!sizes.includes(s)) issues.push(error(`${where(icon)} needs a <bt:Image size="${s}">`));
}

export function checkRibbon(vo: El, appHosts: string[]): Issue[] {
  const issues: Issue[] = [];
  const type = xsiType(vo);
  if (type !== "VersionOverridesV1_0") issues.push(error(`${where(vo)} must have xsi:type="VersionOverridesV1_0" (found ${type ?? "none"})`));
  checkOrder(vo, ["Description", "Requirements", "Hosts", "Resources", "VersionOverrides"], ["Hosts", "Resources"], issues);
  const hosts = child(vo, "Hosts");
  for (const host of hosts ? children(hosts, "Host") : []) {
    const ht = xsiType(host) ?? "";
    if (!appHosts.includes(ht)) issues.push(error(`${where(host)} xsi:type="${ht}" is not among the manifest's <Hosts>`));
    const desktop = child(host, "DesktopFormFactor");
    if (!desktop) {
      issues.push(error(`${where(host)} needs <DesktopFormFactor>`));
      continue;
    }
    checkOrder(desktop, ["GetStarted", "FunctionFile", "ExtensionPoint"], ["ExtensionPoint"], issues);
    const started = child(desktop, "GetStarted");
    if (started) checkOrder(started, ["Title", "Description", "LearnMoreUrl"], ["Title", "Description", "LearnMoreUrl"], issues);
    const hasFunctionFile = child(desktop, "FunctionFile") !== null;
    for (const el of descendants(desktop)) {
      if (el.localName === "Group") checkOrder(el, ["Label", "Icon", "Control"], ["Label", "Icon", "Control"], issues);
      if (el.localName === "Control") checkOrder(el, ["Label", "Supertip", "Icon", "Action"], ["Label", "Supertip", "Icon", "Action"], issues);
      if (el.localName === "Supertip") checkOrder(el, ["Title", "Description"], ["Title", "Description"], issues);
      if (el.localName === "Icon") checkIcon(el, issues);
      if (el.localName === "Action") {
        const at = xsiType(el);
        if (at === "ExecuteFunction") {
          if (!text(child(el, "FunctionName"))) issues.push(error(`${where(el)} ExecuteFunction needs a <FunctionName>`));
          if (!hasFunctionFile) issues.push(error(`${where(el)} ExecuteFunction needs a <FunctionFile> in <DesktopFormFactor>`));
        } else if (at === "ShowTaskpane") {
          if (!child(el, "SourceLocation")) issues.push(error(`${where(el)} ShowTaskpane needs a <SourceLocation resid=…>`));
        } else {
          issues.push(error(`${where(el)} xsi:type must be ExecuteFunction or ShowTaskpane (found ${at ?? "none"})`));
        }
      }
    }
    const ids = new Set<string>();
    for (const el of descendants(desktop)) {
      if (!["OfficeTab", "CustomTab", "Group", "Control", "Menu", "Item"].includes(el.localName ?? "")) continue;
      const id = el.getAttribute("id") ?? "";
      if (!id) issues.push(error(`${where(el)} needs an id`));
      else if (id.length > ID_MAX) issues.push(error(`${where(el)} id is longer than ${ID_MAX} characters`));
      else if (ids.has(id)) issues.push(error(`${where(el)} id "${id}" is used twice`));
      ids.add(id);
    }
  }
  return issues;
}

/** The function names the ribbon's ExecuteFunction buttons call, for checking against the function file's code. */
export function functionNames(vo: El): string[] {
  return descendants(vo)
    .filter((el) => el.localName === "FunctionName")
    .map((el) => text(el));
}
