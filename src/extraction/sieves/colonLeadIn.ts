/**
 * Sen. Margaret Ostrowski opened the hearing with a blunt statement:  /  “…” — a sentence that ends in a
 * colon and introduces the quotation after it, where precedingColon found no speech verb with a subject
 * ("In a post on X, Tate went further:"): its clause subject is the speaker (as colonClause reads the same
 * shape inside one sentence).
 */
import type { Sieve } from './types';
import { subjectOfColonClause } from './colonClause';
import { sieveConfidence } from './confidence';

export const colonLeadIn: Sieve = ({ view, candidates, index }) => {
  const c = candidates[index];
  if (c.before.trim() !== '') return null;
  const prev = view.sentences[c.sentence.global - 1];
  if (!prev || (prev.paragraph !== c.sentence.paragraph && prev.paragraph !== c.sentence.paragraph - 1)) return null;
  // (A lead-in with a speech verb whose subject was found is precedingColon's, which runs first.)
  const found = subjectOfColonClause(prev.masked);
  if (!found) return null;
  return { ref: found.ref, refStart: prev.start + found.start, cue: 'colon', confidence: sieveConfidence('colonLeadIn'), sieve: 'colonLeadIn' };
};
