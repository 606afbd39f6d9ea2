import { packageInfo } from './package-root.js';

/** Written into the bundle by scripts/build.mjs (esbuild `define`); absent when running from source. */
declare const CULTURE_AUDIT_VERSION: string | undefined;

/**
 * The package version. The bundle carries it as a constant, so `--version` and every start-up
 * read no package.json; from source (tests) it comes from package.json.
 */
export function packageVersion(): string {
  return typeof CULTURE_AUDIT_VERSION === 'string' ? CULTURE_AUDIT_VERSION : packageInfo().version;
}
