import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isScored, type Question } from '../../../src/questionnaire/schema.js';
import { repoRoot } from '../../helpers/cli.js';
import { questionnaireFromFile } from '../../helpers/scoring.js';

// The pulse is a quarterly re-check taken from service-culture (issue 19): trend and compare follow a
// question and a section across the two by id, so each pulse question must be the full audit's
// question, asked and scored the same way, in a section of the same id and title.
const pulse = questionnaireFromFile(join(repoRoot, 'questionnaires', 'pulse.yaml'));
const audit = questionnaireFromFile(join(repoRoot, 'questionnaires', 'service-culture.yaml'));

/** What makes two answers to a question comparable: everything but the help text. */
function comparable(question: Question) {
  const { help: _help, ...rest } = question as Question & { help?: string };
  return rest;
}

describe('pulse, the quarterly re-check of service-culture', () => {
  const auditQuestions = new Map(audit.sections.flatMap((s) => s.questions.map((q) => [q.id, { question: q, section: s.id }] as const)));

  it('asks 6 to 8 scored questions', () => {
    const scored = pulse.sections.flatMap((s) => s.questions).filter(isScored);
    expect(scored.length).toBeGreaterThanOrEqual(6);
    expect(scored.length).toBeLessThanOrEqual(8);
  });

  it("uses only service-culture's section ids, with the same titles and weights", () => {
    const auditSections = new Map(audit.sections.map((s) => [s.id, s]));
    for (const section of pulse.sections) {
      const same = auditSections.get(section.id);
      expect(same, section.id).toBeDefined();
      expect(section.title, section.id).toBe(same!.title);
      expect(section.weight, section.id).toBe(same!.weight);
    }
  });

  it("asks every question exactly as service-culture does, in the section service-culture puts it in", () => {
    for (const section of pulse.sections) {
      for (const question of section.questions) {
        const same = auditQuestions.get(question.id);
        expect(same, question.id).toBeDefined();
        expect(same!.section, question.id).toBe(section.id);
        // Type, text, scale or options with their scores, weight, reverse keying, n/a and red flag.
        expect(comparable(question), question.id).toEqual(comparable(same!.question));
      }
    }
  });

  it('names the same likert scales as service-culture', () => {
    for (const question of pulse.sections.flatMap((s) => s.questions)) {
      if (question.type === 'likert' && 'scale' in question && typeof question.scale === 'string') {
        expect(pulse.scales?.[question.scale], question.id).toEqual(audit.scales?.[question.scale]);
      }
    }
  });

  it('keeps the red flags of the full audit it carries', () => {
    const flagged = pulse.sections.flatMap((s) => s.questions).filter((q) => isScored(q) && q.critical).map((q) => q.id);
    expect(flagged.sort()).toEqual(['customer-need-vs-internal-target', 'front-line-can-resolve-complaints', 'policy-cited-to-refuse-customers', 'staff-treated-as-well-as-customers']);
  });
});
