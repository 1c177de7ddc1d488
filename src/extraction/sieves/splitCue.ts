/** “First part,” he said, “second part.” — the cue clause between the parts names the speaker. */
import type { Sieve } from './types';
import { cueVerb, phraseAfter } from '../cueGrammar';
import { parseSpeakerPhrase } from '../speakerPhrase';

export const splitCue: Sieve = ({ candidates, index }) => {
  const c = candidates[index];
  if (!c.between) return null;
  const text = c.between.replace(/^\s*,?\s*/, '').replace(/\s*[,:]\s*$/, '');
  const verb = cueVerb(text);
  if (!verb) return null;
  const start = c.span.parts[c.span.parts.length - 1].end;
  const subject = text.slice(0, verb.start).trim();
  const phrase = subject !== '' ? subject : phraseAfter(text.slice(verb.end).trimStart())?.phrase;
  const ref = phrase ? parseSpeakerPhrase(phrase) : null;
  if (!ref) return null;
  return { ref, refStart: start, cue: verb.verb, confidence: 0.95, sieve: 'splitCue' };
};
