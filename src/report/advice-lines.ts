import { escapeInline } from './markdown-escape.js';

/** An introducing line (a sentence or a heading) and the recommendations as a list; nothing when there are none. */
export function adviceLines(intro: string, recommendations: readonly string[]): string[] {
  if (recommendations.length === 0) return [];
  return [intro, '', ...recommendations.map((recommendation) => `- ${escapeInline(recommendation)}`), ''];
}
