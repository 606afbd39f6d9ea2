// Libraries a comparison bench tries (bench/csv-parsers.mjs, bench/xlsx-readers.mjs): each
// installed once into a folder of its own under the bench's temporary folder, never into the project.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A candidate's name as a folder name. */
export const slug = (name) => name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();

/** Installs each candidate's packages into `libs`/<slug of its name> unless they are there. */
export function installCandidates(libs, packagesByName) {
  for (const [name, packages] of Object.entries(packagesByName)) {
    const dir = join(libs, slug(name));
    if (existsSync(join(dir, 'node_modules'))) continue;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...packages], { cwd: dir, stdio: 'inherit' });
  }
}
