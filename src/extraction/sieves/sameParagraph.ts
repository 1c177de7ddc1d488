/** “A,” he said. “B.” — a later quotation in the paragraph of an attributed one continues that speaker. */
import type { Sieve } from './types';
import { speechVerbs } from '../cueGrammar';
import { findNames, mapPacked } from '../names';

export const sameParagraph: Sieve = ({ candidates, index, previous, view }) => {
  const c = candidates[index];
  for (let k = index - 1; k >= 0; k--) {
    const earlier = candidates[k];
    if (earlier.lastSentence.paragraph !== c.sentence.paragraph) break;
    const found = previous[k];
    if (!found) return null;
    // Narration between the two naming someone else as speaking breaks the chain.
    const gapSentences = view.sentences.slice(earlier.lastSentence.global + 1, c.sentence.global);
    const gapText = mapPacked(gapSentences, (s) => s.masked).join(' ') + ' ' + c.before;
    if (speechVerbs(gapText, false).length > 0 && findNames(gapText).length > 0) return null;
    return { ref: { kind: 'inherit', from: k }, refStart: c.span.outerStart, cue: null, confidence: Math.min(found.confidence, 0.8), sieve: 'sameParagraph' };
  }
  return null;
};
