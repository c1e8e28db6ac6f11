import { decodeMessage, type CommandMessage } from "./message";

/**
 * The ribbon commands' "notification": a tiny dialog page, plain DOM so it opens at once. Enter, Esc or the button
 * closes it by telling the function file, which closes the dialog and completes the command.
 */

export function renderMessage(doc: Document, m: CommandMessage, close: () => void): void {
  const main = doc.createElement("main");
  main.className = m.kind;
  const h1 = doc.createElement("h1");
  h1.textContent = m.title;
  main.appendChild(h1);
  for (const line of m.lines) {
    const p = doc.createElement("p");
    p.textContent = line;
    main.appendChild(p);
  }
  const button = doc.createElement("button");
  button.type = "button";
  button.textContent = "确定";
  button.addEventListener("click", close);
  main.appendChild(button);
  doc.body.replaceChildren(main);
  doc.title = m.title;
  doc.addEventListener("keydown", (e) => {
    if (e.key === "Escape") close();
  });
  button.focus();
}

function close(): void {
  // Opened outside Office (e.g. to preview the page) there is no parent to tell.
  if (typeof Office !== "undefined" && Office.context?.ui?.messageParent) Office.context.ui.messageParent("close");
  else window.close();
}

if (typeof document !== "undefined" && document.body?.dataset.page === "notify") {
  const message = decodeMessage(location.search);
  const show = () => renderMessage(document, message, close);
  if (typeof Office !== "undefined") Office.onReady(show);
  else show();
}
