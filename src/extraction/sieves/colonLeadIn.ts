/**
 * Sen. Margaret Ostrowski opened the hearing with a blunt statement:  /  “…” — a sentence that ends in a
 * colon and introduces the quotation after it, where precedingColon found no speech verb with a subject
 * ("In a post on X, Tate went further:"): its clause subject is the speaker (as colonClause reads the same
 * shape inside one sentence).
 */
import type { Sieve } from './types';
import { afterLastMark, clauseSubject } from '../cueGrammar';
import { parseSpeakerPhrase } from '../speakerPhrase';
import { sieveConfidence } from './confidence';

const namesSpeaker = (phrase: string) => {
  const ref = parseSpeakerPhrase(phrase);
  return ref !== null && ref.kind !== 'unknown';
};

export const colonLeadIn: Sieve = ({ view, candidates, index }) => {
  const c = candidates[index];
  if (c.before.trim() !== '') return null;
  const prev = view.sentences[c.sentence.global - 1];
  if (!prev || (prev.paragraph !== c.sentence.paragraph && prev.paragraph !== c.sentence.paragraph - 1)) return null;
  // (A lead-in with a speech verb whose subject was found is precedingColon's, which runs first.)
  if (!/:\s*$/.test(prev.masked)) return null;
  const clauseStart = afterLastMark(prev.masked, ';…“”"');
  const clause = prev.masked.slice(clauseStart).replace(/:\s*$/, '');
  const subject = clauseSubject(clause, namesSpeaker);
  const ref = subject ? parseSpeakerPhrase(subject.phrase) : null;
  if (!ref || !subject) return null;
  return { ref, refStart: prev.start + clauseStart + subject.start, cue: 'colon', confidence: sieveConfidence('colonLeadIn'), sieve: 'colonLeadIn' };
};
