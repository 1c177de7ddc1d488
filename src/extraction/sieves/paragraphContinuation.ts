/**
 * News convention: a paragraph that holds only a quotation continues the speaker of the quotation just
 * before it (in the previous paragraph).
 */
import type { Sieve } from './types';

const QUESTION_LEAD = /^\s*(?:And\s+)?(?:asked|on|of|about|pressed\s+on|questioned\s+about)\b[^"“”«».!?]*:\s*$/i;
const ASKING = /^(?:asked|asks|ask|questioned|pressed|demanded|wondered|inquired|enquired|queried)$/i;
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
  const after = onlyMarksAndBlanks(raw, c.span.outerEnd, paragraph.end);
  // An interview's question as a lead-in with no speaker of its own: "Asked whether the players were still
  // playing for him: “…”", "And on the supporters: “…”".
  const bare = onlyMarksAndBlanks(raw, paragraph.start, c.span.outerStart);
  if (!after || (!bare && !QUESTION_LEAD.test(raw.slice(paragraph.start, c.span.outerStart)))) return null;
  const k = index - 1;
  if (k < 0) return null;
  const earlier = candidates[k];
  if (earlier.lastSentence.paragraph !== c.sentence.paragraph - 1 || !previous[k]) return null;
  // An exchange: the quotation after a question put to someone ("“Did anyone tell the FAA?” Baptiste asked.")
  // is the answer, someone else's. (A rhetorical question "…?” Leatisā said" is not put to anyone.)
  const earlierEnd = earlier.parts[earlier.parts.length - 1].end;
  if (ASKING.test(previous[k]?.cue ?? '') && /\?\s*$/.test(raw.slice(Math.max(0, earlierEnd - 3), earlierEnd))) return null;
  return { ref: { kind: 'inherit', from: k }, refStart: c.span.outerStart, cue: null, confidence: 0.7, sieve: 'paragraphContinuation' };
};
