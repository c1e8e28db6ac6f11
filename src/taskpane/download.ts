/**
 * Hands bytes made in the page to the browser's own download: a Blob behind an <a download>. Nothing is sent to a
 * server; the object URL points at memory of this tab and is released once the browser has taken the file.
 */
export type SaveFile = (file: { name: string; bytes: Uint8Array }) => void;

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const saveFile: SaveFile = ({ name, bytes }) => {
  const type = /\.docx$/i.test(name) ? DOCX_TYPE : XLSX_TYPE;
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is long after any of them has read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

/** A chosen or dropped File's bytes; FileReader where Blob.arrayBuffer is missing (older webviews, jsdom). */
export function readBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}
