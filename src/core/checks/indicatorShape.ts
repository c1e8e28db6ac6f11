import { fixed, plain } from "../decimal";
import { headerKey } from "../text";
import type { ScoredIndicator } from "../model/evaluation";
import { quote, rowFinding, targetColumn, type RowCheck } from "./context";

const isCost = (ind: ScoredIndicator) => /成本/.test(ind.source.level1 + ind.source.level2) || /成本|费用|经费|支出|单价/.test(ind.source.name);
const isSatisfaction = (ind: ScoredIndicator) => /满意/.test(ind.source.level1 + ind.source.level2 + ind.source.name);
const isRateToRaise = (name: string) => /满意度|满意率|合格率|覆盖率|达标率|完成率|及时率|知晓率|参与率|到位率|使用率|入会率|受益率|准确率|正确率/.test(name);
const isTimeliness = (ind: ScoredIndicator) => /时效/.test(ind.source.level2) || (/时效|时限|及时|按时|按期/.test(ind.source.name) && !/率/.test(ind.source.name));

/** Q4 missing-unit: a numeric target with no 计量单位 and no unit written after the number. */
export const missingUnit: RowCheck = (ind, ctx) => {
  if (ind.kind !== "quantitative" || ind.target.number === null || ind.target.date) return [];
  if (ind.unit !== "") return [];
  const where = ind.source.cells.unit ? "计量单位为空" : "没有计量单位";
  return [rowFinding(ctx, ind, "missing-unit", "warning", ind.source.cells.unit ? "unit" : targetColumn(ind), `指标${quote(ind.source.name)}的指标值${quote(ind.target.text)}${where}；请注明计量单位（如人次、%、万元、场）。`)];
};

/**
 * Q5 missing-operator: a quantitative row whose sign is neither in 指标性质 nor in the target (scored as ≥), and a
 * qualitative row whose 指标性质 column exists but is blank (it should say 定性).
 */
export const missingOperator: RowCheck = (ind, ctx) => {
  if (ind.kind === "quantitative" && ind.operatorFrom === "default") {
    return [rowFinding(ctx, ind, "missing-operator", "warning", ind.source.cells.operator ? "operator" : targetColumn(ind), `指标${quote(ind.source.name)}未写明指标性质（≥ ＞ ＝ ＜ ≤），已按“${ind.operator}”计分；请在指标性质中选择，或在指标值前写明，如“≥${ind.target.text}”。`)];
  }
  const cell = ind.source.cells.operator;
  if (ind.kind === "qualitative" && cell && cell.text === "") {
    return [rowFinding(ctx, ind, "missing-operator", "warning", "operator", `指标${quote(ind.source.name)}的指标性质为空；定性指标请填写“定性”，定量指标请填写 ≥ ＞ ＝ ＜ ≤ 之一。`)];
  }
  return [];
};

/**
 * Q6 operator-mismatch: a cost capped from below (成本 with ≥), a rate that should rise capped from above (满意度 with
 * ≤), a percentage above 100, a deadline with ≥.
 */
export const operatorMismatch: RowCheck = (ind, ctx) => {
  if (ind.kind !== "quantitative") return [];
  const name = `指标${quote(ind.source.name)}`;
  const column = ind.operatorFrom === "column" ? "operator" : targetColumn(ind);
  const out = [];
  const positive = ind.operator === "≥" || ind.operator === "＞";
  const reverse = ind.operator === "≤" || ind.operator === "＜";
  if (isCost(ind) && positive && ind.operatorFrom !== "default") {
    out.push(rowFinding(ctx, ind, "operator-mismatch", "warning", column, `成本类${name}使用了“${ind.operator}”，成本指标通常应为“≤”（不超过）；请核对指标性质。`));
  }
  if (isRateToRaise(headerKey(ind.source.name)) && reverse) {
    out.push(rowFinding(ctx, ind, "operator-mismatch", "warning", column, `${name}是越高越好的比率，却使用了“${ind.operator}”；请核对指标性质（通常应为“≥”）。`));
  }
  if (ind.unit.includes("%") && ind.target.number !== null && ind.target.number > 100) {
    out.push(rowFinding(ctx, ind, "operator-mismatch", "warning", targetColumn(ind), `${name}的百分比指标值${quote(ind.target.text)}超过100%；请核对指标值。`));
  }
  if (ind.target.date && positive && ind.operatorFrom === "column") {
    out.push(rowFinding(ctx, ind, "operator-mismatch", "warning", "operator", `时效${name}以日期为指标值，却使用了“${ind.operator}”；完成时限应为“≤”（不晚于）。`));
  }
  return out;
};

/** Q11 satisfaction-unmeasured: a 满意度 row without a numeric % target (回答满意的人数 / 有效调查人数). */
export const satisfactionUnmeasured: RowCheck = (ind, ctx) => {
  if (!isSatisfaction(ind) || ind.kind === "not-applicable") return [];
  if (ind.target.number !== null && ind.unit.includes("%")) return [];
  return [rowFinding(ctx, ind, "satisfaction-unmeasured", "warning", targetColumn(ind), `满意度指标${quote(ind.source.name)}的指标值${quote(ind.target.text || "（空）")}不是百分比；请以问卷调查的满意率计量（回答满意的人数/有效调查人数），如“≥90%”，并注明调查方式。`)];
};

/** Q12 undated-timeliness: a 时效指标 whose target has no date, month or number of days ("及时", "按时"). */
export const undatedTimeliness: RowCheck = (ind, ctx) => {
  if (!isTimeliness(ind) || ind.kind === "not-applicable") return [];
  if (ind.target.date || ind.target.number !== null) return [];
  return [rowFinding(ctx, ind, "undated-timeliness", "warning", targetColumn(ind), `时效指标${quote(ind.source.name)}的指标值${quote(ind.target.text || "（空）")}没有日期或时限；请写明完成时间，如“2024年12月31日前”或“≤30天”。`)];
};

/** Q15 missing-deviation-reason: a line that does not earn its full weight needs 偏差原因分析及改进措施. */
export const missingDeviationReason: RowCheck = (ind, ctx) => {
  if (ind.kind === "not-applicable" || ind.weight === null || ind.score >= ind.weight) return [];
  if (ind.source.cells.reason?.text) return [];
  return [rowFinding(ctx, ind, "missing-deviation-reason", "error", ind.source.cells.reason ? "reason" : "actual", `指标${quote(ind.source.name)}得分${fixed(ind.score)}低于分值${plain(ind.weight)}，未填写偏差原因分析及改进措施；请说明未完成的原因和拟采取的措施。`)];
};
