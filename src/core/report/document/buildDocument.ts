import type { Evaluation } from "../../model/evaluation";
import { buildNarrative } from "../narrative";
import { reportTitle } from "../title";
import type { DocBlock, DocumentPlan } from "./plan";
import { fundTable, indicatorTable } from "./tables";

/** 「（一）」…「（十二）」 at the start of a narrative paragraph: the narrative's own sub-headings. */
const SUB_HEADING = /^（[一二三四五六七八九十]+）/;

/**
 * The Word report: the narrative of the report sheet (the same paragraphs, not written twice) under the seed's title,
 * its sub-headings as headings, the fund table at the end of 「预算安排及执行情况」 and the indicator tables before the
 * 「自评结论」, which states the score and grade.
 */
export function buildDocumentPlan(ev: Evaluation): DocumentPlan {
  const blocks: DocBlock[] = [];
  let tables = 0;
  const narrative = buildNarrative(ev);
  for (const section of narrative) {
    blocks.push({ kind: "heading", level: 1, text: section.heading });
    let pendingFund = false;
    for (const p of section.paragraphs) {
      if (SUB_HEADING.test(p)) {
        if (pendingFund) blocks.push(fundTable(ev, ++tables));
        pendingFund = p.endsWith("预算安排及执行情况") && ev.units.length > 0;
        if (p.endsWith("自评结论")) ev.units.forEach((u) => blocks.push(indicatorTable(ev, u, ++tables)));
        blocks.push({ kind: "heading", level: 2, text: p });
      } else blocks.push({ kind: "paragraph", text: p });
    }
    if (pendingFund) blocks.push(fundTable(ev, ++tables));
  }
  return { title: reportTitle(ev), blocks };
}
