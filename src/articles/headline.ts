/**
 * A plain text file may start with its headline. A first paragraph is taken as the headline only when it
 * looks like one: a single short line, not ending like a sentence, not a quotation, with more body after it.
 */
import type { Paragraph } from '../types';

const MAX_HEADLINE_CHARS = 160;
const MAX_HEADLINE_WORDS = 25;

export function looksLikeHeadline(first: Paragraph, rest: Paragraph[]): boolean {
  const text = first.text;
  if (rest.length === 0) return false;
  if (text.includes('\n')) return false;
  if (text.length > MAX_HEADLINE_CHARS || text.split(/\s+/).length > MAX_HEADLINE_WORDS) return false;
  if (/^["“‘'«]/.test(text)) return false;
  // Sentences end with a full stop; headlines normally do not (a "?" or "!" headline is still a headline).
  if (/[.;,:]$/.test(text) && !/\b(?:Jr|Sr|Inc|Ltd|Co|St|U\.S|U\.K)\.$/.test(text)) return false;
  // (So does a sentence that ends inside its quotation: 'The minister said: “We will not pay.”'.)
  if (/[.;,:][\s\u00A0\u202F]?["”’'»]+$/.test(text)) return false;
  return /^[\p{Lu}\p{N}]/u.test(text);
}
