import type { SheetGrid, WorkbookGrids } from "../../../src/core/grid";
import { createExcelHost } from "../../../src/hosts/excel";
import type { SettingsLike } from "../../../src/hosts/excel/choices";
import { ALL_FEATURES, type ExcelFeatures } from "../../../src/hosts/excel/features";
import type { ExcelHost } from "../../../src/hosts/host";
import { FakeExcel, type FakeOptions } from "./fakeExcel";
import { FakeDocumentSettings } from "./fakeSettings";

export function fakeFrom(grids: WorkbookGrids, options: FakeOptions = {}, extra: SheetGrid[] = []): FakeExcel {
  return new FakeExcel(grids.fileName, [...grids.sheets, ...extra], options);
}

/** The host over a fake Excel, with every sync counted. */
export function hostOn(excel: FakeExcel, features: ExcelFeatures = ALL_FEATURES, settings?: SettingsLike): { host: ExcelHost; sync: jest.SpyInstance } {
  const sync = jest.spyOn(excel.context, "sync");
  const host = createExcelHost({
    run: (batch) => batch(excel.context.asExcel()),
    features: () => features,
    settings: () => settings ?? new FakeDocumentSettings().runtime(),
  });
  return { host, sync };
}

/** A cell of a fake sheet by its A1 address. */
export function cellAt(excel: FakeExcel, sheet: string, address: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return excel.sheet(sheet)?.cells.get(`${Number(m[2]) - 1},${col - 1}`);
}
