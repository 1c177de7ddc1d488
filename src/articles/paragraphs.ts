/**
 * Body → paragraphs with offsets into the raw file text. Paragraphs are separated by blank lines; a body
 * with no blank line at all is one paragraph per line (some exports drop the blank lines).
 */
import type { Paragraph } from '../types';
import { collapseWhitespace } from './text';

export function splitParagraphs(raw: string, bodyStart: number): Paragraph[] {
  const body = raw.slice(bodyStart);
  const separator = /\n[ \t]*\r?\n/.test(body) ? /\r?\n(?:[ \t]*\r?\n)+/g : /\r?\n/g;
  const paragraphs: Paragraph[] = [];
  let blockStart = 0;
  const pushBlock = (from: number, to: number) => {
    const block = body.slice(from, to);
    const lead = block.length - block.trimStart().length;
    const text = block.trim();
    if (text === '') return;
    const start = bodyStart + from + lead;
    paragraphs.push({ index: paragraphs.length, start, end: start + text.length, text });
  };
  for (const match of body.matchAll(separator)) {
    pushBlock(blockStart, match.index);
    blockStart = match.index + match[0].length;
  }
  pushBlock(blockStart, body.length);
  return paragraphs;
}

/** The body text as one normalised string: what makes two copies of an article the same article. */
export function normalisedBody(paragraphs: Paragraph[]): string {
  // Filled by `push`, not `map`: V8's `map` returns arrays of another shape once its caller is optimised, and
  // the `join` that reads them is then deoptimised (see `mapPacked` in extraction/names.ts).
  const normalised: string[] = [];
  for (const p of paragraphs) normalised.push(collapseWhitespace(p.text.normalize('NFC')).trim());
  return normalised.join('\n');
}
