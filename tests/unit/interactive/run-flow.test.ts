import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAnswerFile } from '../../../src/load/answer-file.js';
import { runRun, type RunOptions } from '../../../src/cli/actions/run.js';
import { questionnaireHash } from '../../../src/questionnaire/hash.js';
import { loadQuestionnaireFile } from '../../../src/load/questionnaire.js';
import { tempDir } from '../../helpers/cli.js';
import { memoryIo } from '../../helpers/memory-io.js';
import { answer, ask, BACK, FINISH, NA, review, SKIP, scriptedPrompter, type Step } from '../../helpers/scripted-prompter.js';

const FIXTURE = join(import.meta.dirname, '../../fixtures/interactive-run');
const { questionnaire } = loadQuestionnaireFile(join(FIXTURE, 'questionnaires/all-types.yaml'));
const NOW = new Date('2026-11-23T10:15:00Z');
const root = tempDir('culture-audit-run-');
const FLAGS: RunOptions = { anonymous: true, role: 'manager', team: 'north' };

/** A fresh working folder holding ./questionnaires/all-types.yaml. */
function workspace(): string {
  const dir = mkdtempSync(join(root, 'ws-'));
  cpSync(join(FIXTURE, 'questionnaires'), join(dir, 'questionnaires'), { recursive: true });
  return dir;
}

async function run(cwd: string, reference: string | undefined, options: RunOptions, script: Step[]) {
  const io = memoryIo(cwd);
  const prompter = scriptedPrompter(script);
  const code = await runRun(reference, options, io, { prompter, stdinIsTTY: true, now: () => NOW });
  expect(prompter.remaining(), 'every scripted prompt was asked').toBe(0);
  return { code, io, prompter };
}

const ALL_ANSWERED: Step[] = [
  ask('agree', answer('Agree')),
  ask('pick', answer('Same day')),
  ask('yes-or-no', answer('yes')),
  ask('rate', answer('4')),
  ask('channels', answer(['Phone', 'Chat'])),
  ask('comment', answer('Quick: "replies" & <b>')),
];

