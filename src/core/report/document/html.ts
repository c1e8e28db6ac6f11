import type { DocBlock, DocTable, DocumentPlan } from "./plan";

/**
 * The same document as HTML, for the clipboard where the pane cannot download a file (Excel for Mac): Word and WPS
 * paste <h1>/<h2> as their 标题 1/标题 2 styles and <table> as a table, so the outline and the tables survive a paste.
 */
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const BODY = "font-family:仿宋_GB2312,仿宋,FangSong,serif;font-size:16pt;line-height:28pt";
const CELL = "border:1px solid #000;padding:2px 4px;font-family:仿宋_GB2312,仿宋,FangSong,serif;font-size:10.5pt";

function table(t: DocTable): string {
  const head = `<tr>${t.header.map((h) => `<th style="${CELL}">${esc(h)}</th>`).join("")}</tr>`;
  const rows = t.rows.map((r) => {
    const span = r.span ?? 1;
    const cells = r.cells
      .map((c, i) => {
        if (i > 0 && i < span) return "";
        const attrs = i === 0 && span > 1 ? ` colspan="${span}"` : "";
        const align = t.numeric.includes(i) ? "right" : i === 0 && span > 1 ? "center" : "left";
        const body = esc(c).replace(/\n/g, "<br>");
        return `<td${attrs} style="${CELL};text-align:${align}">${r.total ? `<b>${body}</b>` : body}</td>`;
      })
      .join("");
    return `<tr>${cells}</tr>`;
  });
  return `<p style="text-align:center;font-family:黑体,SimHei,sans-serif;font-size:12pt">${esc(t.caption)}</p><table style="border-collapse:collapse;width:100%">${head}${rows.join("")}</table>`;
}

function block(b: DocBlock): string {
  switch (b.kind) {
    case "title":
      return `<h1 style="text-align:center">${esc(b.text)}</h1>`;
    case "heading":
      return b.level === 1
        ? `<h1 style="font-family:黑体,SimHei,sans-serif;font-size:16pt;font-weight:normal">${esc(b.text)}</h1>`
        : `<h2 style="font-family:楷体_GB2312,楷体,KaiTi,serif;font-size:16pt;font-weight:normal">${esc(b.text)}</h2>`;
    case "paragraph":
      return `<p style="${BODY};text-indent:2em">${esc(b.text)}</p>`;
    case "table":
      return table(b);
  }
}

export function documentHtml(plan: DocumentPlan): string {
  const title = `<p style="text-align:center;font-family:方正小标宋简体,黑体,SimHei,serif;font-size:22pt">${esc(plan.title)}</p>`;
  return `<div>${title}${plan.blocks.map(block).join("")}</div>`;
}

/** Plain text of the same, for the clipboard's text/plain flavour. */
export function documentText(plan: DocumentPlan): string {
  const lines = [plan.title];
  for (const b of plan.blocks) {
    if (b.kind === "table") lines.push(b.caption, b.header.join("\t"), ...b.rows.map((r) => r.cells.join("\t")));
    else lines.push(b.kind === "paragraph" ? `　　${b.text}` : b.text);
  }
  return lines.join("\n");
}
