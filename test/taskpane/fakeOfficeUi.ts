/**
 * Office.context.ui's dialogs as the reference and the OfficeDev/office-js issues describe them:
 * - one dialog per host window: displayDialogAsync while one is open fails with 12007;
 * - Dialog.close() is asynchronous with no callback: the dialog is gone only a moment later (office-js#1451);
 * - in Excel on the web with displayInIframe, a URL whose query string holds an escaped line break (%0A, %0D) fails
 *   with 5001 "An internal error has occurred" (office-js#2762);
 * - the callback comes asynchronously, never within the call.
 */
import type { DialogUi } from "../../src/commands/dialog";

type Handler = (arg: unknown) => void;

/** The enum members dialog.ts reads, as the real Office global has them. */
export function installOfficeEnums(): void {
  (globalThis as unknown as { Office: unknown }).Office = {
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };
}

export class FakeDialog {
  readonly handlers = new Map<string, Handler[]>();
  closing = false;
  constructor(
    readonly url: string,
    private readonly ui: FakeOfficeUi,
  ) {}
  addEventHandler(type: string, handler: Handler): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }
  close(): void {
    if (this.closing) return;
    this.closing = true;
    setTimeout(() => this.ui.closed(this), this.ui.closeDelayMs);
  }
  /** The user presses 确定: the page sends its message to the parent. */
  userConfirms(): void {
    for (const h of this.handlers.get("dialogMessageReceived") ?? []) h({ message: "close" });
  }
  /** The user closes it with the dialog's own X: gone at once, and the parent is told 12006. */
  userClosesWindow(): void {
    this.ui.closed(this);
    for (const h of this.handlers.get("dialogEventReceived") ?? []) h({ error: 12006 });
  }
}

export class FakeOfficeUi implements DialogUi {
  open: FakeDialog | null = null;
  readonly shown: FakeDialog[] = [];
  readonly failures: number[] = [];
  closeDelayMs = 40;

  constructor(private readonly web = false) {}

  displayDialogAsync(url: string, options: Office.DialogOptions, callback: (result: Office.AsyncResult<Office.Dialog>) => void): void {
    const fail = (code: number, message: string) => {
      this.failures.push(code);
      callback({ status: "failed", error: { code, message, name: "Display Dialog Error" } } as unknown as Office.AsyncResult<Office.Dialog>);
    };
    setTimeout(() => {
      if (this.open) return fail(12007, "The operation failed because this add-in already has an active dialog.");
      if (this.web && options.displayInIframe && /%0A|%0D|[\r\n]/i.test(url)) return fail(5001, "An internal error has occurred.");
      const dialog = new FakeDialog(url, this);
      this.open = dialog;
      this.shown.push(dialog);
      callback({ status: "succeeded", value: dialog } as unknown as Office.AsyncResult<Office.Dialog>);
    }, 0);
  }

  closed(dialog: FakeDialog): void {
    if (this.open === dialog) this.open = null;
  }
}
