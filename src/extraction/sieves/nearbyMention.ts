/**
 * The loosest sieve (CoreNLP's "closest mention" idea, kept narrow): a quotation with no cue of its own,
 * opening its sentence right after narration, or after a colon, that names exactly one person and no
 * organisation — "…, leaving Ingram unimpressed. “One of them was questionable.”" Low confidence.
 */
import type { Sieve } from './types';
import { findNames } from '../names';
import { parseSpeakerPhrase } from '../speakerPhrase';

function onlyPerson(text: string): { name: string; start: number } | null {
  const names = findNames(text);
  const people = names.filter((n) => n.kind === 'person' || n.kind === 'single');
  if (people.length !== 1 || names.some((n) => n.kind === 'organization')) return null;
  const ref = parseSpeakerPhrase(people[0].name);
  return ref && ref.kind === 'person' ? { name: people[0].name, start: people[0].start } : null;
}

/** The person a sentence opens with, followed by a comma or a verb in the past ("Harding, who …", "Okoye smiled"). */
function openingPerson(text: string): { name: string; start: number } | null {
  const first = findNames(text)[0];
  if (!first || (first.kind !== 'person' && first.kind !== 'single') || text.slice(0, first.start).trim() !== '') return null;
  if (!SUBJECT_FOLLOWS.test(text.slice(first.end))) return null;
  const ref = parseSpeakerPhrase(first.name);
  return ref && ref.kind === 'person' ? { name: first.name, start: first.start } : null;
}
const SUBJECT_FOLLOWS = /^(?:,|\s+(?:also\s+|then\s+|later\s+)?\p{Ll}+ed\b)/u;

export const nearbyMention: Sieve = ({ view, candidates, index }) => {
  const c = candidates[index];
  if (c.after.replace(/[\s.,;!?]/g, '') !== '') return null;
  // "X, who cited …: “…”": the clause before the colon names one person.
  if (/:\s*$/.test(c.before)) {
    const person = onlyPerson(c.before);
    return person ? { ref: { kind: 'person', name: person.name, role: null, gender: 'unknown' }, refStart: c.sentence.start + person.start, cue: 'colon', confidence: 0.5, sieve: 'nearbyMention' } : null;
  }
  if (c.before.trim() !== '') return null;
  const prev = view.sentences[c.sentence.global - 1];
  if (!prev || prev.paragraph !== c.sentence.paragraph || prev.masked.includes('…')) return null;
  // (Or the person the sentence opens with, as its subject, whoever else it names: "Harding, who took over
  // the side in 2022 after a career with the Queensland Reds, singled out her forward pack. “…”")
  const person = onlyPerson(prev.masked) ?? openingPerson(prev.masked);
  if (!person) return null;
  return { ref: { kind: 'person', name: person.name, role: null, gender: 'unknown' }, refStart: prev.start + person.start, cue: null, confidence: 0.5, sieve: 'nearbyMention' };
};
