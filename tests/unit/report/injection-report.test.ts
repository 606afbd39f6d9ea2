import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderIndividualReport } from '../../../src/report/individual-markdown.js';
import { renderQuestionnaireOutline } from '../../../src/report/terminal/questionnaire-outline.js';
import { renderScoreSummary } from '../../../src/report/terminal/score-summary.js';
import { scoreResponse } from '../../../src/scoring/score-response.js';
import { sanitizeForTerminal } from '../../../src/util/terminal-text.js';
import { questionnaireSchema } from '../../../src/questionnaire/schema.js';
import { questionnaireWith, rawQuestionnaireWith, responseWith } from '../../helpers/hostile-questionnaire.js';
import { INJECTIONS } from '../../helpers/injection-corpus.js';
import { markdownStructure } from '../../helpers/markdown-structure.js';
import { markdownProblems } from '../../helpers/markdownlint.js';

// Every string of the injection corpus in every user-written field at once, rendered: the
// report must have exactly the structure it has with plain text (same headings, lists, table
// rows and cells, no link, image, HTML, code or math), stay markdownlint-clean and carry no
// control character; terminal output must carry no escape sequence but its own colours.

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const OWN_COLOURS = /\u001b\[[0-9;]*m/g;

function report(text: string): string {
  const questionnaire = questionnaireWith(text);
  return renderIndividualReport(scoreResponse(questionnaire, responseWith(text)), questionnaire);
}

describe('injection corpus in the Markdown report', () => {
  const plain = report('Plain text');
  const plainStructure = markdownStructure(plain);

  it('the plain report has every part the corpus is aimed at', () => {
    expect(plainStructure).toMatchObject({ atxHeading: 11, table: 3, blockQuote: 1, link: 0, htmlText: 0 });
    expect(plain).toContain('## Red flags');
    expect(plain).toContain('Recommended next steps at');
    expect(markdownProblems(plain)).toEqual([]);
  });

  it.each(INJECTIONS.map((text) => [JSON.stringify(text), text]))('%s stays text', (_name, text) => {
    const markdown = report(text);
    expect(markdownProblems(markdown)).toEqual([]);
    expect(markdownStructure(markdown)).toEqual(plainStructure);
    expect(markdown).not.toContain('<');
    expect(markdown).not.toMatch(CONTROL);
    // The words survive, escaped: the text is shown, not dropped (escape sequences are).
    const word = /[A-Za-z]{4,}/.exec(sanitizeForTerminal(text.replace(/\r/g, '\n')))?.[0];
    if (word) expect(markdown).toContain(word);
  });
});

describe('headings a questionnaire author can collide with', () => {
  it("section titles that repeat the report's own headings or each other get their section number", () => {
    const raw = rawQuestionnaireWith('Plain text');
    raw.title = 'Strengths';
    const [a, b] = raw.sections as [(typeof raw.sections)[0], (typeof raw.sections)[1]];
    raw.sections = [{ ...a, title: 'Summary' }, { ...b, title: 'Strengths' }, { ...b, id: 'c', title: 'Summary', questions: b.questions.map((q) => ({ ...q, id: `c${q.id}` })) }];
    const questionnaire = questionnaireSchema().parse(raw);
    const response = responseWith('Plain text');
    const markdown = renderIndividualReport(scoreResponse(questionnaire, { ...response, answers: { ...response.answers, cb2: { kind: 'yesno', yes: true } } }), questionnaire);
    expect(markdownProblems(markdown)).toEqual([]);
    expect(markdown.match(/^## .*$/gm)).toEqual(expect.arrayContaining(['## Summary (section 1)', '## Strengths (section 2)', '## Summary (section 3)']));
  });

  it('a title or label that is only spaces or control characters is refused', () => {
    const raw = rawQuestionnaireWith('Plain text');
    raw.title = ' \u0007 ';
    const result = questionnaireSchema().safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual(['title: must contain visible text']);
  });
});

describe('injection corpus in terminal output', () => {
  it.each(INJECTIONS.map((text) => [JSON.stringify(text), text]))('%s moves no cursor and sets no colour', (_name, text) => {
    const questionnaire = questionnaireWith(text);
    const scorecard = scoreResponse(questionnaire, responseWith(text));
    for (const level of [0, 1] as const) {
      const style = new Chalk({ level });
      const output = renderScoreSummary(scorecard, questionnaire, style, 80) + renderQuestionnaireOutline(questionnaire, style);
      expect(output.replace(OWN_COLOURS, '').replace(/\n/g, '')).not.toMatch(CONTROL);
    }
  });
});
