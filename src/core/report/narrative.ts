import type { Evaluation } from "../model/evaluation";
import { analysisParagraphs } from "./narrative/analysis";
import { basicParagraphs, otherParagraphs, publicationParagraphs } from "./narrative/basics";
import { problemParagraphs } from "./narrative/problems";

/**
 * The written report (自评工作报告) in the outline of the seed, 丰都县总工会's 2024 report: five sections, written from the
 * computed figures, the 基本信息 texts and the findings. The title is not part of it; the report sheet has its own.
 *
 * Every paragraph is plain text meant to be written into a cell as text. Paragraphs composed here always open with
 * fixed wording, a number or "（", so nothing of ours can look like a formula; a user's own text is passed on as
 * written, and keeping it text is the writer's job. A missing 基本信息 text drops its sentence rather than leaving a hole.
 */
export interface NarrativeSection {
  /** "一、基本情况" */
  heading: string;
  /** A sub-heading such as "（一）部门基本情况" is a paragraph of its own. */
  paragraphs: string[];
}

export function buildNarrative(ev: Evaluation): NarrativeSection[] {
  return [
    { heading: "一、基本情况", paragraphs: basicParagraphs(ev) },
    { heading: "二、绩效目标完成情况分析", paragraphs: analysisParagraphs(ev) },
    { heading: "三、存在的问题及改进措施", paragraphs: problemParagraphs(ev) },
    { heading: "四、绩效自评结果拟应用和公开情况", paragraphs: publicationParagraphs(ev) },
    { heading: "五、其他需要说明的问题", paragraphs: otherParagraphs(ev) },
  ];
}
