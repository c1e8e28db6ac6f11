import { encodeMessage, type CommandMessage } from "./message";

/**
 * Shows a message in a small Office dialog (notify.html, next to this page) and resolves when the user closes it.
 * Resolves, never rejects: a dialog that cannot open (another one already open, a blocked popup) must not keep the
 * ribbon command from completing.
 */
export function showMessage(message: CommandMessage, pageUrl: string = location.href): Promise<void> {
  const url = `${new URL("notify.html", pageUrl).href}?${encodeMessage(message)}`;
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 40, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        console.error("绩效自评助手: dialog failed", result.error?.code, result.error?.message, message);
        resolve();
        return;
      }
      const dialog = result.value;
      const done = () => {
        dialog.close();
        resolve();
      };
      // The page sends any message to mean "closed by the user"; the event covers the dialog's own close button.
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}
