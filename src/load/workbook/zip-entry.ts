import { createReadStream, type PathLike } from 'node:fs';
import { createInflateRaw } from 'node:zlib';
import { entryDataOffset, ZipError, type ZipEntry } from './zip-directory.js';

/**
 * The unpacked bytes of one zip entry, chunk by chunk, never more than `cap` of them: a zip bomb
 * (a few KB that unpack to gigabytes) stops at the cap, whatever the directory declares. node:zlib
 * inflates in C, streaming; stopping early closes the file and the inflater.
 */
export async function* entryChunks(path: PathLike, entry: ZipEntry, cap: number): AsyncGenerator<Buffer> {
  if (entry.encrypted) throw new ZipError('is password-protected; remove the password in the spreadsheet program and save it again');
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError(`is packed in a way spreadsheet programs do not use (method ${entry.method} for ${entry.name}); save it again as .xlsx`);
  if (entry.size > cap) throw tooBig(entry, cap);
  if (entry.compressedSize === 0) return; // an empty part: a read from start to start - 1 would be the whole rest of the file
  const start = entryDataOffset(path, entry);
  const packed = createReadStream(path, { start, end: start + Math.max(entry.compressedSize, 1) - 1 });
  const bytes = entry.method === 8 ? packed.pipe(createInflateRaw({ chunkSize: 64 * 1024 })) : packed;
  // A read error on the file reaches the inflater's consumer too.
  packed.on('error', (error) => bytes.destroy(error));
  let total = 0;
  try {
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > cap) throw tooBig(entry, cap);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof ZipError) throw error;
    if (isZlibError(error)) throw new ZipError(`is a damaged zip file (the part ${entry.name} does not unpack: ${(error as Error).message})`);
    throw error;
  } finally {
    packed.destroy();
    bytes.destroy();
  }
}

/** A whole (small) entry as text: the workbook's list of sheets, its styles, its shared strings. */
export async function entryText(path: PathLike, entry: ZipEntry, cap: number): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of entryChunks(path, entry, cap)) chunks.push(chunk);
  return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
}

function tooBig(entry: ZipEntry, cap: number): ZipError {
  return new ZipError(`unpacks ${entry.name} to more than ${Math.round(cap / 1024 / 1024)} MB, the limit for one part of a workbook (a zip bomb, or far more than a form export); split the export`);
}

function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}
