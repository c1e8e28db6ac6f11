import { dec } from "../../decimal";
import type { Evaluation } from "../../model/evaluation";
import type { Finding, FindingCode } from "../../model/finding";
import { PROFILES } from "../../settings";
import { DIMENSIONS, counted, departmentName, dimensionOf, money, percentOf, quote, score, unitRate } from "./format";
import { distinctPlaces, indicatorOf, isVague, quantificationFlags, QUANTIFICATION_CODES, unitByName } from "./flags";

/**
 * Section 三: the problems, each from the findings that prove it, each followed by one measure. The first three groups
 * are the seed's own problem statements (domain-rules (g)); money problems come fourth; the seed's fourth statement,
 * 「绩效自评组织实施还不够完善」, takes the data-quality findings (approximate or missing values and the like). Advisory
 * findings that are allowed by the rules (level1-weights-nondefault) are not called problems.
 */

interface Group {
  title: string;
  codes: readonly FindingCode[];
  /** The problem, after "N.{title}：", without its full stop. */
  describe(ev: Evaluation, findings: readonly Finding[]): string;
  /** The improvement measure, after "改进措施：", without its full stop. */
  measure(ev: Evaluation, findings: readonly Finding[]): string;
}

const has = (findings: readonly Finding[], ...codes: FindingCode[]) => findings.some((f) => codes.includes(f.code));
const only = (findings: readonly Finding[], code: FindingCode) => findings.filter((f) => f.code === code);
/** Unit names the findings of a code belong to, each once, in evaluation order. */
const unitsOf = (ev: Evaluation, findings: readonly Finding[], code: FindingCode) => {
  const names = new Set(only(findings, code).map((f) => f.unit));
  return ev.units.filter((u) => names.has(u.name) || (names.has(undefined) && ev.units.length === 1));
};
const UNITLESS = "部分项目";

function join(parts: string[]): string {
  return parts.filter((p) => p !== "").join("；");
}

const targetsComplete: Group = {
  title: "绩效目标申报不够全面",
  codes: ["missing-dimension", "too-few-core-indicators"],
  describe(ev, findings) {
    const parts: string[] = [];
    for (const f of only(findings, "missing-dimension")) {
      const unit = unitByName(ev, f.unit);
      const missing = unit ? DIMENSIONS.filter((d) => !counted(unit).some((i) => dimensionOf(i) === d.key)).map((d) => d.name) : [];
      parts.push(missing.length ? `${unit!.name}未设置${missing.join("、")}` : `${unit?.name ?? UNITLESS}未完整设置产出、效益和满意度指标`);
    }
    const min = PROFILES[ev.profile]?.coreIndicatorMin ?? 5;
    for (const f of only(findings, "too-few-core-indicators")) parts.push(`${unitByName(ev, f.unit)?.name ?? UNITLESS}标明的核心指标少于${min}个`);
    return `${join(parts)}，绩效目标未能全面反映资金投入的预期产出和效果`;
  },
  measure(ev, findings) {
    const min = PROFILES[ev.profile]?.coreIndicatorMin ?? 5;
    const core = has(findings, "too-few-core-indicators") ? `，按要求标明不少于${min}个能反映核心职能的核心指标` : "";
    return `申报绩效目标时对照部门职能和项目内容，完整设置产出、效益和满意度指标${core}，确保绩效目标覆盖资金投入的主要产出和效果`;
  },
};

/** What a flagged row is, beyond being 定性或表述模糊, in the order the breakdown names them. */
const ROW_LABELS: Array<[FindingCode, string]> = [
  ["missing-unit", "缺少计量单位"],
  ["missing-operator", "未写明指标性质"],
  ["operator-mismatch", "指标性质或指标值与指标不符"],
  ["actual-copies-target", "实际完成值照抄指标值"],
  ["non-numeric-actual", "实际完成值不可计量"],
  ["satisfaction-unmeasured", "满意度未按满意率计量"],
  ["undated-timeliness", "时效指标未写明完成时限"],
];
const MAX_EXAMPLES = 3;

