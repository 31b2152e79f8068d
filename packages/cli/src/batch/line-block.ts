/**
 * Lines written straight into one growing block of UTF-8, each ended by "\n", with the byte offset
 * just past each: a worker's outputs for a chunk, encoded once and moved to the main thread whole,
 * rather than one buffer per line copied together at the end.
 */
export class LineBlock {
  private bytes: Buffer;
  private size = 0;
  readonly ends: number[] = [];

  constructor(capacity = 64 * 1024) {
    // Not from Buffer's shared pool: the block owns its ArrayBuffer, so it can be transferred.
    this.bytes = Buffer.allocUnsafeSlow(Math.max(capacity, 1024));
  }

  add(line: string): void {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8, the "\n" one more; counted exactly only near the end.
    if (this.size + line.length * 3 + 1 > this.bytes.length && this.size + Buffer.byteLength(line) + 1 > this.bytes.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(this.bytes.length * 2, this.size + Buffer.byteLength(line) + 1));
      this.bytes.copy(grown, 0, 0, this.size);
      this.bytes = grown;
    }
    this.size += this.bytes.write(line, this.size, "utf8");
    this.bytes[this.size++] = 0x0a;
    this.ends.push(this.size);
  }

  /** The lines written, as a view on the block's own ArrayBuffer (transfer `.buffer`). */
  text(): Uint8Array {
    return new Uint8Array(this.bytes.buffer, this.bytes.byteOffset, this.size);
  }
}
