/**
 * Brazilian President Jair Bolsonaro opposed Macron's statement: “…” — a clause ending in a colon right
 * before the quotation introduces it; its subject is the speaker even without a speech verb.
 */
import type { Sieve } from './types';
import { afterLastMark, clauseSubject } from '../cueGrammar';
import { parseSpeakerPhrase } from '../speakerPhrase';

const namesSpeaker = (phrase: string) => {
  const ref = parseSpeakerPhrase(phrase);
  return ref !== null && ref.kind !== 'unknown';
};

export const colonClause: Sieve = ({ candidates, index }) => {
  const c = candidates[index];
  if (!/:\s*$/.test(c.before)) return null;
  const clauseStart = afterLastMark(c.before, ';…“”"');
  const clause = c.before.slice(clauseStart).replace(/:\s*$/, '');
  const subject = clauseSubject(clause, namesSpeaker);
  const ref = subject ? parseSpeakerPhrase(subject.phrase) : null;
  if (!ref || !subject) return null;
  return { ref, refStart: c.sentence.start + clauseStart + subject.start, cue: 'colon', confidence: 0.75, sieve: 'colonClause' };
};
