/**
 * The weakest cue: some speech verb elsewhere in the quotation's sentence, with a subject. Kept last so
 * every more precise sieve has spoken first.
 */
import type { Sieve } from './types';
import { cueVerbs } from '../cueGrammar';
import { subjectOfVerb } from '../subject';

export const sentenceVerb: Sieve = ({ candidates, index }) => {
  const c = candidates[index];
  // The main clause's verb first: a fragment deep in "X said (that) Y had spoken … “…”" is X's report.
  // (A participle set off by a comma is an aside, "X, speaking at a programme …, said …": its subject is the finite
  // verb's, which reads it more surely.)
  const found = cueVerbs(c.before);
  const verbs = [...found.filter((v) => !isAsideParticiple(c.before, v)), ...found.filter((v) => isAsideParticiple(c.before, v))];
  for (let i = 0; i < verbs.length; i++) {
    const subject = subjectOfVerb(c.before.slice(0, verbs[i].start), verbs[i].verb);
    if (subject) return { ref: subject.ref, refStart: c.sentence.start + subject.start, cue: verbs[i].verb, confidence: 0.6, sieve: 'sentenceVerb', fragment: true };
  }
  return null;
};

function isAsideParticiple(text: string, verb: { verb: string; start: number }): boolean {
  return verb.verb.endsWith('ing') && /,\s*$/.test(text.slice(Math.max(0, verb.start - 3), verb.start));
}
