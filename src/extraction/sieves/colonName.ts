/** Jane Doe: “…” — a name (no verb) right before a colon that opens the quotation. */
import type { Sieve } from './types';
import { parseSpeakerPhrase } from '../speakerPhrase';

export const colonName: Sieve = ({ candidates, index }) => {
  const c = candidates[index];
  const m = /(?:^|[.;]\s+)([^.;:,…“”"]{2,60}):\s*$/.exec(c.before);
  if (!m) return null;
  const ref = parseSpeakerPhrase(m[1]);
  if (!ref || (ref.kind !== 'person' && ref.kind !== 'organization' && ref.kind !== 'pronoun')) return null;
  return { ref, refStart: c.sentence.start + m.index + m[0].indexOf(m[1]), cue: 'colon', confidence: 0.8, sieve: 'colonName' };
};
