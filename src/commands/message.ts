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

export function encodeMessage(m: CommandMessage): string {
  const p = new URLSearchParams();
  p.set("kind", m.kind);
  p.set("title", m.title.slice(0, MAX_LINE));
  for (const line of m.lines.slice(0, MAX_LINES)) p.append("line", line.slice(0, MAX_LINE));
  return p.toString();
}

export function decodeMessage(query: string): CommandMessage {
  const p = new URLSearchParams(query);
  return {
    kind: p.get("kind") === "error" ? "error" : "ok",
    title: p.get("title") ?? "",
    lines: p.getAll("line").slice(0, MAX_LINES),
  };
}
