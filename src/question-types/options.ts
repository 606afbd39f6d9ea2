import type { Option } from './schema-parts.js';

// What the two option-list types (choice, multi) share.

export const optionLabels = (question: { options: readonly Option[] }): string[] => question.options.map((option) => option.label);

/** "Same day (3) · Within a week (1)": each option with its points. */
export const optionsInWords = (question: { options: readonly Option[] }): string => question.options.map((o) => `${o.label} (${o.score})`).join(' · ');
