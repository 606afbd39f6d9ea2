import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readCsvStream } from '../../../src/load/form-export.js';
import { parseAnswerFile } from '../../../src/answers/parse-answer-file.js';
import { parseAnswer } from '../../../src/answers/parse-answer.js';
import { parseQuestionnaire } from '../../../src/questionnaire/parse.js';
import { checkQuestionnaireRules } from '../../../src/questionnaire/rules.js';
import { formatProblem } from '../../../src/util/errors.js';
import { closestMatch } from '../../../src/util/suggest.js';
import { rawQuestionnaireWith } from '../../helpers/hostile-questionnaire.js';
import { tinyQuestionnaire } from '../../helpers/tiny-questionnaire.js';

// Every limit in src/util/limits.ts ends in one sentence naming the field (README "Limits").

const problemsOf = (run: () => unknown): string[] => {
  try {
    run();
    return [];
  } catch (error) {
    return ((error as { problems?: { path?: string; message: string }[] }).problems ?? []).map((p) => `${p.path ?? ''}: ${p.message}`);
  }
};
type RawQuestionnaire = ReturnType<typeof rawQuestionnaireWith>;
const questionnaireProblems = (edit: (q: RawQuestionnaire) => void) => {
  const raw = rawQuestionnaireWith('Plain');
  edit(raw);
  return problemsOf(() => parseQuestionnaire('q.yaml', stringify(raw, { aliasDuplicateObjects: false })));
};

describe('questionnaire limits', () => {
  it.each<[string, (q: RawQuestionnaire) => void, string]>([
    ['a 201-character title', (q) => (q.title = 't'.repeat(201)), 'title: must be at most 200 characters'],
    ['a 65-character id', (q) => (q.id = 'i'.repeat(65)), 'id: must be at most 64 characters'],
    ['a 2,001-character question', (q) => (q.sections[0]!.questions[0]!.text = 'q'.repeat(2_001)), 'sections[0].questions[0].text: must be at most 2000 characters'],
    ['a 5,001-character description', (q) => (q.description = 'd'.repeat(5_001)), 'description: must be at most 5000 characters'],
    ['51 options', (q) => ((q.sections[0]!.questions[1] as { options: unknown[] }).options = Array.from({ length: 51 }, (_, i) => ({ label: `o${i}`, score: i }))), 'sections[0].questions[1].options: allows at most 50 items'],
    ['21 bands', (q) => (q.rubric = Array.from({ length: 21 }, (_, i) => ({ min: i, label: `b${i}`, summary: 's' }))), 'rubric: allows at most 20 items'],
    ['101 sections', (q) => (q.sections = Array.from({ length: 101 }, (_, i) => ({ ...q.sections[1]!, id: `s${i}`, questions: [{ id: `q${i}`, text: 't', type: 'yesno' }] })) as never), 'sections: allows at most 100 items'],
    ['a weight of 1,001', (q) => ((q.sections[1] as { weight?: number }).weight = 1_001), 'sections[1].weight: must be at most 1000'],
    ['an option worth 10 million', (q) => ((q.sections[0]!.questions[1] as { options: { score: number }[] }).options[0]!.score = 1e7), 'sections[0].questions[1].options[0].score: must be at most 1000000'],
    ['a rating up to 1e308', (q) => ((q.sections[1]!.questions[2] as { max?: number }).max = 1e308), 'sections[1].questions[2].max: must be at most 1000000'],
    ['a scale name of 201 characters', (q) => (q.scales = { ['s'.repeat(201)]: ['a', 'b'], agreement: q.scales.agreement }), 'scales: has a key that must be at most 200 characters'],
  ])('%s', (_name, edit, expected) => {
    expect(questionnaireProblems(edit)).toContain(expected.replace(/^scales: /, `scales["${'s'.repeat(60)}…" (201 characters)]: `));
  });

  it('more than 500 questions', () => {
    const questions = Array.from({ length: 501 }, (_, i) => ({ id: `q${i}`, text: 't', type: 'yesno' }));
    expect(questionnaireProblems((q) => (q.sections = [{ ...q.sections[1]!, questions } as never]))).toEqual(
      expect.arrayContaining(['sections: has 501 questions; the limit is 500', 'sections[0].questions: allows at most 500 items']),
    );
  });

  it('rules survive lists far longer than the schema allows (a spread of 200,000 overflowed the stack)', () => {
    const raw = rawQuestionnaireWith('Plain');
    const options = Array.from({ length: 200_000 }, () => ({ label: 'same', score: 1 }));
    (raw.sections[0]!.questions[1] as { options: unknown[] }).options = options;
    raw.rubric = Array.from({ length: 200_000 }, (_, i) => ({ min: i + 1, label: `b${i}`, summary: '' }));
    const messages = checkQuestionnaireRules(raw).map((v) => v.message);
    expect(messages).toContain('bands leave a gap: scores from 0 to below 1 fall in no band; the lowest band needs min: 0');
    expect(messages).toContain('every option scores 1, so the question cannot tell answers apart; give the options different scores');
  });
});

