/**
 * Reported speech without quotation marks: “X said (that) …” → the reported clause, kind "indirect".
 * Also the preposed form “…, officials said.” Only sentences (or the narration before a quotation) without
 * quotation marks in the reported clause count.
 */
import * as cueGrammarModule from './cueGrammar';
import type { VerbHit } from './cueGrammar';
import * as textModule from '../articles/text';
import * as subjectModule from './subject';
import * as speakerPhraseModule from './speakerPhrase';
import type { SpeakerRef } from './speakerPhrase';
import * as namesModule from './names';

// Imported names read once into module constants: under tsx (esbuild's CommonJS output) every use of an
// imported name is a property getter call (two, through the re-export), and these are used for every word.
const { afterLastMark, speechVerbs, stripTrailingAdjuncts } = cueGrammarModule;
const { collapseWhitespace } = textModule;
const { OBJECT_PRONOUNS, subjectOfVerb } = subjectModule;
const { parseSpeakerPhrase } = speakerPhraseModule;
const { tokenize } = namesModule;

export interface IndirectFinding {
  ref: SpeakerRef;
  refStart: number;
  /** Offsets (relative to the sentence) of the reported clause. */
  start: number;
  end: number;
  cue: string;
  /**
   * The verb leads a quotation ("Speaking to BBC Radio Ulster, he said: “…”", "Asked whether …, Holm said"): its
   * speaker has spoken, but the clause before it is no reported speech.
   */
  leadsQuotation?: boolean;
}

/** Verbs that report a statement (not "asked", "called", "described": those take no clause). */
const REPORTING = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'announced', 'announces', 'claimed',
  'claims', 'reported', 'reports', 'indicated', 'indicates', 'explained', 'explains', 'noted', 'notes', 'warned',
  'warns', 'argued', 'argues', 'insisted', 'insists', 'confirmed', 'confirms', 'admitted', 'admits', 'estimated',
  'estimates', 'predicted', 'predicts', 'alleged', 'alleges', 'acknowledged', 'acknowledges', 'revealed',
  'reveals', 'suggested', 'suggests', 'asserted', 'asserts', 'maintained', 'maintains', 'denied', 'denies',
  'believe', 'believes', 'believed', 'concluded', 'concludes', 'emphasised', 'emphasized', 'stressed',
  'reiterated', 'testified', 'wrote', 'writes', 'tweeted', 'posted', 'promised', 'vowed', 'agreed', 'recalled',
  'conceded', 'contended', 'observed', 'mentioned', 'assured', 'informed', 'disclosed', 'described',
  'cautioned', 'cautions', 'remarked', 'remarks', 'underlined', 'underlines', 'reaffirmed', 'reaffirms',
  'highlighted', 'highlights', 'declared', 'declares', 'affirmed', 'affirms',
  // (Verbs of complaint report a statement too: "lamented that the town had been forgotten", "complained that".)
  'lamented', 'laments', 'complained', 'complains',
]);

/** Words that cannot begin a reported clause ("said in a statement", "said on Friday"). */
const NOT_CLAUSE_START = new Set([
  'in', 'on', 'at', 'during', 'to', 'after', 'before', 'with', 'from', 'by', 'about', 'of', 'for', 'as', 'and',
  'or', 'but', 'yesterday', 'today', 'earlier', 'later', 'also', 'so', 'nothing', 'anything', 'something',
  'hello', 'goodbye', 'sorry', 'thanks', 'via', 'through', 'when', 'while', 'last', 'previously',
]);

const MIN_CLAUSE_WORDS = 3;

/** "said at least six companies had …", "said about 9,000 residents had …": a quantity opens the clause, not a preposition. */
// ("said about a third of his staff had come", "said about half the stalls were empty": a share is a quantity too.)
const QUANTITY_OPENING = /^(?:at\s+(?:least|most)\s|about\s+(?:[\d,.]+|a\s+(?:third|quarter|fifth|tenth|half|dozen|hundred|thousand)|half|two-thirds|three-quarters|one\s+in\s+\w+)\s)/i;

/** A weekday alone after the verb, as American copy writes it ("confirmed Wednesday"). */
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const TIME_NAME = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|morning|afternoon|evening|night|week|month|year|weekend|\\d{4})';
const AFTER_VERB_ADJUNCT = new RegExp(`^\\s+(?:(?:on|in|last|this|early|late|earlier|later)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?${TIME_NAME}|${WEEKDAY}|yesterday(?:\\s+(?:morning|afternoon|evening))?|today|tonight|(?:this|last)\\s+(?:morning|afternoon|evening|week))(?=\\s|,)`, 'i');

