import { buildReportPlan } from "../../../src/core/report/buildReport";
import { evaluateGrids } from "../../../src/core/evaluate";
import type { SheetPlan } from "../../../src/core/report/plan";
import { ALL_FEATURES, MINIMUM_FEATURES } from "../../../src/hosts/excel/features";
import {
  REQUEST_LIMIT_BYTES,
  SAFE_REQUEST_BYTES,
  blockAddress,
  cellFormat,
  cellValue,
  jsonBytes,
  joinAddresses,
  opBytes,
  planWrite,
  rectanglesOf,
  utf8Bytes,
  widthToPoints,
  type BandOp,
} from "../../../src/hosts/excel/payload";
import { buildStandardGrids } from "../../../bench/grids";
import { balancedRows, simpleWorkbook } from "../../helpers/grids";

const smallPlan = () => buildReportPlan(evaluateGrids(simpleWorkbook(balancedRows())));

describe("payload estimate", () => {
  it("counts UTF-8 bytes of JSON, CJK at three bytes", () => {
    expect(utf8Bytes("abc")).toBe(3);
    expect(utf8Bytes("绩效")).toBe(6);
    expect(utf8Bytes("😀")).toBe(4);
    expect(jsonBytes("a\"b")).toBe(6);
    expect(jsonBytes(12.5)).toBe(4);
  });

  it("keeps text as text: '@' before the value, never '@' on numbers or formulas", () => {
    const text = (t: string) => ({ row: 1, col: 1, content: { kind: "text" as const, text: t } });
    expect(cellFormat(text("=HYPERLINK(\"x\")"), { numberFormat: "0.00" })).toBe("@");
    expect(cellFormat(text("+1"), undefined)).toBe("@");
    expect(cellFormat(text(""), { numberFormat: "0.00%" })).toBe("0.00%");
    expect(cellFormat({ row: 1, col: 1, content: { kind: "number", value: 3 } }, { numberFormat: "@" })).toBe("General");
    expect(cellFormat({ row: 1, col: 1, content: { kind: "formula", formula: "A1", cached: 1 } }, { numberFormat: "@" })).toBe("General");
    expect(cellFormat({ row: 1, col: 1, content: { kind: "formula", formula: "A1", cached: 1 } }, { numberFormat: "0.00" })).toBe("0.00");
    expect(cellValue({ row: 1, col: 1, content: { kind: "formula", formula: "SUM(A1:A2)", cached: 3 } })).toBe("=SUM(A1:A2)");
    expect(cellValue({ row: 1, col: 1, content: { kind: "blank" } })).toBe("");
  });

  it("converts character widths to points (8-pixel digit + 5 px padding, 0.75 pt a pixel)", () => {
    expect(widthToPoints(8.38)).toBeCloseTo(54.03, 2); // 72 px
    expect(widthToPoints(10)).toBe(63.75);
  });

  it("joins styled cells into rectangles", () => {
    const cells = [
      { row: 5, col: 1 },
      { row: 5, col: 2 },
      { row: 6, col: 1 },
      { row: 6, col: 2 },
      { row: 7, col: 2 },
      { row: 9, col: 1 },
    ];
    expect(rectanglesOf(cells).map(blockAddress)).toEqual(["A5:B6", "B7", "A9"]);
    expect(joinAddresses(["A1:B2", "C3", "D4"], 7)).toEqual(["A1:B2", "C3,D4"]);
  });

  it("plans a small report as one chunk that creates the sheet", () => {
    const plan = smallPlan();
    const chunks = planWrite(plan, "add", ALL_FEATURES);
    expect(chunks).toHaveLength(1);
    expect(chunks[0].prepare).toBe("add");
    expect(chunks[0].bytes).toBeLessThan(SAFE_REQUEST_BYTES);
    const bands = chunks[0].ops.filter((o): o is BandOp => o.kind === "band");
    expect(bands).toHaveLength(1);
    expect(bands[0].values.length).toBe(Math.max(...plan.cells.map((c) => c.row)));
    // As wide as the form, or as the rightmost cell (the report's 校验码 sits two columns right of the form).
    const width = Math.max(plan.columnWidths.length, ...plan.cells.map((c) => c.col));
    expect(bands[0].values.every((r) => r.length === width)).toBe(true);
    expect(chunks[0].ops.map((o) => o.kind)).toEqual(expect.arrayContaining(["columns", "band", "style", "merge", "rowHeight", "finish"]));
    expect(chunks[0].ops[chunks[0].ops.length - 1].kind).toBe("finish");
  });

  it("uses one rectangle per call without ExcelApi 1.9 and leaves print setup out", () => {
    const chunks = planWrite(smallPlan(), "reuse", MINIMUM_FEATURES);
    const ops = chunks.flatMap((c) => c.ops);
    for (const op of ops) if (op.kind === "style" || op.kind === "rowHeight") expect(op.areas).toBe(false);
    const finish = ops.find((o) => o.kind === "finish");
    expect(finish).toMatchObject({ print: null, unfreeze: true });
  });

  describe("a 20,000-indicator report", () => {
    let plan: SheetPlan;
    beforeAll(() => {
      plan = buildReportPlan(evaluateGrids(buildStandardGrids(20_000)));
    });

    it("splits into as many chunks as the payload needs, each under the budget and full", () => {
      const chunks = planWrite(plan, "add", ALL_FEATURES);
      const total = chunks.reduce((n, c) => n + c.bytes, 0);
      expect(chunks.length).toBeGreaterThan(1);
      // As few as the bytes allow: no chunk could have taken the next one's first op.
      expect(chunks.length).toBeLessThanOrEqual(Math.ceil(total / (SAFE_REQUEST_BYTES * 0.95)));
      for (const [i, c] of chunks.entries()) {
        expect(c.bytes).toBeLessThanOrEqual(SAFE_REQUEST_BYTES);
        expect(c.bytes).toBeLessThan(REQUEST_LIMIT_BYTES);
        expect(c.prepare).toBe(i === 0 ? "add" : null);
        const recomputed = c.ops.reduce((n, op) => n + opBytes(op), 0);
        expect(recomputed).toBeLessThanOrEqual(c.bytes);
        const next = chunks[i + 1];
        if (next) expect(c.bytes + Math.min(opBytes(next.ops[0]), 2_000)).toBeGreaterThan(SAFE_REQUEST_BYTES - 4_000);
      }
      // Every row of the plan is written exactly once, in order.
      const rows = chunks.flatMap((c) => c.ops).filter((o): o is BandOp => o.kind === "band").flatMap((b) => b.values.map((_, i) => b.top + i));
      expect(rows).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
    });
  });
});
