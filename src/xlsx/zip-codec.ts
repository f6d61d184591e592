import { deflateSync, inflateSync } from "fflate";

/**
 * Compression for the zip layer. The portable codec (fflate, pure JavaScript) runs anywhere, the task pane's
 * browser bundle included; the command line passes node:zlib's native one (src/cli/node-zip-codec.ts), three to
 * five times faster on a province's sheets.
 */
export interface ZipCodec {
  /** Raw DEFLATE (no zlib header), into a buffer of the known size. */
  inflate(data: Uint8Array, size: number): Uint8Array;
  deflate(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
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

function crc32(bytes: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < bytes.length; i += 1) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** zlib's default level: the generated sheets compress to a tenth; lower levels save little time. */
export const DEFLATE_LEVEL = 6;

export const portableCodec: ZipCodec = {
  inflate: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  deflate: (data) => deflateSync(data, { level: DEFLATE_LEVEL }),
  crc32,
};
