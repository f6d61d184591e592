import { portableCodec, type ZipCodec } from "./zip-codec";

/**
 * The entries of a zip file (an .xlsx or .docx package), read from its central directory. Entries are inflated
 * only when asked for, so a workbook's drawings, pictures and untouched sheets are never decompressed: the report
 * writer copies them as they are (`rawEntry`). The codec inflates (zip-codec.ts).
 */

export interface ZipEntry {
  /** The name as stored, `xl/worksheets/sheet1.xml`. */
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  /** The compressed bytes, a view into the archive. */
  readonly data: Uint8Array;
}

/** The bytes are not a zip file, or one this reader cannot take apart. */
export class NotAZipError extends Error {}
/** The zip's entries are encrypted (zip's own encryption, not Office's). */
export class EncryptedZipError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UTF8_NAMES = 0x800;

const latin1 = new TextDecoder("latin1");
const utf8 = new TextDecoder("utf-8");

export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();

  private constructor(
    readonly entries: readonly ZipEntry[],
    readonly codec: ZipCodec,
  ) {
    // Part names of an OPC package are case-insensitive (ECMA-376 part 2, §6.2.2.3).
    for (const entry of entries) this.byName.set(entry.name.toLowerCase(), entry);
  }

  static open(bytes: Uint8Array, codec: ZipCodec = portableCodec): ZipArchive {
    return new ZipArchive(readCentralDirectory(bytes), codec);
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  rawEntry(name: string): ZipEntry | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** The entry's bytes, inflated; undefined when there is no such entry. */
  bytes(name: string): Uint8Array | undefined {
    const entry = this.rawEntry(name);
    if (!entry) return undefined;
    if (entry.method === 0) return entry.data;
    if (entry.method !== 8) throw new NotAZipError(`${entry.name}: compression method ${entry.method}`);
    return this.codec.inflate(entry.data, entry.size);
  }

  /** The entry as UTF-8 text (a byte-order mark dropped); undefined when there is no such entry. */
  text(name: string): string | undefined {
    const bytes = this.bytes(name);
    return bytes === undefined ? undefined : utf8.decode(bytes);
  }
}

function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  const u64 = (at: number): number => u32(at) + u32(at + 4) * 0x1_0000_0000;
  if (bytes.length < 22 || u32(0) !== LOCAL) throw new NotAZipError("no zip local header at the start");

  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new NotAZipError("no end of central directory");
  let count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && u32(eocd - 20) === ZIP64_EOCD_LOCATOR) {
    const zip64 = u64(eocd - 20 + 8);
    if (u32(zip64) !== ZIP64_EOCD) throw new NotAZipError("broken zip64 end of central directory");
    count = u64(zip64 + 32);
    offset = u64(zip64 + 48);
  }

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL) throw new NotAZipError("broken central directory");
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const crc32 = u32(at + 16);
    let compressedSize = u32(at + 20);
    let size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let localOffset = u32(at + 42);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = (flags & UTF8_NAMES ? utf8 : latin1).decode(nameBytes);
    // Zip64: the sizes and offset that overflow 32 bits are in the extra field, in this order.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(extra);
      const length = u16(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (size === 0xffffffff) ((size = u64(field)), (field += 8));
        if (compressedSize === 0xffffffff) ((compressedSize = u64(field)), (field += 8));
        if (localOffset === 0xffffffff) localOffset = u64(field);
      }
      extra += 4 + length;
    }
    if (flags & 1) throw new EncryptedZipError(`${name} is encrypted`);
    if (u32(localOffset) !== LOCAL) throw new NotAZipError(`no local header for ${name}`);
    const dataStart = localOffset + 30 + u16(localOffset + 26) + u16(localOffset + 28);
    if (dataStart + compressedSize > bytes.length) throw new NotAZipError(`${name} is cut short`);
    entries.push({
      name,
      method,
      crc32,
      compressedSize,
      size,
      data: bytes.subarray(dataStart, dataStart + compressedSize),
    });
    at = extraEnd + commentLength;
  }
  return entries;
}
