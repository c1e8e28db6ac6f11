import { encodeMessage, type CommandMessage } from "./message";

/**
 * Shows a ribbon command's message in a small Office dialog (notify.html, next to the function file).
 *
 * Office allows one dialog per host window: a second displayDialogAsync while one is open fails with 12007 ("A dialog
 * box is already opened from this host window"), which would lose the second result. So the messenger remembers the
 * dialog it opened and closes it before opening the next. Dialog.close() is asynchronous and has no callback
 * (OfficeDev/office-js#1451), so the next open waits a moment and, on 12007 all the same, tries again a few times.
 *
 * `show` resolves as soon as the dialog is displayed (or cannot be), not when the user closes it: the command then
 * completes its event at once, and Excel does not show the button as still running while the message is read.
 */

/** The part of Office.context.ui used here; the real one fits it, and so does a test's fake. */
export interface DialogUi {
  displayDialogAsync(
    url: string,
    options: Office.DialogOptions,
    callback: (result: Office.AsyncResult<Office.Dialog>) => void,
  ): void;
}

export interface MessengerOptions {
  /** The page the dialog page sits next to (the function file's own URL). */
  pageUrl: string;
  wait?: (ms: number) => Promise<void>;
  /** How long to let a closed dialog go before opening the next, and between retries on 12007. */
  settleMs?: number;
  retries?: number;
  /** A displayDialogAsync whose callback never comes must not keep the command from completing. */
  openTimeoutMs?: number;
}

export interface Messenger {
  /** True when the dialog is on screen, false when it could not be shown (already logged). */
  show(message: CommandMessage): Promise<boolean>;
}

const DIALOG_ALREADY_OPEN = 12007;
const DIALOG_SIZE = { height: 40, width: 30, displayInIframe: true };

export function createMessenger(ui: DialogUi, options: MessengerOptions): Messenger {
  const wait = options.wait ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const settleMs = options.settleMs ?? 300;
  const retries = options.retries ?? 3;
  const openTimeoutMs = options.openTimeoutMs ?? 30_000;
  let current: Office.Dialog | null = null;

  const open = (url: string) =>
    Promise.race([
      new Promise<Office.AsyncResult<Office.Dialog>>((resolve) => ui.displayDialogAsync(url, DIALOG_SIZE, resolve)),
      wait(openTimeoutMs).then(() => null),
    ]);

  const adopt = (dialog: Office.Dialog) => {
    current = dialog;
    const forget = () => {
      if (current === dialog) current = null;
    };
    // The page sends any message to mean "closed by the user"; the event covers the dialog's own close button.
    dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
      forget();
      dialog.close();
    });
    dialog.addEventHandler(Office.EventType.DialogEventReceived, forget);
  };

  return {
    async show(message) {
      const url = `${new URL("notify.html", options.pageUrl).href}?${encodeMessage(message)}`;
      if (current) {
        const previous = current;
        current = null;
        previous.close();
        await wait(settleMs);
      }
      for (let attempt = 0; ; attempt++) {
        const result = await open(url);
        if (result && result.status === Office.AsyncResultStatus.Succeeded) {
          adopt(result.value);
          return true;
        }
        if (result?.error?.code === DIALOG_ALREADY_OPEN && attempt < retries) {
          await wait(settleMs);
          continue;
        }
        console.error(
          "绩效自评助手: dialog failed",
          result ? `${result.error?.code} ${result.error?.message}` : "no answer",
          message,
        );
        return false;
      }
    },
  };
}