describe('answer limits', () => {
  const questionnaire = parseQuestionnaire('q.yaml', stringify(rawQuestionnaireWith('Plain')));
  const answerProblems = (file: object) => problemsOf(() => parseAnswerFile('a.yaml', stringify(file), () => questionnaire));

  it.each<[string, object, string]>([
    ['a 10,001-character free-text answer', { answers: { a4: 'x'.repeat(10_001) } }, 'answers.a4: is 10001 characters long; a free-text answer may have at most 10000'],
    ['a 201-character respondent name', { respondent: { name: 'n'.repeat(201) } }, 'respondent.name: must be at most 200 characters'],
    ['a 201-character custom attribute', { respondent: { site: 's'.repeat(201) } }, 'respondent.site: must be at most 200 characters'],
    ['a multi answer of 51 labels', { answers: { a3: Array.from({ length: 51 }, () => 'Plain m') } }, 'answers.a3: allows at most 50 items'],
    ['501 answers', { answers: Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`k${i}`, 1])) }, 'answers: has 501 entries; a questionnaire has at most 500 questions'],
    ['a date with text after it', { completed: '2026-11-20 <script>' }, 'completed: must be a date like 2026-11-20, or a date-time like 2026-11-20T14:05:00Z'],
    ['a hash that is not one', { questionnaireHash: 'sha256:xyz' }, 'questionnaireHash: must be "sha256:" and 64 hex digits, as `template` writes it; delete the line if unsure'],
  ])('%s', (_name, fields, expected) => {
    expect(answerProblems({ questionnaire: 'hostile', ...fields })).toEqual([expected]);
  });

  it('a value of a million characters is echoed cut short, and a run of digits is no slow regex', () => {
    const rating = questionnaire.sections[1]!.questions[2]!;
    const result = parseAnswer(rating, `${'9'.repeat(1_000_000)}x`, questionnaire);
    expect(result).toEqual({ ok: false, message: `must be a number from 0 to 10 (got "${'9'.repeat(60)}…" (1000001 characters))` });
  });

  it('a multi answer of 20,000 comma-joined labels is read, and one that almost splits is refused at once', () => {
    const multi = questionnaire.sections[0]!.questions[2]!;
    // The split was recursive: a stack frame per piece (RangeError at 20,000), cubic time to fail.
    expect(parseAnswer(multi, Array(20_000).fill('Plain m').join(','), questionnaire)).toEqual({ ok: true, answer: { kind: 'multi', indices: [0] } });
    expect(parseAnswer(multi, `${Array(3_000).fill('Plain m').join(',')},x`, questionnaire)).toMatchObject({ ok: false });
  });

  it('a multi answer in one cell may name labels that hold ";" or ","', () => {
    const raw = rawQuestionnaireWith('Plain');
    (raw.sections[0]!.questions[2] as { options: { label: string; score: number }[] }).options = [
      { label: 'Phone; or text', score: 1 },
      { label: 'Email, or post', score: 1 },
      { label: 'Chat', score: 1 },
    ];
    const withSeparators = parseQuestionnaire('q.yaml', stringify(raw));
    const multi = withSeparators.sections[0]!.questions[2]!;
    expect(parseAnswer(multi, 'Phone; or text', withSeparators)).toEqual({ ok: true, answer: { kind: 'multi', indices: [0] } });
    expect(parseAnswer(multi, 'Phone; or text;Chat', withSeparators)).toEqual({ ok: true, answer: { kind: 'multi', indices: [0, 2] } });
    expect(parseAnswer(multi, 'Email, or post, Chat', withSeparators)).toEqual({ ok: true, answer: { kind: 'multi', indices: [1, 2] } });
  });

  it('"did you mean" skips candidates whose length rules them out, so a 1 MB key costs nothing', () => {
    expect(closestMatch('k'.repeat(1_000_000), ['policy-for-whom', 'k'.repeat(10)])).toBeUndefined();
    expect(closestMatch('polcy-for-whom', ['policy-for-whom', 'k'])).toBe('policy-for-whom');
  });
});

describe('CSV limits', () => {
  const read = async (text: string) => {
    const messages: string[] = [];
    let rows = 0;
    for await (const event of readCsvStream('f.csv', Readable.from([text]), tinyQuestionnaire)) {
      if (event.kind === 'problems') messages.push(...event.problems.map(formatProblem));
      if (event.kind === 'response') rows++;
    }
    return { messages, rows };
  };

  it('has no row limit: rows stream on (import limits what it holds; see tests/cli/import-json-cli.test.ts)', async () => {
    const { messages, rows } = await read(`q1\n${'Agree\n'.repeat(100_001)}`);
    expect(messages).toEqual([]);
    expect(rows).toBe(100_001);
  });

  it('stops after 10,000 invalid rows, as every problem is held until the run ends', async () => {
    const { messages, rows } = await read(`q1,q4\n${'Agree,eleven\n'.repeat(10_005)}`);
    expect(rows).toBe(0);
    expect(messages).toHaveLength(10_001);
    expect(messages.at(-2)).toMatch(/^f\.csv:10001:2 column 2 "q4": /);
    expect(messages.at(-1)).toBe('f.csv: stopped reading after 10000 invalid rows; fix what the problems above say and run again');
  });

  it('refuses more than 1,000 columns', async () => {
    const header = ['q1', ...Array.from({ length: 1_000 }, (_, i) => `extra ${i}`)].join(',');
    expect((await read(`${header}\nAgree\n`)).messages).toEqual(['f.csv:1:1: has 1001 columns; the limit is 1000 (is it a form export, saved comma-separated?)']);
  });

  it('refuses a row of more than a million characters, as an unclosed quote makes', async () => {
    const { messages } = await read(`q1,q5\nAgree,"never closed\n${'more text\n'.repeat(110_000)}`);
    expect(messages).toEqual([expect.stringMatching(/^f\.csv:\d+:1: has a row longer than 1048576 characters; a quote that is never closed makes the rest of the file one cell$/)]);
  });

  it('limits respondent attributes as answer files do', async () => {
    expect((await read(`q1,team\nAgree,${'t'.repeat(201)}\n`)).messages).toEqual([
      'f.csv:2:2 column 2 "team": is 201 characters long; a respondent attribute may have at most 200',
    ]);
  });
});
