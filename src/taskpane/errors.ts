import { HostError, type PaneHost } from "../hosts/host";
import type { Strings } from "./i18n";
import type { PaneError } from "./state";
import { forUsers } from "./userText";

/**
 * Codes the gateways give their own errors, for the program to react on: not for accountants to read. Office's own
 * codes (InvalidOperationInCellEditMode, a settings error's 5001) are shown, since an administrator can look them up.
 */
const OWN_CODES = new Set(["WorkbookInputError", "ValuesMissing"]);

export function shownCode(code: string | undefined, kind: PaneHost["kind"]): string | undefined {
  // Every code the file host gives is its own (input, not-xlsx, file-read, …).
  if (!code || kind === "file" || OWN_CODES.has(code)) return undefined;
  return code;
}

/**
 * Gateways promise HostError with a Chinese sentence; anything else is a bug somewhere, shown with its own text so
 * the user can report it rather than hidden behind a generic line.
 */
export function toPaneError(e: unknown, t: Strings, kind: PaneHost["kind"]): PaneError {
  if (e instanceof HostError) {
    const message = forUsers(e.message, kind === "file" ? "file" : "pane");
    const code = shownCode(e.code, kind);
    return code ? { message, code } : { message };
  }
  const detail = e instanceof Error ? e.message : String(e);
  return { message: t.unexpected(detail) };
}
