import { posix } from 'node:path';
import { isDateFormat, unescapeOoxml } from './cell-text.js';
import { parseXmlText } from './xml-events.js';

/** A sheet as the workbook lists it, with the zip path of its XML. */
export interface SheetRef {
  name: string;
  path: string;
}

export interface WorkbookInfo {
  sheets: SheetRef[];
  /** Old Mac workbooks count days from 1904-01-01. */
  date1904: boolean;
  sharedStringsPath?: string;
  stylesPath?: string;
}

/** The relationships of a part (`_rels/x.xml.rels`): id → { type, zip path }. */
export function parseRelationships(text: string, relsPath: string): Map<string, { type: string; path: string }> {
  // Targets are relative to the folder of the part the .rels file belongs to (`xl/` for xl/_rels/workbook.xml.rels).
  const base = posix.dirname(posix.dirname(relsPath));
  const relations = new Map<string, { type: string; path: string }>();
  parseXmlText(relsPath, text, {
    open(name, attributes) {
      if (name !== 'Relationship' || !attributes.Id || !attributes.Target) return;
      const target = attributes.Target;
      const path = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(base, target));
      relations.set(attributes.Id, { type: attributes.Type ?? '', path });
    },
  });
  return relations;
}

/** The sheets in the workbook's order, the date system, and where the shared strings and styles are. */
export function parseWorkbook(text: string, workbookPath: string, relations: Map<string, { type: string; path: string }>): WorkbookInfo {
  const sheets: SheetRef[] = [];
  let date1904 = false;
  parseXmlText(workbookPath, text, {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      if (name !== 'sheet') return;
      const id = Object.entries(attributes).find(([key]) => key === 'r:id' || key.endsWith(':id'))?.[1];
      const relation = id === undefined ? undefined : relations.get(id);
      // Chart sheets have no cells: they are listed but cannot be read as rows.
      if (relation && relation.type.endsWith('/worksheet')) sheets.push({ name: attributes.name ?? '', path: relation.path });
    },
  });
  // By the end of the type: Strict OOXML (ISO 29500) names the same relationships under another namespace.
  const byType = (type: string) => [...relations.values()].find((relation) => relation.type.endsWith(`/${type}`))?.path;
  return { sheets, date1904, sharedStringsPath: byType('sharedStrings'), stylesPath: byType('styles') };
}

/** For each cell style (a cell's `s` attribute), whether its number format shows a date. */
export function parseDateStyles(text: string, stylesPath: string): boolean[] {
  const codes = new Map<number, string>();
  const dateStyles: boolean[] = [];
  let inCellXfs = false;
  parseXmlText(stylesPath, text, {
    open(name, attributes) {
      if (name === 'numFmt') codes.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        dateStyles.push(isDateFormat(id, codes.get(id)));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return dateStyles;
}

/**
 * The shared strings, in order: the text of each `<si>`, its rich-text runs joined, without the
 * phonetic guide (`<rPh>`, the reading of Japanese text) that is not part of the cell's text.
 */
export function parseSharedStrings(text: string, path: string): string[] {
  const strings: string[] = [];
  let current: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  parseXmlText(path, text, {
    open(name) {
      if (name === 'si') current = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't') inText = phonetic === 0;
    },
    text(chunk) {
      if (inText && current) current.push(chunk);
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && current) {
        strings.push(unescapeOoxml(current.join('')));
        current = undefined;
      }
    },
  });
  return strings;
}
