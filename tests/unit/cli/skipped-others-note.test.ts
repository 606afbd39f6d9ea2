import { describe, expect, it } from 'vitest';
import { skippedOthersNote } from '../../../src/cli/actions/skipped-others-note.js';

describe('skippedOthersNote', () => {
  it('counts both kinds and names where they were found', () => {
    expect(skippedOthersNote({ count: { mapping: 1, questionnaire: 0 }, foundIn: ['answers/'] })).toBe('skipped 1 mapping file and 0 questionnaire files in answers/ (not answer files)');
    expect(skippedOthersNote({ count: { mapping: 2, questionnaire: 1 }, foundIn: ['q3/', 'q4/*.yaml'] })).toBe('skipped 2 mapping files and 1 questionnaire file in q3/, q4/*.yaml (not answer files)');
  });

  it('is nothing when nothing was skipped', () => {
    expect(skippedOthersNote({ count: { mapping: 0, questionnaire: 0 }, foundIn: [] })).toBeUndefined();
  });
});
