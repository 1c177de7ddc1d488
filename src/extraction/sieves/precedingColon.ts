/** He added: / The statement read: — a previous sentence ending with a colon and a speech cue introduces the quotation. */
import type { Sieve } from './types';
import { speechVerbs } from '../cueGrammar';
import { subjectOfVerb } from '../subject';

export const precedingColon: Sieve = ({ view, candidates, index }) => {
  const c = candidates[index];
  if (c.before.trim() !== '') return null;
  const prev = view.sentences[c.sentence.global - 1];
  if (!prev || prev.paragraph !== c.sentence.paragraph && prev.paragraph !== c.sentence.paragraph - 1) return null;
  if (!/:\s*$/.test(prev.masked)) return null;
  const verbs = speechVerbs(prev.masked);
  const verb = verbs[verbs.length - 1];
  if (!verb) return null;
  const subject = subjectOfVerb(prev.masked.slice(0, verb.start), verb.verb);
  if (!subject) return null;
  return { ref: subject.ref, refStart: prev.start + subject.start, cue: verb.verb, confidence: 0.8, sieve: 'precedingColon' };
};
