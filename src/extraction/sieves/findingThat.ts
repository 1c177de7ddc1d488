/**
 * "In its ruling, the court found that the hospital had “…”", "A 2021 study by the Emirates Water Research Centre
 * … found that rising sea temperatures posed “…”", "Principal Magistrate Omar Kinteh held that the plaintiffs had
 * shown “…”": what a court, a judge or a report finds or holds is theirs to quote, though neither verb is speech.
 * Only with "that" (a finding, not "police found the car") and before the quotation in its sentence; the speaker
 * is the verb's subject, as for any cue.
 */
import type { Sieve } from './types';
import { blankParentheses } from '../cueGrammar';
import { subjectOfVerb } from '../subject';

/** The finding verbs and their "that". (Tried only on text that holds " that".) */
const FINDING_THAT = /\b(found|finds|held|holds|determined)\s+that\b/g;

export const findingThat: Sieve = ({ candidates, index }) => {
  const c = candidates[index];
  if (!c.before.includes(' that')) return null;
  const before = blankParentheses(c.before);
  let last: RegExpExecArray | null = null;
  for (const m of before.matchAll(FINDING_THAT)) last = m as RegExpExecArray;
  if (!last) return null;
  const subject = subjectOfVerb(before.slice(0, last.index), last[1]);
  if (!subject) return null;
  return { ref: subject.ref, refStart: c.sentence.start + subject.start, cue: last[1], confidence: 0.8, sieve: 'findingThat', fragment: true };
};