describe('run: a whole audit with scripted answers', () => {
  it('asks the respondent, every question type in order, reviews, and writes answers, results and report', async () => {
    const cwd = workspace();
    const { code, io } = await run(cwd, 'all-types', {}, [
      { detail: 'name', reply: 'Anna Example' },
      { detail: 'role', reply: 'owner' },
      { detail: 'team', reply: '' },
      ask('agree', answer('Agree'), (view) => {
        expect(view.progress).toMatchObject({ questionNumber: 1, questionCount: 6, sectionNumber: 1, sectionCount: 2, sectionIntro: 'Scales and choices.', seen: 0 });
        expect(view).toMatchObject({ canSkip: false, canNA: false, back: undefined, labels: questionnaire.scales?.agreement });
      }),
      ask('pick', answer('Same day'), (view) => {
        expect(view.progress).toMatchObject({ questionNumber: 2, seen: 1, sectionIntro: undefined });
        expect(view).toMatchObject({ canSkip: true, canNA: true, back: 'previous question', labels: ['Same day', 'Within a week', 'Never'] });
      }),
      ...ALL_ANSWERED.slice(2),
      review(FINISH, (view) => expect(view).toMatchObject({ answered: 6, count: 6, missingRequired: 0 })),
    ]);
    expect(code).toBe(0);

    // The file is exactly what `score` and `report` read, in questionnaire order.
    const file = join(cwd, 'answers/all-types-anna-example.yaml');
    expect(readFileSync(file, 'utf8')).toBe(
      [
        '# Written by `culture-audit run` after every answer. A question set to null was skipped.',
        '# An unfinished run continues with: culture-audit run --resume <this file>',
        '# (npx culture-audit run --resume <this file> where culture-audit is installed in the project).',
        'questionnaire: all-types',
        'version: 2',
        `questionnaireHash: ${questionnaireHash(questionnaire)}`,
        'respondent:',
        '  name: Anna Example',
        '  role: owner',
        'started: 2026-11-23T10:15:00.000Z',
        `completed: ${localDate(NOW)}`,
        'answers:',
        '  agree: Agree',
        '  pick: Same day',
        '  yes-or-no: yes',
        '  rate: 4',
        '  channels:',
        '    - Phone',
        '    - Chat',
        `  comment: 'Quick: "replies" & <b>'`,
        '',
      ].join('\n'),
    );
    const loaded = loadAnswerFile(file, { cwd });
    expect(loaded.response.answers.channels).toEqual({ kind: 'multi', indices: [0, 2] });

    // Basics: Agree (4 of 5) = 0.75, Same day = 1, yes = 1 → 91.67, shown as 91.7. More: rating 4 of 1..5 = 0.75,
    // Phone + Chat = 2/3 → 70.8. Overall (2 × 91.67 + 70.83) / 3 = 84.7.
    const out = io.stdout();
    expect(out).toContain('Overall 84.7 Good');
    expect(out).toMatch(/Basics .* 91\.7 Good/);
    expect(out).toMatch(/More .* 70\.8 Good/);
    // Only Basics has a recommendation for "Good".
    expect(out).toContain('What to do first:\n  1. Keep the basics going. (Basics, Good)');
    expect(out).toContain('Answers: answers/all-types-anna-example.yaml');
    expect(out).toContain('Report:  reports/all-types-anna-example.md');
    expect(readFileSync(join(cwd, 'reports/all-types-anna-example.md'), 'utf8')).toContain('**Overall score: 84.7 out of 100, Good.**');
  });

  it('goes back with the answer preselected, records n/a and skips, and changes an answer from the review', async () => {
    const cwd = workspace();
    const { code } = await run(cwd, 'all-types', { ...FLAGS, output: 'out/run.yaml', report: false }, [
      ask('agree', answer('Disagree')),
      ask('pick', BACK),
      ask('agree', answer('Strongly agree'), (view) => expect(view.current).toEqual({ kind: 'answer', raw: 'Disagree' })),
      ask('pick', NA, (view) => expect(view.current).toBeUndefined()),
      ask('yes-or-no', SKIP),
      ask('rate', answer('n/a'), (view) => expect(view.check('9')).toBe('Must be a number from 1 to 5 (got "9")')),
      ask('channels', answer([])),
      ask('comment', SKIP),
      review({ kind: 'change', index: 2 }, (view) => {
        expect(view).toMatchObject({ answered: 4, count: 6 });
        expect(view.sections[0]?.entries.map((entry) => entry.answer)).toEqual(['Strongly agree', 'n/a', undefined]);
        expect(view.sections[1]?.entries.map((entry) => entry.answer)).toEqual(['n/a', '(none)', undefined]);
      }),
      ask('yes-or-no', answer('no'), (view) => expect(view).toMatchObject({ back: 'review', current: { kind: 'skip' } })),
      review(FINISH),
      { confirm: true },
    ]);
    expect(code).toBe(0);
    const written = loadAnswerFile(join(cwd, 'out/run.yaml'), { cwd }).answerFile;
    expect(written.respondent).toEqual({ role: 'manager', team: 'north' });
    expect(written.answers).toEqual({ agree: 'Strongly agree', pick: 'n/a', 'yes-or-no': 'no', rate: 'n/a', channels: [], comment: null });
    expect(existsSync(join(cwd, 'reports'))).toBe(false);
  });

  it('keeps the answers on Ctrl+C, says how to resume, and resumes at the first open question', async () => {
    const cwd = workspace();
    const stopped = await run(cwd, 'all-types', { ...FLAGS, output: 'a.yaml' }, [...ALL_ANSWERED.slice(0, 2), ask('yes-or-no', 'interrupt')]);
    expect(stopped.code).toBe(130);
    expect(stopped.io.stderr()).toBe(['Stopped. 2 answers are saved in a.yaml.', 'Continue where you left off with:', '  culture-audit run --resume a.yaml'].join('\n'));
    const partial = loadAnswerFile(join(cwd, 'a.yaml'), { cwd, partial: true }).answerFile;
    expect(partial.answers).toEqual({ agree: 'Agree', pick: 'Same day' });
    expect(partial.completed).toBeUndefined();

    const resumed = await run(cwd, undefined, { resume: 'a.yaml' }, [
      ask('yes-or-no', BACK, (view) => expect(view.progress.seen).toBe(2)),
      ask('pick', answer('Never'), (view) => expect(view.current).toEqual({ kind: 'answer', raw: 'Same day' })),
      ...ALL_ANSWERED.slice(2),
      review(FINISH),
    ]);
    expect(resumed.code).toBe(0);
    const final = loadAnswerFile(join(cwd, 'a.yaml'), { cwd }).answerFile;
    expect(final).toMatchObject({ respondent: { role: 'manager', team: 'north' }, started: NOW.toISOString(), completed: localDate(NOW) });
    expect(final.answers?.pick).toBe('Never');
  });

  it('resuming a finished file opens the review', async () => {
    const cwd = workspace();
    await run(cwd, 'all-types', { ...FLAGS, output: 'done.yaml', report: false }, [...ALL_ANSWERED, review(FINISH)]);
    const again = await run(cwd, undefined, { resume: 'done.yaml', report: false }, [review(FINISH)]);
    expect(again.code).toBe(0);
  });

  it('saves nothing when stopped before the first question', async () => {
    const cwd = workspace();
    const io = memoryIo(cwd);
    const prompter = scriptedPrompter([]);
    prompter.respondentDetail = async () => {
      throw Object.assign(new Error('closed'), { name: 'ExitPromptError' });
    };
    expect(await runRun('all-types', {}, io, { prompter, stdinIsTTY: true, now: () => NOW })).toBe(130);
    expect(io.stderr()).toBe('Stopped before the first question; nothing was saved.');
    expect(existsSync(join(cwd, 'answers'))).toBe(false);
  });

  it('offers the questionnaires when none is named', async () => {
    const cwd = workspace();
    const { code, prompter } = await run(cwd, undefined, { ...FLAGS, output: 'x.yaml', report: false }, [
      { choose: 'all-types.yaml' },
      ...ALL_ANSWERED,
      review(FINISH),
    ]);
    expect(code).toBe(0);
    const menu = prompter.seen.find((seen) => seen.prompt === 'chooseQuestionnaire');
    const names = menu?.prompt === 'chooseQuestionnaire' ? menu.choices.map((choice) => choice.name) : [];
    expect(names).toContain('all-types: All question types');
    expect(names).toContain('service-culture: Service culture self-audit');
  });
});

