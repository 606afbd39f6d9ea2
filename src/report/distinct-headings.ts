/**
 * Headings that repeat no other heading in the report: markdownlint rejects duplicates (MD024)
 * and renderers give them the same anchor. A repeated section title gets its section number,
 * e.g. a section titled "Strengths" becomes "Strengths (section 3)". Titles come escaped.
 */
export function distinctHeadings(titles: readonly string[], taken: Iterable<string>): string[] {
  const used = new Set(taken);
  return titles.map((title, i) => {
    const heading = used.has(title) ? `${title} (section ${i + 1})` : title;
    used.add(heading);
    return heading;
  });
}
