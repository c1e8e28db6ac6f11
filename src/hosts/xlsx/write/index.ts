/**
 * The one writer of SpreadsheetML: sheet plans into a new package or into the user's own. Pure (no Node API), so the
 * page without Excel writes with it too.
 */
import type { SheetPlan } from "../../../core/report/plan";
import { XlsxPackage } from "./package";
import type { PartDeflater } from "./zipParts";

export { PackageError, XlsxPackage } from "./package";
export { PlanError } from "./sheetPart";
export { XmlPartError } from "./scan";
export type { PartDeflater, PartStream } from "./zipParts";

/** Plans as the sheets of a fresh .xlsx, in the order given: the blank template, the batch summary. */
export function writePlansToNewPackage(plans: readonly SheetPlan[]): Uint8Array {
  return packageOf(plans).toBytes();
}

/** The same, deflated by a deflater that works beside the calling thread (Node's zlib). */
export function writePlansToNewPackageAsync(plans: readonly SheetPlan[], deflater: PartDeflater): Promise<Uint8Array> {
  return packageOf(plans).toBytesAsync(deflater);
}

function packageOf(plans: readonly SheetPlan[]): XlsxPackage {
  const pkg = XlsxPackage.empty();
  for (const plan of plans) pkg.putSheet(plan);
  return pkg;
}
