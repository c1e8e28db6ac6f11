/**
 * Puts rich text on the clipboard so that a paste into Word or WPS keeps headings and tables. The asynchronous
 * Clipboard API with text/html where the webview has it; else the older route every webview has: select a hidden
 * element holding the HTML and copy the selection. Must be called from the click that asked for it.
 */
export type CopyRich = (content: { html: string; text: string }) => Promise<void>;

export const copyRich: CopyRich = async ({ html, text }) => {
  const clip = typeof navigator === "undefined" ? undefined : navigator.clipboard;
  if (clip && typeof clip.write === "function" && typeof ClipboardItem !== "undefined") {
    try {
      await clip.write([
        new ClipboardItem({
          "text/html": new Blob([html], { type: "text/html" }),
          "text/plain": new Blob([text], { type: "text/plain" }),
        }),
      ]);
      return;
    } catch {
      // A webview that refuses the permission still allows the selection copy below.
    }
  }
  const holder = document.createElement("div");
  holder.contentEditable = "true";
  holder.style.position = "fixed";
  holder.style.left = "-10000px";
  holder.innerHTML = html;
  document.body.appendChild(holder);
  const range = document.createRange();
  range.selectNodeContents(holder);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const ok = typeof document.execCommand === "function" && document.execCommand("copy");
  selection?.removeAllRanges();
  holder.remove();
  if (!ok) throw new Error("copy refused");
};
