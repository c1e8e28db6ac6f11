import { templatePlans } from "../../core/template/plans";
import { writePlansToNewPackage } from "./write";

/** The blank standard workbook of docs/template.md as .xlsx bytes, ready for an accountant to fill in. */
export function buildTemplateBytes(year?: number): Uint8Array {
  return writePlansToNewPackage(templatePlans(year));
}
