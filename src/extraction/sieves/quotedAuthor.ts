/**
 * A quotation the narration credits to its author without a speech verb: "citing the Chuck Jones quote that
 * “…”", "quoting Mark Twain: “…”", "in Lincoln's words, “…”". The author is named right before the
 * quotation, with the noun or participle that makes the credit.
 */
import type { Sieve } from './types';
import { parseSpeakerPhrase } from '../speakerPhrase';

/** A capitalised name (with connectors), as the phrase right before the credit noun. */
const NAME = String.raw`[\p{Lu}][\p{L}.'’-]*(?:\s+(?:(?:of|de|van|von|bin|al|da|del|la|le)\s+)?[\p{Lu}][\p{L}.'’-]*){0,4}`;

const CREDITS = [
  // "the Chuck Jones quote that", "a Churchill line:", "Lincoln's famous words,"
  new RegExp(String.raw`\b(?:the\s+|a\s+|an\s+)?(${NAME})(?:['’]s)?\s+(?:(?:famous|well-known|oft-quoted|old)\s+)?(?:quote|quotation|saying|line|maxim|adage|dictum|words)\s*[,:]?\s*(?:that\s+)?$`, 'u'),
  // "quoting Mark Twain:", "citing Einstein, who wrote that"
  new RegExp(String.raw`\b(?:[Qq]uoting|[Cc]iting)\s+(${NAME})\s*[,:]?\s*(?:as\s+saying\s*[,:]?\s*)?(?:that\s+)?$`, 'u'),
  // "in Lincoln's words,", "in the words of Mark Twain,"
  new RegExp(String.raw`\b[Ii]n\s+(?:the\s+words\s+of\s+(${NAME})|(${NAME})['’]s\s+words)\s*[,:]?\s*$`, 'u'),
];

export const quotedAuthor: Sieve = ({ candidates, index }) => {
  const c = candidates[index];
  for (const pattern of CREDITS) {
    const m = pattern.exec(c.before);
    const name = m?.[1] ?? m?.[2];
    if (!m || !name) continue;
    const ref = parseSpeakerPhrase(name);
    // A one-word "name" before "quote" is as often a book or a place ("the Bible quote") as an author.
    const named = ref && (ref.kind === 'organization' || (ref.kind === 'person' && ref.name.split(' ').length >= 2));
    if (!ref || !named) continue;
    return { ref, refStart: c.sentence.start + m.index + m[0].indexOf(name), cue: 'quote', confidence: 0.8, sieve: 'quotedAuthor' };
  }
  return null;
};
