/**
 * Who is the subject of a speech verb: the phrase before it (with asides and appositives handled), or for a
 * participle ("…, saying", "…, calling it") the subject of the clause it hangs on.
 */
import { clauseSubject, subjectBefore } from './cueGrammar';
import { parseSpeakerPhrase, type SpeakerRef } from './speakerPhrase';
import { memoize } from './memo';

export interface SubjectFound {
  ref: SpeakerRef;
  /** Offset of the phrase in the text given. */
  start: number;
}

const namesSpeaker = (phrase: string) => parseSpeakerPhrase(phrase) !== null;
const namesSomeone = (phrase: string) => {
  const ref = parseSpeakerPhrase(phrase);
  return ref !== null && ref.kind !== 'unknown';
};

const PARTICIPLE = /ing$/;

/**
 * The same text before a verb is asked about by several stages (reported speech reads the sentence, the
 * sieves read the narration before a quotation: the same prefix when the quotation follows the verb), so
 * the answer is memoised. Callers get a copy.
 */
const subjectMemo = memoize((key) => {
  const cut = key.indexOf('\u0000');
  return subjectOfVerbUncached(key.slice(cut + 1), key.slice(0, cut));
});

export function subjectOfVerb(textBeforeVerb: string, verb: string): SubjectFound | null {
  const found = subjectMemo(`${verb}\u0000${textBeforeVerb}`);
  return found && { ref: { ...found.ref }, start: found.start };
}

function subjectOfVerbUncached(textBeforeVerb: string, verb: string): SubjectFound | null {
  const direct = subjectBefore(textBeforeVerb, namesSpeaker);
  const directRef = direct ? parseSpeakerPhrase(direct.phrase) : null;
  if (direct && directRef && !(PARTICIPLE.test(verb) && /,\s*$/.test(textBeforeVerb))) return { ref: directRef, start: direct.start };
  if (!PARTICIPLE.test(verb) && direct && directRef) return null;
  // "The ministry denounced the summit, calling …": the participle borrows the clause's subject.
  const clauseStart = Math.max(0, ...[...textBeforeVerb.matchAll(/[;:…“”"]\s*/g)].map((m) => m.index + m[0].length));
  // "The State Department gave its “…” and said …": a coordinated verb shares the sentence's subject.
  const local = textBeforeVerb.slice(clauseStart);
  const from = /^\s*(?:and|but|then|and\s+then|[,\s])*$/.test(local) ? 0 : clauseStart;
  const clause = textBeforeVerb.slice(from);
  const subject = clauseSubject(clause, namesSomeone) ?? clauseSubject(clause, namesSpeaker);
  const ref = subject ? parseSpeakerPhrase(subject.phrase) : null;
  return subject && ref ? { ref, start: from + subject.start } : null;
}
