/**
 * What a ribbon command tells the user when it is done, and how that travels to the dialog page: in the page's query
 * string, because Excel has no notification API for function commands and messageChild is not everywhere.
 */
export interface CommandMessage {
  kind: "ok" | "error";
  title: string;
  lines: string[];
}

// A query string is passed through the Office host's URL handling; keep it well under any URL limit.
const MAX_LINES = 12;
const MAX_LINE = 300;

/**
 * The message as a query string. Line breaks inside a line (an Office error's own message may have them) become lines
 * of their own: escaped as %0A or %0D in the dialog's URL they make displayDialogAsync fail in Excel on the web with
 * displayInIframe (OfficeDev/office-js#2762). Other control characters become spaces.
 */
export function encodeMessage(m: CommandMessage): string {
  const p = new URLSearchParams();
  p.set("kind", m.kind);
  p.set("title", oneLine(m.title).slice(0, MAX_LINE));
  const lines = m.lines
    .flatMap((l) => l.split(/\r\n|\r|\n/))
    .map(oneLine)
    .filter((l) => l.trim() !== "");
  for (const line of lines.slice(0, MAX_LINES)) p.append("line", line.slice(0, MAX_LINE));
  return p.toString();
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, " ");

export function decodeMessage(query: string): CommandMessage {
  const p = new URLSearchParams(query);
  return {
    kind: p.get("kind") === "error" ? "error" : "ok",
    title: p.get("title") ?? "",
    lines: p.getAll("line").slice(0, MAX_LINES),
  };
}
