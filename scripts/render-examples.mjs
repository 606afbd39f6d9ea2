// Regenerates the sample reports in reports/examples/ from the answer files in examples/
// (`npm run examples`). tests/example-reports.test.ts fails when they are stale.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const exampleAnswerFiles = readdirSync('examples', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'team')
  .flatMap((dir) => readdirSync(join('examples', dir.name)).filter((f) => f.endsWith('.yaml')).map((f) => join('examples', dir.name, f)))
  .sort();

export function exampleReportPath(answerFile) {
  const [, questionnaire, name] = answerFile.split('/');
  return join('reports', 'examples', `${questionnaire}-${name.replace(/\.yaml$/, '')}.md`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(join('reports', 'examples'), { recursive: true });
  for (const file of exampleAnswerFiles) {
    const out = exampleReportPath(file);
    execFileSync(process.execPath, ['bin/culture-audit.js', 'report', file, '-o', out, '--force'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NO_COLOR: '1' } });
    console.log(out);
  }
}
