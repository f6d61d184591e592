import zlib from "node:zlib";
import { DEFLATE_LEVEL, portableCodec, type ZipCodec } from "../xlsx/zip-codec";

const asBytes = (buffer: Buffer): Uint8Array =>
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

/** node:zlib's native inflate, deflate and CRC-32 (zlib.crc32 from Node 20.15; the portable one before). */
export const nodeZipCodec: ZipCodec = {
  inflate: (data) => asBytes(zlib.inflateRawSync(data)),
  deflate: (data) => asBytes(zlib.deflateRawSync(data, { level: DEFLATE_LEVEL })),
  crc32: typeof zlib.crc32 === "function" ? (data) => zlib.crc32(data) >>> 0 : portableCodec.crc32,
};
