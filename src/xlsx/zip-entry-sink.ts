import type { ZipEntry } from "./zip-archive";
import type { DeflateStream, ZipCodec } from "./zip-codec";

const encoder = new TextEncoder();
/** Bytes gathered before a piece is compressed: large enough that the pieces' fresh dictionaries cost nothing. */
const PIECE_BYTES = 1 << 20;

/**
 * A zip part written as UTF-8 text or bytes and deflated a megabyte at a time, never held whole: the report's
 * document.xml is 70 MB of table markup at 30 000 staff, which a growing buffer copied over and over and kept
 * alive to the end; a province's generated sheets are 20 MB more. `end` gives the finished zip entry.
 */
export class ZipEntrySink {
  private readonly buffer = new Uint8Array(PIECE_BYTES);
  private length = 0;
  private size = 0;
  private crc = 0;
  private readonly stream: DeflateStream;

  constructor(private readonly codec: ZipCodec) {
    this.stream = codec.deflateStream();
  }

  write(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 code unit (a surrogate pair's four bytes are two units).
    if (this.length + text.length * 3 > PIECE_BYTES) {
      this.flush();
      if (text.length * 3 > PIECE_BYTES) {
        this.push(encoder.encode(text));
        return;
      }
    }
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  writeBytes(bytes: Uint8Array): void {
    if (this.length + bytes.length > PIECE_BYTES) {
      this.flush();
      if (bytes.length > PIECE_BYTES) {
        this.push(bytes);
        return;
      }
    }
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** The part as a deflated zip entry named `name`; the sink is not written to afterwards. */
  end(name: string): ZipEntry {
    this.flush();
    const pieces = this.stream.end();
    const data = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
    let at = 0;
    for (const piece of pieces) {
      data.set(piece, at);
      at += piece.length;
    }
    return { name, method: 8, crc32: this.crc, compressedSize: data.length, size: this.size, data };
  }

  private flush(): void {
    if (this.length === 0) return;
    this.push(this.buffer.subarray(0, this.length));
    this.length = 0;
  }

  private push(bytes: Uint8Array): void {
    this.crc = this.codec.crc32(bytes, this.crc);
    this.size += bytes.length;
    this.stream.push(bytes);
  }
}
