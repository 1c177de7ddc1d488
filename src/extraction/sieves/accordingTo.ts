/** “…”, according to X. / According to X, “…”. */
import type { Sieve } from './types';
import { phraseAfter } from '../cueGrammar';
import { parseSpeakerPhrase } from '../speakerPhrase';
import { OUTLET_WORDS } from '../lexicon';

const ACCORDING = /\baccording\s+to\s+/gi;

/** Between "according to X" and the opening mark: no clause or sentence boundary (";", "."). */
function leadsToQuote(filler: string): boolean {
  return !/[.;!?…]/.test(filler.replace(/\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St)\./g, ''));
}

export const accordingTo: Sieve = ({ candidates, index }) => {
  const c = candidates[index];
  const sides: Array<{ text: string; offset: number }> = [
    { text: c.after, offset: c.afterStart },
    { text: c.before, offset: c.sentence.start },
  ];
  for (const side of sides) {
    for (const m of side.text.matchAll(ACCORDING)) {
      const rest = side.text.slice(m.index + m[0].length);
      const found = phraseAfter(rest);
      // ("According to the indictment, the post “…”": before the quotation, a phrase that runs up to it after a
      // comma is the clause's subject, not an appositive of the source.)
      const comma = found && side.text === c.before && rest.slice(found.end).trim() === '' ? found.phrase.indexOf(', ') : -1;
      const phrase = found && comma > 0 ? { phrase: found.phrase.slice(0, comma), end: rest.indexOf(', ') } : found;
      // Before the quotation, "According to X" must lead to it within one clause: in "According to the BBC,
      // a spokesman … expressed disappointment …; “…”" the BBC reports a clause, the quotation is another's.
      if (side.text === c.before && phrase && !leadsToQuote(rest.slice(phrase.end))) continue;
      const ref = phrase ? parseSpeakerPhrase(phrase.phrase) : null;
      // "According to Reuters, its owner … was “deeply saddened”": an outlet reports someone else's words.
      if (ref?.kind === 'organization' && ref.name.toLowerCase().split(/\s+/).some((w) => OUTLET_WORDS.has(w))) continue;
      if (ref) return { ref, refStart: side.offset + m.index + m[0].length, cue: 'according to', confidence: 0.85, sieve: 'accordingTo' };
    }
  }
  return null;
};
