/**
 * The File System Access API where the browser has it (Chromium-based Edge and Chrome): a file chosen through
 * showOpenFilePicker, or dropped and taken with DataTransferItem.getAsFileSystemHandle, comes with a handle whose
 * getFile() reads the file as it is on disk now. The page then reads the workbook again on every 一键评分, so a user who
 * fixed it in Excel or WPS and saved gets the new result. Elsewhere there is only the File the browser handed over when
 * it was chosen, and the host says that the result is of that copy.
 */

/** What the pane needs of a FileSystemFileHandle. */
export interface FileHandleLike {
  getFile(): Promise<File>;
}

type OpenFilePicker = (options: {
  multiple?: boolean;
  excludeAcceptAllOption?: boolean;
  types?: { description: string; accept: Record<string, string[]> }[];
}) => Promise<FileHandleLike[]>;

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type Picked = { file: File; handle: FileHandleLike } | "cancelled" | "unavailable";

/**
 * The browser's own file dialog through showOpenFilePicker. "unavailable" where there is none, or where it refuses here
 * (a cross-origin frame such as an Office task pane answers SecurityError): the caller then uses its file input.
 */
export async function pickWithHandle(win: Window, description: string): Promise<Picked> {
  const picker = (win as unknown as { showOpenFilePicker?: OpenFilePicker }).showOpenFilePicker;
  if (typeof picker !== "function") return "unavailable";
  try {
    const [handle] = await picker.call(win, {
      multiple: false,
      types: [{ description, accept: { [XLSX_MIME]: [".xlsx"] } }],
    });
    if (!handle) return "cancelled";
    return { file: await handle.getFile(), handle };
  } catch (e) {
    return (e as { name?: string } | null)?.name === "AbortError" ? "cancelled" : "unavailable";
  }
}

/**
 * The dropped file's handle, asked for during the drop event itself (the items are gone after it); null where the
 * browser has no such method. The promise never rejects: without a handle the file is still taken as a copy.
 */
export function dropHandle(item: DataTransferItem | undefined): Promise<FileHandleLike | null> | null {
  const get = (
    item as unknown as
      { getAsFileSystemHandle?: () => Promise<(FileHandleLike & { kind?: string }) | null> } | undefined
  )?.getAsFileSystemHandle;
  if (!item || typeof get !== "function") return null;
  return get.call(item).then(
    (h) => (h && h.kind !== "directory" ? h : null),
    () => null,
  );
}
