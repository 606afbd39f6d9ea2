// What scripts/build.mjs runs to train the code caches: every command the way people run it, on
// the repository's examples (`run` is interactive and left out: its bundles get top-level caches).
// `team` takes a glob, as people quote one, so the cache holds the glob parser too.
// The last run to load a bundle writes its cache, so --help, which every user meets, comes last.
import { join } from 'node:path';

const manager = 'examples/service-culture/manager.yaml';
const history = (name) => `examples/history/service-culture/${name}`;

/** Argument lists for the CLI; `out` is an empty temporary folder to write into. */
export function trainingRuns(out) {
  return [
    ['list'],
    ['show', 'service-culture'],
    ['validate', 'questionnaires/service-culture.yaml'],
    ['template', 'service-culture', '-o', join(out, 'template.yaml')],
    ['schema', 'answers'],
    ['score', manager],
    ['report', manager, '--compare', history('manager-2026-08.yaml'), '--target', history('target-2027.yaml'), '-o', join(out, 'report.md')],
    ['compare', history('manager-2026-08.yaml'), manager, '-o', join(out, 'compare.md')],
    ['trend', history('manager-2026-02.yaml'), history('manager-2026-05.yaml'), manager, '-o', join(out, 'trend.md')],
    ['import', 'examples/team/form-export.csv', '--map', 'examples/team/form-export.map.yaml', '-o', join(out, 'imported')],
    ['team', 'examples/team/answers', 'examples/team/*.csv', '--map', 'examples/team/form-export.map.yaml', '--group-by', 'role', '-o', join(out, 'team.md'), '--json', join(out, 'team.json')],
    ['--version'],
    ['--help'],
  ];
}
