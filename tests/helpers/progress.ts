import { join } from 'node:path';
import { loadAssessment } from '../../src/load/assessment.js';
import { requireAnswerFile } from '../../src/scoring/assessment.js';
import { repoRoot } from './cli.js';

/** tests/fixtures/progress: the `pulse` questionnaire and four dated answer files. */
export const progressDir = join(repoRoot, 'tests', 'fixtures', 'progress');

export function progressAssessment(name: string) {
  return requireAnswerFile(loadAssessment(join(progressDir, name), { cwd: progressDir }), 'a test');
}