const quantification: Group = {
  title: "绩效指标量化不够",
  codes: [...QUANTIFICATION_CODES],
  describe(ev) {
    const flagged = quantificationFlags(ev);
    const total = ev.units.reduce((n, u) => n + counted(u).length, 0);
    if (!flagged.length) return "部分绩效指标为定性或表述模糊，建议细化为可计量的数量、质量、时效、成本指标并明确计量单位与取值依据（计划标准/行业标准/历史标准）";
    const vague = flagged.filter(isVague);
    // The examples quote what is least measurable first: a vague target says more than a missing unit.
    const examples = [...vague, ...flagged.filter((e) => !isVague(e))]
      .slice(0, MAX_EXAMPLES)
      .map((e) => (e.ind.target.text.trim() ? `${quote(e.ind.source.name)}目标为${quote(e.ind.target.text)}` : `${quote(e.ind.source.name)}未填写指标值`));
    const allVague = vague.length === flagged.length;
    const breakdown = ROW_LABELS.map(([code, label]) => [flagged.filter((e) => e.codes.has(code)).length, label] as const)
      .filter(([n]) => n > 0)
      .map(([n, label]) => `${n}项${label}`);
    if (!allVague && vague.length) breakdown.unshift(`${vague.length}项为定性或表述模糊`);
    const head = `共${total}项指标中有${flagged.length}项${allVague ? "为定性或表述模糊" : "量化不足"}（如${examples.join("、")}）`;
    const detail = breakdown.length ? `，其中${breakdown.join("、")}` : "";
    return `${head}${detail}，建议细化为可计量的数量、质量、时效、成本指标并明确计量单位与取值依据（计划标准/行业标准/历史标准）`;
  },
  measure(_ev, findings) {
    const parts = ["编制下一年度绩效目标时，将定性或模糊的表述改为可计量的指标值，确实无法量化的指标写明分级标准（如优/良/中/差），并注明计量单位和指标性质（≥、≤、＝）"];
    if (has(findings, "actual-copies-target", "non-numeric-actual")) parts.push("实际完成值依据统计台账和调查结果据实填写，不照抄指标值");
    if (has(findings, "satisfaction-unmeasured")) parts.push("满意度指标通过问卷调查按满意率计量");
    if (has(findings, "undated-timeliness")) parts.push("时效指标写明完成时限");
    return join(parts);
  },
};

const method: Group = {
  title: "绩效评价方法有待优化",
  codes: ["score-out-of-band", "missing-deviation-reason", "suspicious-perfect-score", "self-score-mismatch", "weights-not-100", "over-achievement"],
  describe(ev, findings) {
    const n = (code: FindingCode) => distinctPlaces(only(findings, code));
    const parts: string[] = [];
    if (n("score-out-of-band")) parts.push(`${n("score-out-of-band")}项指标的自评得分超出分值或所评完成等级对应的分值区间`);
    if (n("missing-deviation-reason")) parts.push(`${n("missing-deviation-reason")}项未得满分的指标未填写偏差原因分析及改进措施`);
    for (const unit of unitsOf(ev, findings, "suspicious-perfect-score")) parts.push(`${unit.name}自评为满分，但多数指标的完成情况缺少可计量的依据`);
    if (n("self-score-mismatch")) parts.push(`${n("self-score-mismatch")}处填报的得分、执行率或总分与按评分规则计算的结果不一致`);
    for (const unit of unitsOf(ev, findings, "weights-not-100")) parts.push(`${unit.name}各项分值合计${score(unit.maxTotal)}分，不等于100分`);
    if (n("over-achievement")) parts.push(`${n("over-achievement")}项指标完成值达到指标值的120%以上，指标值可能设定偏低`);
    return join(parts);
  },
  measure(_ev, findings) {
    const parts = ["严格按照评分规则计分"];
    if (has(findings, "score-out-of-band")) parts.push("定性指标得分落在所评完成等级的分值区间内");
    if (has(findings, "missing-deviation-reason")) parts.push("未得满分的指标逐项分析偏差原因并提出改进措施");
    if (has(findings, "self-score-mismatch")) parts.push("以按规则计算的结果核对填报的得分");
    if (has(findings, "suspicious-perfect-score")) parts.push("据实评价，不刻意抬高分数");
    if (has(findings, "weights-not-100")) parts.push("各项分值合计按100分设置");
    if (has(findings, "over-achievement")) parts.push("对完成值远超指标值的指标分析原因并按偏离度适度调减分值");
    return parts.join("，");
  },
};

