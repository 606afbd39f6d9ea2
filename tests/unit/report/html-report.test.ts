import { Readable } from 'node:stream';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { individualDocument } from '../../../src/cli/actions/report.js';
import { teamExtras } from '../../../src/cli/actions/team-extras.js';
import { teamJson } from '../../../src/formats/team-json/write.js';
import { readCsvStream } from '../../../src/load/form-export.js';
import type { Questionnaire } from '../../../src/questionnaire/schema.js';
import type { ReportDocument, TeamDocument } from '../../../src/report/formats/documents.js';
import { parseBlocks } from '../../../src/report/formats/html/blocks.js';
import { bodyHtml } from '../../../src/report/formats/html/body.js';
import { htmlFormat } from '../../../src/report/formats/html.js';
import { markdownFormat } from '../../../src/report/formats/markdown.js';
import { renderDocument } from '../../../src/report/formats/registry.js';
import { scoreResponse } from '../../../src/scoring/score-response.js';
import { TeamAccumulator } from '../../../src/scoring/team/team-aggregate.js';
import { formExport } from '../../helpers/hostile-form-export.js';
import { questionnaireWith, responseWith } from '../../helpers/hostile-questionnaire.js';
import { externalReferences, htmlProblems } from '../../helpers/html-page.js';
import { INJECTIONS } from '../../helpers/injection-corpus.js';
import { parseXml, findAll } from '../../helpers/svg.js';

// The HTML page of a report: the same blocks as its Markdown, a sound page whatever the
// questionnaire and the respondents wrote (the injection corpus in every field), charts inline.

const context = { links: [], style: new Chalk({ level: 0 }), columns: 80 };
const html = (document: ReportDocument) => renderDocument(htmlFormat, document, context);

function individual(text: string): ReportDocument {
  const questionnaire = questionnaireWith(text);
  return individualDocument(scoreResponse(questionnaire, responseWith(text)), questionnaire);
}

async function team(text: string): Promise<TeamDocument> {
  const questionnaire: Questionnaire = questionnaireWith(text);
  const accumulator = new TeamAccumulator(questionnaire, { groupBy: 'team', minGroup: 1 });
  for await (const event of readCsvStream('export.csv', Readable.from([formExport(text)]), questionnaire)) {
    if (event.kind === 'problems') throw new Error(JSON.stringify(event.problems));
    if (event.kind === 'response') accumulator.add(scoreResponse(questionnaire, event.response));
  }
  const summary = accumulator.summary();
  const { snapshot, charts } = teamExtras(teamJson(summary, { skipped: 0 }), questionnaire, undefined, summary);
  return { kind: 'team', questionnaire, summary, snapshot, skipped: 0, charts };
}

/** The page's outline: element names in document order, outside the charts (whose text is the chart builders' concern); line breaks and a quoted comment's paragraphs follow the text. */
function outline(page: string): string[] {
  const names: string[] = [];
  const visit = (element: ReturnType<typeof parseXml>) => {
    if (element.name !== 'br') names.push(element.name);
    if (element.name === 'blockquote') expect(findAll(element, (e) => e !== element && e.name !== 'p' && e.name !== 'br')).toEqual([]);
    else if (element.name !== 'svg' && element.name !== 'style') element.children.forEach(visit);
  };
  visit(parseXml(page));
  return names;
}

describe('the HTML page of a report', () => {
  it('has a block for every block of the Markdown report, and its charts inline', () => {
    const document = individual('Plain text');
    const page = html(document);
    expect(htmlProblems(page)).toEqual([]);
    expect(externalReferences(page)).toEqual([]);
    const blocks = parseBlocks(renderDocument(markdownFormat, document, context));
    const root = parseXml(page);
    const count = (name: string) => findAll(root, (e) => e.name === name).length;
    expect(count('table')).toBe(blocks.filter((b) => b.type === 'table').length);
    expect(count('blockquote')).toBe(blocks.filter((b) => b.type === 'quote').length);
    expect(findAll(root, (e) => /^h\d$/.test(e.name)).map((e) => e.text)).toEqual(blocks.flatMap((b) => (b.type === 'heading' ? [b.text.replace(/\\/g, '')] : [])));
    expect(count('svg')).toBe(document.charts().length);
    expect(count('svg')).toBe(2);
  });

  it('asks for no chart files: they are in the page', () => {
    expect(htmlFormat.chartFiles).toBe(false);
    expect(htmlFormat.extension).toBe('.html');
  });
});

describe('injection corpus in every field, through the HTML pages', async () => {
  const plainIndividual = outline(html(individual('Plain text')));
  const plainTeam = outline(html(await team('Plain text')));

  it('the plain pages have every part the corpus is aimed at', () => {
    for (const part of ['table', 'ol', 'ul', 'h3', 'svg']) expect(plainTeam).toContain(part);
    for (const part of ['table', 'blockquote', 'ol', 'ul', 'svg']) expect(plainIndividual).toContain(part);
  });

  it.each(INJECTIONS.map((text) => [JSON.stringify(text), text]))('%s stays text', async (_name, text) => {
    for (const [page, plain] of [
      [html(individual(text)), plainIndividual],
      [html(await team(text)), plainTeam],
    ] as const) {
      expect(htmlProblems(page)).toEqual([]);
      expect(externalReferences(page)).toEqual([]);
      expect(outline(page)).toEqual(plain);
      expect(page).not.toMatch(/<(?:script|img|a|iframe|details|summary)\b/i);
    }
  });
});

describe('the page body', () => {
  const body = (markdown: string) => bodyHtml(parseBlocks(markdown), () => undefined);

  it('never skips a heading level, and nests sections by level', () => {
    const html = body('# T\n\n### Skipped to three\n\n#### Four\n\n## Two\n\ntext\n');
    expect([...html.matchAll(/<h(\d)/g)].map((m) => m[1])).toEqual(['1', '2', '3', '2']);
    expect(html.match(/<section/g)).toHaveLength(3);
    expect(htmlProblems(`<!DOCTYPE html>\n<html lang="en"><head><title>t</title><style>@media print {} @page {}</style></head><body><main>${html}</main></body></html>`)).toEqual([]);
  });

  it('reads tables, lists, quotes and line breaks as our renderers write them', () => {
    const html = body('## H\n\n| Section | Score |\n| --- | ---: |\n| a \\| b | +1.0 ▲ |\n| c | −2.0 ▼ |\n\n- one\n  more\n\n  after a blank\n- two\n\n1. first\n2. second\n\n> quoted\n>\n> again\n');
    expect(html).toContain('<th scope="row">a | b</th><td class="num up">+1.0 ▲</td>');
    expect(html).toContain('<td class="num down">−2.0 ▼</td>');
    expect(html).toContain('<th scope="col" class="num">Score</th>');
    expect(html).toContain('<li>one<br/>\nmore<br/>\n<br/>\nafter a blank</li>');
    expect(html).toContain('<ol>\n<li>first</li>\n<li>second</li>\n</ol>');
    expect(html).toContain('<blockquote>\n<p>quoted</p>\n<p>again</p>\n</blockquote>');
  });

  it('shows an image it cannot inline as its alt text, and loads nothing', () => {
    expect(body('![A chart](https://evil.example/x.svg)')).toBe('<p class="missing-chart">[A chart]</p>');
  });
});
