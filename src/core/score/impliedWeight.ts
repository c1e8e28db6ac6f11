import { dec, plain, round2, sum } from "../decimal";
import type { ScoredIndicator } from "../model/evaluation";
import { headerKey } from "../text";

/** The form's whole score: execution and indicators together come to 100 (the 10 + 90 and 20 + 80 forms alike). */
const FORM_TOTAL = 100;

export interface ImpliedWeight {
  /** The weight of the rows that print none, as the form implies it. */
  weight: number;
  /** The one finding that says the weights are missing, where they were taken from, and what to add. */
  message: (unit: string) => string;
}

/**
 * The weight of rows without a 分值 of their own (domain-rules (m)): the first-level cells' weights ("产出指标(50分)")
 * where each such row sits under one; else the goal blocks' ("年度绩效目标1(40分)" + "年度绩效目标2(40分)"); else
 * what the 100-point form leaves after the execution weight (20 + 80, 10 + 90). Null where every row has its weight.
 */
export function impliedWeight(rows: readonly ScoredIndicator[], executionWeight: number, goalWeight: number | null): ImpliedWeight | null {
  const implied = rows.filter((i) => i.weightImplied);
  if (!implied.length) return null;
  const explicitOf = (list: readonly ScoredIndicator[]) => sum(list.filter((i) => i.weight !== null).map((i) => i.weight as number));

  const groups = new Map<string, number>();
  for (const i of implied) {
    const w = i.source.level1Weight ?? null;
    if (w !== null) groups.set(headerKey(i.source.level1) || i.source.level1, w);
  }
  const inGroups = rows.filter((i) => groups.has(headerKey(i.source.level1) || i.source.level1));
  const groupWeight = Math.max(Number(dec(sum([...groups.values()])).minus(dec(explicitOf(inGroups)))), 0);
  const rest = implied.filter((i) => (i.source.level1Weight ?? null) === null);
  const groupText = [...groups].map(([name, w]) => `${name || "一级指标"}${plain(w)}分`).join("、");

  if (!rest.length) {
    return {
      weight: round2(groupWeight),
      message: (unit) =>
        `“${unit}”有${implied.length}项指标未填分值，已按各指标填报的得分计分，满分按一级指标所列分值（${groupText}）计；请逐项填写各指标的分值，以便按规则核算得分。`,
    };
  }
  const formPart = goalWeight ?? FORM_TOTAL - executionWeight;
  const why = goalWeight !== null ? `年度绩效目标所列${plain(goalWeight)}分` : `百分制减预算执行的${plain(executionWeight)}分，即${plain(formPart)}分`;
  const others = explicitOf(rows.filter((i) => !rest.includes(i)));
  const restWeight = Math.max(Number(dec(formPart).minus(dec(others)).minus(dec(groupWeight))), 0);
  return {
    weight: round2(dec(groupWeight).plus(dec(restWeight))),
    message: (unit) =>
      `“${unit}”的绩效指标没有分值（权重）列，已按各指标填报的得分计分，指标部分满分按${why}计${groupText ? `（其中${groupText}）` : ""}；请在指标表中增加“分值”列，逐项填写各指标的分值，以便按规则核算得分。`,
  };
}
