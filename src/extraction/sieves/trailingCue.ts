/**
 * “Quote,” said X. / “Quote,” X said. / “Quote,” X told TASS. / “Quote.” — X
 * The most precise cue: the speaker phrase sits right after the closing mark.
 */
import type { Sieve } from './types';
import { cueVerb, personInAppositiveList, phraseAfter, speechVerbs } from '../cueGrammar';
import { parseSpeakerPhrase } from '../speakerPhrase';
import type { SpeakerRef } from '../speakerPhrase';
import { OBJECT_PRONOUNS, subjectOfVerb } from '../subject';
/**
 * A capitalised text with a comma in it, perhaps after "the" and a style ("the Rev. Clarence Whitmore, …"). (A
 * module constant: under tsx, a `\p{…}` outside brackets inside a function is rebuilt on every call.)
 */
const NAME_THEN_COMMA = /^(?:the\s+)?\p{Lu}[^,]*,/u;

const MAX_SUBJECT_WORDS = 10;
/** The rest of a cue after its verb: a colon, then the next quotation or the end of the sentence. */
/** A pronoun and its verb right before the quotation: "whom he called", "what she described as". */
const PRONOUN_VERB_AT_END = /\b(?:he|she|they)\s+(?:had\s+|has\s+|have\s+)?[\p{Ll}]+(?:\s+(?:it|them|him|her|this|that))?(?:\s+as)?\s*$/iu;
const LEADS_NEXT_QUOTATION = /^[^,;.“”"]{0,40}:\s*(?:$|["“])/;
/** A conjunction that opens a clause of its own after a quotation: "while", "as", "but", "whereas". */
const CLAUSE_OPENER = /^(?:while|as|but|and|whereas|when|after|before|since|though|although|whilst)\b/i;
/** "the statement quoted | Home Minister Nisar Ahmed Jatoi | as saying": who quotes (group 1), who is quoted (2), the verb (3). */
const QUOTED_AS_SAYING = /^((?:[\p{L}'’-]+\s+){1,5}?)(?:quoted|quotes|cited|cites)\s+([^,;:“”"]+?)\s+as\s+(saying|telling|stating|writing|adding|warning)\b/u;
/** A preposition left at the end of a relative clause ("… police warned about every week"): no object of its own after it. */
const STRANDED_PREPOSITION = /^\s+(?:about|of|against)(?:[.,;]|\s+(?:every|each|all|for|in|at|on|again|daily|weekly|repeatedly|often|before|since|last|this|these)\b)/iu;
/** A longer subject is read only as a name opening the narration, with asides after it. */
const MAX_LONG_SUBJECT_WORDS = 25;

export const trailingCue: Sieve = ({ candidates, index }) => {
  const c = candidates[index];
  const after = c.after;
  const lead = /^\s*[,.!?]?\s*/.exec(after)![0];
  const rest = after.slice(lead.length);
  // Inverted: "said the Ministry of Defence in a statement".
  const inverted = /^([\p{Ll}]+)\s+/u.exec(rest);
  // (Not "state" before its noun: "…,” state officials said" is no inverted "state". Nor a participle: in
  // "…”, saying the government had begun …" the words after it are what was said, not who said it.)
  if (inverted && inverted[1] !== 'state' && !inverted[1].endsWith('ing') && speechVerbs(inverted[1], false).length > 0 && !/\.\s*$/.test(lead)) {
    const afterVerb = rest.slice(inverted[0].length);
    const phrase = phraseAfter(afterVerb);
    let ref = phrase ? parseSpeakerPhrase(phrase.phrase) : null;
    // "said University of California, San Diego's chancellor, Pradeep Khosla": the person in the list.
    if (ref && ref.kind !== 'person' && ref.kind !== 'pronoun') {
      const person = personInAppositiveList(afterVerb, (p) => {
        const r = parseSpeakerPhrase(p);
        return r ? (r.kind === 'person' ? 'person' : 'other') : null;
      });
      if (person) ref = parseSpeakerPhrase(person.phrase);
    }
    if (ref) return { ref, refStart: c.afterStart + lead.length + inverted[0].length, cue: inverted[1].toLowerCase(), confidence: 0.95, sieve: 'trailingCue' };
  }
  // Dash attribution: “Quote.” — Jane Doe
  const dash = /^[—–-]\s*/.exec(rest);
  if (dash) {
    const phrase = phraseAfter(rest.slice(dash[0].length));
    const ref = phrase ? parseSpeakerPhrase(phrase.phrase) : null;
    if (ref && ref.kind !== 'unknown') return { ref, refStart: c.afterStart + lead.length + dash[0].length, cue: 'dash', confidence: 0.85, sieve: 'trailingCue' };
  }
  // Subject first: "he said", "Deputy Minister Alexander Chupriyan told TASS".
  if (/\.\s*$/.test(lead) && lead.trim() !== '') return null;
  // "…,” the statement quoted Home Minister Nisar Ahmed Jatoi as saying": the one quoted speaks, not the
  // document or outlet that quotes them.
  const quotedAs = rest.includes(' as ') ? QUOTED_AS_SAYING.exec(rest) : null;
  if (quotedAs) {
    const ref = parseSpeakerPhrase(OBJECT_PRONOUNS.get(quotedAs[2].toLowerCase()) ?? quotedAs[2]);
    if (ref) return { ref, refStart: c.afterStart + lead.length + quotedAs[0].indexOf(quotedAs[2], quotedAs[1].length), cue: quotedAs[3].toLowerCase(), confidence: 0.9, sieve: 'trailingCue' };
  }
  const verb = cueVerb(rest);
  if (!verb) return null;
  // "…, whom the police commissioner described as “cowards hiding in the bush”, he said: “…”": a cue closed by a
  // colon leads the next quotation; a fragment inside the narration before it is not what it says.
  // (Unless a pronoun's verb introduces the fragment: in "Bhatti, whom he called “Lahore's tax expert”, Minister
  // Nauman Chattha said: “…”" the pronoun is the speaker named after it.)
  if (c.before.trim() !== '' && LEADS_NEXT_QUOTATION.test(rest.slice(verb.end)) && !PRONOUN_VERB_AT_END.test(c.before)) return null;
  // ("said the case was “exactly the scenario” police warned about every week": a quotation inside the sentence
  // that a relative clause's verb leaves its preposition for is that verb's object, not words its subject said.)
  if (c.before.trim() !== '' && STRANDED_PREPOSITION.test(rest.slice(verb.end))) return null;
  // A bracketed acronym adds words but no speaker: "a spokesperson for the … Company Limited (BPDCL) said".
  const subject = rest.slice(0, verb.start).replace(/\s*\([^()]{1,12}\)/g, '').trim();
  if (subject === '' || /[;:!?…“”"]/.test(subject)) return null;
  if (subject.split(/\s+/).length > MAX_SUBJECT_WORDS) {
    // "…,” Arnaud Lescure, head of the National Federation of Farm Operators (FNEA), the country's biggest
    // farmers' union, told AFP": a name right after the quotation with its asides; the asides are no speaker.
    const long = subject.split(/\s+/).length <= MAX_LONG_SUBJECT_WORDS ? nameBeforeAsides(subject, rest.slice(0, verb.start), verb.verb) : null;
    return long ? { ref: long, refStart: c.afterStart + lead.length, cue: verb.verb, confidence: 0.95, sieve: 'trailingCue' } : null;
  }
  // (A whole word only: "Bacalso told" keeps its "also".)
  const ref = parseSpeakerPhrase(subject.replace(/(?:\s*,\s*|\s+)(?:also|later|then|further|again|once|too)$/i, ''));
  // ("…,” Clarence Whitmore, Zion Hill's pastor since 2005, said": a name right after the quotation with an
  // aside the phrase parser does not read whole; the subject finder reads the name before it, as for a long one.)
  const named = ref ? null : nameBeforeAsides(subject, rest.slice(0, verb.start), verb.verb);
  if (named) return { ref: named, refStart: c.afterStart + lead.length, cue: verb.verb, confidence: 0.95, sieve: 'trailingCue' };
  if (!ref) {
    // "BNPB data and communications head Rahmat Hidayatullah told a press briefing": a title with "and" in it
    // before the name; the subject finder reads the titled person at its end. (Not a new clause after the
    // quotation: "…” while Interior Minister Joachim Brudziński wrote" is someone else writing.)
    if (!subject.includes(' and ') || CLAUSE_OPENER.test(subject)) return null;
    const titled = subjectOfVerb(rest.slice(0, verb.start), verb.verb);
    if (titled?.ref.kind !== 'person' || !titled.ref.role || rest.slice(titled.start, verb.start).trim() !== `${titled.ref.role} ${titled.ref.name}`) return null;
    return { ref: titled.ref, refStart: c.afterStart + lead.length + titled.start, cue: verb.verb, confidence: 0.95, sieve: 'trailingCue' };
  }
  return { ref, refStart: c.afterStart + lead.length, cue: verb.verb, confidence: 0.95, sieve: 'trailingCue' };
};

/**
 * The person or body named right after the quotation, before its asides, as the subject finder reads the text
 * before the verb; null when the subject does not open with a name and a comma, or the finder starts elsewhere.
 */
function nameBeforeAsides(subject: string, textBeforeVerb: string, verb: string): SpeakerRef | null {
  if (!NAME_THEN_COMMA.test(subject)) return null;
  const found = subjectOfVerb(textBeforeVerb, verb);
  return found && found.start === 0 && (found.ref.kind === 'person' || found.ref.kind === 'organization') ? found.ref : null;
}
