import { plain, sum } from "../../decimal";
import type { Evaluation, ScoredIndicator, UnitResult } from "../../model/evaluation";
import { isShown, type Quantity } from "../../text";
import { targetColumnOf, type Cell } from "../../model/workbook";
import { fundReason } from "./basics";
import { overallOf } from "../../overall";
import { DIMENSIONS, basicText, counted, departmentName, dimensionOf, lines, money, quote, score, subHeading, unitRate, yearLabel } from "./format";
import { flaggedCount } from "./problems";

/** Section 二: execution, then one sentence per indicator row under its first-level dimension, then the conclusion. */

/** A reading with nothing around the number: it can be respelt from the number without losing what was written. */
function bare(q: Quantity): boolean {
  return q.number !== null && q.range === null && q.date === null && q.rest === "" && !q.approximate;
}

/**
 * A number its cell's format printed ("98.69%", "1,200.00") is quoted as the cell shows it, never respelt from its
 * storage (98.687, 1200) — unless the reading rescaled it (percent-scale), when the text no longer says the value used.
 */
function shownAsIs(cell: Cell | undefined, q: Quantity, used: number | null): boolean {
  return isShown(cell?.raw) && (used === null || used === q.number);
}

function withUnit(text: string, unit: string): string {
  return unit && !text.includes(unit) ? `${text}${unit}` : text;
}

/** "≥2000人次"; the accountant's own words where respelling would lose something ("2024年12月31日前", "90%-95%"). */
function targetPhrase(ind: ScoredIndicator): string {
  const t = ind.target;
  const op = ind.operator && ind.operator !== "定性" ? ind.operator : "";
  const asIs = shownAsIs(ind.source.cells[targetColumnOf(ind.source)], t, ind.targetValue);
  if (bare(t) && !asIs) return `${op}${plain(ind.targetValue ?? t.number!)}${ind.unit}`;
  const text = asIs && t.date === null ? withUnit(t.text.trim(), ind.unit) : t.text.trim();
  if (t.operator !== null || t.date !== null || t.range !== null) return text;
  return `${op}${text}`;
}

function actualPhrase(ind: ScoredIndicator): string {
  const a = ind.actual;
  if (shownAsIs(ind.source.cells.actual, a, ind.actualValue)) return a.date === null ? withUnit(a.text.trim(), ind.unit) : a.text.trim();
  if (bare(a) && a.operator === null) return `${plain(ind.actualValue ?? a.number!)}${ind.unit}`;
  const text = a.text.trim();
  // "2000余" under 计量单位 人次 still needs its unit; "2000余人次" and "2024年12月20日" do not.
  return a.number !== null && a.date === null && ind.unit !== "" && !text.includes(ind.unit) ? `${text}${ind.unit}` : text;
}

function scorePhrase(ind: ScoredIndicator): string {
  const proposed = ind.scoreFrom === "default" ? (ind.tier ? `（按“${ind.tier}”的默认分值）` : "（默认分值）") : "";
  return ind.weight === null ? `得分${score(ind.score)}分${proposed}` : `得分${score(ind.score)}/${score(ind.weight)}${proposed}`;
}

/**
 * An actual that is itself a statement of completion (「达成预期指标」「已完成」「基本完成」) cannot follow 「实际完成」
 * (「实际完成达成预期指标」); it is given as 「完成情况为“…”」 instead.
 */
const STATES_COMPLETION = /^(已|未|基本|全部|部分|全面|按期|按时)?(完成|达成|达到|实现)/;

function actualClause(phrase: string, quoted: boolean): string {
  const shown = quoted ? quote(phrase) : phrase;
  return STATES_COMPLETION.test(phrase.trim()) ? `完成情况为${quoted ? shown : quote(phrase)}` : `实际完成${shown}`;
}

