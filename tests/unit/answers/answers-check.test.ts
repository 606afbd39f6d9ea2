import { describe, expect, it } from 'vitest';
import { checkAnswerFileShape, checkAnswers } from '../../../src/answers/check.js';
import { formatProblem } from '../../../src/util/errors.js';
import { parseYamlSource } from '../../../src/util/yaml-source.js';
import { fixturePath, questionnaireFromFile } from '../../helpers/scoring.js';

const mini = questionnaireFromFile(fixturePath('scoring', 'mini.yaml'));
const requiredMini = questionnaireFromFile(fixturePath('scoring', 'mini.yaml'));
requiredMini.sections[0]!.questions[0]!.required = true;

function problems(yaml: string, questionnaire = mini): string[] {
  const parsed = parseYamlSource('a.yaml', yaml);
  if (!parsed.ok) return parsed.problems.map(formatProblem);
  const shape = checkAnswerFileShape(parsed.source);
  if (!shape.ok) return shape.problems.map(formatProblem);
  const checked = checkAnswers(parsed.source, shape.file, questionnaire);
  return checked.ok ? [] : checked.problems.map(formatProblem);
}

function checked(yaml: string, questionnaire = mini) {
  const parsed = parseYamlSource('a.yaml', yaml);
  if (!parsed.ok) throw new Error('not YAML');
  const shape = checkAnswerFileShape(parsed.source);
  if (!shape.ok) throw new Error('not an answer file');
  const result = checkAnswers(parsed.source, shape.file, questionnaire);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result;
}

describe('answer files checked against their questionnaire', () => {
  it('accepts labels in any case, positions, yes/no words, numeric strings and n/a where allowed', () => {
    expect(problems('questionnaire: mini\nanswers:\n  l1: agree\n  l2: 2\n  c1: ALWAYS\n  y1: N/A\n  r1: "4.5"\n  m1: Phone;Email\n  g1: n/a\n')).toEqual([]);
  });

  it.each([
    ['an unknown question id, with a hint', '  l3: 4', 'a.yaml:3:3 answers.l3: unknown question id "l3" (did you mean "l1"?)'],
    ['a scale position out of range', '  l1: 6', 'a.yaml:3:7 answers.l1: must be a scale position 1..5 or one of: Strongly disagree, Disagree, Neither, Agree, Strongly agree (got 6)'],
    ['a label that is not on the scale', '  l1: Maybe', 'a.yaml:3:7 answers.l1: must be a scale position 1..5 or one of: Strongly disagree, Disagree, Neither, Agree, Strongly agree (got "Maybe")'],
    ['a choice that is not an option', '  c1: Often', 'a.yaml:3:7 answers.c1: must be one of: Never, Sometimes, Always (got "Often")'],
    ['a rating out of range', '  r1: 9', 'a.yaml:3:7 answers.r1: must be a number from 1 to 5 (got 9)'],
    ['a multi label that is not an option', '  m1: [Phone, Fax]', 'a.yaml:3:7 answers.m1: must be a list of: Phone, Email, Chat, None (got "Fax")'],
    ['a yes/no answered with a number', '  y1: 3', 'a.yaml:3:7 answers.y1: must be yes or no (got 3)'],
    ['n/a where it is not allowed', '  l1: n/a', 'a.yaml:3:7 answers.l1: "n/a" is not allowed for this question (it has no `allowNA: true`)'],
    ['text given as a list', '  t1: [a, b]', 'a.yaml:3:7 answers.t1: must be text (got ["a","b"])'],
  ])('reports %s at its line and column', (_name, line, expected) => {
    expect(problems(`questionnaire: mini\nanswers:\n${line}\n`)).toEqual([expected]);
  });

  it('reports a missing required answer', () => {
    expect(problems('questionnaire: mini\nanswers:\n  l2: 1\n', requiredMini)).toEqual(['a.yaml:2:1 answers: required question "l1" is not answered']);
  });

  it('refuses answers to another questionnaire, whatever their version', () => {
    expect(problems('questionnaire: other\nversion: 2\nanswers: {}\n')).toEqual([
      'a.yaml:1:16 questionnaire: these answers are for "other", not for "mini", the questionnaire they are checked against',
    ]);
  });

  it('scores answers for another version against the current questions, skipping what no longer fits with warnings', () => {
    const yaml = 'questionnaire: mini\nversion: 0\nanswers:\n  l1: 4\n  gone: 1\n  old: x\n  c1: Often\n  y1: yes\n';
    expect(problems(yaml, requiredMini)).toEqual([]);
    const { response, warnings } = checked(yaml, requiredMini);
    expect(Object.keys(response.answers)).toEqual(['l1', 'y1']);
    expect(warnings.map(formatProblem)).toEqual([
      'a.yaml:2:10 version: these answers are for version 0 of "mini", now version 1; they are scored against the current questions: answers to questions it no longer has are skipped, and answers that no longer fit are left unanswered',
      'a.yaml:3:1 answers: answers to 2 questions the questionnaire no longer has are skipped: "gone", "old"; "mini" is version 1 now, these answers are for version 0',
      'a.yaml:7:7 answers.c1: must be one of: Never, Sometimes, Always (got "Often"); left unanswered, since "mini" is version 1 now, these answers are for version 0',
    ]);
  });

  it('warns of a required question the answers for another version could not answer', () => {
    const { warnings } = checked('questionnaire: mini\nversion: 0\nanswers:\n  l2: 1\n', requiredMini);
    expect(warnings.map(formatProblem)).toContain('a.yaml:3:1 answers: required question "l1" is not answered; "mini" is version 1 now, these answers are for version 0');
  });

  it('holds answers for the current version to every rule', () => {
    expect(problems('questionnaire: mini\nversion: 1\nanswers:\n  gone: 1\n')).toEqual(['a.yaml:4:3 answers.gone: unknown question id "gone"']);
  });

  it('reports misspelt top-level fields and bad dates in the file itself', () => {
    expect(problems('questionnaire: mini\nanwsers: {}\ncompleted: last week\n')).toEqual([
      'a.yaml:3:12 completed: must be a date like 2026-11-20, or a date-time like 2026-11-20T14:05:00Z',
      'a.yaml:2:1 anwsers: unknown field "anwsers" (did you mean "answers"?)',
    ]);
  });

  it('reports every problem in the file at once', () => {
    expect(problems('questionnaire: mini\nanswers:\n  l1: 9\n  c1: x\n  zz: 1\n')).toHaveLength(3);
  });
});
