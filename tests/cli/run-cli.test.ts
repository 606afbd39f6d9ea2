import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('culture-audit run (spawned, no terminal)', () => {
  it('says in one line that it needs a terminal and points to template + score/report; exit 2', () => {
    const result = runCli(['run', 'five-ways']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('culture-audit: `run` needs a terminal to ask questions in, and stdin is not one.');
    expect(result.stderr).toContain('`culture-audit template <questionnaire>`');
    expect(result.stderr).toContain('`culture-audit score` or `culture-audit report`');
  });

  it('refuses flags of a new run with --resume before anything else; exit 2', () => {
    const result = runCli(['run', '--resume', 'a.yaml', '--role', 'owner']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr.trim()).toBe('culture-audit: --resume continues a file as it is; --role applies only to a new run');
  });

  it('has examples and the keys in --help', () => {
    const result = runCli(['run', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('$ culture-audit run --resume answers/service-culture-anna.yaml');
    expect(result.stdout).toContain('"← Back" (or typing < in a typed answer) returns to the previous question');
    expect(result.stdout).toContain('--no-report');
  });
});
