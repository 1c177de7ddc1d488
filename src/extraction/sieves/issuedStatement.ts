/**
 * "Okonkwo released a statement through her lawyer after the decision. ¶ “I have never knowingly taken a banned
 * substance …”" — a quotation with no cue of its own that opens right after a sentence in which someone issued
 * a statement, letter or post: the quotation is that document's text, and its issuer's words.
 */
import type { Sieve } from './types';
import { subjectOfVerb } from '../subject';
import { parseSpeakerPhrase } from '../speakerPhrase';

/** "released a statement", "issued a brief statement", "posted a message", "put out a long response". */
const ISSUED = /\b(released|issued|published|posted|shared|sent|put out)\s+(?:a|an|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:statement|letter|message|tribute|post|note|response|apology|reply)\b/u;

/** "In a statement released through police, the Lindqvist family thanked …": the document, its issuer (group 1) and the issuer's verb (group 2). */
const OPENS_WITH_DOCUMENT = /^\s*In\s+(?:a|an|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:statement|letter|message|post|tribute|video|note|response)\b[^,;:…]{0,60},\s*((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}family|(?:[Tt]he\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4}|[Tt]he\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?|he|she|they|it)\s+(\p{Ll}+(?:ed|s))\b/u;

export const issuedStatement: Sieve = ({ view, candidates, index }) => {
  const c = candidates[index];
  if (c.before.trim() !== '' || c.after.trim() !== '') return null;
  const prev = view.sentences[c.sentence.global - 1];
  if (!prev || (prev.paragraph !== c.sentence.paragraph && prev.paragraph !== c.sentence.paragraph - 1)) return null;
  // (A lead-in that ends in a colon is the colon sieves' to read; one with a quotation in it is another's words.)
  if (!/\.\s*$/.test(prev.masked) || prev.masked.includes('…')) return null;
  const issued = ISSUED.exec(prev.masked);
  // "In a statement released through police, the Lindqvist family thanked the rescuers.": a sentence that
  // opens with the document, then its issuer.
  const opening = issued ? null : OPENS_WITH_DOCUMENT.exec(prev.masked);
  if (opening) {
    const ref = parseSpeakerPhrase(opening[1]);
    if (ref && (ref.kind === 'person' || ref.kind === 'organization' || ref.kind === 'pronoun' || (ref.kind === 'unknown' && /\bfamily$/i.test(opening[1])))) {
      return { ref, refStart: prev.start + opening[0].length - opening[1].length - opening[2].length - 1, cue: opening[2], confidence: 0.8, sieve: 'issuedStatement' };
    }
  }
  if (!issued) return null;
  const subject = subjectOfVerb(prev.masked.slice(0, issued.index), issued[1]);
  if (!subject || (subject.ref.kind !== 'person' && subject.ref.kind !== 'organization' && subject.ref.kind !== 'pronoun')) return null;
  return { ref: subject.ref, refStart: prev.start + subject.start, cue: issued[1], confidence: 0.8, sieve: 'issuedStatement' };
};
