import type { CellValue } from "../../core/grid";

/**
 * Reduces whatever ExcelJS holds for a cell to the few shapes the core knows. Real files hold surprises, so an unknown
 * shape becomes blank instead of an exception that would stop the whole evaluation.
 */
export function toCellValue(raw: unknown): CellValue {
  return convert(raw, 0);
}

// A formula's result or a hyperlink's text nests one level; the bound keeps a self-referencing oddity from looping.
const MAX_DEPTH = 3;

function convert(raw: unknown, depth: number): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string" || typeof raw === "boolean") return raw;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== "object" || depth >= MAX_DEPTH) return null;
  // Checked by tag rather than instanceof: a Date made in another realm (a test VM, a web worker) is still a Date.
  if (Object.prototype.toString.call(raw) === "[object Date]") {
    return Number.isNaN((raw as Date).getTime()) ? null : (raw as Date);
  }

  const shape = raw as Record<string, unknown>;
  if (typeof shape.error === "string") return { error: shape.error };
  if (Array.isArray(shape.richText)) return richTextOf(shape.richText);
  if ("formula" in shape || "sharedFormula" in shape) return convert(shape.result, depth + 1);
  if ("text" in shape) return convert(shape.text, depth + 1);
  return null;
}

function richTextOf(runs: unknown[]): string {
  return runs.map((run) => (run && typeof (run as { text?: unknown }).text === "string" ? (run as { text: string }).text : "")).join("");
}

/** Blank as a reader of the sheet sees it: nothing, or only spaces. */
export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}
