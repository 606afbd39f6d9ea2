/**
 * The names `--format` takes, apart from the renderers (registry.ts) so the command-line wiring can
 * list them without loading a renderer; the registry must have an entry for each, and only these.
 */
export const FORMAT_NAMES = ['markdown', 'html', 'json', 'terminal', 'pdf'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];
