/**
 * A hand-written fake of the part of Excel's JavaScript API the gateway uses. office-addin-mock cannot fake collections,
 * null objects, ordered batches or error codes (office-addin-notes.md §2.2), so these are modelled here:
 *
 * - calls are queued and run at `context.sync()`, in order, as Excel runs a batch; a failing statement stops the batch;
 * - a loaded property can be read only after the sync that ran its load (reading earlier throws, so a missing sync or
 *   load in the gateway fails the test instead of passing silently);
 * - `*OrNullObject` results carry `isNullObject` after the sync; methods called on a null object give null objects
 *   (or, with `nullChain: "throw"`, fail the batch, to exercise the gateway's fallback);
 * - each batch's request is measured as JSON (about 100 bytes per object and per action plus the arguments' UTF-8
 *   bytes) and, in `web` mode, refused past 5 MB, as is a response past 5 MB;
 * - a string written through `values` becomes a formula when it starts with "=", "+" or "-" (or "@"), unless the cell's
 *   number format is "@" (Text), as Excel parses typed input.
 */
import type { SheetGrid } from "../../../src/core/grid";
import { cellCount, parseAreas, parseRect, rectAddress, type Rect } from "../../../src/hosts/excel/address";
import { utf8Bytes } from "../../../src/hosts/excel/payload";

export const LIMIT = 5_000_000;
const CALL_BYTES = 100;

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat: string;
}

export interface FakeCf {
  type: string;
  formula: string;
  fill?: string;
  address: string;
}

export interface FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, FakeCell>;
  merges: Rect[];
  cfs: FakeCf[];
}

export interface FakeOptions {
  web?: boolean;
  nullChain?: "null" | "throw";
  /** getMergedAreasOrNullObject fails past this many areas (Excel's reference page says 512). */
  mergeLimit?: number;
  /** Sheets whose used-range values come back null, as Excel may answer past 5,000,000 cells. */
  nullValues?: string[];
  /** Errors to throw at given sync numbers (1-based), before the batch runs. */
  failAt?: Record<number, FakeOfficeError>;
}

export interface LogEntry {
  target: string;
  name: string;
  value: unknown;
}

const key = (r: number, c: number) => `${r},${c}`;

export function quoteSheet(name: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function jsonSize(v: unknown): number {
  return utf8Bytes(JSON.stringify(v) ?? "null");
}

/** The workbook, the batch queue and what the tests look at afterwards. */
export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly log: LogEntry[] = [];
  readonly requestBytes: number[] = [];
  readonly responseBytes: number[] = [];
  loadsRequested: { target: string; props: string }[] = [];
  private queue: { bytes: number; run: () => void; response?: () => number }[] = [];
  private syncs = 0;
  activeSheet = "";
  selected = "";
  readonly context: FakeContext;

  constructor(readonly fileName: string, grids: readonly SheetGrid[], readonly options: FakeOptions = {}) {
    for (const g of grids) this.sheets.push(sheetFromGrid(g));
    this.context = new FakeContext(this);
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  enqueue(bytes: number, run: () => void, response?: () => number): void {
    this.queue.push({ bytes, run, response });
  }

  action(target: string, name: string, value: unknown, run: () => void = () => {}): void {
    this.enqueue(CALL_BYTES + utf8Bytes(name) + jsonSize(value), () => {
      this.log.push({ target, name, value });
      run();
    });
  }

  async sync(): Promise<void> {
    this.syncs++;
    const queue = this.queue;
    this.queue = [];
    const failure = this.options.failAt?.[this.syncs];
    if (failure) throw failure;
    const request = queue.reduce((n, q) => n + q.bytes, 0);
    this.requestBytes.push(request);
    if (this.options.web && request > LIMIT) throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    let response = 0;
    const deferred: (() => number)[] = [];
    for (const q of queue) {
      q.run();
      if (q.response) deferred.push(q.response);
    }
    for (const r of deferred) response += r();
    this.responseBytes.push(response);
    if (this.options.web && response > LIMIT) {
      unpublish.forEach((f) => f());
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    unpublish.length = 0;
  }
}

/** Loads published in the current sync, withdrawn again if the response is refused. */
const unpublish: (() => void)[] = [];

function sheetFromGrid(g: SheetGrid): FakeSheet {
  const cells = new Map<string, FakeCell>();
  g.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined || v === "") return;
      cells.set(key(r, c), { value: v as string | number | boolean, numberFormat: g.formats?.[r]?.[c] || "General" });
    }),
  );
  // A format on a blank cell is still the cell's format, as in Excel.
  g.formats?.forEach((row, r) =>
    row.forEach((f, c) => {
      if (f && !cells.has(key(r, c))) cells.set(key(r, c), { value: "", numberFormat: f });
    }),
  );
  return { name: g.name, visibility: g.hidden ? "Hidden" : "Visible", cells, merges: (g.merges ?? []).map((m) => ({ ...m })), cfs: [] };
}

