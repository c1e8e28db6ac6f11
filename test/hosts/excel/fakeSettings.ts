/**
 * Office.context.document.settings as the reference describes it: each runtime (the task pane, the ribbon's function
 * file) holds its own in-memory copy of the document's settings, taken when it loaded. `set` changes only that copy,
 * `saveAsync` writes the copy to the document, and only `refreshAsync` reads the document again. A runtime that never
 * refreshes keeps reading what the document said when it started.
 */
import type { SettingsLike } from "../../../src/hosts/excel/choices";

type Result = { status: string; error?: { message: string; code?: number | string } };

/** The settings stored in the document itself, shared by every runtime. */
export class FakeDocumentSettings {
  stored: Record<string, unknown> = {};
  /** Fails the next refreshAsync with this error. */
  refreshFailure: { message: string; code: number } | null = null;

  /** The Settings object one runtime sees. */
  runtime(): FakeSettings {
    return new FakeSettings(this);
  }
}

export class FakeSettings implements SettingsLike {
  private copy: Record<string, unknown>;
  refreshes = 0;

  constructor(private readonly document: FakeDocumentSettings) {
    this.copy = structuredClone(document.stored);
  }
  get(name: string): unknown {
    return name in this.copy ? structuredClone(this.copy[name]) : null;
  }
  set(name: string, value: unknown): void {
    this.copy[name] = structuredClone(value);
  }
  saveAsync(callback: (result: Result) => void): void {
    this.document.stored = structuredClone(this.copy);
    setTimeout(() => callback({ status: "succeeded" }), 0);
  }
  refreshAsync(callback: (result: Result) => void): void {
    this.refreshes++;
    const failure = this.document.refreshFailure;
    setTimeout(() => {
      if (failure) {
        this.document.refreshFailure = null;
        callback({ status: "failed", error: failure });
        return;
      }
      this.copy = structuredClone(this.document.stored);
      callback({ status: "succeeded" });
    }, 0);
  }
}
