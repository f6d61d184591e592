import { portableCodec, type ZipCodec } from "./zip-codec";
import type { ZipEntry } from "./zip-archive";

/**
 * Writes a zip file from entries copied as they were (their compressed bytes untouched, never inflated) and new
 * entries deflated here. Dates are fixed (1980-01-01), so the same input gives the same bytes.
 */

export type ZipPart = ZipEntry | { readonly name: string; readonly content: Uint8Array };

const DOS_DATE_1980 = (0 << 9) | (1 << 5) | 1;

const encoder = new TextEncoder();

function asEntry(part: ZipPart, codec: ZipCodec): ZipEntry {
  if ("data" in part) return part;
  const data = codec.deflate(part.content);
  return {
    name: part.name,
    method: 8,
    crc32: codec.crc32(part.content),
    compressedSize: data.length,
    size: part.content.length,
    data,
  };
}

/** The archive's bytes. Not zip64: a workbook of 4 GB is out of this tool's reach anyway. */
export function writeZip(parts: readonly ZipPart[], codec: ZipCodec = portableCodec): Uint8Array {
  const entries = parts.map((part) => asEntry(part, codec));
  const names = entries.map((entry) => encoder.encode(entry.name));
  const localSize = entries.reduce((sum, entry, i) => sum + 30 + names[i].length + entry.compressedSize, 0);
  const centralSize = names.reduce((sum, name) => sum + 46 + name.length, 0);
  if (localSize + centralSize > 0xffffffff || entries.length > 0xffff)
    throw new Error("the workbook is too large for a zip file without zip64");
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  const header = (entry: ZipEntry, name: Uint8Array, start: number): void => {
    view.setUint16(start, 20, true); // version needed: 2.0 (deflate)
    view.setUint16(start + 2, 0x800, true); // UTF-8 names, sizes known up front (no data descriptor)
    view.setUint16(start + 4, entry.method, true);
    view.setUint16(start + 6, 0, true);
    view.setUint16(start + 8, DOS_DATE_1980, true);
    view.setUint32(start + 10, entry.crc32, true);
    view.setUint32(start + 14, entry.compressedSize, true);
    view.setUint32(start + 18, entry.size, true);
    view.setUint16(start + 22, name.length, true);
    view.setUint16(start + 24, 0, true);
  };
  entries.forEach((entry, i) => {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    header(entry, names[i], at + 4);
    view.setUint16(at + 28, 0, true);
    out.set(names[i], at + 30);
    out.set(entry.data, at + 30 + names[i].length);
    at += 30 + names[i].length + entry.compressedSize;
  });
  const centralStart = at;
  entries.forEach((entry, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // made by: MS-DOS attributes, 2.0
    header(entry, names[i], at + 6);
    // comment length, disk, internal and external attributes stay 0
    view.setUint32(at + 42, offsets[i], true);
    out.set(names[i], at + 46);
    at += 46 + names[i].length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
