import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser, NO_BROWSER } from '../../../src/print/find-browser.js';
import { printPdfs } from '../../../src/print/print-pdf.js';
import { tempDir } from '../../helpers/cli.js';

/** An executable file named `name` in a fresh folder: a stand-in browser, found but never run. */
function fakeBrowser(name: string): { folder: string; path: string } {
  const folder = tempDir();
  const path = join(folder, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return { folder, path };
}

describe('findBrowser', () => {
  it('takes --browser over CULTURE_AUDIT_BROWSER over PATH, and resolves it against cwd', () => {
    const given = fakeBrowser('my-chrome');
    const env = fakeBrowser('env-chrome');
    const onPath = fakeBrowser('chromium');
    expect(findBrowser('my-chrome', { CULTURE_AUDIT_BROWSER: env.path, PATH: onPath.folder }, given.folder)).toBe(given.path);
    expect(findBrowser(undefined, { CULTURE_AUDIT_BROWSER: env.path, PATH: onPath.folder }, '/')).toBe(env.path);
    expect(findBrowser(undefined, { PATH: onPath.folder }, '/')).toBe(onPath.path);
  });

  it('looks for the names in order, folder by folder, and skips what is not an executable file', () => {
    const first = tempDir();
    mkdirSync(join(first, 'chromium'));
    writeFileSync(join(first, 'chromium-browser'), '');
    const stable = fakeBrowser('google-chrome-stable');
    expect(findBrowser(undefined, { PATH: [first, stable.folder].join(':') }, '/')).toBe(stable.path);
  });

  it('without one: the one line that says what to do; a named one that is not there is refused by its name', () => {
    expect(() => findBrowser(undefined, { PATH: tempDir() }, '/')).toThrow(NO_BROWSER);
    expect(() => findBrowser(undefined, {}, '/')).toThrow(NO_BROWSER);
    expect(() => findBrowser('/nonexistent', { PATH: fakeBrowser('chromium').folder }, '/')).toThrow(/^--browser \/nonexistent: no executable file there/);
    expect(() => findBrowser(undefined, { CULTURE_AUDIT_BROWSER: '/nope' }, '/')).toThrow(/^CULTURE_AUDIT_BROWSER=\/nope: no executable file there/);
  });
});

const chromium = spawnSync('sh', ['-c', 'command -v chromium']).stdout?.toString().trim();
if (!chromium) console.log('note: no chromium on PATH; the PDF printing unit tests are skipped');

describe.skipIf(!chromium)('printPdfs with the installed chromium', () => {
  it('prints a self-contained page', async () => {
    const [pdf] = await printPdfs(['<!DOCTYPE html><html><body><h1>Hello</h1></body></html>'], chromium!, 'a4');
    expect(Buffer.from(pdf!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);

  it('refuses a page that asks for anything over the network, or a file', async () => {
    const html = '<!DOCTYPE html><html><head><link rel="stylesheet" href="https://example.com/x.css"></head><body><img src="file:///etc/hostname"></body></html>';
    await expect(printPdfs([html], chromium!, 'letter')).rejects.toThrow(/asked for (https:\/\/example\.com\/x\.css|file:\/\/\/etc\/hostname); it must make no request/);
  }, 60_000);
});
