import { byImportance, importanceOf } from "../../../src/core/batch/importance";
import type { Severity } from "../../../src/core/model/finding";

const f = (code: string, severity: Severity = "warning") => ({ code, severity });

describe("which problems a reviewer sees first (issue 14: importance, not position)", () => {
  it("puts a self-score above the computed one first, then a full score on weak indicators, unexplained low execution, money that does not add up, then the rest", () => {
    const found = [
      f("vague-wording"), f("weights-not-100", "error"), f("subtotal-mismatch"), f("low-execution-no-reason"),
      f("suspicious-perfect-score"), f("self-score-mismatch"),
    ];
    expect(byImportance(found, true).map((x) => x.code)).toEqual([
      "self-score-mismatch", "suspicious-perfect-score", "low-execution-no-reason", "subtotal-mismatch", "weights-not-100", "vague-wording",
    ]);
  });

  it("leaves a self-score below the computed one among the rest: it costs the department, not the bureau", () => {
    expect(importanceOf("self-score-mismatch", false)).toBe("other");
    expect(byImportance([f("self-score-mismatch"), f("execution-over-100")], false).map((x) => x.code)).toEqual(["execution-over-100", "self-score-mismatch"]);
  });

  it("counts all four kinds of money that does not add up as one kind", () => {
    expect(["subtotal-mismatch", "execution-over-100", "cost-exceeds-budget", "negative-amount"].map((c) => importanceOf(c, false))).toEqual(Array(4).fill("money-mismatch"));
  });

  it("within a kind: errors before warnings, then the heavier (e.g. more frequent), then as found", () => {
    const items = [{ ...f("vague-wording"), n: 1 }, { ...f("missing-unit"), n: 5 }, { ...f("missing-weight", "error"), n: 1 }, { ...f("placeholder"), n: 1 }];
    expect(byImportance(items, false, (i) => i.n).map((x) => x.code)).toEqual(["missing-weight", "missing-unit", "vague-wording", "placeholder"]);
  });

  it("may say per finding whose self-score was too high (one project of several)", () => {
    const items = [{ ...f("self-score-mismatch"), unit: "甲" }, { ...f("low-execution-no-reason"), unit: "乙" }, { ...f("self-score-mismatch"), unit: "乙" }];
    expect(byImportance(items, (i) => i.unit === "乙").map((x) => `${x.unit}${x.code}`)).toEqual(["乙self-score-mismatch", "乙low-execution-no-reason", "甲self-score-mismatch"]);
  });
});
