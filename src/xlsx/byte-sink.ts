const encoder = new TextEncoder();

/**
 * UTF-8 written piece by piece into one growing buffer. A province's generated sheets are 20 MB of XML: held as
 * strings until the end, every row survived the young generation and garbage collection was half the writing time;
 * encoded as they are made, the strings die young.
 */
export class ByteSink {
  private buffer: Uint8Array;
  private length = 0;

  constructor(capacity = 64 * 1024) {
    this.buffer = new Uint8Array(capacity);
  }

  write(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 code unit (a surrogate pair's four bytes are two units).
    const needed = this.length + text.length * 3;
    if (needed > this.buffer.length) {
      const grown = new Uint8Array(Math.max(needed, this.buffer.length * 2));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  /** The bytes written so far (a view: the sink is not written to afterwards). */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
