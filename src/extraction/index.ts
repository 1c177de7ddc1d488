/**
 * extractQuotes(article): the extraction pipeline, pure.
 *   1. quotation spans (quoteSpans) and sentences (sentences), split quotes joined (candidates)
 *   2. candidate mentions: every name outside quotations into the speaker registry (registry)
 *   3. attribution sieves in order of precision (sieves/), in document order so "he said" can lean on the
 *      speakers found before it
 *   4. coreference of pronouns, aliases and descriptions (resolve); non-speech spans dropped (nonSpeech)
 *   5. reported speech without marks (indirect)
 */
import type { Article, Quote } from '../types';
import { stableId } from '../articles/ids';
import { collapseWhitespace } from '../articles/text';
import { buildView, type ArticleView, type Candidate, type GlobalSentence } from './context';
import { buildCandidates } from './candidates';
import { KIN_SET, Registry, genderOf, registerSentenceNames, votePronounGender, type Entity } from './registry';
import { firstNameGender, isKnownFirstName } from './firstNames';
import type { Gender } from './lexicon';
import { SIEVES, type Attribution } from './sieves';
import { sieveConfidence } from './sieves/confidence';
import { documentIssuer, holderOfRole, isDocument, lastWhere, resolvePronoun, resolveRef, speakerOf, type Resolved } from './resolve';
import { nonSpeechReason, wordCount } from './nonSpeech';
import { findIndirect } from './indirect';
import { speechVerbs, unnamedPersonOpening } from './cueGrammar';
import { mapPacked } from './names';
import { memoize } from './memo';
import { parseSpeakerPhrase, type SpeakerRef } from './speakerPhrase';
import { anonymousOpening, OPENS_INDEFINITE } from './subject';
import { FEMALE_WORDS, MALE_WORDS, NOMINAL_ORG_HEADS, ORG_HEADS, PERSON_NOUNS, ROLE_HEADS, UNNAMED_PERSON_HEADS } from './lexicon';

