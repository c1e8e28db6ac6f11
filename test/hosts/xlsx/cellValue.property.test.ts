import fc from "fast-check";
import { toCellValue } from "../../../src/hosts/xlsx/cellValue";

/** Whatever ExcelJS (or a damaged file through it) puts in a cell becomes one of the core's cell shapes, never a throw. */
describe("toCellValue on anything", () => {
  it("returns null, a string, a finite number, a boolean, a valid Date or an error value", () => {
    const shape = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        fc.anything(),
        fc.double(),
        fc.date(),
        fc.record({ formula: fc.string(), result: tie("value") }, { requiredKeys: [] }),
        fc.record({ sharedFormula: fc.string(), result: tie("value") }, { requiredKeys: [] }),
        fc.record({ text: tie("value"), hyperlink: fc.string() }, { requiredKeys: [] }),
        fc.record({ richText: fc.array(fc.oneof(fc.record({ text: fc.anything() }), fc.anything())) }),
        fc.record({ error: fc.oneof(fc.string(), fc.anything()) }),
      ),
    })).value;
    fc.assert(
      fc.property(shape, (raw) => {
        const v = toCellValue(raw);
        const ok =
          v === null ||
          typeof v === "string" ||
          typeof v === "boolean" ||
          (typeof v === "number" && Number.isFinite(v)) ||
          (v instanceof Date && !Number.isNaN(v.getTime())) ||
          (typeof v === "object" && typeof (v as { error?: unknown }).error === "string");
        if (!ok) throw new Error(`not a cell value: ${String(v)}`);
      }),
      { numRuns: 1000 },
    );
  });
});
