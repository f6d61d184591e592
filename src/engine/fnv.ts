/** FNV-1a, 32 bits: the hash of the sheet stamps (sheets/sheet-stamp.ts) and of the children's name keys (text.ts). */
export const FNV_OFFSET = 0x811c9dc5;

/** One unit (a byte, a UTF-16 code unit) into the hash; Math.imul keeps it to 32 bits, signed. */
export const fnvStep = (hash: number, unit: number): number => Math.imul(hash ^ unit, 0x01000193);
