import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers/scoring.js';
import { runCli, tempDir } from '../helpers/cli.js';

// A multi question asked but not scored (`scoring: none`, tests/fixtures/unscored-multi): the
// individual report shows what was ticked, the team report counts each option.

const cwd = fixturePath('unscored-multi');
const run = (...args: string[]) => runCli([...args, '-q', 'unscored.yaml'], { cwd });

// ann: Customers, Colleagues; bob: Customers, the owner; cat: None of these; dan: not answered.
// 3 answered: Customers 2/3, Colleagues 1/3, the owner 1/3, None of these 1/3.
const COUNTS = [
  { label: 'Customers', count: 2, share: 2 / 3 },
  { label: 'Colleagues', count: 1, share: 1 / 3 },
  { label: '<b>The owner</b> *only*', count: 1, share: 1 / 3 },
  { label: 'None of these', count: 1, share: 1 / 3 },
];

describe('unscored multi questions in reports', () => {
  it('never count in the score', () => {
    const result = run('score', 'answers/bob.yaml', '--json');
    expect(result.code).toBe(0);
    // Only q1 is scored: "Strongly agree" is 5 of 5 → (5-1)/(5-1) = 1 → 100, all of the scored weight answered.
    expect(JSON.parse(result.stdout).overall).toEqual({ score: 100, band: 'High', coverage: 1 });
  });

  it('the individual report lists what was ticked, escaped', () => {
    const result = run('report', 'answers/bob.yaml', '-o', '-');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('## What they ticked\n\nQuestions asked but not scored.\n\n**Whom do you serve?**\n\n- Customers\n- &lt;b&gt;The owner&lt;/b&gt; \\*only\\*\n');
    expect(result.stdout).not.toContain('<b>');
  });

  it('the team report counts each option, in Markdown and JSON, from answer files and from a form export alike', () => {
    const markdown = run('team', 'answers', '-o', '-');
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain(
      [
        '### Whom do you serve?',
        '',
        '3 respondents answered; the shares are of them, and add up to more than 100% where they ticked several options.',
        '',
        '| Option | Respondents | Share |',
        '| --- | ---: | ---: |',
        '| Customers | 2 | 67% |',
        '| Colleagues | 1 | 33% |',
        '| &lt;b&gt;The owner&lt;/b&gt; \\*only\\* | 1 | 33% |',
        '| None of these | 1 | 33% |',
      ].join('\n'),
    );
    for (const input of ['answers', 'export.csv']) {
      const json = run('team', input, '--json', '-');
      expect(json.code, input).toBe(0);
      expect(JSON.parse(json.stdout).ticked, input).toEqual([{ question: 'serve', section: 's1', respondents: 3, options: COUNTS }]);
    }
  });

  it('withholds the counts when fewer than the anonymity threshold answered', () => {
    const markdown = run('team', 'answers', '--min-group', '4', '-o', '-');
    expect(markdown.stdout).toContain('3 respondents answered, fewer than the anonymity threshold of 4: the counts are not shown.');
    expect(markdown.stdout).not.toContain('| Customers |');
    const json = run('team', 'answers', '--min-group', '4', '--json', '-');
    expect(JSON.parse(json.stdout).ticked).toEqual([{ question: 'serve', section: 's1', respondents: 3, options: null }]);
  });

  it('a team JSON file with the counts is read back by team --compare', () => {
    const dir = tempDir();
    const previous = join(dir, 'previous.json');
    writeFileSync(previous, run('team', 'answers', '--json', '-').stdout);
    const result = run('team', 'answers', '--compare', previous, '-o', '-');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('## Since last time');
  });
});
