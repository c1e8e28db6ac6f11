import { basename } from "node:path";

/** Where progress goes: process.stderr, or a fake with the same three members in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  start(file: string): void;
  /** `note` is a failure's message, or why the file was skipped. */
  done(file: string, note?: { failed?: string; skipped?: string }): void;
  /** Ends the bar's line, so what follows starts on a line of its own. */
  finish(): void;
}

/** "1分05秒", "12秒": time left as a person reads it. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}分${String(s % 60).padStart(2, "0")}秒` : `${s}秒`;
}

/** Time left, from the mean time per file so far; null before the first file is done. */
export function timeLeft(done: number, total: number, elapsedMs: number): number | null {
  return done === 0 ? null : (elapsedMs / done) * (total - done);
}

/** Terminal columns a string takes: CJK characters are two wide. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function clip(text: string, max: number): string {
  if (width(text) <= max) return text;
  let out = "";
  for (const ch of text) {
    if (width(out + ch) > max - 1) break;
    out += ch;
  }
  return out + "…";
}

/** The bar's one line: [#####-----] 12/50 丰都县总工会2024.xlsx 剩余约 1分05秒. */
export function barLine(done: number, total: number, current: string, left: number | null, columns: number): string {
  const slots = 20;
  const filled = total === 0 ? slots : Math.round((done / total) * slots);
  const head = `[${"#".repeat(filled)}${"-".repeat(slots - filled)}] ${done}/${total}`;
  const tail = left === null ? "" : ` 剩余约 ${formatDuration(left)}`;
  const room = Math.max(8, columns - 1 - width(head) - width(tail) - 1);
  return `${head} ${clip(current, room)}${tail}`;
}

/**
 * On a terminal, one line redrawn with \r: files done out of all, the file being read, time left. Elsewhere (a log,
 * a pipe, CI) one plain line per file finished, which reads well in a file and never fills it with control characters.
 */
export function createProgress(stream: ProgressStream, total: number, now: () => number = Date.now): Progress {
  const started = now();
  let done = 0;
  let current = "";
  let drawn = 0;
  const tty = stream.isTTY === true;

  const draw = () => {
    const line = barLine(done, total, current, timeLeft(done, total, now() - started), stream.columns || 80);
    // Spaces over the rest of a longer previous line, since \r only moves the cursor back.
    stream.write(`\r${line}${" ".repeat(Math.max(0, drawn - width(line)))}`);
    drawn = width(line);
  };

  return {
    start(file) {
      current = basename(file);
      if (tty) draw();
    },
    done(file, note = {}) {
      done++;
      const line = `[${done}/${total}] ${file}：${note.failed ? `无法评分：${note.failed}` : note.skipped ? `已跳过（${note.skipped}）` : "已评分"}`;
      if (!tty) {
        stream.write(`${line}\n`);
        return;
      }
      if (note.failed || note.skipped) {
        // A failure stays on screen: the bar's line is cleared, the failure printed, the bar drawn again below.
        stream.write(`\r${" ".repeat(drawn)}\r${line}\n`);
        drawn = 0;
      }
      draw();
    },
    finish() {
      if (tty && drawn > 0) stream.write("\n");
      drawn = 0;
    },
  };
}