export function indicatorSentence(ind: ScoredIndicator): string {
  const name = ind.source.name.trim();
  if (ind.kind === "not-applicable") return `${name}：不适用，不参与评分。`;
  const parts: string[] = [];
  if (ind.kind === "qualitative") {
    parts.push(ind.target.text.trim() ? `目标${quote(ind.target.text)}` : "未填写指标值");
    if (ind.actual.text.trim()) parts.push(actualClause(ind.actual.text, true));
    // Only a 完成等级 the accountant wrote is reported as theirs; one the rules inferred shows in the score phrase.
    if (ind.tier && ind.source.cells.tier?.text.trim()) parts.push(`完成等级为“${ind.tier}”`);
  } else {
    parts.push(ind.target.text.trim() ? `目标${targetPhrase(ind)}` : "未填写指标值");
    parts.push(ind.actual.text.trim() ? actualClause(actualPhrase(ind), false) : "实际完成值未填写");
  }
  parts.push(scorePhrase(ind));
  return `${name}：${parts.join("，")}。`;
}

interface Dimension {
  title: string;
  label: string;
  rowsOf(unit: UnitResult): ScoredIndicator[];
}

function dimensions(ev: Evaluation): Dimension[] {
  const main: Dimension[] = DIMENSIONS.map((d) => ({
    title: `${d.name}完成情况`,
    label: d.name,
    rowsOf: (unit) => unit.indicators.filter((i) => dimensionOf(i) === d.key),
  }));
  // Other first-level names (成本指标 in 101号-style tables, or none at all) each get their own sub-section.
  const extra: string[] = [];
  for (const unit of ev.units) {
    for (const ind of unit.indicators) {
      const level1 = ind.source.level1.trim();
      if (dimensionOf(ind) === null && !extra.includes(level1)) extra.push(level1);
    }
  }
  return [
    ...main,
    ...extra.map((level1) => {
      const label = level1 === "" ? "其他指标" : /指标$/.test(level1) ? level1 : `${level1}指标`;
      return {
        title: `${label}完成情况`,
        label,
        rowsOf: (unit: UnitResult) => unit.indicators.filter((i) => dimensionOf(i) === null && i.source.level1.trim() === level1),
      };
    }),
  ];
}

/** "共设置产出指标12项，分值合计50分，得分50分。" */
function dimensionLead(d: Dimension, rows: ScoredIndicator[]): string {
  if (!rows.length) return `未设置${d.label}。`;
  const scored = rows.filter((i) => i.kind !== "not-applicable");
  const na = rows.length - scored.length;
  const weight = sum(scored.map((i) => i.weight ?? 0));
  const got = sum(scored.map((i) => i.score));
  return `共设置${d.label}${rows.length}项${na ? `（其中${na}项不适用）` : ""}，分值合计${score(weight)}分，得分${score(got)}分。`;
}

function dimensionParagraphs(ev: Evaluation, d: Dimension): string[] {
  const out: string[] = [];
  const several = ev.units.length > 1;
  ev.units.forEach((unit, u) => {
    const rows = d.rowsOf(unit);
    if (several) out.push(`${u + 1}.${unit.name}：${dimensionLead(d, rows)}`);
    else out.push(dimensionLead(d, rows));
    rows.forEach((ind, i) => out.push(several ? `（${i + 1}）${indicatorSentence(ind)}` : `${i + 1}.${indicatorSentence(ind)}`));
  });
  if (!ev.units.length) out.push(`未设置${d.label}。`);
  return out;
}

function executionSentence(ev: Evaluation, unit: UnitResult): string {
  const { budget, spent } = unit;
  const rate = unitRate(unit);
  const parts = [
    budget === null ? "全年预算数未填写" : `全年预算数${money(budget)}万元`,
    spent === null ? "全年执行数未填写" : `全年执行数${money(spent)}万元`,
    rate === null ? "无法计算预算执行率" : `预算执行率${rate}`,
    `预算执行率得分${score(unit.executionScore)}分（满分${score(unit.executionWeight)}分）`,
  ];
  let text = parts.join("，");
  if (unit.executionRate !== null && unit.executionRate < 1 && unit.executionExplanation) text += `，计分：${unit.executionExplanation}`;
  text += "。";
  const reason = fundReason(unit);
  if (unit.executionRate !== null && unit.executionRate < 0.9 && reason) text += `执行率偏低的原因：${reason}。`;
  return ev.units.length > 1 ? text : `${yearLabel(ev)}${text}`;
}

