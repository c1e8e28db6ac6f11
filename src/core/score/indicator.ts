import { atLeastTimes, fixed, plain, round2, round2Capped } from "../decimal";
import { makeFinding, type Finding, type FindingCode, type Severity } from "../model/finding";
import type { ScoredIndicator } from "../model/evaluation";
import { targetColumnOf, type Cell, type IndicatorColumn, type IndicatorRow } from "../model/workbook";
import type { Profile, Settings } from "../settings";
import { findGradeScale, parseAmount, parseGrade, parseOperatorCell, parseQuantity, parseRatio, parseTier, parseTierWord, tierFromGrades, type Operator, type Quantity } from "../text";
import { applyDeduction, bandText, defaultTierScore, equalScore, inBand, positiveScore, reverseScore, tierBand, tierOfScore, type LineScore, type Tier } from "./rules";

export interface IndicatorContext {
  sheet: string;
  settings: Settings;
  profile: Profile;
  /** The evaluation year, for deadlines written without one ("12月底前"). */
  year: number | null;
  /**
   * The row's weight is not in its own cell but implied by the form: the 20 + 80 form prints no 分值 column, or the
   * first-level cell carries the weight ("产出指标(50分)"). Its filled 得分 is then its score.
   */
  implicitWeight?: boolean;
  /** The table has a 完成等级 column; a form without one is not asked to fill it. */
  hasTierColumn?: boolean;
}

/** What each way of scoring decides; the rest of a ScoredIndicator is the row as read. */
type Line = Omit<ScoredIndicator, "source" | "target" | "actual" | "unit" | "weight" | "filledScore" | "deduction" | "weightImplied" | "unsupported">;

const NOT_APPLICABLE = /^(不适用|不考核|无此项|本年度不适用)$/;
const SCORE_TOLERANCE = 0.01;

