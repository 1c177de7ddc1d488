/** “…”, according to X. / According to X, “…”. */
import type { Sieve } from './types';
import { phraseAfter } from '../cueGrammar';
import { parseSpeakerPhrase } from '../speakerPhrase';

const ACCORDING = /\baccording\s+to\s+/gi;

export const accordingTo: Sieve = ({ candidates, index }) => {
  const c = candidates[index];
  const sides: Array<{ text: string; offset: number }> = [
    { text: c.after, offset: c.afterStart },
    { text: c.before, offset: c.sentence.start },
  ];
  for (const side of sides) {
    for (const m of side.text.matchAll(ACCORDING)) {
      const phrase = phraseAfter(side.text.slice(m.index + m[0].length));
      const ref = phrase ? parseSpeakerPhrase(phrase.phrase) : null;
      if (ref) return { ref, refStart: side.offset + m.index + m[0].length, cue: 'according to', confidence: 0.85, sieve: 'accordingTo' };
    }
  }
  return null;
};
