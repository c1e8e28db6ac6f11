import { error, warning, type Issue } from "./issues";
import { LOCALE } from "./root";
import { NS, child, children, descendants, where, type El } from "./xml";

/**
 * Localisable values: length limits of the schema's ShortString (125) and LongString (250) types, and one Override
 * per locale (Office ignores all but one, and which is not defined).
 */
export const SHORT = 125;
export const LONG = 250;
export const URL_MAX = 2048;

/** The top-level elements that carry DefaultValue + <Override>, and the limit of each. */
const TOP: Record<string, number> = {
  DisplayName: SHORT,
  Description: LONG,
  IconUrl: URL_MAX,
  HighResolutionIconUrl: URL_MAX,
  SupportUrl: URL_MAX,
};

function checkValued(el: El, limit: number, defaultLocale: string, issues: Issue[]): void {
  const value = el.getAttribute("DefaultValue");
  if (value === null || value === "") issues.push(error(`${where(el)} needs a non-empty DefaultValue`));
  else if ([...value].length > limit) issues.push(error(`${where(el)} DefaultValue is ${[...value].length} characters; the limit is ${limit}`));
  const locales = new Set<string>();
  for (const o of children(el, "Override")) {
    const locale = o.getAttribute("Locale") ?? "";
    const v = o.getAttribute("Value") ?? "";
    if (!LOCALE.test(locale)) issues.push(error(`${where(o)} Locale must be a culture name such as en-US; found "${locale}"`));
    if (locales.has(locale.toLowerCase())) issues.push(error(`${where(el)} has more than one Override for ${locale}`));
    locales.add(locale.toLowerCase());
    if (locale.toLowerCase() === defaultLocale.toLowerCase()) issues.push(warning(`${where(o)} overrides the default locale ${defaultLocale}; DefaultValue already is that`));
    if (!v) issues.push(error(`${where(o)} has an empty Value`));
    else if ([...v].length > limit) issues.push(error(`${where(o)} Value is ${[...v].length} characters; the limit is ${limit}`));
  }
}

export function checkStrings(root: El, defaultLocale: string): Issue[] {
  const issues: Issue[] = [];
  for (const [name, limit] of Object.entries(TOP)) {
    const el = child(root, name);
    if (el) checkValued(el, limit, defaultLocale, issues);
  }
  const source = child(root, "DefaultSettings") && child(child(root, "DefaultSettings") as El, "SourceLocation");
  if (source) checkValued(source, URL_MAX, defaultLocale, issues);
  for (const el of descendants(root)) {
    if (el.namespaceURI !== NS.bt || !el.parentNode) continue;
    const parent = (el.parentNode as El).localName;
    if (el.localName === "String") checkValued(el, parent === "LongStrings" ? LONG : SHORT, defaultLocale, issues);
    if (el.localName === "Url" || (el.localName === "Image" && parent === "Images")) checkValued(el, URL_MAX, defaultLocale, issues);
  }
  return issues;
}
