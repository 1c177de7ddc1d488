/**
 * News convention: a paragraph that holds only a quotation continues the speaker of the quotation just
 * before it (in the previous paragraph).
 */
import type { Sieve } from './types';

const QUESTION_LEAD = /^\s*(?:And\s+)?(?:asked|on|of|about|pressed\s+on|questioned\s+about)\b[^"“”«».!?]*:\s*$/i;

export const paragraphContinuation: Sieve = ({ view, candidates, index, previous }) => {
  const c = candidates[index];
  const paragraph = view.article.paragraphs[c.sentence.paragraph];
  const lead = view.article.raw.slice(paragraph.start, c.span.outerStart);
  const outside = lead + view.article.raw.slice(c.span.outerEnd, paragraph.end);
  // An interview's question as a lead-in with no speaker of its own: "Asked whether the players were still
  // playing for him: “…”", "And on the supporters: “…”".
  const questionLead = QUESTION_LEAD.test(lead) && view.article.raw.slice(c.span.outerEnd, paragraph.end).replace(/[\s.,;:!?"“”«»']/g, '') === '';
  if (!questionLead && outside.replace(/[\s.,;:!?"“”«»']/g, '') !== '') return null;
  const k = index - 1;
  if (k < 0) return null;
  const earlier = candidates[k];
  if (earlier.lastSentence.paragraph !== c.sentence.paragraph - 1 || !previous[k]) return null;
  return { ref: { kind: 'inherit', from: k }, refStart: c.span.outerStart, cue: null, confidence: 0.7, sieve: 'paragraphContinuation' };
};
