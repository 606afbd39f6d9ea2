import { closeSync, fstatSync, openSync, readSync, type PathLike } from 'node:fs';

/** One file inside a zip, as its central directory lists it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused. */
  method: number;
  compressedSize: number;
  /** As the directory declares it; inflating is capped anyway, as a hostile zip may lie. */
  size: number;
  /** Where the entry's local header starts. */
  headerOffset: number;
  encrypted: boolean;
}

/** A zip that cannot be read; the message says why, in a sentence about the file. */
export class ZipError extends Error {
  override name = 'ZipError';
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes, followed by a comment of at most 65,535 bytes. */
const END_SEARCH = 22 + 0xffff;

/**
 * The central directory at the end of a zip: the whole list of entries, read without reading the
 * entries themselves. A workbook keeps its sheet before the shared strings it refers to (Excel
 * writes them in that order), so a reader that streamed the zip from the start would have to hold
 * the whole sheet; with the directory each part is read when it is needed.
 */
export function readZipDirectory(path: PathLike): ZipEntry[] {
  const fd = openSync(path, 'r');
  try {
    const fileSize = fstatSync(fd).size;
    const tailSize = Math.min(fileSize, END_SEARCH);
    const tail = readAt(fd, fileSize - tailSize, tailSize);
    const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0 || end + 22 > tail.length) throw new ZipError('is not a complete zip file (its directory at the end is missing; was the download cut short?)');
    const count = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipError('is a ZIP64 archive, which no form export needs; save it again as .xlsx from the spreadsheet program');
    if (directoryOffset + directorySize > fileSize - tailSize + end) throw new ZipError('is a damaged zip file (its directory points past the end)');
    return parseDirectory(readAt(fd, directoryOffset, directorySize), count);
  } finally {
    closeSync(fd);
  }
}

function parseDirectory(directory: Buffer, count: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipError('is a damaged zip file (its directory is cut short)');
    const nameLength = directory.readUInt16LE(at + 28);
    const skip = nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    entries.push({
      name: directory.toString('utf8', at + 46, at + 46 + nameLength),
      method: directory.readUInt16LE(at + 10),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      headerOffset: directory.readUInt32LE(at + 42),
      encrypted: (directory.readUInt16LE(at + 8) & 1) === 1,
    });
    at += 46 + skip;
  }
  return entries;
}

/** Where an entry's compressed bytes start: after its local header, whose name and extra field may differ in length from the directory's. */
export function entryDataOffset(path: PathLike, entry: ZipEntry): number {
  const fd = openSync(path, 'r');
  try {
    const header = readAt(fd, entry.headerOffset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50) throw new ZipError(`is a damaged zip file (the part ${entry.name} is not where the directory says)`);
    return entry.headerOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    closeSync(fd);
  }
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = readSync(fd, buffer, 0, length, position);
  return read === length ? buffer : buffer.subarray(0, read);
}
