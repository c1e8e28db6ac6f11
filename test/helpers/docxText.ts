import { convertWithSoffice } from "./libreoffice";

/**
 * A .docx as LibreOffice Writer reads it, as plain text (one line per paragraph and per table cell). Needs Writer
 * (Debian: libreoffice-writer-nogui); without it soffice says "source file could not be loaded".
 */
export async function docxAsText(docx: Uint8Array): Promise<string[]> {
  const txt = await convertWithSoffice(docx, "report.docx", { to: "txt:Text (encoded):UTF8", recalcOnLoad: false });
  return txt
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((l) => l.trim());
}
