import { PROFILES, type ProfileId } from "../core/settings";
import type { PaneChoices } from "./host";

/**
 * The pane's choices as stored by either host (workbook settings in Excel, localStorage in a tab). Anything else — an
 * older version's shape, a profile that no longer exists — means the defaults.
 */
export function parseChoices(stored: unknown): PaneChoices {
  const rules = (stored as { rules?: unknown } | null)?.rules;
  return { rules: typeof rules === "string" && rules in PROFILES ? (rules as ProfileId) : null };
}