/** A proxy's loadable state: values become readable after the sync that runs the load. */
class Loadable {
  protected loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    protected readonly excel: FakeExcel,
    readonly label: string,
  ) {}

  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new Error(`${this.label}.${prop} read before load + sync`);
    return this.loaded.get(prop) as T;
  }

  protected publishNull(isNull: boolean): void {
    this.nullState = isNull;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw new Error(`${this.label}.isNullObject read before sync`);
    return this.nullState;
  }

  /** Queues the load; `read` gives the values at sync time (null when the object is null). */
  protected queueLoad(props: string, read: (prop: string) => unknown): void {
    const list = props.split(",").map((p) => p.trim()).filter(Boolean);
    this.excel.loadsRequested.push({ target: this.label, props: list.join(",") });
    const values = new Map<string, unknown>();
    this.excel.enqueue(CALL_BYTES + utf8Bytes(props), () => {
      for (const p of list) values.set(p, read(p));
    }, () => {
      const before = this.loaded;
      this.loaded = new Map([...before, ...values]);
      unpublish.push(() => (this.loaded = before));
      return jsonSize(Object.fromEntries(values));
    });
  }
}

function fail(code: string, message: string): never {
  throw new FakeOfficeError(code, message);
}

export class FakeContext {
  readonly workbook: FakeWorkbook;
  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(excel);
  }
  sync(): Promise<void> {
    return this.excel.sync();
  }
  asExcel(): Excel.RequestContext {
    return this as unknown as Excel.RequestContext;
  }
}

class FakeWorkbook extends Loadable {
  readonly worksheets: FakeWorksheets;
  readonly application: unknown;
  constructor(excel: FakeExcel) {
    super(excel, "workbook");
    this.worksheets = new FakeWorksheets(excel);
    this.application = recorder(excel, "application");
  }
  load(props: string): void {
    this.queueLoad(props, () => this.excel.fileName);
  }
  get name(): string {
    return this.get("name");
  }
}