const spending: Group = {
  title: "预算执行与绩效不够匹配",
  codes: [
    "budget-missing",
    "low-execution-no-reason",
    "large-unspent-budget",
    "execution-over-100",
    "budget-adjusted-no-reason",
    "performance-outpaces-spending",
    "cost-exceeds-budget",
  ],
  describe(ev, findings) {
    const parts: string[] = [];
    for (const unit of unitsOf(ev, findings, "budget-missing")) {
      parts.push(`${unit.name}${unit.budget === null || unit.budget <= 0 ? "全年预算数未填写或为0" : "全年执行数未填写"}，无法准确计算预算执行率`);
    }
    for (const unit of unitsOf(ev, findings, "low-execution-no-reason")) parts.push(`${unit.name}预算执行率${unitRate(unit) ?? "偏低"}，低于90%且未说明原因`);
    for (const unit of unitsOf(ev, findings, "large-unspent-budget")) {
      const { budget, spent } = unit;
      parts.push(
        budget !== null && budget > 0
          ? `${unit.name}有${money(Number(dec(budget).minus(dec(spent ?? 0))))}万元预算未执行，占全年预算的${percentOf(Number(dec(budget).minus(dec(spent ?? 0)).div(dec(budget))))}`
          : `${unit.name}有较多预算未执行`,
      );
    }
    for (const unit of unitsOf(ev, findings, "execution-over-100")) parts.push(`${unit.name}全年执行数超过全年预算数（执行率${unitRate(unit) ?? "超过100%"}）`);
    for (const unit of unitsOf(ev, findings, "budget-adjusted-no-reason")) {
      const { initial, budget } = unit.fund;
      parts.push(initial !== null && budget !== null ? `${unit.name}年初预算${money(initial)}万元调整为${money(budget)}万元，未说明调整理由` : `${unit.name}预算有调整但未说明理由`);
    }
    for (const unit of unitsOf(ev, findings, "performance-outpaces-spending")) {
      const shares =
        unit.indicatorWeight > 0 && unit.executionWeight > 0
          ? `指标得分率${percentOf(unit.indicatorScore / unit.indicatorWeight)}高于预算执行得分率${percentOf(unit.executionScore / unit.executionWeight)}，`
          : "";
      parts.push(`${unit.name}${shares}绩效完成情况与资金支出不够匹配`);
    }
    for (const unit of unitsOf(ev, findings, "cost-exceeds-budget")) parts.push(`${unit.name}成本指标的指标值合计超过全年预算数`);
    return join(parts);
  },
  measure(_ev, findings) {
    const parts = ["加强预算执行监控"];
    if (has(findings, "budget-missing")) parts.push("完整填报全年预算数和全年执行数");
    if (has(findings, "low-execution-no-reason", "large-unspent-budget")) parts.push("及时分析资金未支出的原因并加快执行进度");
    if (has(findings, "execution-over-100")) parts.push("执行数与预算数按同一口径（含上年结转和其他资金）填报");
    if (has(findings, "budget-adjusted-no-reason")) parts.push("年中追加或调减预算的单独说明理由");
    if (has(findings, "performance-outpaces-spending")) parts.push("核对实际完成值与资金支出的对应关系，使绩效完成情况有资金支出支撑");
    if (has(findings, "cost-exceeds-budget")) parts.push("成本指标的指标值与预算安排和计量单位保持一致");
    return parts.join("，");
  },
};