describe('run: files it will not replace', () => {
  it('refuses to start a new run on an existing answer file, suggesting --resume; --force starts over', async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'taken.yaml'), 'questionnaire: all-types\n');
    const io = memoryIo(cwd);
    await expect(runRun('all-types', { ...FLAGS, output: 'taken.yaml' }, io, { prompter: scriptedPrompter([]), stdinIsTTY: true })).rejects.toThrow(
      'taken.yaml already exists. Continue it with `culture-audit run --resume taken.yaml`, start over with --force, or name another file with -o.',
    );
    const forced = await run(cwd, 'all-types', { ...FLAGS, output: 'taken.yaml', force: true, report: false }, [...ALL_ANSWERED, review(FINISH)]);
    expect(forced.code).toBe(0);
  });

  it('names the questionnaire file in the resume command when its id would not find it', async () => {
    const cwd = workspace();
    cpSync(join(FIXTURE, 'questionnaires/all-types.yaml'), join(cwd, 'elsewhere.yaml'));
    const { io } = await run(cwd, 'elsewhere.yaml', { ...FLAGS, output: 'e.yaml' }, [ask('agree', 'interrupt')]);
    expect(io.stderr()).toContain('culture-audit run elsewhere.yaml --resume e.yaml');
  });

  it('writes the report under the next free name rather than replacing one', async () => {
    const cwd = workspace();
    const first = await run(cwd, 'all-types', { respondent: 'Bo', role: 'x', team: '', output: 'one.yaml' }, [...ALL_ANSWERED, review(FINISH)]);
    const second = await run(cwd, 'all-types', { respondent: 'Bo', role: 'x', team: '', output: 'two.yaml' }, [...ALL_ANSWERED, review(FINISH)]);
    expect(first.io.stdout()).toContain('Report:  reports/all-types-bo.md');
    expect(second.io.stdout()).toContain('Report:  reports/all-types-bo-2.md');
  });

  it('rejects flags that do not fit together, and a missing terminal', async () => {
    const io = memoryIo(root);
    const deps = { prompter: scriptedPrompter([]), stdinIsTTY: true };
    await expect(runRun(undefined, { resume: 'a.yaml', role: 'x', output: 'b.yaml' }, io, deps)).rejects.toThrow(
      '--resume continues a file as it is; -o/--output, --role apply only to a new run',
    );
    await expect(runRun('all-types', { anonymous: true, respondent: 'Ann' }, io, deps)).rejects.toThrow(/--anonymous/);
    await expect(runRun('all-types', { output: '-' }, io, deps)).rejects.toThrow(/-o needs a file name/);
    await expect(runRun('all-types', {}, io, { ...deps, stdinIsTTY: false })).rejects.toThrow(/stdin is not one.*culture-audit template/);
  });
});

/** completed is the local date the run finished. */
function localDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
