/**
 * Whitespace runs, however long and of whatever kind, as one plain space — the same result as
 * `text.replace(/\s+/g, ' ')`, but a run that is already a single space is not matched at all (the plain
 * pattern replaces every space between two words with a new space, which is most of the work on prose).
 */
const NOT_A_SINGLE_SPACE = / \s+|[^\S ]\s*/g;

export function collapseWhitespace(text: string): string {
  return text.replace(NOT_A_SINGLE_SPACE, ' ');
}
