import type { Evaluation } from "../model/evaluation";

/** 单位名称, else the only unit's name: whom the report is about. */
export function reportUnitName(ev: Evaluation): string {
  return ev.basic["单位名称"]?.trim() || ev.units[0]?.name || "";
}

/** "2024年度", or nothing where 评价年度 is blank (the title then reads 「…绩效自评工作报告」). */
function yearPart(ev: Evaluation): string {
  const year = ev.basic["评价年度"]?.trim() ?? "";
  if (!year) return "";
  return /年度$/.test(year) ? year : /年$/.test(year) ? `${year}度` : `${year}年度`;
}

/** The seed's title: 「丰都县总工会2024年度绩效自评工作报告」, the same on the report sheet and in the Word document. */
export function reportTitle(ev: Evaluation): string {
  return `${reportUnitName(ev)}${yearPart(ev)}绩效自评工作报告`;
}

/** The sheet's own title above the forms. */
export function formTitle(ev: Evaluation): string {
  return `${reportUnitName(ev)}${yearPart(ev)}绩效自评表`;
}
