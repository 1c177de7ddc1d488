/**
 * “Whole quoted sentence.” Smith said this on Monday. — a quotation without a cue of its own, followed in
 * the same paragraph by a short sentence whose subject speaks ("X said", "said X").
 */
import type { Sieve } from './types';
import { phraseAfter, speechVerbs, subjectBefore } from '../cueGrammar';
import { parseSpeakerPhrase } from '../speakerPhrase';

const MAX_WORDS = 14;

export const followingSentence: Sieve = ({ view, candidates, index }) => {
  const c = candidates[index];
  if (c.after.trim() !== '' || c.before.trim() !== '') return null;
  const next = view.sentences[c.lastSentence.global + 1];
  if (!next || next.paragraph !== c.lastSentence.paragraph) return null;
  if (next.masked.includes('…') || next.masked.split(/\s+/).length > MAX_WORDS) return null;
  const verb = speechVerbs(next.masked, false)[0];
  if (!verb) return null;
  const head = next.masked.slice(0, verb.start);
  const subject = head.trim() === '' ? phraseAfter(next.masked.slice(verb.end).trimStart()) : null;
  const phrase = subject ? subject.phrase : subjectBefore(head)?.phrase;
  const ref = phrase ? parseSpeakerPhrase(phrase) : null;
  if (!ref || ref.kind === 'pronoun') return null;
  return { ref, refStart: next.start, cue: verb.verb, confidence: 0.7, sieve: 'followingSentence' };
};
