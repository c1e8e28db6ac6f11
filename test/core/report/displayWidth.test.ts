import fc from "fast-check";
import { displayWidth } from "../../../src/core/report/sheetBuilder";

/** The width rule as first written, one regular expression per character: the code-unit version must agree with it. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
function byExpression(text: string, fontSize = 11): number {
  let units = 0;
  for (const ch of text) units += WIDE.test(ch) ? 2 : 1.1;
  return (units * fontSize) / 11;
}

describe("row heights: a CJK or full-width character is two units wide, anything else 1.1", () => {
  it("绩效ab at 11pt is 2 + 2 + 1.1 + 1.1 = 6.2 units; ９５％ is 6; 𠮷 (outside the BMP) is one character of 1.1", () => {
    expect(displayWidth("绩效ab")).toBeCloseTo(6.2, 10);
    expect(displayWidth("９５％")).toBe(6);
    expect(displayWidth("𠮷")).toBeCloseTo(1.1, 10);
    expect(displayWidth("绩效", 22)).toBe(8);
  });
  it("agrees with the per-character expression on any text, lone surrogates included", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), fc.constantFrom(9, 10, 11, 12), (s, size) => Math.abs(displayWidth(s, size) - byExpression(s, size)) < 1e-9), { numRuns: 5_000 });
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom("绩", "效", "a", "％", "\ud842\udfb7", "\ud800", "\udc00", " ") }), (s) => Math.abs(displayWidth(s) - byExpression(s)) < 1e-9), { numRuns: 5_000 });
  });
});