class FakeWorksheets extends Loadable {
  private itemList: FakeWorksheet[] | null = null;
  constructor(excel: FakeExcel) {
    super(excel, "worksheets");
  }
  getCount(): { value: number } {
    const result = { value: NaN };
    this.excel.enqueue(CALL_BYTES, () => (result.value = this.excel.sheets.length), () => 8);
    return result;
  }
  getFirst(): FakeWorksheet {
    return new FakeWorksheet(this.excel, "worksheets.getFirst()", () => this.excel.sheets[0] ?? fail("ItemNotFound", "no sheets"));
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.excel, `worksheets.getItem(${name})`, () => this.excel.sheet(name) ?? fail("ItemNotFound", `找不到工作表 ${name}`));
  }
  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.excel.action("worksheets", "add", name, () => {
      if (this.excel.sheet(name)) fail("ItemAlreadyExists", `${name} exists`);
      created = { name, visibility: "Visible", cells: new Map(), merges: [], cfs: [] };
      this.excel.sheets.push(created);
    });
    return new FakeWorksheet(this.excel, `worksheets.add(${name})`, () => created ?? fail("InvalidObjectPath", "not added"), false);
  }
  load(props: string): void {
    const wanted = props.split(",").map((p) => p.trim().replace(/^items\//, ""));
    this.excel.loadsRequested.push({ target: "worksheets", props });
    let snapshot: FakeWorksheet[] = [];
    this.excel.enqueue(CALL_BYTES, () => {
      snapshot = this.excel.sheets.map((s) => {
        const ws = new FakeWorksheet(this.excel, `worksheets.items(${s.name})`, () => this.excel.sheet(s.name) ?? fail("ItemNotFound", s.name), false);
        ws.setLoaded(Object.fromEntries(wanted.map((w) => [w, (s as unknown as Record<string, unknown>)[w]])));
        return ws;
      });
    }, () => {
      this.itemList = snapshot;
      return jsonSize(snapshot.map(() => wanted));
    });
  }
  get items(): FakeWorksheet[] {
    if (!this.itemList) throw new Error("worksheets.items read before load + sync");
    return this.itemList;
  }
}

type Resolve<T> = () => T | null;

class FakeWorksheet extends Loadable {
  constructor(
    excel: FakeExcel,
    label: string,
    readonly resolve: Resolve<FakeSheet>,
    orNull = true,
  ) {
    super(excel, label);
    if (orNull) excel.enqueue(0, () => this.publishNull(this.safe() === null));
  }
  /** Resolves, giving null for a null object instead of throwing. */
  safe(): FakeSheet | null {
    try {
      return this.resolve();
    } catch (e) {
      if (e instanceof FakeOfficeError && e.code === "NullObject") return null;
      throw e;
    }
  }
  setLoaded(values: Record<string, unknown>): void {
    this.loaded = new Map(Object.entries(values));
  }
  load(props: string): void {
    this.queueLoad(props, (p) => {
      const s = this.safe();
      return s ? (s as unknown as Record<string, unknown>)[p] : null;
    });
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.excel.action(this.label, "name", value, () => {
      const s = this.resolve() as FakeSheet;
      if (this.excel.sheets.some((o) => o !== s && o.name.toLowerCase() === value.toLowerCase())) fail("ItemAlreadyExists", value);
      s.name = value;
    });
  }
  get visibility(): string {
    return this.get("visibility");
  }
  getNextOrNullObject(): FakeWorksheet {
    return new FakeWorksheet(this.excel, `${this.label}.next`, () => {
      const s = this.safe();
      if (!s) {
        if (this.excel.options.nullChain === "throw") fail("InvalidObjectPath", "method called on a null object");
        return fail("NullObject", "null");
      }
      const i = this.excel.sheets.indexOf(s);
      return this.excel.sheets[i + 1] ?? fail("NullObject", "null");
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) throw new Error("the gateway must ask for values-only used ranges");
    return new FakeRange(this.excel, `${this.label}.usedRange`, this, () => usedRect(this.resolve() as FakeSheet), true);
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.excel, `${this.label}.getRange(${address ?? ""})`, this, () => (address ? (parseRect(address) as Rect) : { top: 0, left: 0, bottom: 1_048_575, right: 16_383 }));
  }
  getRangeByIndexes(top: number, left: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.excel, `${this.label}.byIndexes`, this, () => ({ top, left, bottom: top + rows - 1, right: left + cols - 1 }));
  }
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.excel, this, address);
  }
  activate(): void {
    this.excel.action(this.label, "activate", null, () => (this.excel.activeSheet = (this.resolve() as FakeSheet).name));
  }
  get freezePanes(): unknown {
    return recorder(this.excel, `${this.label}.freezePanes`, () => this.resolve());
  }
  get pageLayout(): unknown {
    return recorder(this.excel, `${this.label}.pageLayout`, () => this.resolve());
  }
  set showGridlines(v: boolean) {
    this.excel.action(this.label, "showGridlines", v, () => this.resolve());
  }
}

function usedRect(sheet: FakeSheet): Rect | null {
  let r: Rect | null = null;
  for (const [k, cell] of sheet.cells) {
    if (cell.value === "" && cell.formula === undefined) continue;
    const [row, col] = k.split(",").map(Number);
    r = r ? { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) } : { top: row, left: col, bottom: row, right: col };
  }
  return r;
}

