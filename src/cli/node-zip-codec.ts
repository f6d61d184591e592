import zlib from "node:zlib";
import { type DeflateStream, portableCodec, type ZipCodec } from "../xlsx/zip-codec";

const asBytes = (buffer: Buffer): Uint8Array =>
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

/**
 * zlib's fastest level: on a province's report (85 MB of document XML, 40 MB of sheet XML) it takes a third of
 * level 6's time for files about a third larger, and the command line is judged on speed first.
 */
const LEVEL = 1;

/**
 * A stream as independent pieces, each ended by a sync flush (an empty stored block) rather than a final block,
 * the last by an empty final block: concatenated they are one valid DEFLATE stream, as pigz makes them. Each piece
 * starts a new dictionary, which at a megabyte a piece costs nothing measurable in size.
 */
function pieceStream(): DeflateStream {
  const out: Uint8Array[] = [];
  return {
    push: (data) => {
      out.push(
        asBytes(zlib.deflateRawSync(data, { level: LEVEL, finishFlush: zlib.constants.Z_SYNC_FLUSH })),
      );
    },
    end: () => {
      out.push(asBytes(zlib.deflateRawSync(new Uint8Array(0), { level: LEVEL })));
      return out;
    },
  };
}

/**
 * Output pieces for inflating an entry of `size` bytes (as the zip's directory says): one piece one byte larger,
 * so zlib writes the whole part into it and hands it back as it is. With its 16 KB default, a province's 12 MB sheet
 * came out in 700 pieces and was then copied whole into a fresh buffer: on a cold process, 70 ms and 4,000 more
 * page faults across the input sheets. A size that lies only makes more pieces; a part beyond the cap is inflated
 * in pieces of the cap.
 */
const inflatePiece = (size: number): number =>
  Math.min(Math.max(size + 1, zlib.constants.Z_MIN_CHUNK), 64 << 20);

/** node:zlib's native inflate, deflate and CRC-32 (zlib.crc32 from Node 20.15; the portable one before). */
export const nodeZipCodec: ZipCodec = {
  inflate: (data, size) => asBytes(zlib.inflateRawSync(data, { chunkSize: inflatePiece(size) })),
  deflate: (data) => asBytes(zlib.deflateRawSync(data, { level: LEVEL })),
  deflateStream: pieceStream,
  crc32:
    typeof zlib.crc32 === "function"
      ? (data, previous = 0) => zlib.crc32(data, previous) >>> 0
      : portableCodec.crc32,
};