/** A department's evaluation (部门整体, the default), as opposed to a project's. */
function isDepartment(ev: Evaluation): boolean {
  return !(basicText(ev, "评价类型") ?? "").includes("项目");
}

/**
 * The conclusion the seed draws ("本部门整体绩效自评得分100分"), without claiming more than the table shows: 「均得满分」
 * only when every scored row has its full weight, and never over a row without a weight or scored 0.
 * In a department's evaluation of one unit the department is the subject, not the name of the sheet's project.
 */
function conclusion(ev: Evaluation, unit: UnitResult): string {
  const normalised = Math.abs(unit.maxTotal - 100) >= 0.005 && unit.maxTotal > 0 ? `（分值合计${score(unit.maxTotal)}分，按百分制折算）` : "";
  const department = ev.units.length === 1 && isDepartment(ev) ? departmentName(ev) : null;
  const subject = department && department !== unit.name ? `${department}部门整体` : unit.name;
  let text = `经自评，${subject}综合得分${score(unit.score)}分${normalised}，评价等级为“${unit.grade}”`;
  const rows = counted(unit);
  const isFull = (i: (typeof rows)[number]) => i.weight !== null && i.weight > 0 && i.score >= i.weight;
  const full = rows.filter(isFull);
  const short = rows.filter((i) => !isFull(i));
  const flagged = flaggedCount(ev, unit.name);
  if (rows.length && !short.length) {
    text += `；${rows.length}项绩效指标均得满分`;
    if (flagged) text += `，但其中${flagged}项指标的目标或完成值不够量化，完成情况的判断依据有待加强（详见“三、存在的问题及改进措施”）`;
  } else if (short.length) {
    const names = short.slice(0, 3).map((i) => quote(i.source.name)).join("、");
    const unweighted = short.filter((i) => i.weight === null || i.weight <= 0).length;
    text += `；${rows.length}项绩效指标中${full.length}项得满分，${short.length}项未得满分（${names}${short.length > 3 ? "等" : ""}${unweighted ? `，其中${unweighted}项未填分值` : ""}）`;
  }
  return `${text}。`;
}

/** With several projects: the summary's 自评总分, the mean of their 100-point scores, as the report sheet computes it. */
function overallConclusion(ev: Evaluation): string {
  const o = overallOf(ev);
  return `以上${ev.units.length}个项目百分制得分的算术平均为${score(o.score)}分，评价等级为“${o.grade}”。`;
}

export function analysisParagraphs(ev: Evaluation): string[] {
  const sections: Array<{ title: string; paragraphs: string[] }> = [];
  sections.push({
    title: "资金投入及使用情况",
    paragraphs: ev.units.length > 1 ? ev.units.map((u, i) => `${i + 1}.${u.name}：${executionSentence(ev, u)}`) : ev.units.map((u) => executionSentence(ev, u)),
  });
  for (const d of dimensions(ev)) sections.push({ title: d.title, paragraphs: dimensionParagraphs(ev, d) });
  const achieved = lines(basicText(ev, "实际完成情况"));
  if (achieved.length) sections.push({ title: "整体绩效目标完成情况", paragraphs: achieved });
  const conclusions = ev.units.map((u) => conclusion(ev, u));
  if (ev.units.length > 1) conclusions.push(overallConclusion(ev));
  sections.push({ title: "自评结论", paragraphs: ev.units.length ? conclusions : ["本次自评未读取到可评分的项目。"] });
  return sections.flatMap((s, i) => [subHeading(i + 1, s.title), ...s.paragraphs]);
}