/** Excel's parse of a value written through `values`, into a cell with the given number format. */
export function parseWritten(v: unknown, numberFormat: string): FakeCell | null {
  if (v === "" || v === null) return null;
  if (typeof v === "string" && numberFormat !== "@" && /^[=+\-@]/.test(v)) return { value: 0, formula: v.startsWith("=") ? v : `=${v}`, numberFormat };
  if (typeof v === "string" && numberFormat !== "@" && /^\s*-?[\d,]+(\.\d+)?%?\s*$/.test(v)) return { value: Number(v.replace(/[,%\s]/g, "")), numberFormat };
  return { value: v as string | number | boolean, numberFormat };
}

class FakeRange extends Loadable {
  constructor(
    excel: FakeExcel,
    label: string,
    private readonly ws: FakeWorksheet,
    private readonly rect: Resolve<Rect>,
    orNull = false,
  ) {
    super(excel, label);
    if (orNull) excel.enqueue(0, () => this.publishNull(this.ws.safe() === null || this.rect() === null));
  }
  private sheet(): FakeSheet {
    return this.ws.resolve() as FakeSheet;
  }
  private area(): Rect {
    const r = this.rect();
    if (!r) throw new FakeOfficeError("InvalidObjectPath", "null range");
    return r;
  }
  load(props: string): void {
    this.queueLoad(props, (p) => this.read(p));
  }
  private read(prop: string): unknown {
    const s = this.ws.safe();
    const r = s ? this.rect() : null;
    if (!s || !r) return null;
    const rows = r.bottom - r.top + 1;
    const cols = r.right - r.left + 1;
    switch (prop) {
      case "address":
        return `${quoteSheet(s.name)}!${rectAddress(r)}`;
      case "rowCount":
        return rows;
      case "columnCount":
        return cols;
      case "values":
      case "numberFormat": {
        if (rows * cols > 5_000_000) return null;
        if (this.label.endsWith("usedRange") && this.excel.options.nullValues?.includes(s.name)) return null;
        const out: unknown[][] = [];
        for (let i = 0; i < rows; i++) {
          const line: unknown[] = [];
          for (let j = 0; j < cols; j++) {
            const cell = s.cells.get(key(r.top + i, r.left + j));
            line.push(prop === "values" ? (cell?.value ?? "") : (cell?.numberFormat ?? "General"));
          }
          out.push(line);
        }
        return out;
      }
      case "formulas": {
        // As Excel: a cell's formula ("=…") where it has one, its value elsewhere.
        if (rows * cols > 5_000_000) return null;
        const out: unknown[][] = [];
        for (let i = 0; i < rows; i++) {
          const line: unknown[] = [];
          for (let j = 0; j < cols; j++) {
            const c = s.cells.get(key(r.top + i, r.left + j));
            line.push(c?.formula ?? c?.value ?? "");
          }
          out.push(line);
        }
        return out;
      }
      default:
        throw new Error(`fake range cannot load ${prop}`);
    }
  }
  get address(): string {
    return this.get("address");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }

  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  private write2d(name: "values" | "numberFormat" | "formulas", grid: unknown[][]): void {
    this.excel.action(this.label, name, grid, () => {
      const s = this.sheet();
      const r = this.area();
      if (grid.length !== r.bottom - r.top + 1 || grid.some((row) => row.length !== r.right - r.left + 1)) fail("InvalidArgument", `${name}: dimensions do not match ${rectAddress(r)}`);
      grid.forEach((row, i) =>
        row.forEach((v, j) => {
          const k = key(r.top + i, r.left + j);
          const existing = s.cells.get(k);
          const format = existing?.numberFormat ?? "General";
          if (name === "numberFormat") s.cells.set(k, { ...(existing ?? { value: "" }), numberFormat: String(v) });
          else {
            const cell = parseWritten(v, format);
            if (cell) s.cells.set(k, cell);
            else if (existing) s.cells.set(k, { value: "", numberFormat: format });
          }
        }),
      );
      for (let i = r.top; i <= r.bottom; i++) {
        for (let j = r.left; j <= r.right; j++) {
          const k = key(i, j);
          const c = s.cells.get(k);
          if (c && c.value === "" && c.formula === undefined && c.numberFormat === "General") s.cells.delete(k);
        }
      }
    });
  }
  set values(v: unknown[][]) {
    this.write2d("values", v);
  }
  set numberFormat(v: unknown[][]) {
    this.write2d("numberFormat", v);
  }
  set formulas(v: unknown[][]) {
    this.write2d("formulas", v);
  }
  get format(): unknown {
    return recorder(this.excel, `${this.label}.format`, () => this.sheet());
  }
  get dataValidation(): unknown {
    return recorder(this.excel, `${this.label}.dataValidation`, () => this.sheet());
  }
  get conditionalFormats(): FakeCfCollection {
    return new FakeCfCollection(this.excel, this.label, () => this.sheet(), () => rectAddress(this.area()));
  }
  merge(across: boolean): void {
    this.excel.action(this.label, "merge", across, () => this.sheet().merges.push(this.area()));
  }
  unmerge(): void {
    this.excel.action(this.label, "unmerge", null, () => (this.sheet().merges = []));
  }
  clear(applyTo: string): void {
    this.excel.action(this.label, "clear", applyTo, () => {
      const s = this.sheet();
      s.cells.clear();
      s.cfs = [];
    });
  }
  select(): void {
    this.excel.action(this.label, "select", null, () => (this.excel.selected = `${this.sheet().name}!${rectAddress(this.area())}`));
  }
  getMergedAreasOrNullObject(): FakeMergedAreas {
    return new FakeMergedAreas(this.excel, `${this.label}.merged`, () => this.ws.safe());
  }
}

