import { error, warning, type Issue } from "./issues";
import { NS, child, children, text, where, xsiType, type El } from "./xml";

/**
 * The OfficeApp root of a task pane add-in, as the schema (OfficeAppManifestV1_1.xsd, [MS-OWEMXML]) orders it:
 * the base elements, then TaskPaneApp's own. Anything out of this order is rejected by Office at install.
 */
export const TASKPANE_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
] as const;

const REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"];
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
const HOSTS = ["Document", "Database", "Mailbox", "Notebook", "Presentation", "Project", "Workbook"];

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Up to four dot-separated parts of at most five digits, no leading zeros: 1.0, 1.0.0.0, 2.13.7.
export const VERSION = /^(0|[1-9][0-9]{0,4})(\.(0|[1-9][0-9]{0,4})){0,3}$/;
export const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})+$/i;
const SET_VERSION = /^\d+\.\d+$/;

export function checkRoot(root: El): Issue[] {
  const issues: Issue[] = [];
  if (root.localName !== "OfficeApp" || root.namespaceURI !== NS.app) {
    return [error(`the root element must be <OfficeApp xmlns="${NS.app}">, found <${root.nodeName}> in ${root.namespaceURI ?? "no namespace"}`)];
  }
  if (xsiType(root) !== "TaskPaneApp") issues.push(error(`<OfficeApp> must have xsi:type="TaskPaneApp" (found ${xsiType(root) ?? "none"})`));

  const kids = children(root);
  let last = -1;
  const seen = new Set<string>();
  for (const k of kids) {
    const name = k.localName ?? "";
    const pos = (TASKPANE_ORDER as readonly string[]).indexOf(name);
    if (k.namespaceURI !== NS.app && name !== "VersionOverrides") {
      issues.push(error(`${where(k)} is not in the manifest's namespace`));
    } else if (pos < 0) {
      issues.push(error(`${where(k)} is not an element of a task pane add-in's <OfficeApp>`));
    } else if (seen.has(name)) {
      issues.push(error(`${where(k)} appears more than once`));
    } else if (pos < last) {
      issues.push(error(`${where(k)} is out of order: it must come before <${TASKPANE_ORDER[last]}> (order: ${TASKPANE_ORDER.join(", ")})`));
    }
    seen.add(name);
    last = Math.max(last, pos);
  }
  for (const name of REQUIRED) if (!seen.has(name)) issues.push(error(`<${name}> is required`));

  const id = text(child(root, "Id"));
  if (seen.has("Id") && !GUID.test(id)) issues.push(error(`<Id> must be a GUID such as 0a1b2c3d-…; found "${id}"`));
  const version = text(child(root, "Version"));
  if (seen.has("Version") && !VERSION.test(version)) issues.push(error(`<Version> must be n[.n[.n[.n]]] with at most five digits each; found "${version}"`));
  const locale = text(child(root, "DefaultLocale"));
  if (seen.has("DefaultLocale") && !LOCALE.test(locale)) issues.push(error(`<DefaultLocale> must be a culture name such as zh-CN; found "${locale}"`));
  if (seen.has("ProviderName") && !text(child(root, "ProviderName"))) issues.push(error("<ProviderName> is empty"));
  const permissions = text(child(root, "Permissions"));
  if (seen.has("Permissions") && !PERMISSIONS.includes(permissions)) issues.push(error(`<Permissions> must be one of ${PERMISSIONS.join(", ")}; found "${permissions}"`));

  const hosts = child(root, "Hosts");
  if (hosts) {
    const list = children(hosts, "Host");
    if (!list.length) issues.push(error("<Hosts> lists no <Host>"));
    for (const h of list) if (!HOSTS.includes(h.getAttribute("Name") ?? "")) issues.push(error(`${where(h)} Name must be one of ${HOSTS.join(", ")}`));
  } else {
    issues.push(warning("no <Hosts>: the add-in is offered in every Office application"));
  }
  const sets = child(root, "Requirements") && child(child(root, "Requirements") as El, "Sets");
  if (sets) {
    for (const s of children(sets, "Set")) {
      if (!s.getAttribute("Name")) issues.push(error(`${where(s)} has no Name`));
      const min = s.getAttribute("MinVersion");
      if (min !== null && min !== "" && !SET_VERSION.test(min)) issues.push(error(`${where(s)} MinVersion must be like 1.8; found "${min}"`));
    }
  }
  const settings = child(root, "DefaultSettings");
  if (settings && !child(settings, "SourceLocation")?.getAttribute("DefaultValue")) issues.push(error("<DefaultSettings> needs <SourceLocation DefaultValue=…>"));
  return issues;
}
