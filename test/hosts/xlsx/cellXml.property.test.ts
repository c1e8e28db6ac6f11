import fc from "fast-check";
import { readSheetPart } from "../../../src/hosts/xlsx/read/sheetPart";

const ctx = { sharedStrings: ["甲", "乙"], cellFormats: [null, "0%"], date1904: false, fullCalcOnLoad: false };
const encode = (xml: string) => new TextEncoder().encode(xml);
const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Whatever a writer (or a damaged file) puts in a cell becomes one of the core's cell shapes, never a throw. */
describe("a cell of any type and content", () => {
  it("reads as null, a string, a finite number, a boolean or an error value", () => {
    const cell = fc.record({
      t: fc.constantFrom(undefined, "n", "s", "str", "b", "e", "d", "inlineStr", "bogus"),
      s: fc.constantFrom(undefined, "0", "1", "7", "x"),
      v: fc.option(fc.oneof(fc.string(), fc.double().map(String), fc.constantFrom("0", "1", "1e308", "NaN", "-0", "2024-13-45T99:00"))),
      f: fc.option(fc.string()),
    });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 8 }), (cells) => {
        const body = cells
          .map((c, i) => {
            const attrs = `r="${String.fromCharCode(65 + i)}1"${c.t ? ` t="${c.t}"` : ""}${c.s ? ` s="${c.s}"` : ""}`;
            return `<c ${attrs}>${c.f !== null ? `<f>${esc(c.f)}</f>` : ""}${c.v !== null ? `<v>${esc(c.v)}</v>` : ""}</c>`;
          })
          .join("");
        const grid = readSheetPart(encode(`<worksheet><sheetData><row r="1">${body}</row></sheetData></worksheet>`), "表", false, ctx);
        for (const v of grid.values.flat()) {
          const ok =
            v === null ||
            typeof v === "string" ||
            typeof v === "boolean" ||
            (typeof v === "number" && Number.isFinite(v)) ||
            (typeof v === "object" && typeof (v as { error?: unknown }).error === "string");
          if (!ok) throw new Error(`not a cell value: ${String(v)}`);
        }
      }),
      { numRuns: 500 },
    );
  });
});
