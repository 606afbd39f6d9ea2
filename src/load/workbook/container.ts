import { closeSync, openSync, readSync, type PathLike } from 'node:fs';

/** What a file's first bytes say it is, whatever its name says. */
export type Container = 'zip' | 'cfb' | 'encrypted' | 'other';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** OLE compound file: old binary Excel (.xls), and also what Office wraps a password-protected .xlsx in. */
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream an encrypted Office file keeps its workbook in, named in the compound file's directory (UTF-16). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
const LOOK_BYTES = 64 * 1024;

/** The container of the file at `path`, from its first bytes (a read error is left to the reader, which reports it). */
export function containerOf(path: PathLike): Container {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return 'other';
  }
  try {
    const head = Buffer.alloc(LOOK_BYTES);
    const bytes = head.subarray(0, readSync(fd, head, 0, LOOK_BYTES, 0));
    if (bytes.subarray(0, 4).equals(ZIP) || bytes.subarray(0, 4).equals(EMPTY_ZIP)) return 'zip';
    if (!bytes.subarray(0, 8).equals(CFB)) return 'other';
    return bytes.includes(ENCRYPTED_PACKAGE) ? 'encrypted' : 'cfb';
  } catch {
    return 'other';
  } finally {
    closeSync(fd);
  }
}

const SAVE_AS = 'save it from the spreadsheet program as .xlsx or "CSV UTF-8"';

/**
 * Why a form export cannot be read as its name says, or undefined when it can: an old or an
 * encrypted workbook, an OpenDocument one, a workbook named .csv, or a .xlsx that is no zip.
 */
export function containerRefusal(file: string, container: Container): string | undefined {
  const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  if (container === 'encrypted') return `is a password-protected workbook; remove the password (File > Info > Protect Workbook in Excel) and ${SAVE_AS}`;
  if (extension === 'ods') return `is an OpenDocument spreadsheet (.ods); ${SAVE_AS}`;
  if (container === 'cfb' || extension === 'xls') return `is an old binary Excel workbook (.xls), which is not read; ${SAVE_AS}`;
  if (extension === 'xlsx' && container !== 'zip') return 'is not an Excel workbook: an .xlsx file is a zip, and this one is not (is it a CSV file named .xlsx?)';
  if (extension === 'csv' && container === 'zip') return 'is an Excel workbook, not CSV; name it .xlsx';
  return undefined;
}
