/**
 * Short quote ids users can type ("Q-3f9a"). Derived from the quote id by hashing, so they are stable;
 * when a prefix is taken by another quote the next longer one is used (the store picks the first free one).
 */
import { createHash } from 'node:crypto';

const SHORTEST = 4;

/** Candidate short ids for a quote id, shortest first. */
export function shortIdCandidates(quoteId: string): string[] {
  const hex = createHash('sha1').update(quoteId).digest('hex');
  const out: string[] = [];
  for (let len = SHORTEST; len <= hex.length; len++) out.push(`Q-${hex.slice(0, len)}`);
  return out;
}

/** "q-3F9A" → "Q-3f9a"; null when the text is not shaped like a short id. */
export function normaliseShortId(text: string): string | null {
  const m = /^q-([0-9a-f]{4,40})$/i.exec(text.trim());
  return m ? `Q-${m[1].toLowerCase()}` : null;
}
