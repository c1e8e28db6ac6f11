import { findGradeScale, findVagueWord, hasComparisonWord, hasNumber, hasTierScale, isPlaceholder } from "../text";
import type { Finding } from "../model/finding";
import { quote, rowFinding, targetColumn, type RowCheck } from "./context";

/**
 * Q3 vague-wording: a target (or, where the target is blank, the indicator's name) made of words such as 有效提升 with
 * no number and no grade scale cannot be measured. An error on a quantitative row, which then cannot be scored.
 */
export const vagueWording: RowCheck = (ind, ctx) => {
  if (ind.kind === "not-applicable") return [];
  const column = targetColumn(ind);
  const text = ind.target.text || ind.source.name;
  if (hasNumber(text) || findGradeScale(text) || hasTierScale(text) || ind.target.date) return [];
  const word = findVagueWord(text);
  if (!word) return [];
  const severity = ind.kind === "quantitative" ? "error" : "warning";
  const what = ind.target.text ? `年度指标值${quote(text)}` : `指标名称${quote(text)}（未填指标值）`;
  return [
    rowFinding(ctx, ind, "vague-wording", severity, ind.target.text ? column : "name", `指标${quote(ind.source.name)}的${what}含“${word}”等模糊表述，无法计量；建议改为可计量的目标，如“≥90%”，并注明计量单位${ind.kind === "qualitative" ? "，或写明分级标准（如“优/良/中/差”）" : ""}。`),
  ];
};

/**
 * Q7 actual-copies-target: an actual value must be a measured value, not a range ("≥266米"), and not the target's own
 * words copied ("显著提升" / "显著提升"). A plain number equal to the target is an honest result and is not flagged.
 */
export const actualCopiesTarget: RowCheck = (ind, ctx) => {
  const actual = ind.actual.text;
  if (actual === "" || ind.kind === "not-applicable") return [];
  if (hasComparisonWord(actual)) {
    return [rowFinding(ctx, ind, "actual-copies-target", "warning", "actual", `指标${quote(ind.source.name)}的实际完成值${quote(actual)}写成了范围（含比较符号或“以上/以下”等），实际完成值应填写实际达到的数值，如“${ind.actual.number ?? ""}${ind.actual.unit}”。`)];
  }
  if (ind.actual.number === null && ind.target.number === null && actual === ind.target.text) {
    return [rowFinding(ctx, ind, "actual-copies-target", "warning", "actual", `指标${quote(ind.source.name)}的实际完成值照抄了指标值${quote(actual)}，没有反映实际完成情况；请填写实际达到的数值或完成等级，并说明依据。`)];
  }
  return [];
};

/** Q9 placeholder: *, XX, 待定, a lone dash left where a target or an actual value belongs. */
export const placeholder: RowCheck = (ind, ctx) => {
  const out: Finding[] = [];
  const column = targetColumn(ind);
  const cells = [
    [column, "年度指标值"],
    ["actual", "实际完成值"],
  ] as const;
  for (const [col, title] of cells) {
    const cell = ind.source.cells[col];
    if (cell && isPlaceholder(cell.text)) {
      out.push(rowFinding(ctx, ind, "placeholder", "error", col, `指标${quote(ind.source.name)}的${title}是占位符${quote(cell.text)}，尚未填写；请填写确定的数值。`));
    }
  }
  return out;
};
