import type { SheetPlan } from "../../../core/report/plan";
import { CONTENT_TYPES, contentTypeOf, withOverride } from "./contentTypes";
import { cellText, sharedStringAt } from "./firstCells";
import { relsPathOf } from "./paths";
import { addRelationship, freshId, readRelationships, relKind, type Relationship } from "./relationships";
import { sheetXml } from "./sheetPart";
import { appendStyles, emptyStylesheet } from "./stylesPart";
import {
  absolute,
  addSheetEntry,
  emptyWorkbook,
  mainNamespace,
  readSheets,
  renameSheetEntry,
  setSheetNames,
  sheetRef,
  type DefinedName,
  type SheetEntry,
} from "./workbookPart";
import { NS } from "./xml";
import { partsInMemory, unzipParts, zipParts, zipPartsAsync, type PartDeflater, type PartSource, type PartStore } from "./zipParts";

const TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
};

/** Why a package cannot take a sheet: not OOXML at all, or one of the small parts the writer must edit is unreadable. */
export class PackageError extends Error {
  constructor(
    readonly problem: "not-ooxml" | "damaged",
    detail: string,
  ) {
    super(detail);
    this.name = "PackageError";
  }
}

const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * An .xlsx (or .xlsm, .xltx …) as its parts. A sheet plan is added as a part of its own; what changes besides is
 * workbook.xml, its rels, [Content_Types].xml and styles.xml, each edited in place (the rest of their text as it was).
 * Every other part goes back into the zip exactly as it came out, whatever it is: charts, pictures, WPS cell pictures,
 * VBA, protection, custom properties, parts no library models.
 */
export class XlsxPackage {
  private readonly edited = new Map<string, PartSource>();
  private readonly removed = new Set<string>();
  readonly workbookPath: string;

  private constructor(
    private readonly names: string[],
    private readonly parts: PartStore,
  ) {
    const rels = readRelationships("", this.text("_rels/.rels"));
    const main = rels.find((r) => relKind(r.type) === "officeDocument" && !r.external);
    if (!main || !this.has(main.part)) throw new PackageError("not-ooxml", "the package names no workbook part");
    this.workbookPath = main.part;
  }

