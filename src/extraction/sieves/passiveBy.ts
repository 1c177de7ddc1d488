/** “…” was told by X / he was told by Minister X of “fragment” — the agent of a passive speech verb. */
import type { Sieve } from './types';
import { phraseAfter } from '../cueGrammar';
import { parseSpeakerPhrase } from '../speakerPhrase';

const PASSIVE_BEFORE_QUOTE = /\b(?:was|were|been|being|is|are)\s+(?:[\p{Ll}]+ly\s+)?(described|called|labelled|labeled|termed|branded|dubbed)\s+(?:as\s+)?$/iu;

/** “…” after a passive describing verb, with the agent after the quotation: "described as “x” by the police". */
function agentAfter(c: Parameters<Sieve>[0]['candidates'][number]) {
  const verb = PASSIVE_BEFORE_QUOTE.exec(c.before);
  const by = /^\s*by\s+/i.exec(c.after);
  if (!verb || !by) return null;
  const phrase = phraseAfter(c.after.slice(by[0].length));
  const ref = phrase ? parseSpeakerPhrase(phrase.phrase) : null;
  if (!ref) return null;
  return { ref, refStart: c.afterStart + by[0].length, cue: verb[1].toLowerCase(), confidence: 0.85, sieve: 'passiveBy', fragment: true };
}

const PASSIVE = /\b(?:(?:was|were|been|being|is|are)\s+(?:[\p{Ll}]+ly\s+)?(told|said|described|called|quoted|written|stated|announced|warned|informed|assured|labelled|labeled|termed)|(described|called|quoted|labelled|labeled|termed))\s+by\s+/giu;

export const passiveBy: Sieve = ({ candidates, index }) => {
  const c = candidates[index];
  const matches = [...c.before.matchAll(PASSIVE)];
  const m = matches[matches.length - 1];
  if (!m) return agentAfter(c);
  const phrase = phraseAfter(c.before.slice(m.index + m[0].length));
  const ref = phrase ? parseSpeakerPhrase(phrase.phrase) : null;
  if (!ref) return null;
  return { ref, refStart: c.sentence.start + m.index + m[0].length, cue: (m[1] ?? m[2]).toLowerCase(), confidence: 0.85, sieve: 'passiveBy', fragment: true };
};
