/**
 * Brazilian President Jair Bolsonaro opposed Macron's statement: “…” — a clause ending in a colon right
 * before the quotation introduces it; its subject is the speaker even without a speech verb.
 */
import type { Sieve } from './types';
import { afterLastMark, clauseSubject, unnamedPersonOpening } from '../cueGrammar';
import { parseSpeakerPhrase, type SpeakerRef } from '../speakerPhrase';

const namesSpeaker = (phrase: string) => {
  const ref = parseSpeakerPhrase(phrase);
  return ref !== null && ref.kind !== 'unknown';
};

/**
 * The speaker of a text that ends in a colon: the subject of its last clause, as a reference and its offset
 * in the text. Null when the text ends in no colon or its clause names no one. (colonLeadIn reads the same
 * shape in the sentence before the quotation.)
 */
export function subjectOfColonClause(text: string): { ref: SpeakerRef; start: number } | null {
  if (!/:\s*$/.test(text)) return null;
  const clauseStart = afterLastMark(text, ';…“”"');
  const clause = text.slice(clauseStart).replace(/:\s*$/, '');
  const subject = clauseSubject(clause, namesSpeaker);
  // "One man waiting at a bus stop was less sympathetic:": someone unnamed introduces the quotation; whoever
  // the paragraph named before is not them. ("An HSC emergency nurse … put it this way:": nor is the body whose
  // initials open the description, read as the subject's first words.)
  const unnamed = unnamedPersonOpening(clause);
  const insideUnnamed = unnamed !== null && subject !== null && unnamed.start === subject.start && unnamed.description.length > subject.phrase.length && unnamed.description.startsWith(subject.phrase);
  const ref = subject && !insideUnnamed ? parseSpeakerPhrase(subject.phrase) : null;
  if (ref && subject) return { ref, start: clauseStart + subject.start };
  return unnamed ? { ref: { kind: 'unknown', description: unnamed.description }, start: clauseStart + unnamed.start } : null;
}

export const colonClause: Sieve = ({ candidates, index }) => {
  const c = candidates[index];
  const found = subjectOfColonClause(c.before);
  if (!found) return null;
  return { ref: found.ref, refStart: c.sentence.start + found.start, cue: 'colon', confidence: 0.75, sieve: 'colonClause' };
};