/**
 * A comma and a participle that reports nothing: ", citing a shortage". (Not ", adding that …" nor ", citing
 * navy documents, that …": a reported clause follows those.)
 */
const PARTICIPLE_AFTER_COMMA = /^\s*,\s*(?!adding|saying|noting|stressing|explaining|insisting|arguing|warning)\p{Ll}{2,}ing\b(?![^.;]*\bthat\b)/u;

/** A prepositional phrase after the verb that ends in "that": the reported clause follows "that". */
const PREPOSITION_THEN_THAT = /^\s+(?:in|to|at|during|on|after|before|with|through|via|by|over|from)\s+[^,;:“”"«»…]{0,80}?\s+that\s+/i; // a full stop here is an abbreviation ("U.S.")

/** "in a statement", "in a press release", "in its annual report": the document a statement was made in. */
const DOCUMENT_PHRASE = String.raw`^\s+in\s+(?:a|an|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:statement|release|post|letter|filing|message|report|bulletin|notice|communiqué)`;
const IN_A_DOCUMENT = new RegExp(String.raw`${DOCUMENT_PHRASE}(?=\s+(?!on\b|to\b|at\b|from\b|by\b|in\b|issued\b|released\b|published\b|posted\b|sent\b|signed\b|read\b|on\b|shared\b|dated\b|late\b|earlier\b|later\b)[\p{L}])`, 'u');

/** Object of "told": "told state media", "told reporters", "told the BBC on Monday". */
const TOLD_OBJECT = /^(?:\s*(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|this\s+)?(?:[\p{L}.-]+\s+){0,3}?(?:reporters|reporter|journalists|journalist|correspondent|media|press|the\s+press|him|her|them|us|me|police|officers|investigators|the\s+court|court|jurors|parliament|lawmakers|[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)*))(?=\s|,|$)/u;

const QUOTE_MARKS = /["“”«»…]/;

/**
 * A reported clause is in the reporter's words: nothing quoted, or a quoted fragment woven in after a few
 * words of narration ("said the tool was “…”"). A clause that is, or opens with, a quotation is the direct
 * quotation's.
 */
function isNarrated(clause: string): boolean {
  const mark = clause.search(QUOTE_MARKS);
  return mark === -1 || tokenize(clause.slice(0, mark), MIN_CLAUSE_WORDS).length >= MIN_CLAUSE_WORDS;
}

/** Reported clauses of a sentence (see isNarrated for those that hold a quotation). */
export function findIndirect(masked: string): IndirectFinding[] {
  const verbs = speechVerbs(masked);
  const mayCiteSource = masked.includes('ccording');
  // Most sentences of an article report nothing: no reporting verb and no "according to".
  if (!mayCiteSource && !verbs.some((v) => REPORTING.has(v.verb) || PREPOSED_VERBS.has(v.verb))) return [];
  const accordingTo = mayCiteSource ? findAccordingTo(masked) : [];
  return findInNarration(masked, verbs, accordingTo).filter((f) => isNarrated(masked.slice(f.start, f.end)));
}

function findInNarration(text: string, verbs: VerbHit[], accordingTo: IndirectFinding[]): IndirectFinding[] {
  const findings: IndirectFinding[] = [];
  for (const verb of verbs) {
    if (!REPORTING.has(verb.verb)) continue;
    let pos = verb.end;
    let rest = text.slice(pos);
    if (verb.verb === 'told' || verb.verb === 'tells' || verb.verb === 'assured' || verb.verb === 'informed') {
      const obj = TOLD_OBJECT.exec(rest);
      if (!obj) continue;
      pos += obj[0].length;
      rest = text.slice(pos);
    }
    // "said yesterday morning the road …", "said in May the AfCFTA …": a time adjunct before the clause.
    const adjunct = AFTER_VERB_ADJUNCT.exec(rest);
    if (adjunct) {
      pos += adjunct[0].length;
      rest = text.slice(pos);
    }
    // "said in a filing to the SEC that …", "explained to Wikinews that …": a prepositional phrase, then "that".
    const toThat = PREPOSITION_THEN_THAT.exec(rest);
    if (toThat) {
      pos += toThat[0].length;
      rest = text.slice(pos);
    }
    // "said in a statement the vessel had been spotted": the document it was said in, then the clause.
    const document = toThat ? null : IN_A_DOCUMENT.exec(rest);
    if (document) {
      pos += document[0].length;
      rest = text.slice(pos);
    }
    // ("the CIUSSS confirmed Wednesday, citing a shortage": a participle after the adjunct adds to the cue; the
    // reported clause, if any, is the one before it.)
    if (adjunct && PARTICIPLE_AFTER_COMMA.test(rest)) continue;
    const lead = /^\s*(?:,\s*)?(?:that\s+)?/i.exec(rest)![0];
    // "said, “…”" or an aside: not a reported clause — but "reported on Thursday, coverage had risen" is.
    if (/^\s*,/.test(rest) && !adjunct) continue;
    pos += lead.length;
    const clauseEnd = clauseEndOf(text, pos);
    const clause = text.slice(pos, clauseEnd);
    const words = tokenize(clause, MIN_CLAUSE_WORDS); // enough to count to the minimum
    if (words.length < MIN_CLAUSE_WORDS || (NOT_CLAUSE_START.has(words[0].text.toLowerCase()) && !QUANTITY_OPENING.test(clause))) continue;
    if (/^[“"«]/.test(clause)) continue;
    // A clause that is not narrated is dropped in the end; it matters only while it may shadow an
    // "according to" finding, so its (costly) subject is looked for only then.
    const span = { start: pos, end: clauseEnd };
    // (A clause two verbs lead to is reported once: "… told told A the road was shut".)
    if (findings.some((f) => f.start === pos)) continue;
    if (!isNarrated(clause) && !accordingTo.some((a) => overlaps(a, span))) continue;
    const subject = subjectOfVerb(text.slice(0, verb.start), verb.verb);
    if (!subject) continue;
    findings.push({ ref: subject.ref, refStart: subject.start, start: pos, end: clauseEnd, cue: verb.verb });
  }
  const preposed = findPreposed(text, verbs);
  if (preposed && !findings.some((f) => f.start === preposed.start)) findings.push(preposed);
  for (const found of accordingTo) if (!findings.some((f) => overlaps(f, found))) findings.push(found);
  return findings.sort((a, b) => a.start - b.start);
}

function clauseEndOf(text: string, from: number): number {
  const rest = text.slice(from);
  const stop = /(?:[.;!?](?=\s|$))|,\s+(?:adding|saying|noting|while|but|and\s+(?:said|added|that))\b/.exec(rest);
  return from + (stop ? stop.index : rest.trimEnd().length);
}

const PREPOSED_VERBS = new Set([
  'said', 'says', 'told', 'added', 'reported', 'stated', 'claimed', 'announced', 'revealed', 'confirmed', 'noted',
  'explained', 'warned', 'wrote', 'testified', 'described', 'estimated',
]);

/**
 * The clause, a comma, a short speaker phrase and its verb; then the end of the sentence, a participle
 * ("…, adding"), or — a cue inserted into the sentence — a comma and its lower-case continuation
 * ("The guardrail would be examined, Roberts said, to determine …").
 */
const PREPOSED = new RegExp(
  `^(.{15,}?),\\s+((?:[\\p{L}.'’-]+\\s+){0,5}?[\\p{L}.'’-]+)\\s+(${[...PREPOSED_VERBS].join('|')})\\b([^,.;]*)(?:[.;]\\s*$|$|,\\s+(?:adding|saying|noting|according)\\b|,\\s+(?=\\p{Ll}))`,
  'u',
);

/** A sentence that opens with a participle clause: "Asked whether …", "Speaking to reporters …". */
const PARTICIPLE_OPENING = /^\s*(?:When\s+)?(?:Asked|Speaking|Responding|Writing|Addressing|Referring|Reacting|Commenting|Pressed|Questioned)\b/;

/** A preposed cue's verb followed by the document it was said in: "…, the ministry said in a statement posted on its page." */
const IN_A_DOCUMENT_AFTER_VERB = new RegExp(String.raw`${DOCUMENT_PHRASE}\b`, 'u');

/** “A total of 39 are confirmed dead, officials told state media.” */
function findPreposed(text: string, allVerbs: VerbHit[]): IndirectFinding | null {
  // Cheap guard before the backtracking pattern: a comma, then a reporting verb, near the end.
  const verbs = allVerbs.filter((v) => PREPOSED_VERBS.has(v.verb));
  if (verbs.length === 0 || !text.slice(0, verbs[verbs.length - 1].start).includes(',')) return null;
  const m = PREPOSED.exec(text);
  if (!m) return null;
  if (/["“”…]/.test(m[1])) return null;
  // Only a short object may follow the verb ("officials told state media"): otherwise it is "X said <clause>".
  // ("…, the ministry said in a statement posted on its Facebook page": the document it was said in.)
  if ((tokenize(m[4], 5).length > 4 && !IN_A_DOCUMENT_AFTER_VERB.test(m[4])) || /\bthat\b/.test(m[4])) return null;
  const ref = parseSpeakerPhrase(m[2]);
  if (!ref) return null;
  // The reported clause is the last one before the cue: "…vehicles; around 50 gallons of fuel, officials said".
  const start = afterLastMark(m[1], ';:');
  const clause = m[1].slice(start).replace(/^[\s,]+/, '');
  if (tokenize(clause, 4).length < 4) return null;
  const finding: IndirectFinding = { ref, refStart: m.index + m[0].indexOf(m[2], m[1].length), start, end: m[1].length, cue: m[3] };
  // ("Speaking to BBC Radio Ulster, he said: “…”": a cue that leads a quotation after a colon reports nothing
  // before it; nor does a clause that opens with a participle, "Asked whether …, Holm said".)
  if (/^\s*:/.test(m[4]) || PARTICIPLE_OPENING.test(m[1])) finding.leadsQuotation = true;
  return finding;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * "According to X, <clause>." and "<clause>, according to X." — reported speech attributed by "according to".
 * Only person or organisation sources count ("according to the filing" names a document, not a speaker).
 */
/** A document by someone speaks for its author: "a recent report by X", "a survey published in 2017 by X". */
const DOCUMENT_BY = /^(?:an?|the)\s+(?:[\p{L}\d-]+\s+){0,6}?by\s+(.+)$/u;

/**
 * Who an "according to" phrase names: without a bracketed acronym ("the World Health Organization (WHO)"),
 * the author of a document, and trailing adjuncts ("current president Emmerson Mnangagwa on Friday").
 */
function sourceOf(phrase: string): SpeakerRef | null {
  const plain = collapseWhitespace(phrase.replace(/\([^()]*\)/g, ' ')).trim();
  const author = DOCUMENT_BY.exec(plain);
  return parseSpeakerPhrase(stripTrailingAdjuncts(author ? author[1] : plain));
}

/** "According to X, <clause>": the source up to the first comma. */
const ACCORDING_TO_SOURCE = /^\s*According\s+to\s+([^,]{2,80}),\s+/u;
/** "According to the … Association, Hajia Mariama Alhassan, <clause>": a description and the name in apposition. */
const ACCORDING_TO_DESCRIPTION_AND_NAME = /^\s*According\s+to\s+((?:the|its|his|her|their)\s+[^,]{2,100},\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]*),\s+/u;

function findAccordingTo(text: string): IndirectFinding[] {
  const described = ACCORDING_TO_DESCRIPTION_AND_NAME.exec(text);
  const describedRef = described ? sourceOf(described[1]) : null;
  const leading = describedRef?.kind === 'person' ? described : ACCORDING_TO_SOURCE.exec(text);
  if (leading) {
    // ("According to her, <clause>": an object pronoun as the source names the speaker as its subject form would.)
    const ref = leading === described ? describedRef : sourceOf(OBJECT_PRONOUNS.get(leading[1].trim().toLowerCase()) ?? leading[1]);
    const start = leading[0].length;
    const end = clauseEndOf(text, start);
    if (ref && (ref.kind === 'person' || ref.kind === 'organization' || ref.kind === 'unknown' || ref.kind === 'pronoun') && tokenize(text.slice(start, end), MIN_CLAUSE_WORDS).length >= MIN_CLAUSE_WORDS) {
      return [{ ref, refStart: leading.index + leading[0].indexOf(leading[1]), start, end, cue: 'according to' }];
    }
  }
  const trailing = /^(.{15,}?),?\s+according\s+to\s+([^,.;]{2,80})(?:[,.;]|$)/u.exec(text);
  if (trailing && !/["“”…]/.test(trailing[1])) {
    const ref = sourceOf(trailing[2]);
    if (ref && (ref.kind === 'person' || ref.kind === 'organization')) {
      return [{ ref, refStart: trailing[0].lastIndexOf(trailing[2]), start: 0, end: trailing[1].length, cue: 'according to' }];
    }
  }
  return [];
}
