import type { Evaluation, UnitResult } from "../../model/evaluation";
import { near, sum } from "../../decimal";
import { asProject, basicText, clause, departmentName, lines, money, subHeading, totalRate, unitRate, withFullStop, yearLabel, yearOf } from "./format";

/** Sections 一, 四 and 五: the 基本信息 texts and the money, in the seed's order. */

function introTitle(ev: Evaluation): string {
  const kind = basicText(ev, "评价类型") ?? "";
  if (kind.includes("项目")) return "项目基本情况";
  if (kind.includes("部门")) return "部门基本情况";
  return "部门（项目）基本情况";
}

/** The fund lines' own 偏差原因, which is where the forms ask for the reason of an adjustment or a low rate. */
export function fundReason(unit: UnitResult): string | null {
  for (const row of [unit.fund.totalRow, ...unit.fund.details]) {
    const text = row?.cells.reason?.text.trim();
    if (text) return clause(text);
  }
  return null;
}

function adjusted(unit: UnitResult): boolean {
  const { initial, budget } = unit.fund;
  return initial !== null && initial > 0 && budget !== null && !near(initial, budget, 0.005);
}

/** The seed's sentence: "2024年度，丰都县总工会项目到位资金324.88万元，实际支出资金324.88万元，资金执行率100%。" */
function fundSentence(ev: Evaluation, unit: UnitResult): string {
  const { budget, spent } = unit;
  const received = budget === null ? "全年预算数未填写" : `到位资金${money(budget)}万元`;
  const paid = spent === null ? "实际支出资金未填写" : `实际支出资金${money(spent)}万元`;
  const rate = unitRate(unit);
  let text = `${yearLabel(ev)}，${asProject(unit.name)}${received}，${paid}，${rate === null ? "无法计算资金执行率" : `资金执行率${rate}`}。`;
  if (adjusted(unit)) {
    const reason = fundReason(unit);
    text += `年初预算${money(unit.fund.initial!)}万元，调整后预算${money(budget!)}万元${reason ? `（${reason}）` : ""}。`;
  }
  return text;
}

function totalSentence(units: readonly UnitResult[]): string | null {
  if (units.some((u) => u.budget === null || u.spent === null)) return null;
  const budget = sum(units.map((u) => u.budget!));
  const spent = sum(units.map((u) => u.spent!));
  const rate = totalRate(budget, spent);
  return `以上${units.length}个项目合计到位资金${money(budget)}万元，实际支出资金${money(spent)}万元${rate === null ? "" : `，资金执行率${rate}`}。`;
}

export function basicParagraphs(ev: Evaluation): string[] {
  const out = [subHeading(1, introTitle(ev))];
  const duties = lines(basicText(ev, "部门职能职责"));
  out.push(...duties);
  if (ev.units.length > 1) {
    out.push(`本次绩效自评涉及${ev.units.length}个项目：${ev.units.map((u) => u.name).join("、")}。`);
  } else if (!duties.length && ev.units.length === 1) {
    // With no duties text the sub-section would be empty; say at least what was evaluated.
    const project = (basicText(ev, "评价类型") ?? "").includes("项目");
    // A department's evaluation is of the department, whatever its one fund line is called.
    out.push(project ? `本次绩效自评对象为${yearLabel(ev)}${asProject(ev.units[0].name)}支出。` : `本次绩效自评对象为${departmentName(ev) ?? ev.units[0].name}${yearLabel(ev)}部门整体支出。`);
  }

  out.push(subHeading(2, "预算安排及执行情况"));
  if (!ev.units.length) out.push("本次自评未读取到资金情况。");
  for (const unit of ev.units) out.push(fundSentence(ev, unit));
  if (ev.units.length > 1) {
    const total = totalSentence(ev.units);
    if (total) out.push(total);
  }

  const goal = lines(basicText(ev, "年度绩效目标"));
  if (goal.length) out.push(subHeading(3, "年度绩效目标"), ...goal);
  return out;
}

/** The seed: "绩效自评结果将在丰都县人民政府网站上进行公开，绩效评价结果与下年度资金安排直接挂钩。" */
export function publicationParagraphs(ev: Evaluation): string[] {
  const year = yearOf(ev);
  const next = year === null ? "下一年度" : `${year + 1}年度`;
  const use = `${next}预算安排和项目调整的重要依据。`;
  const raw = basicText(ev, "公开方式");
  if (raw && /不公开|不予公开|涉密/.test(raw)) return [`绩效自评结果按规定不予公开（${clause(raw)}），将作为${use}`];
  // "在门户网站上进行公开" and "门户网站" must both read "将在门户网站公开".
  const place = raw ? clause(raw).replace(/^(将|拟)?(在|于)/, "").replace(/(上)?(进行|予以)?公开$/, "") : "";
  if (place.startsWith("通过")) return [`绩效自评结果将${place}公开，并作为${use}`];
  return [`绩效自评结果将在${place || "本部门门户网站"}公开，并作为${use}`];
}

export function otherParagraphs(ev: Evaluation): string[] {
  const text = lines(basicText(ev, "其他需要说明的问题"));
  if (!text.length) return ["无。"];
  return text.length === 1 ? [withFullStop(text[0])] : text;
}

