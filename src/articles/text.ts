/**
 * Whitespace runs, however long and of whatever kind, as one plain space — the same result as
 * `text.replace(/\s+/g, ' ')`, but a run that is already a single space is not matched at all (the plain
 * pattern replaces every space between two words with a new space, which is most of the work on prose).
 */
const NOT_A_SINGLE_SPACE = / \s+|[^\S ]\s*/g;

export function collapseWhitespace(text: string): string {
  return text.replace(NOT_A_SINGLE_SPACE, ' ');
}

/** Whether a UTF-16 code unit is what `\s` matches in a JavaScript regular expression (white space or a line end). */
export function isJsBlank(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * The words of a text between blanks: the same as `text.split(/\s+/).filter(Boolean)`, in one scan (these
 * run on every phrase and quotation; the regex split allocated a pattern match per blank).
 */
export function blankSeparatedWords(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isJsBlank(text.charCodeAt(i))) {
      if (start !== -1) words.push(text.slice(start, i));
      start = -1;
    } else if (start === -1) start = i;
  }
  if (start !== -1) words.push(text.slice(start));
  return words;
}

/** How many words `blankSeparatedWords` would find, without making them. */
export function countBlankSeparatedWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const blank = isJsBlank(text.charCodeAt(i));
    if (!blank && !inWord) count++;
    inWord = !blank;
  }
  return count;
}
