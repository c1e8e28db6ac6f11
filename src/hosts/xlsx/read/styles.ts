import { builtinFormat } from "./builtinFormats";
import { parseXml } from "./xml";

/**
 * xl/styles.xml reduced to what the reader needs: for each cell style index (`s` of a cell, an index into
 * `<cellXfs>`), its number format code, or null for General.
 */
export function parseCellFormats(bytes: Uint8Array | null): (string | null)[] {
  if (!bytes) return [];
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  parseXml(bytes, {
    open(name, a) {
      if (name === "numFmt" && a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(Number(a.numFmtId), a.formatCode);
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) xfIds.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return xfIds.map((id) => {
    const code = custom.get(id) ?? builtinFormat(id);
    return code === null || code === "" || /^general$/i.test(code) ? null : code;
  });
}
