import { fixed, plain } from "../core/decimal";
import type { Evaluation } from "../core/model/evaluation";
import { SEVERITY_LABEL, SEVERITY_ORDER } from "../core/model/finding";
import { overallOf, scoreMethodText } from "../core/overall";

const percent = (rate: number | null) => (rate === null ? "—" : `${fixed(rate * 100)}%`);
const money = (v: number | null) => (v === null ? "—" : fixed(v));

/** The readable summary: per unit its figures, then the findings by severity, each with its cell. */
export function formatSummary(ev: Evaluation): string {
  const lines: string[] = [];
  const unitName = ev.basic["单位名称"] ?? "";
  lines.push(`绩效自评：${ev.fileName}${unitName ? `（${unitName}${ev.basic["评价年度"] ? ` ${ev.basic["评价年度"]}年度` : ""}）` : ""}　评分规则：${ev.profile}`);
  for (const u of ev.units) {
    lines.push("");
    lines.push(`【${u.name}】`);
    lines.push(`  资金执行率  ${percent(u.executionRate)}（全年执行数 ${money(u.spent)} / 全年预算数 ${money(u.budget)} 万元）  得分 ${fixed(u.executionScore)} / ${plain(u.executionWeight)}`);
    lines.push(`  指标得分    ${fixed(u.indicatorScore)} / ${plain(u.indicatorWeight)}（${u.indicators.length} 项指标）`);
    const normalised = Math.abs(u.maxTotal - 100) > 0.005 ? `，按百分制折算 ${fixed(u.score)}` : "";
    lines.push(`  自评总分    ${fixed(u.total)} / ${plain(u.maxTotal)}${normalised}　评价等级 ${u.grade}`);
  }
  if (ev.units.length > 1) {
    const o = overallOf(ev);
    lines.push("");
    lines.push(`单位得分 ${fixed(o.score)}（${scoreMethodText(o, ev.units.length)}）　评价等级 ${o.grade}`);
  }
  lines.push("");
  const counts = SEVERITY_ORDER.map((s) => `${SEVERITY_LABEL[s]} ${ev.findings.filter((f) => f.severity === s).length}`).join("，");
  lines.push(ev.findings.length ? `发现的问题（${counts}）：` : "未发现问题。");
  for (const severity of SEVERITY_ORDER) {
    const list = ev.findings.filter((f) => f.severity === severity);
    if (!list.length) continue;
    lines.push(`  ${SEVERITY_LABEL[severity]}：`);
    for (const f of list) lines.push(`    [${f.sheet}${f.cell ? `!${f.cell}` : ""}] ${f.message}（${f.code}）`);
  }
  return lines.join("\n");
}
