/**
 * X said: “Quote” / X said, “Quote” / X said that “quote” / X told reporters “quote” / X called it “fragment”.
 * The speech verb is the last one before the opening mark, with only a short filler between them.
 */
import type { Sieve } from './types';
import { blankParentheses, cueVerbs, isDescribingVerb } from '../cueGrammar';
import { spelledBodySubject, subjectOfVerb } from '../subject';

const MAX_FILLER_WORDS = 7;
const MAX_DESCRIBED_OBJECT_WORDS = 12;

export const leadingCue: Sieve = ({ candidates, index }) => {
  const c = candidates[index];
  // A dash aside between the cue and the quotation ("commented — which the BBC noted — “…”") is skipped.
  const before = blankParentheses(c.before);
  const verbs = cueVerbs(before);
  const verb = verbs[verbs.length - 1];
  if (!verb) return null;
  const filler = before.slice(verb.end);
  if (/[.!?;…]/.test(filler.replace(/\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St)\./g, ''))) return null;
  // "described the first images from beneath the glacier as “…”": a describing verb's object may be long.
  const fillerLimit = isDescribingVerb(verb.verb) && /\bas\s*$/i.test(filler) ? MAX_DESCRIBED_OBJECT_WORDS : MAX_FILLER_WORDS;
  if (filler.trim().split(/\s+/).filter(Boolean).length > fillerLimit) return null;
  // Passive "was told by X" is the passiveBy sieve's; "known as", "nicknamed" are not speech.
  if (/^\s*by\b/i.test(filler)) return null;
  // "Amman, who was described as “…” by the police": the subject of a passive is not the speaker.
  if (/\b(?:was|were|is|are|been|being)\s+(?:[\p{Ll}]+ly\s+)?$/u.test(before.slice(0, verb.start))) return null;
  const subject = (c.before.includes(')') ? spelledBodySubject(c.before.slice(0, verb.start)) : null) ?? subjectOfVerb(before.slice(0, verb.start), verb.verb);
  if (!subject) return null;
  const ref = subject.ref;
  const fragment = isDescribingVerb(verb.verb) || !/[,:]\s*$|^\s*(?:that\s*)?$/i.test(filler);
  return {
    ref,
    refStart: c.sentence.start + subject.start,
    cue: verb.verb,
    confidence: fragment ? 0.8 : 0.9,
    sieve: 'leadingCue',
    fragment,
  };
};
