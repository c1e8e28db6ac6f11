import { parseChoices } from "../choices";
import type { PaneChoices } from "../host";

const KEY = "jixiao-ziping.choices";

/** The pane's choices in the browser's own storage: a tab has no workbook settings, and nothing may leave the page. */
export function loadStoredChoices(storage: Pick<Storage, "getItem"> | undefined): PaneChoices {
  try {
    const raw = storage?.getItem(KEY);
    return parseChoices(raw ? JSON.parse(raw) : null);
  } catch {
    // Storage can be disabled (private windows, intranet policy) or hold something another version wrote: the
    // defaults are the right answer then, and the user loses nothing but a remembered dropdown.
    return { rules: null };
  }
}

export function saveStoredChoices(storage: Pick<Storage, "setItem"> | undefined, choices: PaneChoices): void {
  try {
    storage?.setItem(KEY, JSON.stringify(choices));
  } catch {
    // Same as above: a full or disabled storage must not stop an evaluation.
  }
}