/** The masked text before a quotation that follows another one, joined by "and", "or" or a comma: `“…” and `. */
const COORDINATED_WITH_PREVIOUS = /…[”"’»]\s*(?:,\s*)?(?:and|or|,)\s*$/;

/** Heads that name a body or a person ("a tour operator", "a heavy equipment operator"): "he" settles it. */
const PERSON_OR_BODY_HEADS: ReadonlySet<string> = new Set(['operator', 'maker', 'retailer', 'promoter']);

/**
 * An unnamed speaker described as one person ("the head of the investigators", "an official", "a federal
 * contractor"): a role or person word, or a singular noun phrase whose head is no body, group or document.
 */
function describesPerson(description: string | null | undefined): boolean {
  if (!description) return false;
  const words = description.toLowerCase().split(/\s+/);
  if (words.some((w) => ROLE_HEADS.has(w) || (UNNAMED_PERSON_HEADS.has(w) && !/s$/.test(w)))) return true;
  const head = words[words.length - 1];
  // ("One of the victims", "one of his neighbours": one of a group of people, unless the group is of bodies.)
  if ((words[0] === 'one' || words[0] === 'another') && words[1] === 'of' && words.length >= 3) {
    const singular = head.replace(/(?:ies|s)$/, (end) => (end === 'ies' ? 'y' : ''));
    return !NOMINAL_ORG_HEADS.has(singular) && !NOMINAL_ORG_HEADS.has(head);
  }
  // ("Sedykh's mother", "the victim's brother": someone's relative or someone of theirs, unnamed.)
  if (words.length === 2 && /['’]s?$/.test(words[0]) && (KIN_SET.has(head) || PERSON_NOUNS.has(head) || ROLE_HEADS.has(head))) return true;
  // ("Another mother", "Another customer, a student": one more unnamed person.)
  return /^(?:a|an|one|the|another)$/.test(words[0]) && words.length >= 2 && (!NOMINAL_ORG_HEADS.has(head) || PERSON_OR_BODY_HEADS.has(head)) && !UNNAMED_PERSON_HEADS.has(head) && !/s$/.test(head);
}

export { buildView } from './context';
export { findQuoteSpans } from './quoteSpans';
export { clearMemos } from './memo';

/** Confidence given to a quotation no sieve could attribute (its speaker is "unknown"). */
const UNATTRIBUTED_CONFIDENCE = 0.2;
/** Ceiling for a quotation attributed to someone the article does not name. */
const UNKNOWN_SPEAKER_CONFIDENCE = 0.5;

interface Finding {
  kind: 'direct' | 'indirect';
  start: number;
  end: number;
  paragraph: number;
  text: string;
  parts?: Array<{ start: number; end: number }>;
  attribution: Attribution | null;
  resolved: Resolved;
  fragment?: boolean;
}

/**
 * "A senior scientist at a European agency … was blunter. “…,” the scientist said": "the scientist" takes up
 * the unnamed person just described, not a named scientist further back. Looks in this sentence and the two
 * before (quotations masked) for "a/an/one … <head>" before `position`; returns that description.
 */
const SPOKES_HEAD = /^spokes(?:man|woman|person|people|men|women)$/;
/** Bodies the news often describes before (or instead of) naming them: "a hacking group calling itself …". */
const INFORMAL_GROUPS: ReadonlySet<string> = new Set(['group', 'gang', 'collective', 'network']);

/**
 * A capitalised word and a comma at the end: "Jonas Berg," before an appositive. (A module constant: tsx
 * compiles a `\p{…}` pattern written inside a function to `new RegExp(…)`, built again on every call.)
 */
const NAME_AND_COMMA_AT_END = /\p{Lu}[\p{L}'’.-]*,\s*$/u;

/** The rest of a description, then a person's name between commas: ", Alhaji Mamuda Suleiman,". */
const NAME_IN_APPOSITION_AFTER = /^[^,;:“”"]{0,80},\s*((?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}[\p{Lu}][\p{L}'’-]*)\s*,/u;
const namedInApposition = (after: string): boolean => {
  const apposed = NAME_IN_APPOSITION_AFTER.exec(after);
  return apposed !== null && parseSpeakerPhrase(apposed[1])?.kind === 'person';
};

/**
 * Whether a text ends in a capitalised word and a comma. The end-anchored pattern is tried at every capital
 * of the text; it needs a comma before the trailing blanks, which most texts fail in a plain test (trimEnd
 * and \s remove the same blanks).
 */
const endsInNameAndComma = (text: string): boolean => text.trimEnd().endsWith(',') && NAME_AND_COMMA_AT_END.test(text);

/**
 * "a/an/one … <head>" as a pattern, built once per head: compiling a Unicode pattern costs more than running it
 * over three sentences. (Only `matchAll` reads it, which matches with a copy: the shared pattern keeps no state.)
 */
const unnamedDescriptionPattern = memoize((head: string) => {
  const literal = head.replace(/[^\p{L}-]/gu, '');
  return { pattern: new RegExp(`\\b(?:[Aa]n?|[Oo]ne)\\s+(?:[\\p{L}-]+\\s+){0,3}?${literal}\\b`, 'gu'), literal };
});

/** One reported-speech finding of a sentence, as `findIndirect` gives it. */
type ReportedSpeech = ReturnType<typeof findIndirect>[number];

/**
 * "A customs officer was among those detained, he said": the sentence is someone else's report. (Not the cue
 * of a quotation whose comma stands outside its closing mark: "“…”, she said".)
 */
const REPORTED_BY_PRONOUN = /(?<!["”’»]\s*),\s*(?:he|she)\s+(?:said|says|added|told|explained|noted)\b/;

/**
 * "One retired construction worker who joined the protest was more blunt. “…,” he said": "he" is the
 * unnamed person who is the subject of this sentence or the one before, when no one the pronoun may mean is
 * named between them.
 */
function unnamedSubjectBefore(view: ArticleView, registry: Registry, gender: Gender, position: number, sentence: number, lastSpoke: number): string | null {
  for (let s = sentence; s >= Math.max(0, sentence - 1); s--) {
    const candidate = view.sentences[s];
    if (!candidate || candidate.start >= position) continue;
    // (Someone who spoke in or after that sentence is who the pronoun goes on with: "A customs officer was
    // among those detained, he said. “…,” he said.")
    if (lastSpoke >= candidate.start) return null;
    // (In the pronoun's own sentence the report is the pronoun's: whoever opens it is what "he" reports, not
    // "he"; the sentence before may still hold him: "An official … painted a grimmer picture. Speaking on
    // condition of anonymity, he said: “…”".)
    if (REPORTED_BY_PRONOUN.test(candidate.masked)) {
      if (s === sentence) continue;
      return null;
    }
    // ("The driver of the VIP bus, who asked not to be named, recounted how …": someone the article says it does
    // not name opens the sentence too.)
    const opening = unnamedPersonOpening(candidate.masked) ?? anonymousOpening(candidate.masked);
    if (!opening) continue;
    const { description } = opening;
    const words = description.toLowerCase().split(/\s+/);
    const describedGender: Gender = words.some((w) => FEMALE_WORDS.has(w)) ? 'female' : words.some((w) => MALE_WORDS.has(w)) ? 'male' : 'unknown';
    if (gender !== 'unknown' && describedGender !== 'unknown' && describedGender !== gender) return null;
    const from = candidate.start + opening.start;
    // (A person named before it is what the description is in apposition to: "Among those marching was Elena
    // Dragomir, a retired teacher"; a person named after it may be the one the pronoun means.)
    if (registry.firstMentionIn(candidate.start, from, (m) => m.entity.type === 'person')) return null;
    if (registry.firstMentionIn(from + description.length, position, (m) => m.entity.type === 'person' && !m.object)) return null;
    return description;
  }
  return null;
}

function unnamedAntecedent(view: ArticleView, head: string, position: number, sentence: number): string | null {
  const { pattern, literal } = unnamedDescriptionPattern(head);
  for (let s = sentence; s >= Math.max(0, sentence - 2); s--) {
    const candidate = view.sentences[s];
    if (!candidate) continue;
    const text = candidate.masked.slice(0, Math.max(0, position - candidate.start));
    // Every match holds the head's letters as written (the pattern is case-sensitive): a text without them
    // is not searched.
    if (!text.includes(literal)) continue;
    // "Jonas Berg, a former executive": an appositive describes the name before it, not someone unnamed.
    // ("A fertiliser dealer at the Birnin Kebbi central market, Alhaji Mamuda Suleiman, blamed …": nor one
    // whose name follows in apposition.)
    const found = [...text.matchAll(pattern)].filter((m) => !endsInNameAndComma(text.slice(0, m.index)) && !namedInApposition(candidate.masked.slice(m.index + m[0].length, m.index + m[0].length + 160))).pop();
    if (found) return found[0];
  }
  return null;
}

/** "and her colleagues", "and his co-authors", "and two colleagues": a paper's authors after its lead author. */
const AND_COLLEAGUES = /\band\s+(?:(?:his|her|their|two|three|several)\s+)?(?:colleagues|co-authors|coauthors|collaborators)\b/;
/** A scientific paper or its authors as a speaker: "the paper", "the study", "the authors", "the researchers". */
const STUDY_VOICE = /^(?:the|their|the study's|the paper's)\s+(?:paper|study|authors|co-authors|researchers|scientists|team)$/i;
/** Words that introduce a paper's lead author right before the name: "led by virologist", "lead author, geologist". */
const LEAD_AUTHOR_BEFORE = /(?:\bled\s+by|\blead\s+author,?|\bfirst\s+author,?|\bprincipal\s+investigator,?)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
/** "Solheim and her co-authors", "Ferreyra and colleagues": the lead author before her colleagues. */
const AND_COLLEAGUES_AFTER = /^\s+and\s+(?:(?:his|her|their)\s+)?(?:colleagues|co-authors|coauthors|team)\b/;
/** How many sentences after a paper's words its lead author may first be named ("The study's lead author, …, told Wikinews"). */
const LEAD_AUTHOR_AFTER = 3;

/**
 * The person the article names as a paper's lead author: the last one named so before `position`, else the first
 * within a few sentences after it.
 */
function leadAuthor(view: ArticleView, registry: Registry, position: number, sentence: number): Entity | null {
  let before: Entity | null = null;
  for (const m of registry.mentions) {
    if (m.sentence > sentence + LEAD_AUTHOR_AFTER || (before && m.start >= position)) break;
    if (m.entity.type !== 'person') continue;
    const s = view.sentences[m.sentence];
    const leading = s.masked.slice(Math.max(0, m.start - s.start - 40), m.start - s.start);
    const trailing = s.masked.slice(m.end - s.start, m.end - s.start + 30);
    if (!LEAD_AUTHOR_BEFORE.test(leading) && !AND_COLLEAGUES_AFTER.test(trailing)) continue;
    if (m.start >= position) return m.entity;
    before = m.entity;
  }
  return before;
}

/** A sentence opening with a body's spokesperson and a verb: "A spokeswoman for the Ministry of Energy rejected". */
const OPENING_SPOKESPERSON = /^\s*((?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+)?spokes(?:person|woman|man)\s+for\s+[^,;:“”"]{2,80}?)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|said|told|wrote|says)\b/u;

/**
 * The body whose spokesperson opens the pronoun's sentence before the pronoun, or the sentence before it when
 * no one else is named since ("A spokeswoman for the Hotel Association denied them. « … », she said").
 */
function openingSpokesperson(view: ArticleView, registry: Registry, position: number, sentence: number): { ref: SpeakerRef; at: number } | null {
  for (let s = sentence; s >= Math.max(0, sentence - 1); s--) {
    const found = view.sentences[s];
    if (!found || found.start >= position) continue;
    const opening = OPENING_SPOKESPERSON.exec(found.masked.slice(0, position - found.start));
    const ref = opening ? parseSpeakerPhrase(opening[1]) : null;
    if (!opening || ref?.kind !== 'organization' || ref.spokesperson === undefined) continue;
    const at = found.start + opening.index + opening[1].length;
    return s === sentence || !registry.firstMentionIn(at, position, (m) => m.entity.type === 'person' && !m.object) ? { ref, at } : null;
  }
  return null;
}

/** Whether a body spoke through a spokesperson whom a pronoun of this gender may stand for. */
function spokespersonAgrees(ref: SpeakerRef, gender: Gender): boolean {
  return ref.kind === 'organization' && ref.spokesperson !== undefined && (ref.spokesperson === 'unknown' || gender === 'unknown' || ref.spokesperson === gender);
}

/** Whether a person may be of this gender, as far as the article and the first name tell. */
function personMayBe(person: Entity, gender: Gender): boolean {
  const known = genderOf(person) !== 'unknown' ? genderOf(person) : firstNameGender(person.name);
  return known === 'unknown' || gender === 'unknown' || known === gender;
}

/**
 * A sentence that opens (after at most a short phrase and a comma) with a description and its verb: "The
 * authority responded …", "That afternoon the company posted …", "Her family released …", "The decree, signed
 * by President X, allows …" (an aside between them is skipped).
 */
const OPENING_DESCRIPTION = /^\s*(?:[^,;:“”"…]{0,40}?(?:,\s*|\s+(?=[Tt]he\s)))??((?:[Tt]he|[Hh]er|[Hh]is|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)(?:,[^,;:“”"…]{0,80},)?\s+(?:\p{Ll}+ly\s+|also\s+|later\s+)?(?:has\s+|had\s+|have\s+)?\p{Ll}+(?:ed|s)\b/u;

/** A sentence that opens with a named body's document: "The Ministry of Information's statement concluded …". */
const OPENING_OWNED_DOCUMENT = /^\s*((?:[Tt]he\s+)?\p{Lu}[\p{L}.-]*(?:\s+(?:of|for|and|on|the|\p{Lu}[\p{L}.-]*)){0,6}['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:statement|report|release|letter|notice|bulletin|communiqué|ruling|judgment))\s+(?:\p{Ll}+ly\s+|also\s+)?\p{Ll}+(?:ed|s)\b/u;

/** A French honorific before a capitalised name in narration: "Mme Rosine Kafando", "Me Anne Diallo", "Mgr Paul Ouédraogo". */
const FRENCH_HONORIFIC = /\b(?:Mme|Mlle|Me|Mgr)\s+\p{Lu}/u;

/** "M." before a full name ("M. Eusèbe Kakpo"): the name after it, to count how many people it stands before. */
const M_BEFORE_FULL_NAME = /\bM\.\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}[\p{L}'’-]+)/gu;

/**
 * Whether "M." before a name is "Monsieur": the copy writes a French honorific somewhere, quotes with
 * guillemets, or "M." stands before the full names of two different people ("M. Eusèbe Kakpo", "M. Jules
 * Ahouansou"). One English name in an article may open with an initial "M." ("M. Emmet Walsh"); two different
 * people so written are French style.
 */
function writesMonsieur(sentences: readonly { masked: string }[]): boolean {
  const named = new Set<string>();
  let guillemets = false;
  let beforeName = false;
  for (const s of sentences) {
    if (FRENCH_HONORIFIC.test(s.masked)) return true;
    guillemets ||= s.masked.includes('«');
    if (s.masked.includes('M.')) {
      beforeName ||= M_BEFORE_NAME.test(s.masked);
      for (const m of s.masked.matchAll(M_BEFORE_FULL_NAME)) named.add(m[1]);
    }
  }
  // (Copy that quotes with guillemets is French or translated from it: its "M." is Monsieur.)
  return named.size >= 2 || (guillemets && beforeName);
}
/** "M." before a capitalised word. */
const M_BEFORE_NAME = /\bM\.\s+\p{Lu}/u;

/** The longest word taken for a house style's honorific ("Ato", "Cde", "W/ro", "Nii"). */
const MAX_HONORIFIC_LETTERS = 4;
/** A capital and lower-case letters, perhaps a full stop ("Ato", "Cde", "Eng."). (A module constant: under tsx, a `\p{…}` outside brackets inside a function is rebuilt on every call.) */
const CAPITALISED_SHORT_WORD = /^\p{Lu}\p{Ll}+\.?$/u;

/**
 * A house style's honorifics the word lists do not know: a short word (or one with a slash, "W/ro") that opens
 * the names of two or more different people in one article ("Ato Yonas Tadesse … Ato Kassahun Belete", "Cde
 * Tinashe Marufu … Cde Evelyn Ndlovu") and is no first name, title or body word the lists know. The article's
 * own usage shows it is no part of their names; each such person is renamed without it.
 */
const VIETNAMESE_MIDDLE_NAMES: ReadonlySet<string> = new Set(['Van', 'Văn', 'Thi', 'Thị']);
/** Given names the press abbreviates ("Mohd Zaki Harun … Mohd Nasir Ismail", "Md Abdul Karim"): names, not honorifics. */
const ABBREVIATED_GIVEN_NAMES: ReadonlySet<string> = new Set(['Mohd', 'Muhd', 'Mohd.', 'Md', 'Md.', 'Mhd', 'Abd']);

function stripHouseHonorifics(registry: Registry): void {
  const byFirstWord = new Map<string, Entity[]>();
  const lastWords = new Set<string>();
  for (const e of registry.entities) {
    if (e.type !== 'person') continue;
    const words = e.name.split(' ');
    lastWords.add(words[words.length - 1]);
    if (words.length < 3) continue;
    const list = byFirstWord.get(words[0]) ?? [];
    list.push(e);
    byFirstWord.set(words[0], list);
  }
  for (const [word, people] of byFirstWord) {
    const short = word.includes('/') || (word.length <= MAX_HONORIFIC_LETTERS && CAPITALISED_SHORT_WORD.test(word));
    const lower = word.toLowerCase().replace(/\.$/, '');
    if (people.length < 2 || !short || lastWords.has(word) || isKnownFirstName(word) || ABBREVIATED_GIVEN_NAMES.has(word) || ROLE_HEADS.has(lower) || NOMINAL_ORG_HEADS.has(lower) || ORG_HEADS.has(lower)) continue;
    // ("Lu Van Sung … Lu Thi May": a Vietnamese family name, before the middle names "Van" and "Thi", is theirs.)
    if (people.every((p) => VIETNAMESE_MIDDLE_NAMES.has(p.name.split(' ')[1]))) continue;
    for (const person of people) registry.renamePerson(person, person.name.slice(word.length + 1));
  }
}

/** "Asked whether …", "When asked about …": a sentence that opens with the question put to the speaker. */
const OPENS_WITH_QUESTION = /^\s*(?:When\s+|Later\s+)?[Aa]sked\b/;

/** A sentence that opens with a role and its verb: "The President also used …", "But the minister insisted …". */
const OPENS_WITH_ROLE = /^\s*(?:(?:But|And|Meanwhile|However|Later),?\s+)?((?:[Tt]he)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:also\s+|later\s+|then\s+|again\s+|has\s+|had\s+)?\p{Ll}+(?:ed|s)\b/u;

/** A sentence that opens with "He"/"She" and a verb that reports no speech ("She drives Inês to tournaments"). */
const OPENS_WITH_PRONOUN = /^\s*(He|She)\s+(\p{Ll}+)/u;

function buildRegistry(view: ArticleView): Registry {
  const registry = new Registry();
  // (Whether "M." is Monsieur decides how names read, so the whole article is looked at first.)
  registry.monsieurBeforeNames = writesMonsieur(view.sentences);
  registry.readQuotations(view.article.raw, view.spans);
  for (const s of view.sentences) {
    registerSentenceNames(registry, s.masked, s.start, s.global);
    if (OPENS_WITH_QUESTION.test(s.masked)) registry.questionSentences.add(s.global);
  }
  votePronounGender(registry, view.sentences);
  stripHouseHonorifics(registry);
  // "Her mother, Catarina Valadares, did not play chess. She drives Inês to tournaments …. “…,” she said": a
  // sentence that opens with "He"/"She" is about the person the pronoun means, and mentions them first, before
  // whoever else it names. (Not a speech verb's subject: the attribution sieves resolve those.)
  for (const s of view.sentences) {
    const opening = OPENS_WITH_PRONOUN.exec(s.masked);
    if (!opening || speechVerbs(opening[2], true).length > 0) continue;
    const male = opening[1] === 'He';
    const person = resolvePronoun(registry, { kind: 'pronoun', pronoun: male ? 'he' : 'she', gender: male ? 'male' : 'female', plural: false }, s.start, s.global);
    const at = s.start + opening.index + opening[0].indexOf(opening[1]);
    if (person?.type === 'person') registry.addMention(person, at, at + opening[1].length, s.global, false);
  }
  // "The President also used the address to announce a review. “…,” he said": a sentence that opens with a
  // role the article gave someone is about that person, as a sentence opening with their name would be.
  for (const s of view.sentences) {
    const opening = OPENS_WITH_ROLE.exec(s.masked);
    // (Only a phrase that ends in a title word can be a role: the others are not parsed.)
    const ref = opening && ROLE_HEADS.has(opening[1].slice(opening[1].lastIndexOf(' ') + 1).toLowerCase()) ? parseSpeakerPhrase(opening[1]) : null;
    if (!opening || ref?.kind !== 'described' || ref.epithet) continue;
    const at = s.start + opening.index + opening[0].indexOf(opening[1]);
    const holder = holderOfRole(registry, ref, at, s.global);
    if (holder) registry.addMention(holder, at, at + opening[1].length, s.global, false);
  }
  return registry;
}

function attribute(view: ArticleView, candidates: Candidate[], index: number, previous: Array<Attribution | null>): Attribution | null {
  for (const { sieve } of SIEVES) {
    const found = sieve({ view, candidates, index, previous });
    if (found) return found;
  }
  return null;
}

/** Mark the mention at a speaker phrase (or add one for a pronoun) as a speaker, for later pronouns. */
function noteSpeaker(registry: Registry, resolved: Resolved, position: number, sentence: number): void {
  if (!resolved.entity) return;
  resolved.entity.evidence++;
  const at = registry.firstMentionIn(position, position + 80, (m) => m.entity === resolved.entity && m.sentence === sentence);
  if (at) at.speaker = true;
  else registry.addMention(resolved.entity, position, position, sentence, false).speaker = true;
}

function quoteText(raw: string, parts: Array<{ start: number; end: number }>): string {
  return mapPacked(parts, (p) => collapseWhitespace(raw.slice(p.start, p.end))).join(' … ');
}

/** Whether an unnamed speaker's description ("a staff member who asked not to be named") has the head of a later one ("the staff member"). */
function describedAgain(description: string, head: string): boolean {
  return OPENS_INDEFINITE.test(description) && description.toLowerCase().split(/[\s,]+/).includes(head.toLowerCase());
}

export function extractQuotes(article: Article): Quote[] {
  const view = buildView(article);
  const registry = buildRegistry(view);
  const candidates = buildCandidates(view);
  const raw = article.raw;

  // Events in document order: each quotation, and each sentence's reported speech.
  const findings: Finding[] = [];
  const attributions: Array<Attribution | null> = [];
  const resolvedByCandidate: Resolved[] = [];
  // Titles and names the article already showed to be no speech ("“The Salt House”, a 1979 novel"): the same
  // words quoted again later are the same title, whatever cue is near them.
  const namedSpans = new Set<string>();
  let nextCandidate = 0;

  // Every attributed finding, for pronouns that continue an unnamed speaker ("An official said … She added").
  const speakerEvents: Array<{ position: number; sentence: number; resolved: Resolved; ref: SpeakerRef; reported?: { ref: SpeakerRef; paragraph: number } }> = [];
  const sentenceAt = (s: number) => view.sentences[s];
  const resolveWithEvents = (ref: SpeakerRef, position: number, sentence: number): Resolved => {
    // "A staff member who asked not to be identified said …. “…,” the staff member said": the unnamed speaker
    // just before, described again, not whoever the article named before them.
    if (ref.kind === 'described') {
      const last = lastWhere(speakerEvents, (e) => e.position < position);
      if (last && !last.resolved.entity && last.sentence >= sentence - 1 && typeof last.resolved.description === 'string' && describedAgain(last.resolved.description, ref.head)) return { entity: null, description: last.resolved.description };
    }
    if (ref.kind === 'pronoun' && (ref.pronoun === 'he' || ref.pronoun === 'she')) {
      const last = lastWhere(speakerEvents, (e) => e.position < position);
      // (Unless someone the pronoun may mean was named since: "… another voice called. The chief executive,
      // Ingrid Solberg, spoke to reporters. “…,” she said".)
      if (last && !last.resolved.entity && last.sentence >= sentence - 1 && describesPerson(last.resolved.description) && !registry.firstMentionIn(last.position + 1, position, (m) => m.sentence > last.sentence && m.entity.type === 'person' && !m.object && personMayBe(m.entity, ref.gender))) return last.resolved;
      // "A spokeswoman for the Labor Party said …. “…,” she said": the spokeswoman again, so the party —
      // unless someone the pronoun may mean was named since.
      if (last && last.sentence >= sentence - 1 && last.resolved.entity && spokespersonAgrees(last.ref, ref.gender) && !registry.firstMentionIn(last.position + 1, position, (m) => m.entity.type === 'person' && personMayBe(m.entity, ref.gender))) return last.resolved;
      // (Someone unnamed who did something else just before: "A retired bus driver was filling jugs. “…,” he said."
      // Or who reported something, under a description that was cut short: "A 45-year-old office worker at
      // Nagoya Station said she was shocked. “…,” she said.")
      // (Only a person who spoke since goes on: a body's report does not come between "he" and the man.)
      const unnamed = unnamedSubjectBefore(view, registry, ref.gender, position, sentence, last?.resolved.entity?.type === 'person' ? last.position : -1);
      if (unnamed) return { entity: null, description: unnamed };
      // "A spokesperson for the Ministry of Energy rejected what she called …": a body's spokesperson who opens
      // the pronoun's own sentence is who the pronoun means, so the body speaks.
      const spokesperson = openingSpokesperson(view, registry, position, sentence);
      if (spokesperson && spokespersonAgrees(spokesperson.ref, ref.gender)) {
        const body = resolveRef(registry, spokesperson.ref, spokesperson.at, sentence);
        if (body.entity) return body;
      }
    }
    if (ref.kind === 'described') {
      // "A spokesperson for Capricorn Energy said …. “…,” the spokesperson said": the body spoke again.
      if (SPOKES_HEAD.test(ref.head)) {
        const last = [...speakerEvents].reverse().find((e) => e.position < position);
        if (last && last.resolved.entity?.type === 'organization' && last.sentence >= sentence - 2) return last.resolved;
      }
      const unnamed = unnamedAntecedent(view, ref.head, position, sentence);
      if (unnamed) return { entity: null, description: unnamed };
    }
    // "A hacking group calling itself “Grey Lantern” claimed responsibility. … the group wrote": the body
    // just described, whose name is only quoted, not the last named body that spoke.
    if (ref.kind === 'organization' && ref.nominal && INFORMAL_GROUPS.has(ref.name)) {
      const unnamed = unnamedAntecedent(view, ref.name, position, sentence);
      if (unnamed) return { entity: null, description: unnamed };
    }
    // "Halvorsen and her colleagues wrote that …. They wrote": "they" after a paper's lead author and colleagues
    // is the paper's voice, its lead author's.
    if (ref.kind === 'pronoun' && ref.pronoun === 'they' && [sentence, sentence - 1].some((s) => AND_COLLEAGUES.test(view.sentences[s]?.masked ?? ''))) {
      const author = leadAuthor(view, registry, position, sentence);
      if (author) return { entity: author };
    }
    // "The paper concluded", "the authors wrote": a study's words are its lead author's, whom the article names
    // as such ("a team led by Hélène Fournier", "the study's lead author, Martín Acosta").
    if (ref.kind === 'unknown' && ref.description && STUDY_VOICE.test(ref.description)) {
      const author = leadAuthor(view, registry, position, sentence);
      if (author) return { entity: author };
    }
    // "“…,” the report said": the issuer named where the report was brought up.
    const issuer = ref.kind === 'unknown' && ref.description ? documentIssuer(registry, sentenceAt, ref.description, position, sentence) : null;
    if (issuer) return { entity: issuer };
    const resolved = resolveRef(registry, ref, position, sentence);
    // "The authority responded on its official account on X. “…” it wrote": with no body named near, "it" is
    // what a sentence opening with a description of a body (or of a document: "The decree, signed by …") means.
    if (!resolved.entity && ref.kind === 'pronoun' && ref.pronoun === 'it') return itFromOpeningDescription(position, sentence) ?? resolved;
    // "The bank itself issued a short statement. “…,” the statement said": a document whose issuer was named
    // only by a description of a body opening the sentence before is that body's.
    if (!resolved.entity && ref.kind === 'unknown' && isDocument(ref.description ?? '')) {
      const body = itFromOpeningDescription(position, sentence);
      if (body?.entity?.type === 'organization') return body;
    }
    return resolved;
  };

  const itFromOpeningDescription = (position: number, sentence: number): Resolved | null => {
    for (let s = sentence; s >= Math.max(0, sentence - 1); s--) {
      const found = view.sentences[s];
      if (!found || found.start >= position) continue;
      // ("The Ministry of Information's statement concluded …, what it described as": a document a named body owns.)
      const opening = OPENING_DESCRIPTION.exec(found.masked) ?? OPENING_OWNED_DOCUMENT.exec(found.masked);
      const ref = opening ? parseSpeakerPhrase(opening[1]) : null;
      if (!opening || !ref || (ref.kind !== 'organization' && ref.kind !== 'unknown')) continue;
      const at = found.start + opening.index + opening[0].indexOf(opening[1]);
      const issuer = ref.kind === 'unknown' && ref.description ? documentIssuer(registry, sentenceAt, ref.description, at + opening[1].length, s) : null;
      if (issuer) return { entity: issuer };
      const body = resolveRef(registry, ref, at, s);
      if (body.entity) return body;
    }
    return null;
  };

  // "He said many farmers had borrowed from moneylenders. “Who will repay those loans?”": a quotation that
  // opens the sentence right after someone's reported speech, in the same paragraph, and has no cue of its
  // own goes on with that speaker.
  const afterReportedSpeech = (c: Candidate): Attribution | null => {
    if (c.before.trim() !== '') return null;
    const last = speakerEvents[speakerEvents.length - 1];
    if (!last?.reported || last.sentence !== c.sentence.global - 1) return null;
    // Across a paragraph break too, when the quotation opens its own paragraph and a person reported just
    // before ("Dr Okafor, 51, said the trust had opened 18 beds.\n\n“I want to apologise …”"); a body's
    // report is too often followed by someone else's words.
    const paragraph = view.article.paragraphs[c.sentence.paragraph];
    const opensParagraph = view.article.raw.slice(paragraph.start, c.span.outerStart).trim() === '';
    const byPerson = last.resolved.entity?.type === 'person';
    if (last.reported.paragraph !== c.sentence.paragraph && !(opensParagraph && byPerson && last.reported.paragraph === c.sentence.paragraph - 1)) return null;
    return { ref: last.reported.ref, refStart: last.position, cue: null, confidence: sieveConfidence('afterReportedSpeech'), sieve: 'afterReportedSpeech' };
  };

  // Why each candidate was found to be no speech (null when it is speech), for the spans coordinated with it.
  const nonSpeechByCandidate: Array<string | null> = [];
  // "banners reading “No farmers, no food” and “Doctors are not volunteers”", "known as “El Chato” and “La
  // Flaca”": a span joined to the one just before it by "and", "or" or a comma is the same kind of thing.
  const coordinatedReason = (index: number): string | null => {
    const previous = candidates[index - 1];
    if (!previous || previous.sentence.global !== candidates[index].sentence.global) return null;
    return COORDINATED_WITH_PREVIOUS.test(candidates[index].before) ? nonSpeechByCandidate[index - 1] : null;
  };

  const handleCandidate = (index: number) => {
    const c = candidates[index];
    const attribution = attribute(view, candidates, index, attributions) ?? afterReportedSpeech(c);
    let resolved: Resolved;
    if (!attribution) resolved = { entity: null, description: null };
    else if (attribution.ref.kind === 'inherit') resolved = resolvedByCandidate[attribution.ref.from];
    else resolved = resolveWithEvents(attribution.ref, attribution.refStart, c.sentence.global);
    const text = quoteText(raw, c.parts);
    const reason = namedSpans.has(text) ? 'repeated title' : (coordinatedReason(index) ?? nonSpeechReason(text, c.before, c.after, attribution));
    nonSpeechByCandidate[index] = reason;
    if (reason === 'title' || reason === 'nickname' || reason === 'naming') namedSpans.add(text);
    attributions[index] = reason ? null : attribution;
    resolvedByCandidate[index] = resolved;
    if (reason) return;
    if (attribution && attribution.ref.kind !== 'inherit') {
      noteSpeaker(registry, resolved, attribution.refStart, c.sentence.global);
      speakerEvents.push({ position: attribution.refStart, sentence: c.sentence.global, resolved, ref: attribution.ref });
    }
    const embedded = !/^\s*$|[,:]\s*$/.test(c.before) && !/^\s*(?:that\s*)?$/i.test(c.before.replace(/^.*\b(?:said|says|added|wrote|told\s+\S+)\s*/i, ''));
    findings.push({
      kind: 'direct',
      start: c.parts[0].start,
      end: c.parts[c.parts.length - 1].end,
      paragraph: c.span.paragraph,
      text,
      parts: c.parts.length > 1 ? c.parts : undefined,
      attribution,
      resolved,
      fragment: Boolean(attribution?.fragment) || (embedded && wordCount(text) <= 12),
    });
  };

  /** Who reported speech is by: resolved once, the speaker's mention marked as having spoken. */
  const resolveIndirect = (sentence: GlobalSentence, f: ReportedSpeech): Resolved => {
    const resolved = resolveWithEvents(f.ref, sentence.start + f.refStart, sentence.global);
    noteSpeaker(registry, resolved, sentence.start + f.refStart, sentence.global);
    return resolved;
  };

  const addIndirect = (sentence: GlobalSentence, f: ReportedSpeech, resolved: Resolved) => {
    speakerEvents.push({ position: sentence.start + f.refStart, sentence: sentence.global, resolved, ref: f.ref, reported: { ref: f.ref, paragraph: sentence.paragraph } });
    // (Its speaker has spoken, but a cue that leads a quotation reports no clause of its own.)
    if (f.leadsQuotation) return;
    const start = sentence.start + f.start;
    const end = sentence.start + f.end;
    findings.push({
      kind: 'indirect',
      start,
      end,
      paragraph: sentence.paragraph,
      text: raw.slice(start, end),
      attribution: { ref: f.ref, refStart: sentence.start + f.refStart, cue: f.cue, confidence: sieveConfidence('indirect'), sieve: 'indirect' },
      resolved,
    });
  };

  for (const sentence of view.sentences) {
    // "Dr Rajakaruna also said the unit had written to the authority, which she described as “…”": whoever
    // reports speech before a quotation in its sentence is resolved first, and so has spoken when the
    // quotation's "she" is resolved. (Their report still counts as heard after the sentence's quotations: a
    // pronoun after the sentence goes on with its main speaker, not someone a quotation inside it names.)
    const reported = findIndirect(sentence.masked);
    const resolvedReports: Resolved[] = [];
    while (nextCandidate < candidates.length && candidates[nextCandidate].sentence.global <= sentence.global) {
      const c = candidates[nextCandidate];
      while (resolvedReports.length < reported.length && c.sentence.global === sentence.global && sentence.start + reported[resolvedReports.length].refStart < c.span.outerStart) {
        resolvedReports.push(resolveIndirect(sentence, reported[resolvedReports.length]));
      }
      handleCandidate(nextCandidate++);
    }
    reported.forEach((f, k) => addIndirect(sentence, f, resolvedReports[k] ?? resolveIndirect(sentence, f)));
  }
  while (nextCandidate < candidates.length) handleCandidate(nextCandidate++);

  return findings
    .sort((a, b) => a.start - b.start)
    .map((f) => {
      const speaker = speakerOf(f.resolved, registry);
      // The sieve's measured precision; an unnamed speaker ("an official") is never a confident answer.
      const measured = f.attribution ? sieveConfidence(f.attribution.sieve) : UNATTRIBUTED_CONFIDENCE;
      const confidence = f.attribution && speaker.type === 'unknown' ? Math.min(measured, UNKNOWN_SPEAKER_CONFIDENCE) : measured;
      const quote: Quote = {
        id: stableId(article.id, f.start, f.end),
        text: f.text,
        speaker,
        kind: f.kind,
        paragraph: f.paragraph,
        start: f.start,
        end: f.end,
        cue: f.attribution?.cue ?? null,
        confidence,
        sieve: f.attribution?.sieve ?? 'none',
      };
      if (f.fragment) quote.fragment = true;
      if (f.parts) quote.parts = f.parts;
      return quote;
    });
}
