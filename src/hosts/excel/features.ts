/**
 * What this Excel can do beyond the manifest's minimum (ExcelApi 1.8, which Excel 2019 meets). Everything newer is
 * asked for once with `isSetSupported` and recorded here as plain data, so the gateway's choices are pure functions of
 * this record and tests can pass any combination.
 */
export interface ExcelFeatures {
  /** 1.9: Worksheet.getRanges (RangeAreas), suspendScreenUpdatingUntilNextSync, pageLayout, RangeFormat.indentLevel. */
  api19: boolean;
  /** 1.13: Range.getMergedAreasOrNullObject. */
  mergedAreas: boolean;
}

export type IsSetSupported = (name: string, version: string) => boolean;

export const MINIMUM_FEATURES: ExcelFeatures = { api19: false, mergedAreas: false };
export const ALL_FEATURES: ExcelFeatures = { api19: true, mergedAreas: true };

export function detectFeatures(isSetSupported: IsSetSupported): ExcelFeatures {
  return { api19: isSetSupported("ExcelApi", "1.9"), mergedAreas: isSetSupported("ExcelApi", "1.13") };
}

/** The running Office's answer; outside Office (a test, a plain browser tab) nothing beyond the minimum is assumed. */
export function currentFeatures(): ExcelFeatures {
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  if (!requirements) return MINIMUM_FEATURES;
  return detectFeatures((name, version) => requirements.isSetSupported(name, version));
}
