/**
 * The Word report behind one dynamic import: webpack puts the docx package in a chunk of its own, fetched only when
 * someone asks for the document, so the pane's first load stays small.
 */
import type { Evaluation } from "../../core/model/evaluation";
import { buildDocumentPlan } from "../../core/report/document/buildDocument";
import { documentHtml, documentText } from "../../core/report/document/html";
import { reportTitle } from "../../core/report/title";
import { renderDocx } from "./renderDocx";

/** 「丰都县总工会2024年度绩效自评工作报告.docx」; characters Windows forbids in a file name become 「_」. */
export function wordReportName(ev: Evaluation): string {
  return `${reportTitle(ev).replace(/[\\/:*?"<>|]/g, "_") || "绩效自评工作报告"}.docx`;
}

export async function wordReportFile(ev: Evaluation): Promise<{ name: string; bytes: Uint8Array }> {
  return { name: wordReportName(ev), bytes: await renderDocx(buildDocumentPlan(ev)) };
}

/** The same document for the clipboard: HTML that pastes into Word with its headings and tables, and plain text. */
export function wordReportClipboard(ev: Evaluation): { html: string; text: string } {
  const plan = buildDocumentPlan(ev);
  return { html: documentHtml(plan), text: documentText(plan) };
}
