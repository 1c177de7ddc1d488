/**
 * News convention: a paragraph that holds only a quotation continues the speaker of the quotation just
 * before it (in the previous paragraph).
 */
import type { Sieve } from './types';

export const paragraphContinuation: Sieve = ({ view, candidates, index, previous }) => {
  const c = candidates[index];
  const paragraph = view.article.paragraphs[c.sentence.paragraph];
  const outside = view.article.raw.slice(paragraph.start, c.span.outerStart) + view.article.raw.slice(c.span.outerEnd, paragraph.end);
  if (outside.replace(/[\s.,;:!?"“”«»']/g, '') !== '') return null;
  const k = index - 1;
  if (k < 0) return null;
  const earlier = candidates[k];
  if (earlier.lastSentence.paragraph !== c.sentence.paragraph - 1 || !previous[k]) return null;
  return { ref: { kind: 'inherit', from: k }, refStart: c.span.outerStart, cue: null, confidence: 0.7, sieve: 'paragraphContinuation' };
};
