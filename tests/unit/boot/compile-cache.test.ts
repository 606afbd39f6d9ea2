import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCacheFolder } from '../../../src/boot/compile-cache.js';

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
