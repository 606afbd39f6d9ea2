// Regenerates the sample reports in reports/examples/ (`npm run examples`): a report with its
// charts for every answer file in examples/<questionnaire>/, plus a comparison, a trend and a
// report with --compare and --target from examples/history/, a team report of the customer survey's
// sample answers (a customer's own report is not what a business reads), and the mirror of
// examples/five-ways/ beside examples/five-ways-customers/. tests/cli/example-reports.test.ts
// fails when they are stale.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const exampleAnswerFiles = readdirSync('examples', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !['team', 'history', 'five-ways-customers'].includes(entry.name))
  .flatMap((dir) => readdirSync(join('examples', dir.name)).filter((f) => f.endsWith('.yaml')).map((f) => join('examples', dir.name, f)))
  .sort();

export function exampleReportPath(answerFile) {
  const [, questionnaire, name] = answerFile.split('/');
  return join('reports', 'examples', `${questionnaire}-${name.replace(/\.yaml$/, '')}.md`);
}

const history = (name) => join('examples', 'history', 'service-culture', name);
const manager = join('examples', 'service-culture', 'manager.yaml');
const customers = join('examples', 'five-ways-customers');

/** Every sample: the command line without `-o`, and the report it writes (charts go beside it). */
export const exampleRuns = [
  ...exampleAnswerFiles.map((file) => ({ args: ['report', file], out: exampleReportPath(file) })),
  {
    args: ['report', manager, '--compare', history('manager-2026-08.yaml'), '--target', history('target-2027.yaml')],
    out: join('reports', 'examples', 'service-culture-manager-with-history.md'),
  },
  {
    args: ['compare', history('manager-2026-08.yaml'), manager, '--target', history('target-2027.yaml')],
    out: join('reports', 'examples', 'service-culture-manager-compare.md'),
  },
  {
    args: ['trend', history('manager-2026-02.yaml'), history('manager-2026-05.yaml'), history('manager-2026-08.yaml'), manager],
    out: join('reports', 'examples', 'service-culture-manager-trend.md'),
  },
  {
    args: ['team', join('examples', 'five-ways-customers'), '--group-by', 'customer-type'],
    out: join('reports', 'examples', 'five-ways-customers-team.md'),
  },
  {
    args: ['mirror', join('examples', 'five-ways'), '--customers', customers],
    out: join('reports', 'examples', 'five-ways-mirror.md'),
  },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(join('reports', 'examples'), { recursive: true });
  for (const { args, out } of exampleRuns) {
    execFileSync(process.execPath, ['bin/culture-audit.js', ...args, '-o', out, '--force'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NO_COLOR: '1' } });
    console.log(out);
  }
}
