import { constants, crc32, deflateRaw } from "node:zlib";
import { ZipPassThrough } from "fflate";
import type { PartDeflater, PartStream } from "./write";

/**
 * The writer's parts deflated by Node's zlib instead of fflate's JavaScript deflate: the 138 MB 自评报告 part of a
 * 100,000-indicator workbook takes 0.9 s instead of 3.8 s at the same level, and on zlib's thread pool, while the next
 * rows of XML are being made. Node only (the command line and its batch workers); the page keeps fflate. Used through
 * zipPartsAsync, which waits on backlog().
 *
 * A part is compressed in segments of SEGMENT_BYTES, each a deflate stream of its own: all but the last end with a
 * sync flush (byte-aligned, not final) and the last with the final block, which concatenated make one valid deflate
 * stream. fflate's documented way of adding a compression of one's own is a ZipPassThrough whose process()
 * compresses; its CRC is replaced by zlib's native one.
 */
const SEGMENT_BYTES = 4 << 20;
/** A 4 MB segment of XML deflates to about a tenth of it. */
const OUTPUT_BYTES = 1 << 19;
/** Segments being compressed at once: enough to keep a core busy, few enough that memory stays a few segments. */
const IN_FLIGHT = 3;

class NativeZipDeflate extends ZipPassThrough implements PartStream {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private checksum = 0;
  private inFlight = 0;
  private emitted: Promise<void> = Promise.resolve();
  private waiters: (() => void)[] = [];

  constructor(
    filename: string,
    private readonly level: number,
  ) {
    super(filename);
    this.compression = 8;
  }

  override push(chunk: Uint8Array, final = false): void {
    this.checksum = crc32(chunk, this.checksum);
    this.size += chunk.length;
    if (final) this.crc = this.checksum;
    this.process(chunk, final);
  }

  backlog(): Promise<void> | undefined {
    return this.inFlight < IN_FLIGHT ? undefined : new Promise((resolve) => this.waiters.push(resolve));
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    if (chunk.length) {
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
    }
    if (!final && this.pendingBytes < SEGMENT_BYTES) return;
    const segment = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    // One output buffer for most segments: zlib's 16 KB default calls back, and allocates, for every 16 KB it makes.
    const options = { level: this.level, chunkSize: OUTPUT_BYTES, ...(final ? {} : { finishFlush: constants.Z_SYNC_FLUSH }) };
    const job = new Promise<Buffer>((resolve, reject) => deflateRaw(segment, options, (err, out) => (err ? reject(err) : resolve(out))));
    this.inFlight++;
    // Compressed in parallel, handed to the zip in order.
    this.emitted = this.emitted
      .then(() => job)
      .then(
        (out) => this.ondata(null, new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.length), final),
        (err: Error) => this.ondata(err as never, null as never, final),
      )
      .finally(() => {
        this.inFlight--;
        this.waiters.splice(0).forEach((wake) => wake());
      });
  }
}

/**
 * The levels of fflate's deflater (src/hosts/xlsx/write/zipParts.ts): 3 for large parts, 6 for the small ones. None on
 * a Node older than 20.15, which has no zlib.crc32: the writer then keeps fflate's.
 */
export const nativeDeflater: PartDeflater | undefined =
  typeof crc32 === "function" ? (name, large) => new NativeZipDeflate(name, large ? 3 : 6) : undefined;
