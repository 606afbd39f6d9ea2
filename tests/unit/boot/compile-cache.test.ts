import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleCacheFolder, compileCacheFolder, runKind } from '../../../src/boot/compile-cache.js';

describe('compileCacheFolder', () => {
  const home = () => '/home/ana';

  it("is the user's cache folder, never the installed package's", () => {
    expect(compileCacheFolder({}, home, 'linux')).toBe(join('/home/ana', '.cache', 'culture-audit'));
    expect(compileCacheFolder({ XDG_CACHE_HOME: '/var/cache/ana' }, home, 'linux')).toBe(join('/var/cache/ana', 'culture-audit'));
    expect(compileCacheFolder({ LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' }, home, 'win32')).toBe(join('C:\\Users\\ana\\AppData\\Local', 'culture-audit'));
  });

  it('is $CULTURE_AUDIT_CACHE when set, so a user can put it anywhere', () => {
    expect(compileCacheFolder({ CULTURE_AUDIT_CACHE: '/tmp/ca', XDG_CACHE_HOME: '/var/cache/ana' }, home, 'linux')).toBe('/tmp/ca');
  });
});

describe('bundleCacheFolder', () => {
  const home = () => '/home/ana';

  it("is none on the Node that built the bundles: it reads the build's caches beside them", () => {
    expect(bundleCacheFolder(process.version, ['score'], {}, home)).toBeUndefined();
  });

  it("is a folder per Node version and kind of run in the user's cache folder on any other Node", () => {
    expect(bundleCacheFolder('v20.0.0-not-this-one', ['score', 'a.yaml'], { CULTURE_AUDIT_CACHE: '/tmp/ca' }, home)).toBe(
      join('/tmp/ca', `bundles-${process.version}-${process.arch}`, 'score'),
    );
  });

  it('is none when NODE_DISABLE_COMPILE_CACHE is set, or there is no home folder', () => {
    expect(bundleCacheFolder('v20.0.0-not-this-one', ['score'], { NODE_DISABLE_COMPILE_CACHE: '1' }, home)).toBeUndefined();
    const noHome = () => {
      throw new Error('no home');
    };
    expect(bundleCacheFolder('v20.0.0-not-this-one', ['score'], {}, noHome)).toBeUndefined();
  });
});

describe('runKind', () => {
  it('is help for help, and version for the version, wherever they are asked for', () => {
    for (const args of [[], ['--help'], ['-h'], ['help', 'score'], ['score', '--help'], ['--no-color', '--help'], ['--version', '--help']]) expect(runKind(args), args.join(' ')).toBe('help');
    for (const args of [['--version'], ['-V'], ['--no-color', '-V']]) expect(runKind(args), args.join(' ')).toBe('version');
  });

  it('is the command a run names, and other for anything that cannot be a command name', () => {
    expect(runKind(['score', 'a.yaml', '--json'])).toBe('score');
    expect(runKind(['team', 'answers/'])).toBe('team');
    expect(runKind(['../x'])).toBe('other');
    expect(runKind(['--no-color', 'score'])).toBe('other');
  });
});
