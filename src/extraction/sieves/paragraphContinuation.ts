/**
 * News convention: a paragraph that holds only a quotation continues the speaker of the quotation just
 * before it (in the previous paragraph).
 */
import type { Sieve } from './types';

const MARK_OR_BLANK = /[\s.,;:!?"“”«»']/;

/** Whether text[from, to) holds nothing but blanks, punctuation and quotation marks (checked in place). */
function onlyMarksAndBlanks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!MARK_OR_BLANK.test(text[i])) return false;
  return true;
}

export const paragraphContinuation: Sieve = ({ view, candidates, index, previous }) => {
  const c = candidates[index];
  const paragraph = view.article.paragraphs[c.sentence.paragraph];
  const raw = view.article.raw;
  if (!onlyMarksAndBlanks(raw, paragraph.start, c.span.outerStart) || !onlyMarksAndBlanks(raw, c.span.outerEnd, paragraph.end)) return null;
  const k = index - 1;
  if (k < 0) return null;
  const earlier = candidates[k];
  if (earlier.lastSentence.paragraph !== c.sentence.paragraph - 1 || !previous[k]) return null;
  return { ref: { kind: 'inherit', from: k }, refStart: c.span.outerStart, cue: null, confidence: 0.7, sieve: 'paragraphContinuation' };
};
