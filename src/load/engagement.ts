import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ENGAGEMENT_FILE, parseEngagement, type Engagement } from '../formats/engagement/parse.js';
import { osPath } from '../util/os-path.js';
import { readInputText } from './read-input.js';

/**
 * The engagement file: the one named (--engagement), which must exist, else
 * culture-audit.engagement.yaml in `cwd` when there is one, else nothing.
 * Problems name the file as given, relative to `cwd`.
 */
export function loadEngagement(cwd: string, file?: string): Engagement {
  if (file !== undefined) return parseEngagement(file, readInputText(file, undefined, cwd));
  if (!existsSync(osPath(resolve(cwd, ENGAGEMENT_FILE)))) return {};
  return parseEngagement(ENGAGEMENT_FILE, readInputText(ENGAGEMENT_FILE, undefined, cwd));
}