class FakeMergedAreas extends Loadable {
  constructor(excel: FakeExcel, label: string, private readonly sheet: () => FakeSheet | null) {
    super(excel, label);
    excel.enqueue(0, () => {
      const s = this.sheet();
      const limit = excel.options.mergeLimit ?? 512;
      if (s && s.merges.length > limit) fail("GeneralException", "too many merged areas");
      this.publishNull(!s || s.merges.length === 0);
    });
  }
  load(props: string): void {
    this.queueLoad(props, () => {
      const s = this.sheet();
      if (!s || !s.merges.length) return null;
      return s.merges.map((m) => `${quoteSheet(s.name)}!${rectAddress(m)}`).join(", ");
    });
  }
  get address(): string {
    return this.get("address");
  }
}

class FakeRangeAreas {
  constructor(
    private readonly excel: FakeExcel,
    private readonly ws: FakeWorksheet,
    private readonly address: string,
  ) {
    excel.action(ws.label, "getRanges", address, () => {
      if (address.length > 8192) fail("InvalidArgument", "address longer than 8192");
    });
  }
  get format(): unknown {
    return recorder(this.excel, `${this.ws.label}.getRanges(${this.address}).format`, () => this.ws.resolve());
  }
  get conditionalFormats(): FakeCfCollection {
    return new FakeCfCollection(this.excel, `${this.ws.label}.getRanges`, () => this.ws.resolve() as FakeSheet, () => this.address);
  }
  get areaCount(): number {
    return parseAreas(this.address).reduce((n, r) => n + cellCount(r), 0);
  }
}

class FakeCfCollection {
  private list: FakeCfProxy[] | null = null;
  constructor(
    private readonly excel: FakeExcel,
    private readonly label: string,
    private readonly sheet: () => FakeSheet,
    private readonly address: () => string,
  ) {}
  add(type: string): { custom: { rule: { formula: string }; format: { fill: { color: string } } } } {
    const cf: FakeCf = { type, formula: "", address: "" };
    this.excel.action(this.label, "conditionalFormats.add", type, () => {
      cf.address = this.address();
      this.sheet().cfs.push(cf);
    });
    const excel = this.excel;
    return {
      custom: {
        rule: {
          set formula(f: string) {
            excel.action("cf", "formula", f, () => (cf.formula = f));
          },
          get formula() {
            throw new Error("write-only in the fake");
          },
        },
        format: {
          fill: {
            set color(c: string) {
              excel.action("cf", "fill", c, () => (cf.fill = c));
            },
            get color() {
              throw new Error("write-only in the fake");
            },
          },
        },
      },
    };
  }
  load(props: string): void {
    this.excel.loadsRequested.push({ target: `${this.label}.conditionalFormats`, props });
    let snapshot: FakeCfProxy[] = [];
    this.excel.enqueue(CALL_BYTES, () => {
      const s = this.sheet();
      snapshot = s.cfs.map((cf) => new FakeCfProxy(this.excel, s, cf));
    }, () => {
      this.list = snapshot;
      return jsonSize(snapshot.map((p) => p.cf));
    });
  }
  get items(): FakeCfProxy[] {
    if (!this.list) throw new Error("conditionalFormats.items read before load + sync");
    return this.list;
  }
}