  /** The parts of an OOXML workbook's bytes; PackageError where they are not one. */
  static open(bytes: Uint8Array): XlsxPackage {
    let unzipped;
    try {
      unzipped = unzipParts(bytes);
    } catch (cause) {
      throw new PackageError("not-ooxml", `not a zip: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
    if (!unzipped.parts.has(CONTENT_TYPES)) throw new PackageError("not-ooxml", "no [Content_Types].xml");
    try {
      return new XlsxPackage(unzipped.names, unzipped.parts);
    } catch (cause) {
      if (cause instanceof PackageError) throw cause;
      throw new PackageError("damaged", cause instanceof Error ? cause.message : String(cause));
    }
  }

  /** A package with a workbook and no sheets yet: the blank template, the batch summary, a report on its own. */
  static empty(): XlsxPackage {
    const files: [string, string][] = [
      [
        CONTENT_TYPES,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${NS.contentTypes}">` +
          `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
          `<Default Extension="xml" ContentType="application/xml"/>` +
          `<Override PartName="/xl/workbook.xml" ContentType="${TYPE.workbook}"/></Types>`,
      ],
      [
        "_rels/.rels",
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.packageRels}">` +
          `<Relationship Id="rId1" Type="${NS.rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ],
      ["xl/workbook.xml", emptyWorkbook()],
    ];
    const enc = new TextEncoder();
    return new XlsxPackage(
      files.map(([n]) => n),
      partsInMemory(new Map(files.map(([n, x]) => [n, enc.encode(x)]))),
    );
  }

  has(part: string): boolean {
    return !this.removed.has(part) && (this.edited.has(part) || this.parts.has(part));
  }

  /** The text of a small part (undefined when absent). */
  text(part: string): string | undefined {
    if (this.removed.has(part)) return undefined;
    const e = this.edited.get(part);
    if (typeof e === "string") return e;
    const raw = this.parts.get(part);
    return raw === undefined ? undefined : utf8.decode(raw);
  }

  private set(part: string, source: PartSource): void {
    this.removed.delete(part);
    if (!this.parts.has(part) && !this.edited.has(part)) this.names.push(part);
    this.edited.set(part, source);
  }

  private get workbookRelsPath(): string {
    return relsPathOf(this.workbookPath);
  }

  private relationships(): Relationship[] {
    return readRelationships(this.workbookPath, this.text(this.workbookRelsPath));
  }

  /** The workbook's sheets in tab order, with the part each one is. */
  sheets(): (SheetEntry & { part: string | null })[] {
    const rels = this.relationships();
    return readSheets(this.text(this.workbookPath) ?? "").map((s) => ({ ...s, part: rels.find((r) => r.id === s.rId && !r.external)?.part ?? null }));
  }

  /** The text a sheet shows in one cell (the report's marker in A2), read without parsing the whole sheet. */
  cellText(sheetName: string, ref: string, row: number): string {
    const sheet = this.sheets().find((s) => s.name === sheetName);
    const xml = sheet?.part ? this.text(sheet.part) : undefined;
    if (!xml) return "";
    const shared = this.relationships().find((r) => relKind(r.type) === "sharedStrings");
    const sst = shared ? this.text(shared.part) : undefined;
    return cellText(xml, ref, row, (i) => (sst ? sharedStringAt(sst, i) : ""));
  }

  /** Renames a sheet in workbook.xml (and the defined names that refer to it); its part is left as it is. */
  renameSheet(from: string, to: string): void {
    this.checkFreeName(to, from);
    this.set(this.workbookPath, renameSheetEntry(this.text(this.workbookPath) ?? "", from, to));
  }

  /**
   * Writes a plan as a sheet. With `replace`, the sheet of that name keeps its part, its place among the tabs and its
   * id, and takes the plan's name and content; otherwise the sheet is added after the last one.
   */
  putSheet(plan: SheetPlan, options: { replace?: string } = {}): void {
    const mainNs = mainNamespace(this.text(this.workbookPath) ?? "");
    const styleIds = this.appendStyles(plan);
    let sheets = this.sheets();
    let part: string;
    let index: number;
    const old = options.replace === undefined ? undefined : sheets.find((s) => s.name === options.replace);
    if (options.replace !== undefined && !old?.part) throw new Error(`no worksheet named ${options.replace}`);
    if (old?.part) {
      if (contentTypeOf(this.text(CONTENT_TYPES) ?? "", old.part) !== TYPE.worksheet) throw new Error(`${old.name} is not a worksheet`);
      part = old.part;
      index = old.index;
      // The old sheet's own relationships (a drawing, comments) are not the new sheet's.
      if (this.has(relsPathOf(part))) this.removed.add(relsPathOf(part));
      if (plan.name !== old.name) this.renameSheet(old.name, plan.name);
    } else {
      this.checkFreeName(plan.name);
      part = this.freshPart("xl/worksheets/sheet", ".xml");
      const rels = this.relationships();
      const id = freshId(rels);
      const relNs = mainNs === NS.strictMain ? NS.strictRel : NS.rel;
      const added = addRelationship(this.workbookPath, this.text(this.workbookRelsPath), { id, type: `${relNs}/worksheet`, part });
      this.set(added.path, added.xml);
      this.set(this.workbookPath, addSheetEntry(this.text(this.workbookPath) ?? "", plan.name, id));
      this.set(CONTENT_TYPES, withOverride(this.text(CONTENT_TYPES) ?? "", part, TYPE.worksheet));
      sheets = this.sheets();
      index = sheets.length - 1;
    }
    this.set(part, () => sheetXml(plan, styleIds, mainNs));
    this.set(this.workbookPath, setSheetNames(this.text(this.workbookPath) ?? "", index, ownNames(plan)));
  }

  /** The whole package as .xlsx bytes: parts in their original order, new ones after. */
  toBytes(): Uint8Array {
    return zipParts(this.liveNames(), (n) => this.source(n));
  }

  /** The same, deflated by a deflater that works beside the calling thread (Node's zlib, src/hosts/xlsx/nativeDeflate.ts). */
  toBytesAsync(deflater: PartDeflater): Promise<Uint8Array> {
    return zipPartsAsync(this.liveNames(), (n) => this.source(n), deflater);
  }

  private liveNames(): string[] {
    return this.names.filter((n) => !this.removed.has(n));
  }

  private source(n: string): PartSource {
    const edited = this.edited.get(n);
    if (edited !== undefined) return edited;
    try {
      return this.parts.get(n) as Uint8Array;
    } catch (cause) {
      // A part inflated only now (a large one) whose compressed data is broken: the file is damaged, not ours.
      throw new PackageError("damaged", `${n}: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  }

  /** The content type of the workbook part: .xlsm and .xltx keep theirs, as every other part does. */
  workbookContentType(): string | undefined {
    return contentTypeOf(this.text(CONTENT_TYPES) ?? "", this.workbookPath);
  }

  private appendStyles(plan: SheetPlan): Map<string, number> {
    let stylesPart = this.relationships().find((r) => relKind(r.type) === "styles" && !r.external)?.part;
    let xml = stylesPart ? this.text(stylesPart) : undefined;
    if (!stylesPart || xml === undefined) {
      stylesPart = this.freshPart("xl/styles", ".xml");
      const mainNs = mainNamespace(this.text(this.workbookPath) ?? "");
      const relNs = mainNs === NS.strictMain ? NS.strictRel : NS.rel;
      const added = addRelationship(this.workbookPath, this.text(this.workbookRelsPath), { id: freshId(this.relationships()), type: `${relNs}/styles`, part: stylesPart });
      this.set(added.path, added.xml);
      this.set(CONTENT_TYPES, withOverride(this.text(CONTENT_TYPES) ?? "", stylesPart, TYPE.styles));
      xml = emptyStylesheet(mainNs);
    }
    const styles = appendStyles(xml, plan.styles);
    this.set(stylesPart, styles.xml);
    return styles.ids;
  }

  /** Excel compares sheet names without regard to case. */
  private checkFreeName(name: string, except?: string): void {
    const clash = this.sheets().find((s) => s.name.toLowerCase() === name.toLowerCase() && s.name !== except);
    if (clash) throw new Error(`a sheet named ${clash.name} exists already`);
  }

  private freshPart(stem: string, ext: string): string {
    const taken = new Set([...this.names, ...this.edited.keys()].map((n) => n.toLowerCase()));
    for (let n = 1; ; n++) {
      const name = `${stem}${n === 1 && !stem.endsWith("sheet") ? "" : n}${ext}`;
      if (!taken.has(name.toLowerCase())) return name;
    }
  }
}

/** Print titles, print area and the autofilter's hidden range, as workbook-level names local to the sheet. */
function ownNames(plan: SheetPlan): DefinedName[] {
  const ref = sheetRef(plan.name);
  const names: DefinedName[] = [];
  if (plan.autoFilter) names.push({ name: "_xlnm._FilterDatabase", ref: `${ref}!${absolute(plan.autoFilter)}`, hidden: true });
  if (plan.print.printArea) names.push({ name: "_xlnm.Print_Area", ref: `${ref}!${absolute(plan.print.printArea)}` });
  if (plan.print.printTitleRows) names.push({ name: "_xlnm.Print_Titles", ref: `${ref}!${absolute(plan.print.printTitleRows)}` });
  return names;
}
