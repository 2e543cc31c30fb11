/**
 * The end of a zip of more than 65,535 entries. fflate writes the end of central directory record
 * (PKZIP APPNOTE 4.3.16) with a 16-bit entry count and no ZIP64 records, so a site of 86,036 files
 * (1,000 notices) was zipped with a count of 20,500 (86,036 mod 65,536): yauzl, reading that
 * count, saw only the first 20,500 entries of the kept zip (previous-zip.ts) and the next pass
 * read and compressed the other 65,536 files again, on one thread (44 s of a one-notice rebuild).
 * Pure: bytes in, bytes out.
 */

/** The record's size without a comment, and the offsets of its fields (APPNOTE 4.3.16). */
const END_SIZE = 22;
const END_SIGNATURE = 0x06054b50;
/** A ZIP64 end of central directory record without extensible data (4.3.14), and its locator (4.3.15). */
const ZIP64_END_SIZE = 56;
const ZIP64_END_SIGNATURE = 0x06064b50;
const LOCATOR_SIZE = 20;
const LOCATOR_SIGNATURE = 0x07064b50;
/** "Version made by" and "needed to extract" of a ZIP64 record: 4.5 (APPNOTE 4.4.3.2). */
const ZIP64_VERSION = 45;
/** A 16-bit field's "see the ZIP64 record" value (APPNOTE 4.4.1.4). */
const MORE_THAN_16_BITS = 0xffff;

/**
 * The zip's last chunk (`tail`: its central directory, then the end record, as fflate writes them)
 * with ZIP64 end records before the end record when `entryCount` passes 16 bits, its counts then
 * set to 0xFFFF as APPNOTE 4.4.1.4 asks; else `tail` itself, so a smaller zip keeps its bytes.
 * `centralDirectoryOffset` is where `tail` starts in the file. A zip past 4 GiB is refused: each
 * entry's offset would need a ZIP64 field too, which fflate does not write.
 * @example withZip64End(tail, 86_036, 310_000_000) // tail + 76 bytes of ZIP64 records; count fields 0xFFFF
 */
export function withZip64End(tail: Uint8Array, entryCount: number, centralDirectoryOffset: number): Uint8Array {
  if (centralDirectoryOffset + tail.length > 0xffffffff) throw new Error(`the site's zip passes 4 GiB (${centralDirectoryOffset + tail.length} bytes): fflate writes no ZIP64 entry offsets`);
  if (entryCount <= MORE_THAN_16_BITS) return tail;
  const bytes = Buffer.from(tail.buffer, tail.byteOffset, tail.byteLength);
  const directorySize = bytes.length - END_SIZE;
  if (directorySize < 0 || bytes.readUInt32LE(directorySize) !== END_SIGNATURE) throw new Error('the zip does not end with an end of central directory record');
  const zip64End = Buffer.alloc(ZIP64_END_SIZE);
  zip64End.writeUInt32LE(ZIP64_END_SIGNATURE, 0);
  // The size of the record after this field.
  zip64End.writeBigUInt64LE(BigInt(ZIP64_END_SIZE - 12), 4);
  zip64End.writeUInt16LE(ZIP64_VERSION, 12);
  zip64End.writeUInt16LE(ZIP64_VERSION, 14);
  // One disk (numbers 16 and 20 stay 0): the entries on it and in all are the same.
  zip64End.writeBigUInt64LE(BigInt(entryCount), 24);
  zip64End.writeBigUInt64LE(BigInt(entryCount), 32);
  zip64End.writeBigUInt64LE(BigInt(directorySize), 40);
  zip64End.writeBigUInt64LE(BigInt(centralDirectoryOffset), 48);
  const locator = Buffer.alloc(LOCATOR_SIZE);
  locator.writeUInt32LE(LOCATOR_SIGNATURE, 0);
  locator.writeBigUInt64LE(BigInt(centralDirectoryOffset + directorySize), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.from(bytes.subarray(directorySize));
  end.writeUInt16LE(MORE_THAN_16_BITS, 8);
  end.writeUInt16LE(MORE_THAN_16_BITS, 10);
  return Buffer.concat([bytes.subarray(0, directorySize), zip64End, locator, end]);
}
