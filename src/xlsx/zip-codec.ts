import { Deflate, deflateSync, inflateSync } from "fflate";

/**
 * Compression for the zip layer. The portable codec (fflate, pure JavaScript) runs anywhere, the task pane's
 * browser bundle included; the command line passes node:zlib's native one (src/cli/node-zip-codec.ts), three to
 * five times faster on a province's sheets.
 */
export interface ZipCodec {
  /** Raw DEFLATE (no zlib header), into a buffer of the known size. */
  inflate(data: Uint8Array, size: number): Uint8Array;
  deflate(data: Uint8Array): Uint8Array;
  /** A part deflated piece by piece as it is written (src/xlsx/zip-entry-sink.ts), never held whole. */
  deflateStream(): DeflateStream;
  /** CRC-32 of `data`, continuing from the CRC of what came before it (0 for none). */
  crc32(data: Uint8Array, previous?: number): number;
}

/** One raw DEFLATE stream fed in pieces. */
export interface DeflateStream {
  /** Compresses `data`; the caller may reuse its buffer afterwards. */
  push(data: Uint8Array): void;
  /** Ends the stream: its compressed bytes, in order. */
  end(): Uint8Array[];
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crc32(bytes: Uint8Array, previous = 0): number {
  let crc = previous ^ -1;
  for (let i = 0; i < bytes.length; i += 1) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** zlib's default level: the generated sheets compress to a tenth; lower levels save little time. */
export const DEFLATE_LEVEL = 6;

function fflateStream(): DeflateStream {
  const out: Uint8Array[] = [];
  const deflate = new Deflate({ level: DEFLATE_LEVEL }, (chunk) => out.push(chunk));
  return {
    // fflate keeps a reference to what it is given until it has compressed it: a copy, since the caller reuses it.
    push: (data) => deflate.push(data.slice(), false),
    end: () => {
      deflate.push(new Uint8Array(0), true);
      return out;
    },
  };
}

export const portableCodec: ZipCodec = {
  inflate: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  deflate: (data) => deflateSync(data, { level: DEFLATE_LEVEL }),
  deflateStream: fflateStream,
  crc32,
};