/** Scores one indicator row by d.2 / d.3 and says what stood in the way, each finding at its cell. */
export function scoreIndicator(row: IndicatorRow, ctx: IndicatorContext): { scored: ScoredIndicator; findings: Finding[] } {
  const findings: Finding[] = [];
  const flag = (code: FindingCode, severity: Severity, column: IndicatorColumn | null, message: string) => {
    const cell = column ? row.cells[column] : undefined;
    findings.push(makeFinding(code, severity, { sheet: ctx.sheet, row: row.row, col: cell?.col ?? 0 }, message, row.project));
  };
  const label = `“${row.name}”`;

  const targetColumn = targetColumnOf(row);
  const target = parseQuantity(row.cells[targetColumn]?.raw);
  const actual = parseQuantity(row.cells.actual?.raw);
  const unitText = row.cells.unit?.text ?? "";
  const unit = unitText || target.unit || actual.unit;
  const weightRead = parseAmount(row.cells.weight?.raw).value;
  const weight = weightRead !== null && weightRead > 0 ? weightRead : null;
  const filledScore = readFilledScore(row.cells, weight, ctx.profile);
  const deduction = Math.max(parseAmount(row.cells.deduction?.raw).value ?? 0, 0);

  // One literal in a fixed order gives every ScoredIndicator the same shape; spreading two objects gave each its own,
  // which slowed everything that reads a hundred thousand of them.
  const finish = (s: Line, unsupported = false): { scored: ScoredIndicator; findings: Finding[] } => ({
    scored: {
      source: row,
      kind: s.kind,
      operator: s.operator,
      operatorFrom: s.operatorFrom,
      target,
      actual,
      unit,
      targetValue: s.targetValue,
      actualValue: s.actualValue,
      tier: s.tier,
      weight,
      filledScore,
      deduction,
      score: s.score,
      scoreFrom: s.scoreFrom,
      explanation: s.explanation,
      weightImplied: weight === null && ctx.implicitWeight === true,
      unsupported,
    },
    findings,
  });

  if (NOT_APPLICABLE.test(actual.text) || NOT_APPLICABLE.test(target.text)) {
    return finish({ kind: "not-applicable", operator: null, operatorFrom: "none", targetValue: null, actualValue: null, tier: null, score: 0, scoreFrom: "none", explanation: "不适用，不计分，按百分制折算" });
  }
  const implicit = weight === null && ctx.implicitWeight === true;
  if (weight === null && !implicit) {
    const wrote = row.cells.weight?.text;
    flag("missing-weight", "error", "weight", `指标${label}的分值${wrote ? `“${wrote}”不是大于0的数` : "未填"}，无法计分；请填写该指标的分值（权重）。`);
  }

  const opCell = parseOperatorCell(row.cells.operator?.raw);
  // domain-rules (p): a target with no number and no date ("应保尽保", "显著提升") cannot be measured, whatever sign is
  // written beside it; it is scored as a qualitative row, and the sign is a finding of its own.
  const unmeasurable = target.number === null && target.date === null && target.text !== "";
  const qualitative =
    opCell?.nature === "qualitative" ||
    unmeasurable ||
    (opCell?.nature !== "quantitative" && target.number === null && target.date === null && (parseTier(actual.text) !== null || actual.number === null));
  if (unmeasurable && opCell?.nature === "quantitative") {
    flag("no-numeric-target", "warning", targetColumn, `指标${label}的指标性质为“${row.cells.operator?.text}”，但年度指标值“${target.text}”没有可计量的数值，已按定性指标计分；请改为可计量的目标（如“≥95%”），或将指标性质改为“定性”。`);
  }

  if (implicit) return scoreImplied();
  if (qualitative) return scoreQualitative();
  // Set by a quantitative row whose figures could not be read and whose filled score was taken instead.
  let restsOnFilled = false;
  return finish(scoreQuantitative(), restsOnFilled);

  /**
   * The 20 + 80 form: no weight to score against, so the filled 得分 is the row's score. Its basis is measurable where
   * the row's numbers (or its 完成等级) show it; otherwise the score rests on the filled figure alone.
   */
  function scoreImplied(): { scored: ScoredIndicator; findings: Finding[] } {
    const tier = parseTierWord(row.cells.tier?.raw) ?? parseTierWord(actual.text);
    const measured = qualitative ? tier !== null || findGradeScale(target.text) !== null : target.number !== null && actual.number !== null;
    const common = qualitative
      ? { kind: "qualitative" as const, operator: "定性" as Operator, operatorFrom: (opCell?.operator === "定性" ? "column" : "none") as ScoredIndicator["operatorFrom"], targetValue: null, actualValue: null, tier }
      : {
          kind: "quantitative" as const,
          operator: (opCell?.operator && opCell.operator !== "定性" ? opCell.operator : target.operator ?? "≥") as Operator,
          operatorFrom: (opCell?.operator && opCell.operator !== "定性" ? "column" : target.operator ? "target" : "default") as ScoredIndicator["operatorFrom"],
          targetValue: target.number,
          actualValue: actual.number,
          tier: null,
        };
    if (filledScore === null) {
      flag("missing-weight", "error", "selfScore", `指标${label}既没有分值，也没有填写得分，按0分计；请填写该指标的得分（并在表中增加“分值”列）。`);
      return finish({ ...common, score: 0, scoreFrom: "none", explanation: "表中无分值，得分未填，得0分" });
    }
    const score = applyDeduction(round2(filledScore), deduction);
    return finish({ ...common, score, scoreFrom: "filled", explanation: `表中无分值，按填报得分${fixed(filledScore)}计` }, !measured);
  }

  function scoreQualitative(): { scored: ScoredIndicator; findings: Finding[] } {
    const w = weight ?? 0;
    let tier: Tier | null = parseTierWord(row.cells.tier?.raw) ?? parseTierWord(actual.text);
    if (tier === null) {
      const scale = findGradeScale(target.text);
      const grade = scale ? parseGrade(actual.text, scale.scale) : null;
      if (scale && grade !== null) tier = tierFromGrades(scale.targetIndex, grade);
    }
    const operatorFrom: ScoredIndicator["operatorFrom"] = opCell?.operator === "定性" ? "column" : "none";
    const qualitativeLine = (tier: Tier | null, score: number, scoreFrom: Line["scoreFrom"], explanation: string): Line =>
      ({ kind: "qualitative", operator: "定性", operatorFrom, targetValue: null, actualValue: null, tier, score, scoreFrom, explanation });
    if (actual.text === "" && !row.cells.tier?.text) {
      flag("missing-actual", "error", "actual", `指标${label}的实际完成值未填，按0分计；请填写完成情况（达成/部分达成/未达成）。`);
      return finish(qualitativeLine(null, 0, "none", "实际完成值未填，得0分"));
    }
    const where = ctx.hasTierColumn === false ? "请在实际完成值中写明“达成”“部分达成”或“未达成”，并填写得分" : "请在完成等级中选择其一并填写得分";
    if (tier === null && filledScore === null) {
      flag("qualitative-tier-missing", "error", row.cells.tier ? "tier" : "actual", `定性指标${label}的完成情况“${actual.text || "（空）"}”不是“达成”“部分达成”“未达成”之一，也没有填写自评得分，按0分计；${where}。`);
      return finish(qualitativeLine(null, 0, "none", "未判明完成等级，得0分"));
    }
    if (filledScore !== null) {
      const s = Math.min(filledScore, w);
      if (filledScore > w) flag("score-out-of-band", "error", "selfScore", `指标${label}的自评得分${plain(filledScore)}超过分值${plain(w)}，已按${plain(w)}计；得分最高不能超过该指标分值，请改为不超过${plain(w)}的得分。`);
      if (tier === null) {
        tier = tierOfScore(s, w);
        // A form without a 完成等级 column is not asked for one: its weight is reported as scored without a basis.
        if (ctx.hasTierColumn !== false) {
          flag("qualitative-tier-missing", "warning", row.cells.tier ? "tier" : "actual", `定性指标${label}未写明完成等级（达成/部分达成/未达成），按得分${plain(s)}视为“${tier}”；请补填完成等级。`);
        }
        return finish(qualitativeLine(tier, applyDeduction(round2Capped(s, w), deduction), "filled", `未写明完成等级，按填报得分${fixed(s)}计`), true);
      }
      const band = tierBand(tier, w);
      if (inBand(s, band)) return finish(qualitativeLine(tier, applyDeduction(round2Capped(s, w), deduction), "filled", `${tier}，填报得分${fixed(s)}在区间${bandText(band)}内`));
      const proposed = defaultTierScore(tier, w, ctx.settings.qualitativeDefaults);
      flag("score-out-of-band", "error", "selfScore", `定性指标${label}评为“${tier}”，得分应在${bandText(band)}内，填报的${plain(filledScore)}不在此区间；已按“${tier}”的默认得分${fixed(proposed)}计，请核实完成等级或得分。`);
      return finish(qualitativeLine(tier, applyDeduction(proposed, deduction), "default", `${tier}，填报得分${plain(filledScore)}超出区间${bandText(band)}，按默认${fixed(proposed)}计`));
    }
    const t = tier as Tier;
    const proposed = defaultTierScore(t, w, ctx.settings.qualitativeDefaults);
    return finish(qualitativeLine(t, applyDeduction(proposed, deduction), "default", `${t}，未填自评得分，拟按${Math.round(ctx.settings.qualitativeDefaults[t] * 100)}%计${fixed(proposed)}`));
  }

  function scoreQuantitative(): Line {
    const w = weight ?? 0;
    const fromColumn = opCell?.operator && opCell.operator !== "定性" ? opCell.operator : null;
    const operator: Operator = fromColumn ?? target.operator ?? (target.date ? "≤" : "≥");
    const operatorFrom: ScoredIndicator["operatorFrom"] = fromColumn ? "column" : target.operator ? "target" : "default";
    const quantitativeLine = (targetValue: number | null, actualValue: number | null, score: number, scoreFrom: Line["scoreFrom"], explanation: string): Line =>
      ({ kind: "quantitative", operator, operatorFrom, targetValue, actualValue, tier: null, score, scoreFrom, explanation });
    const manual = (why: string, severity: Severity | null, code: FindingCode): Line => {
      if (filledScore !== null) {
        const s = Math.min(filledScore, w);
        restsOnFilled = true;
        if (severity) flag(code, "warning", code === "no-numeric-target" ? targetColumn : "actual", `${why}，无法按规则计分，已按填报得分${plain(s)}计；请改为可计量的数值。`);
        return quantitativeLine(target.number, actual.number, applyDeduction(round2Capped(s, w), deduction), "filled", `无法按规则计算，按填报得分${fixed(s)}计`);
      }
      if (severity) flag(code, severity, code === "no-numeric-target" ? targetColumn : "actual", `${why}，无法计分，按0分计；请填写可计量的数值或自评得分。`);
      return quantitativeLine(target.number, actual.number, 0, "none", "无法按规则计算，得0分");
    };

    if (actual.text === "") {
      flag("missing-actual", "error", "actual", `指标${label}的实际完成值未填，按0分计；请填写实际完成的数值${unit ? `（${unit}）` : ""}。`);
      return quantitativeLine(target.number, null, 0, "none", "实际完成值未填，得0分");
    }
    if (target.date) return scoreDeadline(target, actual);
    if (target.number === null) {
      flag("no-numeric-target", "error", targetColumn, `定量指标${label}的年度指标值“${target.text || "（空）"}”不是数值，无法计分，按0分计；请填写可计量的目标，如“≥90%”，并注明计量单位。`);
      return quantitativeLine(null, actual.number, 0, "none", "指标值不是数值，得0分");
    }
    if (actual.number === null) {
      return manual(`定量指标${label}的实际完成值“${actual.text}”不是数值`, "error", "non-numeric-actual");
    }
    if (actual.rest !== "") {
      flag("non-numeric-actual", "warning", "actual", `定量指标${label}的实际完成值“${actual.text}”夹带文字，已按${plain(actual.number)}${actual.unit}计；实际完成值应只填实际数值。`);
    }
    if (actual.approximate) {
      flag("approximate-value", "warning", "actual", `指标${label}的实际完成值“${actual.text}”是近似值，已按${plain(actual.number)}计；建议填写准确数值。`);
    }
    let t = target.number;
    let a = Math.max(actual.number, 0);
    const isPercent = unit.includes("%") || target.unit === "%" || actual.unit === "%";
    if (isPercent && t > 0 && a > 0 && (t <= 1) !== (a <= 1)) {
      const scaledActual = a <= 1;
      if (scaledActual) a = round2(a * 100 * 1e6) / 1e6;
      else t = round2(t * 100 * 1e6) / 1e6;
      flag("percent-scale", "warning", scaledActual ? "actual" : targetColumn, `指标${label}的指标值与实际完成值一个按小数、一个按百分数填写（${target.text} / ${actual.text}），已统一按百分数计；请统一填写方式。`);
    }
    if (t === 0 && (operator === "≥" || operator === "＞")) {
      flag("no-numeric-target", "warning", targetColumn, `正向指标${label}的指标值为0，任何完成值都得满分，指标无意义；请设定有实际约束的目标值。`);
    }
    const line: LineScore =
      operator === "≥" || operator === "＞" ? positiveScore(t, a, w) : operator === "＝" ? equalScore(t, a, w) : reverseScore(t, a, w, ctx.settings.reverseRule);
    if ((operator === "≥" || operator === "＞") && t > 0 && atLeastTimes(a, t, ctx.settings.overAchievementRatio)) {
      flag("over-achievement", "warning", "actual", `指标${label}完成值${plain(a)}达到指标值${plain(t)}的${Math.round((a / t) * 100)}%，远高于目标；请分析是否年初指标值设定偏低（财预〔2020〕10号：按偏离度适度调减分值），需要时填写扣减分数并说明理由。`);
    }
    compareFilled(line.score);
    const score = applyDeduction(line.score, deduction);
    return quantitativeLine(t, a, score, "rule", deduction > 0 ? `${line.explanation}，扣减${plain(deduction)}` : line.explanation);
  }

  function scoreDeadline(t: Quantity, a: Quantity): Line {
    const w = weight ?? 0;
    const deadlineLine = (score: number, scoreFrom: Line["scoreFrom"], explanation: string): Line =>
      ({ kind: "quantitative", operator: "≤", operatorFrom: "target", targetValue: null, actualValue: null, tier: null, score, scoreFrom, explanation });
    if (!a.date) {
      if (filledScore !== null) {
        restsOnFilled = true;
        flag("non-numeric-actual", "warning", "actual", `时效指标${label}的实际完成值“${a.text}”不是完成日期，已按填报得分${plain(Math.min(filledScore, w))}计；请填写实际完成的日期。`);
        return deadlineLine(applyDeduction(round2Capped(Math.min(filledScore, w), w), deduction), "filled", "按填报得分计");
      }
      flag("non-numeric-actual", "error", "actual", `时效指标${label}的实际完成值“${a.text}”不是完成日期，无法计分，按0分计；请填写实际完成的日期。`);
      return deadlineLine(0, "none", "实际完成值不是日期，得0分");
    }
    const met = compareDates(a.date, t.date!, ctx.year) <= 0;
    const line = met ? { score: round2Capped(w, w), explanation: `${a.text}不晚于${t.text}，得满分${plain(w)}` } : { score: 0, explanation: `${a.text}晚于${t.text}，得0分` };
    compareFilled(line.score);
    return deadlineLine(applyDeduction(line.score, deduction), "rule", line.explanation);
  }

  function compareFilled(computed: number) {
    if (filledScore === null) return;
    if (weight !== null && filledScore > weight) {
      flag("score-out-of-band", "error", row.cells.selfScore ? "selfScore" : "coefficient", `指标${label}的自评得分${plain(filledScore)}超过分值${plain(weight)}，得分最高不能超过该指标分值；请改为按规则计算的${fixed(computed)}。`);
    } else if (weight !== null && Math.abs(computed - weight) <= SCORE_TOLERANCE && filledScore < weight - SCORE_TOLERANCE && !row.cells.reason?.text) {
      // The table contradicts itself: the target is met in full, yet the row is scored below its weight, with no reason.
      flag("self-score-mismatch", "warning", row.cells.selfScore ? "selfScore" : "coefficient", `指标${label}已完成年度指标值，按规则应得满分${plain(weight)}，表中只给了${plain(filledScore)}分且未说明扣分理由；请改为${plain(weight)}分，或在偏差原因分析中写明扣分的理由。`);
    } else if (Math.abs(filledScore - computed) > SCORE_TOLERANCE) {
      flag("self-score-mismatch", "warning", row.cells.selfScore ? "selfScore" : "coefficient", `指标${label}填报得分${plain(filledScore)}，按规则计算应为${fixed(computed)}，请核对。`);
    }
  }
}

/** The accountant's own score: 自评得分, or in Chongqing tables 得分系数 × 权重. */
function readFilledScore(cells: Partial<Record<IndicatorColumn, Cell>>, weight: number | null, profile: Profile): number | null {
  const own = parseAmount(cells.selfScore?.raw).value;
  if (own !== null) return Math.max(own, 0);
  if (weight !== null && (profile.usesCoefficient || cells.coefficient)) {
    const coefficient = parseRatio(cells.coefficient?.raw);
    if (coefficient !== null) return round2(weight * coefficient);
  }
  return null;
}

type DateParts = NonNullable<Quantity["date"]>;

/** Compares two written dates; a date without a year takes the evaluation year, without a day the month's end. */
function compareDates(a: DateParts, b: DateParts, year: number | null): number {
  const key = (d: DateParts, other: DateParts) => {
    const y = d.year ?? other.year ?? year ?? 0;
    const day = d.day ?? 31;
    return y * 10000 + d.month * 100 + day;
  };
  return key(a, b) - key(b, a);
}
