import { attribute, parseXml } from "./xml";

export interface SheetEntry {
  name: string;
  /** The relationship id that leads to the sheet's part. */
  relId: string;
  hidden: boolean;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
  /** The writer asked Excel to recalculate everything on opening: its stored results may be placeholders. */
  fullCalcOnLoad: boolean;
}

/** xl/workbook.xml: the sheets in tab order, the date system and the calculation flag. */
export function parseWorkbookPart(bytes: Uint8Array): WorkbookPart {
  const out: WorkbookPart = { sheets: [], date1904: false, fullCalcOnLoad: false };
  parseXml(bytes, {
    open(name, a) {
      if (name === "sheet") {
        out.sheets.push({ name: a.name ?? "", relId: attribute(a, "id") ?? "", hidden: a.state === "hidden" || a.state === "veryHidden" });
      } else if (name === "workbookPr") {
        out.date1904 = isTrue(a.date1904);
      } else if (name === "calcPr") {
        out.fullCalcOnLoad = isTrue(a.fullCalcOnLoad);
      }
    },
  });
  return out;
}

/** xsd:boolean: "1" or "true" (Strict writers use the word). */
export function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}