class FakeCfProxy {
  constructor(
    private readonly excel: FakeExcel,
    private readonly sheet: FakeSheet,
    readonly cf: FakeCf,
  ) {}
  get type(): string {
    return this.cf.type;
  }
  get customOrNullObject(): { isNullObject: boolean; rule: { formula: string } } {
    return { isNullObject: this.cf.type !== "Custom", rule: { formula: this.cf.formula } };
  }
  /** The format's areas as Excel writes a RangeAreas address: each with its sheet, ", " between them. */
  private areas(): string[] {
    return this.cf.address.split(",").map((a) => `${quoteSheet(this.sheet.name)}!${a.trim()}`);
  }
  /** Throws at the sync where the format covers more than one area, as the reference says Excel does. */
  getRange(): FakeAddressResult {
    return this.addressResult(false, () => {
      const areas = this.areas();
      if (areas.length > 1) fail("InvalidOperation", "This operation is not permitted for the current object: the conditional format is applied to multiple ranges.");
      return areas[0];
    });
  }
  /** A null object where the format covers more than one area (ExcelApi 1.6). */
  getRangeOrNullObject(): FakeAddressResult {
    return this.addressResult(true, () => {
      const areas = this.areas();
      return areas.length > 1 ? null : areas[0];
    });
  }
  /** ExcelApi 1.9: every area. */
  getRanges(): FakeAddressResult {
    return this.addressResult(false, () => this.areas().join(", "));
  }
  private addressResult(orNull: boolean, read: () => string | null): FakeAddressResult {
    const excel = this.excel;
    let address: string | null | undefined;
    let loaded = false;
    let resolved = false;
    excel.enqueue(CALL_BYTES, () => {
      address = read();
      resolved = true;
    });
    return {
      load() {
        excel.enqueue(CALL_BYTES, () => undefined, () => {
          loaded = true;
          return jsonSize(address);
        });
      },
      get address() {
        if (!loaded || address === undefined) throw new Error("conditional format range address read before load + sync");
        if (address === null) throw new Error("address read on a null object");
        return address;
      },
      get isNullObject() {
        if (!resolved) throw new Error("isNullObject read before sync");
        if (!orNull) throw new Error("not an *OrNullObject result");
        return address === null;
      },
    };
  }
  delete(): void {
    this.excel.action("cf", "delete", this.cf.formula, () => (this.sheet.cfs = this.sheet.cfs.filter((c) => c !== this.cf)));
  }
}

interface FakeAddressResult {
  load(props: string): void;
  readonly address: string;
  readonly isNullObject: boolean;
}

/**
 * Any chain of navigation properties, property sets and method calls (format.font.bold = true,
 * format.borders.getItem("EdgeTop").style = …, pageLayout.setPrintTitleRows(…)) is recorded as actions in the log;
 * creating each navigation object is charged like an object path.
 */
export function recorder(excel: FakeExcel, path: string, check: () => unknown = () => undefined): unknown {
  excel.enqueue(CALL_BYTES, () => undefined);
  const target = function () {} as unknown as object;
  return new Proxy(target, {
    get(_t, prop) {
      if (typeof prop === "symbol" || prop === "then") return undefined;
      return recorder(excel, `${path}.${prop}`, check);
    },
    set(_t, prop, value) {
      excel.action(path, String(prop), value, () => void check());
      return true;
    },
    apply(_t, _this, args) {
      const name = path.slice(path.lastIndexOf(".") + 1);
      excel.action(path.slice(0, path.lastIndexOf(".")), name, args, () => void check());
      return recorder(excel, `${path}()`, check);
    },
  });
}