const organisation: Group = {
  title: "绩效自评组织实施还不够完善",
  codes: [
    "approximate-value",
    "missing-actual",
    "missing-weight",
    "qualitative-tier-missing",
    "percent-scale",
    "unreadable-cell",
    "negative-amount",
    "subtotal-mismatch",
    "total-row-derived",
    "basic-info-missing",
  ],
  describe(ev, findings) {
    const n = (...codes: FindingCode[]) => distinctPlaces(findings.filter((f) => codes.includes(f.code)));
    const parts: string[] = [];
    if (n("approximate-value")) {
      const first = only(findings, "approximate-value").map((f) => indicatorOf(ev, f)).find((hit) => hit && hit.ind.actual.text.trim());
      const example = first ? `（如${quote(first.ind.actual.text)}）` : "";
      parts.push(`${n("approximate-value")}项指标的实际完成值为近似值${example}，完成情况统计不够精确`);
    }
    if (n("missing-actual")) parts.push(`${n("missing-actual")}项指标未填写实际完成值`);
    if (n("missing-weight")) parts.push(`${n("missing-weight")}项指标未填写分值`);
    if (n("qualitative-tier-missing")) parts.push(`${n("qualitative-tier-missing")}项定性指标未评定完成等级`);
    if (n("percent-scale")) parts.push(`${n("percent-scale")}项百分比指标的指标值与完成值填写口径不一致`);
    if (n("unreadable-cell", "negative-amount")) parts.push(`${n("unreadable-cell", "negative-amount")}处填报内容无法识别或为负数`);
    if (n("subtotal-mismatch", "total-row-derived")) parts.push("资金情况表的合计行未填写或与明细行不一致");
    if (n("basic-info-missing")) parts.push("基本信息填写不完整");
    return join(parts);
  },
  measure() {
    return "建立健全绩效数据台账，自评表各项数据以统计台账和调查结果为依据，如实、准确、完整填报，并经复核后报送";
  },
};

const GROUPS: readonly Group[] = [targetsComplete, quantification, method, spending, organisation];

export function problemParagraphs(ev: Evaluation): string[] {
  const present = GROUPS.map((g) => ({ g, findings: ev.findings.filter((f) => g.codes.includes(f.code)) })).filter(({ findings }) => findings.length);
  if (!present.length) {
    return [
      "经检查，本次自评的绩效指标覆盖产出、效益和满意度指标，指标值明确、可计量，未发现绩效目标申报、指标量化和评价方法方面的突出问题。",
      "改进措施：继续加强绩效目标管理和绩效运行监控，据实开展绩效自评，进一步提高绩效管理水平。",
    ];
  }
  const names = present.map(({ g }) => g.title);
  const out = [`对照绩效自评的要求，本次自评还存在${names.join("、")}${names.length > 1 ? "等" : "的"}问题，具体如下：`];
  present.forEach(({ g, findings }, i) => {
    out.push(`${i + 1}.${g.title}：${g.describe(ev, findings)}。`);
    out.push(`改进措施：${g.measure(ev, findings)}。`);
  });
  const dept = departmentName(ev);
  out.push(`下一步，${dept ?? ""}将规范项目管理和资金管理，科学合理设置绩效指标，加强绩效管理业务培训，不断提高绩效自评质量。`);
  return out;
}

/** Used by the conclusion: how many of a unit's rows the quantification checks flagged. */
export function flaggedCount(ev: Evaluation, unitName: string): number {
  const flags = quantificationFlags(ev);
  let counts = FLAGGED_COUNTS.get(flags);
  // Counted once for all units: the conclusion asks for each of 2,000 projects.
  if (!counts) {
    counts = new Map();
    for (const e of flags) counts.set(e.unit.name, (counts.get(e.unit.name) ?? 0) + 1);
    FLAGGED_COUNTS.set(flags, counts);
  }
  return counts.get(unitName) ?? 0;
}

const FLAGGED_COUNTS = new WeakMap<readonly unknown[], Map<string, number>>();
