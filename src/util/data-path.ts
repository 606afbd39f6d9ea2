export type DataPath = readonly PropertyKey[];

/** `['sections', 2, 'questions', 0, 'weight']` → `sections[2].questions[0].weight`. */
export function formatDataPath(path: DataPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
