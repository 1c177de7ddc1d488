/** A second quotation in a sentence whose earlier quotation has a speaker: the same speaker (“A” and “B”). */
import type { Sieve } from './types';
import { speechVerbs } from '../cueGrammar';

export const sameSentence: Sieve = ({ candidates, index, previous }) => {
  const c = candidates[index];
  for (let k = index - 1; k >= 0; k--) {
    const earlier = candidates[k];
    if (earlier.lastSentence.global !== c.sentence.global) break;
    const found = previous[k];
    if (!found) continue;
    // A new speech verb with its own subject between the two quotations starts a new attribution.
    const between = c.before.slice(Math.max(0, earlier.span.outerEnd - c.sentence.start));
    if (speechVerbs(between, false).length > 0 && /\b(?:he|she|they|[\p{Lu}][\p{L}]+)\s+\w*\s*(?:said|says|told|added)\b/u.test(between)) return null;
    return { ref: { kind: 'inherit', from: k }, refStart: c.span.outerStart, cue: found.cue, confidence: Math.min(found.confidence, 0.85), sieve: 'sameSentence', fragment: found.fragment };
  }
  return null;
};
