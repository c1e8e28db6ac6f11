import { HostError } from "../hosts/host";
import type { Strings } from "./i18n";
import type { PaneError } from "./state";

/**
 * Gateways promise HostError with a Chinese sentence; anything else is a bug somewhere, shown with its own text so
 * the user can report it rather than hidden behind a generic line.
 */
export function toPaneError(e: unknown, t: Strings): PaneError {
  if (e instanceof HostError) return e.code ? { message: e.message, code: e.code } : { message: e.message };
  const detail = e instanceof Error ? e.message : String(e);
  return { message: t.unexpected(detail) };
}
