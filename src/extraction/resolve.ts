/**
 * Coreference: a speaker phrase → the entity it names. Names go through the registry's alias merging;
 * pronouns go to the nearest compatible speaker or subject before them (gender and number agree);
 * "the minister" goes to the last person with that role; anything unsure stays unknown.
 */
import type { Speaker } from '../types';
import type { Entity, Mention, Registry } from './registry';
import * as registryModule from './registry';
import type { SpeakerRef } from './speakerPhrase';
import type { Gender } from './lexicon';
import * as aliasesModule from './aliases';
import * as lexiconModule from './lexicon';
import * as namesModule from './names';
import * as firstNamesModule from './firstNames';
import { memoize } from './memo';

// Imported names read once into module constants: under tsx (esbuild's CommonJS output) every use of an
// imported name is a property getter call (two, through the re-export), and these are used for every word.
const { KIN_MODIFIERS, KIN_WORDS, genderOf, holderByInitialsAndSurname, personByRoleInitials } = registryModule;
const { foldName, onlyInObject, organizationMatches } = aliasesModule;
const { DOCUMENT_NOUNS, GENERIC_BODIES, KIND_MARKERS, kindInOtherLanguagesOf, kindMarkersOf, namesAnAirline, ownWordTable, NOMINAL_ORG_HEADS, OUTLET_HEADS, OUTLET_WORDS, PLATFORMS, PUBLIC_BODY_HEADS, officeNames, roleHolds, UNNAMED_PERSON_HEADS } = lexiconModule;
const { TITLE_OBJECT_WORDS, isCapitalised, isNationalityAdjective, opensWithSurnameParticle, titleCase } = namesModule;
const { firstNameGender, firstNameGenderIsSure, isKnownFirstName, hasKnownFirstName } = firstNamesModule;
/** Any capital letter. (A module constant: under tsx, a `\p{…}` outside brackets inside a function is rebuilt on every call.) */
const ANY_CAPITAL = /\p{Lu}/u;
/** Kinds of a place's own public body: "district administration", "regional government", "criminal court". */
const LOCAL_BODY_HEADS: ReadonlySet<string> = new Set(['administration', 'council', 'government', 'court', 'municipality', 'corporation', 'authority', 'commission', 'prefecture', 'hokimiyat', 'assembly', 'police', 'ministry', 'department', 'directorate', 'governorate', 'collectorate', 'panchayat']);
/** A place's name as it opens a body's description: capitalised words, not a demonym ("German"), initials ("ZNFU") or a compound ("Houthi-run"). */
function isPlaceWord(words: string): boolean {
  return words.split(/\s+/).every((w) => !isNationalityAdjective(w) && !ALL_CAPITALS.test(w) && !w.includes('-')) && !/['’]s?$/.test(words);
}
/** Initials: "ZNFU". (Module constants: under tsx a `\p{…}` outside brackets inside a function is rebuilt on every call.) */
const ALL_CAPITALS = /^\p{Lu}+$/u;
/** Where a description's lower-case words begin: "Chengalpattu| district administration". */
const LOWER_CASE_WORD_AFTER = /\s\p{Ll}/u;
/** A capitalised name of two words or three (group 1), then lower-case words of a kind: "Dursley Dolphins swimming club". */
const CLUB_NAME_AND_KIND = /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,2})(?:\s+[\p{Ll}-]+){1,3}$/u;
/** Kinds of body that go by a name of their own, not their place's: clubs, choirs, bands. */
const CLUB_KINDS: ReadonlySet<string> = new Set(['club', 'choir', 'band', 'society', 'association', 'collective', 'troupe', 'ensemble', 'orchestra']);
/** A capitalised name, then one to three lower-case words: "Chengalpattu district administration". */
const PLACE_AND_KIND = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:\s+[\p{Ll}-]+){1,3}$/u;

/** An entity, or nobody: then the article's description of the speaker (null when no sieve found one). */
export type Resolved = { entity: Entity; description?: undefined } | { entity: null; description: string | null };

/** How many sentences back a pronoun may reach. */
const PRONOUN_WINDOW = 6;
const GROUP_PRONOUN_WINDOW = 2;
const IT_WINDOW = 1;

function compatible(entity: Entity, ref: Extract<SpeakerRef, { kind: 'pronoun' }>): boolean {
  if (ref.pronoun === 'he' || ref.pronoun === 'she') {
    if (entity.type !== 'person') return false;
    const g = genderOf(entity);
    return g === 'unknown' || g === ref.gender;
  }
  // ("In a post on X, formerly Twitter, it wrote": a platform carries a body's words; "it" is the body.)
  if (ref.pronoun === 'they' || ref.pronoun === 'it' || ref.pronoun === 'we') return entity.type === 'organization' && !PLATFORMS.has(foldName(entity.name));
  return false;
}

const KINSHIP = /^(?:father|mother|son|daughter|wife|husband|brother|sister|parent|parents|child|children|uncle|aunt|grandfather|grandmother|widow|widower|fiancee|fiancée|fiance|partner|girlfriend|boyfriend|cousin|nephew|niece)$/;

/** Sentences a known-gender antecedent may lie beyond a closer one of unknown gender. */
const GENDER_LOOKAHEAD = 1;

/** A person entity the article gives some sign of being a person (role, honorific, gender, speech, a known first name). */
const isEvidentPerson = (e: Entity) => e.type !== 'person' || e.evidence > 0 || e.male + e.female > 0 || hasKnownFirstName(e.name);

export function resolvePronoun(registry: Registry, ref: Extract<SpeakerRef, { kind: 'pronoun' }>, position: number, sentence: number): Entity | null {
  // "they"/"it" reach only the last sentences' subjects: a group of people is more often meant than a far organisation.
  // "it" reaches only a body of this sentence or the last: "an offer it called …" is not a union two sentences back.
  const reach = ref.pronoun === 'he' || ref.pronoun === 'she' ? PRONOUN_WINDOW : ref.pronoun === 'it' ? IT_WINDOW : GROUP_PRONOUN_WINDOW;
  // (Not someone a question in the pronoun's own sentence names: "Asked whether Wójcicki could be dismissed, he said".)
  const asked = registry.questionSentences.has(sentence);
  // (Read backwards from the pronoun, only as far as its reach: mentions are kept in text order.)
  const window: Mention[] = [];
  const { mentions } = registry;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.sentence < sentence - reach) break;
    // (Not someone introduced in the pronoun's own sentence as "her lawyer": "her" is the one "she" means.)
    if (m.end <= position && (reach === PRONOUN_WINDOW || !m.object || m.agent) && !(asked && m.sentence === sentence) && !(m.ownedBy !== undefined && m.ownedBy === ref.gender && m.sentence === sentence)) window.push(m);
  }
  // Two capitalised words may be a product or a ship; prefer names the article shows to be people.
  const evident = window.filter((m) => m.speaker || isEvidentPerson(m.entity));
  return resolveAmong(evident, ref, sentence) ?? resolveAmong(window, ref, sentence);
}

/** The gender the article gives an entity (votes), else the hint of a person's first name. */
function likelyGender(entity: Entity): ReturnType<typeof genderOf> {
  const voted = genderOf(entity);
  return voted !== 'unknown' || entity.type !== 'person' ? voted : firstNameGender(entity.name);
}

/** Whether the article gives the entity the pronoun's gender (never for a pronoun of unknown gender). */
function genderKnownAs(e: Entity, gender: Gender): boolean {
  return gender !== 'unknown' && genderOf(e) === gender;
}

/** Whether the entity's first name (the article saying nothing) gives the other gender than the pronoun's. */
function firstNameContradicts(e: Entity, gender: Gender): boolean {
  return gender !== 'unknown' && genderOf(e) === 'unknown' && likelyGender(e) !== 'unknown' && likelyGender(e) !== gender;
}

// (`genderKnownAs` and `firstNameContradicts` are module functions, not closures in `resolveAmong`: under tsx
// (esbuild's keepNames) each named closure created gets its name set by a `defineProperty` call.)
function resolveAmong(before: Mention[], ref: Extract<SpeakerRef, { kind: 'pronoun' }>, pronounSentence: number): Entity | null {
  const bySentence = new Map<number, typeof before>();
  for (const m of before) {
    if (!compatible(m.entity, ref)) continue;
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const sentences = [...bySentence.keys()].sort((a, b) => b - a);
  // What the article says of a person's gender decides. A first name never promotes a farther candidate
  // (names missing from the lists would lose to names in them); it only passes over a near one whose first
  // name says the other gender ("Sofia Brandt … he told reporters").
  // Speakers and subjects first, nearest sentence first; objects ("speaking to X") only when no subject fits.
  // A candidate whose first name says the other gender is kept only as a last resort.
  let fallback: { entity: Entity; sentence: number } | null = null;
  let lastResort: { entity: Entity; sentence: number } | null = null;
  // "Andi Prasetyo said about 9,000 residents had sought treatment. “…,” he said": someone who spoke in the
  // pronoun's sentence or the one before goes on speaking unless the article itself gave them the other
  // gender; a first name's hint ("Andi", "Naseem" are given to both) does not pass over them.
  // (Unless someone there has that gender by the article's words or a first name: "Ms Zaidi also rejected
  // remarks by Vikram Rathore, who had said …. “…,” she said"; "Asked by Margaret Ostrowski …, Haskins said: …
  // “You don't know?” she said".)
  const near = sentences.filter((s) => s >= pronounSentence - 1).flatMap((s) => bySentence.get(s)!);
  const justSpoke = near.find((m) => m.speaker && m.entity.type === 'person');
  if (justSpoke && ref.gender !== 'unknown' && genderOf(justSpoke.entity) === 'unknown' && firstNameContradicts(justSpoke.entity, ref.gender) && !near.some((m) => genderKnownAs(m.entity, ref.gender) || likelyGender(m.entity) === ref.gender)) return justSpoke.entity;
  // ("Shiva Nazari … said the scheme showed …. Nazari, 38, served two years …. “…,” she told Iran International":
  // so does the subject of the sentence before, who spoke in the one before that, whatever the lists say of
  // the first name.)
  const lastSubject = justSpoke ? undefined : bySentence.get(pronounSentence - 1)?.find((m) => !m.object && m.entity.type === 'person');
  if (lastSubject && ref.gender !== 'unknown' && genderOf(lastSubject.entity) === 'unknown' && firstNameContradicts(lastSubject.entity, ref.gender) && (bySentence.get(pronounSentence - 2) ?? []).some((m) => m.speaker && m.entity === lastSubject.entity) && ![...near, ...(bySentence.get(pronounSentence - 2) ?? [])].some((m) => m.entity !== lastSubject.entity && (genderKnownAs(m.entity, ref.gender) || likelyGender(m.entity) === ref.gender))) return lastSubject.entity;
  for (const s of sentences) {
    if (fallback && fallback.sentence - s > GENDER_LOOKAHEAD) break;
    const list = bySentence.get(s)!; // nearest first
    const candidates = [...list.filter((m) => m.speaker), ...list.filter((m) => !m.object && !m.speaker).reverse()];
    // An object of known gender only when no subject of this sentence may be meant ("Oduya's solicitor, Priya
    // Raman, said …. she said": the solicitor, not the owner named in passing).
    const subjectMayBe = candidates.some((m) => !firstNameContradicts(m.entity, ref.gender));
    // (Not a role description used as an object: "She dismissed the criticism from the opposition benches" names
    // no one but through a word of a role.)
    // "Penner, who was eliminated, had urged her supporters to back Okafor-Brandt. …, she wrote": the first
    // subject of a sentence, whose first name gives the pronoun's gender (and the article no other), is meant
    // before a name after it, though the article gave that one the gender more often.
    const opener = candidates[0];
    if (opener && !opener.speaker && ref.gender !== 'unknown' && likelyGender(opener.entity) === ref.gender && !candidates.some((m) => m.speaker)) return opener.entity;
    const known = candidates.find((m) => genderKnownAs(m.entity, ref.gender)) ?? (subjectMayBe ? undefined : list.find((m) => m.object && !m.described && !m.locative && genderKnownAs(m.entity, ref.gender)));
    if (known) return known.entity;
    if (!lastResort && candidates[0]) lastResort = { entity: candidates[0].entity, sentence: s };
    // Failing a subject, an object of an earlier sentence whose first name agrees ("attended by Sofia Brandt
    // and Tomas Lindqvist"); never one of the pronoun's own sentence ("Speaking to Martin Smith, he said").
    const plausible = candidates.find((m) => !firstNameContradicts(m.entity, ref.gender)) ?? list.find((m) => m.object && !m.described && !m.locative && m.sentence < pronounSentence && ref.gender !== 'unknown' && likelyGender(m.entity) === ref.gender);
    if (!fallback && plausible) {
      fallback = { entity: plausible.entity, sentence: s };
      // The nearest subject whose first name agrees needs no look further back, nor does someone who spoke
      // in this sentence or the one before ("Sule Idris … said the school had two guards. “…,” he said").
      if (ref.gender === 'unknown' || likelyGender(plausible.entity) === ref.gender) return fallback.entity;
      if (plausible.speaker && s >= pronounSentence - 1) return fallback.entity;
      // ("MacKay restored Brora's lead …. Speaking to BBC Radio Scotland after the match, he said": so does the
      // subject of the sentence just before, when nothing says their gender; an earlier speaker the article
      // gave the pronoun's gender is no nearer for that.)
      if (!plausible.object && s === pronounSentence - 1 && plausible.entity.type === 'person' && likelyGender(plausible.entity) === 'unknown') return fallback.entity;
    }
  }
  if (fallback) return fallback.entity;
  // (Never someone whose first name says the other gender, with no one else in reach: "Dr Tomás Baeza …
  // recalled. … Fuenzalida's 1997 study showed …. She told The New York Times" means no Tomás; the speaker stays
  // unknown. Unless named in the pronoun's sentence or the one before by a name only one list holds, for the lists
  // err: "Anicet … said …. Addressing the teachers, he said"; not "The chief engineer, Gabriel Tito, stood beside
  // the minister as she cut the ribbon. “…,” she said".)
  if (lastResort) return firstNameContradicts(lastResort.entity, ref.gender) && (lastResort.sentence < pronounSentence - 1 || firstNameGenderIsSure(lastResort.entity.name)) ? null : lastResort.entity;
  for (const s of sentences) {
    const first = bySentence.get(s)![0].entity;
    return firstNameContradicts(first, ref.gender) && s < pronounSentence - 1 ? null : first;
  }
  return null;
}


/** How far after a description ("the judge") its person may first be named. */
const CATAPHORA_SENTENCES = 3;

function personWithRoleAfter(registry: Registry, head: string, position: number, sentence: number): Entity | null {
  for (const m of registry.mentions) {
    if (m.start <= position) continue;
    if (m.sentence > sentence + CATAPHORA_SENTENCES) break;
    if (m.entity.type === 'person' && m.entity.role && roleHolds(foldName(m.entity.role).split(' '), head)) return m.entity;
  }
  return null;
}

/**
 * "Harlow Home Appliances said it will close the plant. … The company said in a statement": a description
 * with no kind word in any name falls to the organisation that last spoke within a few sentences, unless its
 * name shows another kind (a union is not "the company").
 */
function recentOrganizationSpeaker(registry: Registry, head: string, position: number): Entity | null {
  const before = registry.mentionsBefore(position);
  const lastSentence = before[0]?.sentence ?? 0;
  const compatible = (e: Entity) => !isOfOtherKind(e, head);
  // A body that spoke within a few sentences; failing that, one that was the subject of the last two
  // ("Serengeti Green Estates Limited appealed. … “…,” the company said").
  const spoke = kindMarkersOf(head) ? before.find((x) => x.speaker && x.entity.type === 'organization' && x.sentence >= lastSentence - 4) : undefined;
  if (spoke) return compatible(spoke.entity) ? spoke.entity : null;
  // ("The building is owned by Penbury Estates …. A spokesperson for the firm": a passive's agent counts.)
  const subject = before.find((x) => (!x.object || x.agent) && x.entity.type === 'organization' && x.sentence >= lastSentence - 1 && !isOutlet(x.entity, head));
  return subject && compatible(subject.entity) ? subject.entity : null;
}


/** A name's words as kinds are read from them: folded, a possessive's apostrophe dropped ("Workers’" is "workers"). */
const kindWords = (name: string): string[] => foldName(name).split(' ').map((w) => w.replace(POSSESSIVE_END, ''));
const POSSESSIVE_END = /'s?$/;

/** Words that make a body a club only at the end of its name ("Leeds United", not "United Air Traffic Professionals"). */
const CLUB_ENDINGS: ReadonlySet<string> = new Set(['united', 'city', 'town', 'county', 'athletic', 'rovers', 'wanderers', 'albion']);

/**
 * Whether a body's name says it is of another kind than `head` describes: a word of another kind or a public
 * body ("the company" is not the "… Workers Union"), or a last word that is another kind's head ("Lowlands
 * Genome Institute" is not "the group").
 */

/** The last person named before `position` whose role is a spokesperson's for a body of these words. */
function spokespersonNamedFor(registry: Registry, body: string, position: number): Entity | null {
  const words = body.split(' ');
  const named = lastWhere(registry.mentions, (m) => {
    if (m.start >= position || m.entity.type !== 'person' || !m.entity.role) return false;
    const role = foldName(m.entity.role).split(' ');
    return role.some((w) => w.startsWith('spokes')) && words.every((w) => role.includes(w));
  });
  return named?.entity ?? null;
}

function isOfOtherKind(entity: Entity, head: string): boolean {
  // ("the union" is a trade union: a union of states is another kind.)
  if (unionOfStatesFor(head, entity)) return true;
  const words = kindWords(entity.name);
  // The words after "for" are a cause, not what the body is: "Ohio Families for Medical Freedom" is no hospital.
  // (After "of" they are: "Brotherhood of Track and Signal Workers" is a union.)
  const cause = words.indexOf('for');
  const own = cause > 0 ? words.slice(0, cause) : words;
  // A club's word says "club" only at the end ("Leeds United", not "United Air Traffic Professionals").
  if (own.some((w, i) => otherKindWords(head).has(w) && (!CLUB_ENDINGS.has(w) || i === own.length - 1))) return true;
  const last = words[words.length - 1];
  if (NOMINAL_ORG_HEADS.has(last) && last !== head && !(kindMarkersOf(head) ?? []).includes(last)) return true;
  // ("terminal operator Swan Coast Terminals": a kind the article gave the body, not the one asked for, with no
  // kind's markers between them, says "the union" is another body.)
  if (!KINDS_NO_BUSINESS_IS.has(head)) return false;
  for (const alias of entity.aliases) if (BUSINESS_KINDS.has(alias)) return true;
  return false;
}

/** Kinds of body no business is ("the union", "the party", "the court"). */
const KINDS_NO_BUSINESS_IS: ReadonlySet<string> = new Set(['union', 'party', 'council', 'court', 'ministry', 'police', 'force', 'church', 'federation', 'association', 'committee', 'government']);
/** Kinds of business an article gives a body ("terminal operator Swan Coast Terminals", "the developer"). */
const BUSINESS_KINDS: ReadonlySet<string> = new Set(['company', 'firm', 'operator', 'developer', 'contractor', 'concessionaire', 'retailer', 'insurer', 'lender', 'manufacturer', 'maker', 'carrier', 'airline', 'bank', 'startup', 'start-up', 'brand', 'chain', 'publisher', 'broadcaster']);

/** A body that spoke in this sentence or the one before, if a description of kind `head` may mean it. */
/** Descriptions of a business: "the company said" may take up a firm whose name read as a person's. */
const FIRM_HEADS: ReadonlySet<string> = new Set(['company', 'firm', 'group', 'carrier', 'airline', 'utility', 'operator', 'bank', 'retailer', 'insurer', 'developer', 'manufacturer', 'maker', 'business', 'lender', 'chain', 'brand', 'railroad', 'railway', 'supplier']);

/**
 * "Kestrel Marrow said it would close the plant. “…,” the company said": a name with no sign of a person —
 * no first name the lists know, no role, no "he" or "she" — that spoke in this sentence or the one before is
 * the company, whatever its name looked like. It becomes an organisation for all its quotations.
 */
function firmTakenForPerson(registry: Registry, position: number, sentence: number): Entity | null {
  const spoke = registry.mentionsBefore(position).find((x) => x.speaker && x.sentence >= sentence - 1);
  const e = spoke?.entity;
  // (One word counts only if the article never gave it as part of a full name: "Pasarku said …", not "Smith".)
  if (!e || e.type !== 'person' || e.role || e.male + e.female > 0 || (!/\s/.test(e.name) && !e.partial)) return null;
  const first = e.name.split(/\s+/)[0];
  // (Nor a surname with its particle: "De Witt said …. the company said" is not a firm called De Witt.)
  if (isKnownFirstName(first) || hasKnownFirstName(e.name) || opensWithSurnameParticle(e.name)) return null;
  e.type = 'organization';
  return e;
}

/**
 * Kinds of body a story names once and then calls by its kind ("the company", "the union"). Not parties or
 * courts: a story about them names several (the ruling party and the opposition, the court and the appeal court),
 * so the one named last is too often not the one meant.
 */
const SALIENT_KINDS: ReadonlySet<string> = new Set(['company', 'firm', 'airline', 'carrier', 'club', 'team', 'union', 'group', 'campaign', 'cooperative', 'hospital', 'utility', 'agency', 'federation']);

/**
 * "Sahara Solar Holding signed the deal on Monday. “…,” the company said": when no body's name says the
 * description's kind, the body this sentence or the one before is about (its nearest subject), if it may be
 * of the kind.
 */
function salientBodyOfKind(registry: Registry, head: string, position: number, sentence: number): Entity | null {
  const about = bodyAboutHere(registry, position, sentence);
  return about && !isOutlet(about, head) && !isOfOtherKind(about, head) ? about : null;
}

function bodyThatJustSpoke(registry: Registry, head: string, position: number, sentence: number): Entity | null {
  if (!kindMarkersOf(head)) return null;
  const spoke = registry.mentionsBefore(position).find((x) => x.speaker && x.sentence >= sentence - 1);
  if (!spoke || spoke.entity.type !== 'organization' || isOutlet(spoke.entity, head)) return null;
  return isOfOtherKind(spoke.entity, head) ? null : spoke.entity;
}

function isOutlet(entity: Entity, head: string): boolean {
  const words = foldName(entity.name).split(' ');
  if (words.some((w) => PLATFORMS.has(w))) return true;
  return !OUTLET_HEADS.has(head) && words.some((w) => OUTLET_WORDS.has(w));
}

/**
 * Words that show a body of another kind than `head` (a public body, or another kind's markers). Depends on
 * the head alone, so it is worked out once per head rather than on every description.
 */
const otherKindWords = memoize((head: string): ReadonlySet<string> =>
  new Set([...PUBLIC_BODY_HEADS, ...Object.entries(KIND_MARKERS).filter(([kind]) => kind !== head).flatMap(([, markers]) => markers)].filter((w) => !(kindMarkersOf(head) ?? []).includes(w))),
);


/** Who speaks for a court: "the bench said", "the judges wrote". */
const COURT_VOICES: ReadonlySet<string> = new Set(['bench', 'judges', 'justices', 'panel']);
/** Initials alone, as a description: "DCI", "DPP". */
const ACRONYM_ONLY = /^\p{Lu}{2,6}$/u;
/** Whether `court` is the only body named as a court or tribunal before `position`. */
function onlyCourtNamed(registry: Registry, court: Entity, position: number): boolean {
  return !registry.mentionsBefore(position).some((m) => m.entity !== court && m.entity.type === 'organization' && kindWords(m.entity.name).some((w) => w === 'court' || w === 'tribunal'));
}

/** A judge's role: "Judge", "presiding judge", "Justice", "High Court judge". */
const JUDGE_ROLE = /\b(?:judge|justice|magistrate)\b/i;
/** What only a court gives: "the verdict", "the judgment", "the ruling" (a "decision" or an "order" may be an agency's). */
const VERDICT_NOUN = /^[Tt]he\s+(?:ruling|judgment|judgement|verdict)$/;
/** A court's name: "Leninsky District Court of Krasnodar", "High Court", "Tribunal de grande instance". */
const COURT_NAME = /\b(?:[Cc]ourt|[Tt]ribunal|Sandiganbayan|CRIEF|CRIET)\b/;

/** A court's document: "the ruling", "The judgment", "the verdict". */
const JUDICIAL_DOCUMENT = /^[Tt]he\s+(?:ruling|judgment|judgement|verdict|decision|order)$/;
/** A court's voice with words before it: "the appeals panel", "the three-member CAS panel", "the full bench". */
const COURT_VOICE_DESCRIBED = /^[Tt]he\s+(?:[\p{L}\d-]+\s+){1,2}(bench|judges|justices|panel)$/u;

/** The level of a court in a description: "the Delhi high court", "the Lisbon administrative court". */
const COURT_LEVELS: ReadonlySet<string> = new Set(['high', 'supreme', 'appeals', 'appeal', 'district', 'federal', 'constitutional', 'administrative', 'criminal', 'civil', 'county', 'crown', 'magistrates', "magistrates'"]);

/**
 * Whether a description names one public body: a public body's head after portfolio words and place names
 * ("China's foreign ministry", "the Telangana high court"); a court's level counts only beside a place name
 * ("the high court" alone may be any).
 */
function isPublicBody(words: string[]): boolean {
  if (words.length < 2) return false;
  const head = words[words.length - 1].toLowerCase();
  if (!PUBLIC_BODY_HEADS.has(head)) return false;
  const modifiers = words.slice(0, -1);
  const placed = modifiers.some((w) => /^[\p{Lu}]/u.test(w));
  return modifiers.every((w) => TITLE_OBJECT_WORDS.has(w.toLowerCase()) || /^[\p{Lu}]/u.test(w) || (head === 'court' && placed && COURT_LEVELS.has(w.toLowerCase())));
}

function nearestMatchingBodyBefore(registry: Registry, description: string, position: number): Entity | null {
  // ("the union" is a trade union, never the European Union.)
  const matches = (m: Mention) => m.entity.type === 'organization' && organizationMatches(m.entity.name, description) && !unionOfStatesFor(description, m.entity);
  const before = registry.mentionsBefore(position);
  const nearest = before.find(matches);
  // ("The city's Public Information Office said … to report such offers to the City Economic Enterprise Office.
  // “…,” the office said": of two such bodies in one sentence, the one that spoke or acted, not the one named
  // after a preposition.)
  if (nearest?.object && !nearest.agent) return (before.find((m) => m.sentence === nearest.sentence && (!m.object || m.agent) && matches(m)) ?? nearest).entity;
  return nearest?.entity ?? null;
}


/** Words for a body of any kind: "the organisation", "the body", "the charity", "the group". */
const ANY_BODY_WORDS: ReadonlySet<string> = new Set(['organisation', 'organization', 'body', 'charity', 'ngo', 'group']);

/** The body the nearest subject in this sentence or the one before names (a passive's agent counts). */
function bodyAboutHere(registry: Registry, position: number, sentence: number): Entity | null {
  // (Never a platform the body posted on: "… in a post on its Instagram account. “…,” the group wrote".)
  const about = registry.mentionsBefore(position).find((m) => m.sentence >= sentence - 1 && (!m.object || m.agent) && !PLATFORMS.has(foldName(m.entity.name)));
  return about?.entity.type === 'organization' ? about.entity : null;
}

/** Unions of states are "the EU", "the bloc"; "the union" is a trade union. */
const UNIONS_OF_STATES = /^(?:the\s+)?(?:European|African|Eurasian(?:\s+Economic)?|Soviet)\s+Union$/i;
/** Whether a description ("the union", "the transport union") ends in "union" and the body is a union of states. */
const unionOfStatesFor = (description: string, entity: Entity): boolean => UNION_AT_END.test(description) && UNIONS_OF_STATES.test(entity.name);
const UNION_AT_END = /(?:^|\s)union$/i;

/**
 * The organisation a description like "the club" or "the union" refers to: the most recently mentioned one
 * whose name holds the description's head or a word of its kind. Nobody when none does.
 */
/**
 * "the Tawassoul group": the body registered under the description's capitalised words, when the article gave it
 * that kind ("group") or its name says it. (The description may be the body's own first mention, so the look-up
 * is by name, not among the mentions before it.)
 */
function bodyNamedInDescription(registry: Registry, description: string, head: string): Entity | null {
  const name = description.split(/\s+/).filter(isCapitalised).join(' ');
  if (name === '') return null;
  // ("the UNITA parliamentary group": a body registered under exactly those words is the one meant.)
  const exact = registry.organizationNamedExactly(name);
  if (exact && foldName(exact.name) === foldName(name)) return exact;
  const body = registry.findOrganization(name);
  return body && [body.name, ...body.aliases].some((n) => foldName(n).split(' ').includes(head)) ? body : null;
}

function organizationOfKind(registry: Registry, description: string, position: number, sentence: number): Entity | null {
  const words = foldName(description).split(' ');
  const head = words[words.length - 1];
  // ("the news agency" is an outlet, not a public agency: only a name that says "agency" is one.)
  const markers = new Set([head, ...(words.includes('news') ? [] : kindMarkersOf(head) ?? []), ...(kindInOtherLanguagesOf(head) ?? [])]);
  // A name that holds a kind's marker ("Tata Group" is a company) or a kind the article gave it ("the parcel
  // firm Swiftline"); but "the residents' group" the article called a body is no company for holding "group".
  // (Nor is a bare "Congress" a party: the word alone names a legislature as often; "African National Congress" is one.)
  // ("Government Rajaji Hospital" is a hospital: a kind's word that only opens a name whose own head is another
  // kind's is no kind of it.)
  // ("Ministry for Primary Industries" is no company: the words after a public body's "for" or "of" name its
  // portfolio, unless they name a body of their own: "Department of Agriculture Regional Field Office 3".)
  const ofKindNamed = (n: string) => {
    if ((n === 'group' && head !== 'group') || (head === 'party' && foldName(n) === 'congress')) return false;
    const all = kindWords(n);
    if (markers.has('airline') && namesAnAirline(all)) return true;
    return all.some((w, i) => markers.has(w) && !(i >= 2 && PUBLIC_BODY_HEADS.has(all[0]) && (all[1] === 'for' || all[1] === 'of') && !NOMINAL_ORG_HEADS.has(w)) && !(i === 0 && all.length >= 2 && NOMINAL_ORG_HEADS.has(all[all.length - 1]) && !markers.has(all[all.length - 1]) && !all.includes('of')));
  };
  const allOfKind = registry.mentionsBefore(position).filter(
    // ("the force" is a named force, not the generic "Police" that "the police said" stands for.)
    (m) => m.entity.type === 'organization' && !unionOfStatesFor(head, m.entity) && !(head === 'force' && GENERIC_BODIES.has(foldName(m.entity.name))) && [m.entity.name, ...m.entity.aliases].some(ofKindNamed) && !onlyInObject(m.entity.name, head),
  );
  // "the Tawassoul group" is the group named Tawassoul, not another group that spoke before: bodies whose names
  // hold the description's capitalised words come first. ("the Danish club": a word no body's name holds says
  // where the body is from.)
  const namedWords = ANY_CAPITAL.test(description) ? description.split(/\s+/).filter(isCapitalised).map(foldName) : [];
  const named = namedWords.length > 0 ? allOfKind.filter((m) => namedWords.every((w) => [m.entity.name, ...m.entity.aliases].some((n) => foldName(n).split(' ').includes(w)))) : [];
  const ofKind = named.length > 0 ? named : allOfKind;
  // When two bodies of the kind are named, "the institute" is the one that spoke or acted, not one a
  // scientist works "at"; first one that did in this sentence or the one before ("The Department of the Interior
  // and Local Government also condemned the attack. “…,” the agency said", not the police office cited earlier).
  const kinds = new Set(ofKind.map((m) => m.entity));
  // (Not among courts: they are the levels of one case, and the lower court whose ruling was appealed is often
  // named last; "the appeals panel stated" is the court the article cites.)
  const acted = (m: Mention) => m.speaker || !m.object || m.agent === true;
  const actedHere = head === 'court' ? undefined : ofKind.find((m) => m.sentence >= sentence - 1 && acted(m));
  if (kinds.size > 1) return (actedHere ?? ofKind.find((m) => m.speaker) ?? ofKind.find((m) => !m.object) ?? ofKind[0]).entity;
  return ofKind[0]?.entity ?? null;
}

/**
 * "Social Care Mererid Watkins" cut from "Cabinet Secretary for Health and Social Care Mererid Watkins" at its
 * "and": words of a title before the full name of someone the article registered are no part of the name.
 */
function registeredFullNameAtEnd(registry: Registry, name: string, position: number): Entity | null {
  const words = name.split(/\s+/);
  for (let k = 1; k <= words.length - 2; k++) {
    const tail = words.slice(k).join(' ');
    const person = registry.findPerson(tail, position);
    // (Someone the article shows to be a person: "Save Lough Neagh" is a campaign, not a title before a lake.)
    if (person && foldName(person.name) === foldName(tail) && isEvidentPerson(person)) return person;
  }
  return null;
}

/** The last item that passes the test (as `[...items].reverse().find(test)`, without the copy). */
export function lastWhere<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return items[i];
  return undefined;
}

/** Capitalised words joined by "and" (or "of"), as the end of a body's name after a comma: "Equality and Disability". */
const NAME_TAIL = /^(\p{Lu}[\p{L}'’-]*(?:\s+(?:and|of|&)\s+\p{Lu}[\p{L}'’-]*)+)$/u;

/** "the coast guard", "The fire service": a body's kind in two lower-case words. */
const TWO_WORD_KIND = /^the\s+(\p{Ll}[\p{Ll}-]*\s+\p{Ll}[\p{Ll}-]*)$/iu;

/** One word written as a name ("Observatory"). */
const ONE_CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const CAPITALISED_WORDS = /\p{Lu}[\p{L}-]*/gu;
/** Capitalised words that open a description or a role but name no place or body ("The", "Deputy"). */
const NOT_PLACE_WORDS = new Set(['The', 'A', 'An', 'Deputy', 'Acting', 'Former', 'Interim', 'Senior', 'Chief', 'Prime', 'Vice', 'First', 'Minister', 'Secretary', 'President', 'Interior', 'Foreign', 'Defence', 'Defense', 'Health', 'Finance', 'Justice', 'Home']);

/**
 * "The Polish minister" is not "Hungary's Interior Minister Gábor Szalai": where both the description and the
 * role name a place, they must name the same one (compared by their first letters, so "Polish" meets "Poland"
 * and "French" meets "France").
 */
function placesAgree(role: string, description: string): boolean {
  const places = (text: string) => (text.match(CAPITALISED_WORDS) ?? []).map((w) => w.replace(/['’]s$/, '')).filter((w) => !NOT_PLACE_WORDS.has(w));
  const wanted = places(description);
  const held = places(role);
  if (wanted.length === 0 || held.length === 0) return true;
  const same = (a: string, b: string) => a.slice(0, 3).toLowerCase() === b.slice(0, 3).toLowerCase() || (a.length >= 5 && b.length >= 5 && a.slice(0, 2).toLowerCase() === b.slice(0, 2).toLowerCase());
  return wanted.some((w) => held.some((h) => same(w, h)));
}

/** Words of a description that say nothing of the role: "the", "its", "former". */
const DESCRIPTION_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'former', 'then', 'new', 'current', 'outgoing', 'incoming']);

/**
 * Words that make another office of the one they qualify: a prime minister is not "the minister". (Not
 * "chief" before a rank: "the inspector said" may well be the chief inspector.)
 */
const officeMakersOf = ownWordTable<readonly string[]>({ minister: ['prime', 'chief'], president: ['vice'], justice: ['chief'] });
/** Words that make another office of any: a shadow, former or deputy holder is not "the secretary". */
const ANY_OFFICE_MAKERS: ReadonlySet<string> = new Set(['shadow', 'former', 'deputy', 'vice', 'assistant', 'junior', 'permanent']);

/**
 * "the minister said" is not the prime minister, nor "the president" the vice president, nor "the justice
 * secretary" the shadow justice secretary: a role whose office word follows one of its makers holds another
 * office, unless the description names the maker too; and a description with a maker is no role without it.
 */
function anotherOffice(role: string, description: string, head: string): boolean {
  // (Within the title that holds the head: "deputy, Treasurer" is a deputy who is the Treasurer.)
  // (Under any of the office's names: "the ministry's permanent secretary" holds a secretary's office, which
  // is another than "the minister".)
  const names = officeNames(head);
  const title = role.split(',').find((part) => foldName(part).split(' ').some((w) => names.includes(w))) ?? role;
  const words = foldName(title).split(' ');
  // (Nor the other way round: "the Prime Minister" is not the Minister of Infrastructure.)
  const described = foldName(description).split(' ');
  const describedAt = described.indexOf(head);
  if (describedAt > 0 && described.slice(0, describedAt).some((w, i) => (ANY_OFFICE_MAKERS.has(w) || (i === describedAt - 1 && (officeMakersOf(head) ?? []).includes(w))) && !words.includes(w))) return true;
  const at = words.findIndex((w) => names.includes(w));
  if (at <= 0) return false;
  const makers = words.slice(0, at).filter((w, i) => ANY_OFFICE_MAKERS.has(w) || (i === at - 1 && (officeMakersOf(head) ?? []).includes(w)));
  return makers.some((w) => !described.includes(w));
}

/** The person who spoke last before `position`, within a few sentences: "The Wooster professor added". */
export function recentSpeaker(registry: Registry, position: number, sentence: number, reach = 3): Entity | null {
  const m = registry.mentionsBefore(position).find((x) => x.speaker);
  return m && m.entity.type === 'person' && m.sentence >= sentence - reach ? m.entity : null;
}

/** The words of a role description besides its determiners and head: "the prime minister" → ["prime"]. */
function descriptionQualifiers(ref: Extract<SpeakerRef, { kind: 'described' }>): string[] {
  return foldName(ref.description).split(' ').filter((w) => !DESCRIPTION_DETERMINERS.has(w) && w !== ref.head);
}

/** "the police chief", "the state police chief". */
const POLICE_CHIEF_DESCRIPTION = /^the\s+(?:[\p{L}-]+\s+)?police\s+chief$/iu;
/** The titles of a police force's head: "Commissioner of Police", "police commissioner", "CP", "IGP", "Chief Constable", "chief of police". */
const POLICE_HEAD_ROLE = /\b(?:commissioner\s+of\s+police|police\s+commissioner|chief\s+of\s+police|police\s+chief|chief\s+constable|inspector[-\s]general\s+of\s+police|CP|IGP|CCPO)\b/i;

/** Whether a person's known role is the one described ("Judge" for "the judge"; not "deputy minister" for "the minister"). */
function holdsRole(e: Entity, ref: Extract<SpeakerRef, { kind: 'described' }>): boolean {
  // "the police chief" is a force's head by any of its titles: "the Commissioner of Police, CP Ibrahim Kwaji".
  if (e.type === 'person' && e.role !== null && ref.head === 'chief' && POLICE_CHIEF_DESCRIPTION.test(ref.description)) return POLICE_HEAD_ROLE.test(e.role);
  // (Both folded: "the Tánaiste" is held by the role "Tánaiste", folded "tanaiste".)
  return e.type === 'person' && e.role !== null && roleHolds(foldName(e.role).split(' '), foldName(ref.head)) && placesAgree(e.role, ref.description) && !anotherOffice(e.role, ref.description, ref.head);
}

/**
 * The person named before `position` whose known role is the one described ("the judge" after "Judge Nadia
 * Pillay-Laporte"): the nearest, or before any nearer one, the one whose role holds every word of it ("the
 * prime minister" before a nearer "agriculture minister").
 */
export function holderOfRole(registry: Registry, ref: Extract<SpeakerRef, { kind: 'described' }>, position: number, sentence: number): Entity | null {
  // (Not someone the question in this sentence names: "Asked about Hamdard's claim, the spokesperson said" is
  // not Hamdard, whoever else the article calls a spokesperson.)
  const all = registry.mentionsBefore(position);
  const askedAbout = registry.questionSentences.has(sentence) ? new Set(all.filter((m) => m.sentence === sentence).map((m) => m.entity)) : null;
  const before = askedAbout ? all.filter((m) => !askedAbout.has(m.entity)) : all;
  const holds = (e: Entity) => holdsRole(e, ref);
  const qualifiers = descriptionQualifiers(ref);
  if (qualifiers.length > 0) {
    // (A possessive's owner is a qualifier too: "the union president" is the one the article called "the union's
    // president". Role words are read as `kindWords` reads a name's.)
    const exact = before.find((m) => holds(m.entity) && qualifiers.every((w) => foldName(m.entity.role ?? '').split(' ').includes(w) || kindWords(m.entity.role ?? '').includes(w)));
    if (exact) return exact.entity;
  }
  return before.find((m) => holds(m.entity))?.entity ?? null;
}

export function resolveRef(registry: Registry, ref: SpeakerRef, position: number, sentence: number): Resolved {
  switch (ref.kind) {
    case 'pronoun': {
      const entity = resolvePronoun(registry, ref, position, sentence);
      // "she said" now tells the entity's gender to the pronouns that follow — unless the first name says
      // otherwise, when the resolution itself is the doubtful part and must not vote itself right.
      const hint = entity?.type === 'person' ? firstNameGender(entity.name) : 'unknown';
      if (entity && ref.gender === 'male' && hint !== 'female') entity.male += 1;
      if (entity && ref.gender === 'female' && hint !== 'male') entity.female += 1;
      return entity ? { entity } : { entity: null, description: ref.pronoun };
    }
    case 'person': {
      // ("Mr Fairweather" after Edna and Graham Fairweather: the honorific's gender picks among them.)
      const known = registry.findPerson(ref.name, position, ref.gender ?? 'unknown', ref.courtesyTitle) ?? registeredFullNameAtEnd(registry, ref.name, position);
      // One capitalised word the article never gave as anyone's name, with no title or gender to it
      // ("Israeli", "Midlands", "Tempers"): more often a word than a person, and never worth a wrong name.
      // (A known first name is a person: "gave her name only as Hadiza".)
      // (A body's one-word name is kept as it was: "Boeing said". A word that only appears in a body's name,
      // "Israeli" beside "the Israeli military", is not that body.)
      const body = !known ? registry.findOrganization(ref.name) : null;
      const namesBody = body !== null && [body.name, ...body.aliases].some((n) => foldName(n) === foldName(ref.name));
      if (!known && !ref.role && ref.gender === 'unknown' && !/\s/.test(ref.name.trim()) && !namesBody && !isKnownFirstName(ref.name)) {
        return { entity: null, description: ref.name };
      }
      // "Bus operator Midttrafik said": a one-word name the article registered as a body is that body,
      // whatever description stands before it.
      if (!known && namesBody && body && !/\s/.test(ref.name.trim()) && ref.gender === 'unknown') return { entity: body };
      const entity = known ?? registry.addPerson(ref.name, ref.role);
      registry.noteAlias(entity, ref.name);
      if (!entity.role && ref.role) entity.role = ref.role;
      if (ref.gender === 'male') entity.male += 2;
      if (ref.gender === 'female') entity.female += 2;
      return { entity };
    }
    case 'organization': {
      // "the DCP said": the initials of an office whose holder was named ("deputy commissioner of police (East)
      // Ritu Shekhawat"), whatever body the initials were registered as before her role was known.
      // ("CPO Akhtar told the meeting": with the holder's surname after them.)
      const office = ref.nominal ? null : personByRoleInitials(registry, ref.name, position) ?? holderByInitialsAndSurname(registry, ref.name, position);
      if (office) return { entity: office };
      // "the police spokesman said" after "Police Media Spokesman SSP Lalith Kumarasinghe": the spokesperson the
      // article named for that body is the one meant. ("the Police Media Spokesman" too, capitalised as his
      // title, when no body is registered under those words.)
      const namedSpokesperson = ref.spokesperson !== undefined && (ref.nominal || !registry.organizationNamedExactly(ref.name)) ? spokespersonNamedFor(registry, foldName(ref.name), position) : null;
      if (namedSpokesperson) return { entity: namedSpokesperson };
      // "SeaBridge accused the authorities of delay. “…,” the organisation said": a word for any kind of body
      // means the body the sentence (or the one before) is about, before an older one with the word in its name.
      const about = ref.nominal && ANY_BODY_WORDS.has(foldName(ref.name)) ? bodyAboutHere(registry, position, sentence) : null;
      if (about) return { entity: about };
      // A description ("the union") means a body named before it, the nearest one, before any named later.
      // (Nor is "the union" the European Union when no trade union was named.)
      const anyBody = registry.findOrganization(ref.name);
      const found = (ref.nominal ? nearestMatchingBodyBefore(registry, ref.name, position) : null) ?? (anyBody && ref.nominal && unionOfStatesFor(ref.name, anyBody) ? null : anyBody);
      if (found) {
        registry.noteAlias(found, ref.name);
        return { entity: found };
      }
      if (ref.onlyIfKnownBody) return { entity: null, description: `a spokesperson for ${ref.name}` };
      // "A spokesperson for Kim": a person the article named speaks through a spokesperson, whose words are
      // the spokesperson's (as for "a spokesperson for Gov. Helen Kim"), not a body called "Kim".
      const principal = !ref.nominal && ref.spokesperson !== undefined ? registry.findPerson(ref.name, position) : null;
      if (principal && foldName(principal.name) !== foldName(ref.name) && (principal.role || hasKnownFirstName(principal.name))) {
        return { entity: null, description: `a spokesperson for ${ref.name}` };
      }
      if (!ref.nominal) return { entity: registry.addOrganization(ref.name) };
      const folded = foldName(ref.name);
      const head = folded.slice(folded.lastIndexOf(' ') + 1);
      // "Brennan Walsh Advisory, the liquidators, said …. “…,” the firm said": a body that spoke in this
      // sentence or the one before is the one meant, before an older body whose name says the kind.
      // ("the Tawassoul group called …" after El Insaf spoke: a body named in the description comes first.)
      const namedInDescription = ANY_CAPITAL.test(ref.name) ? bodyNamedInDescription(registry, ref.name, head) : null;
      if (namedInDescription) return { entity: namedInDescription };
      const justSpoke = bodyThatJustSpoke(registry, head, position, sentence);
      if (justSpoke) return { entity: justSpoke };
      const kin = organizationOfKind(registry, ref.name, position, sentence);
      if (kin) return { entity: kin };
      const firm = FIRM_HEADS.has(head) ? firmTakenForPerson(registry, position, sentence) : null;
      if (firm) return { entity: firm };
      // ("the news agency" is an outlet, which the article reports from rather than about.)
      const salient = SALIENT_KINDS.has(head) && !folded.split(' ').includes('news') ? salientBodyOfKind(registry, head, position, sentence) : null;
      if (salient) return { entity: salient };
      // "the police" is how the news names a force it does not name, and "China's foreign ministry" names a
      // public body; "the company" names nobody by itself.
      const publicBody = isPublicBody(ref.name.split(/\s+/));
      if (GENERIC_BODIES.has(folded) || publicBody) return { entity: registry.addOrganization(titleCase(ref.name)) };
      // "The Sint-Jozef primary school": a description with a capitalised name in it names one body, which is
      // not simply whichever body spoke last.
      // "The Observatory" with no observatory named before: the body of that one-word name, as the house
      // style that capitalises it means.
      // ("the Bench said", capitalised as Indian copy writes it: the court speaks through its bench.)
      const bench = COURT_VOICES.has(folded) ? organizationOfKind(registry, 'court', position, sentence) : null;
      if (bench) return { entity: bench };
      if (ONE_CAPITALISED_WORD.test(ref.name)) return { entity: registry.addOrganization(ref.name) };
      // ("the Chengalpattu district administration", "the Liguria regional government": a place's own public body,
      // named by the place and the kind, is that body.)
      if (LOCAL_BODY_HEADS.has(head) && PLACE_AND_KIND.test(ref.name) && isPlaceWord(ref.name.slice(0, ref.name.search(LOWER_CASE_WORD_AFTER)))) return { entity: registry.addOrganization(ref.name) };
      // ("The Dursley Dolphins swimming club, which has trained at the pool since 1976, said": a name of two words
      // or more, then the kind of club it is in lower case, is that club's name.)
      const named = CLUB_NAME_AND_KIND.exec(ref.name);
      if (named && CLUB_KINDS.has(head)) {
        const body = registry.addOrganization(named[1]);
        registry.noteAlias(body, head);
        return { entity: body };
      }
      if (ANY_CAPITAL.test(ref.name)) return { entity: null, description: `the ${ref.name}` };
      const ministry = folded === 'ministry' ? ministryOfMinister(registry, position) : null;
      if (ministry) return { entity: ministry };
      // ("the ministry", "the court": a public body's kind is in its name, so one not named so is not meant.)
      const speaking = PUBLIC_BODY_HEADS.has(head) ? null : recentOrganizationSpeaker(registry, head, position);
      return speaking ? { entity: speaking } : { entity: null, description: `the ${ref.name}` };
    }
    case 'described': {
      // "the DCI said" after "the Directorate of Criminal Investigations (DCI)": initials the article gave a body
      // are that body's, though they read as an office's too (a detective chief inspector).
      const initials = ACRONYM_ONLY.test(ref.description) ? registry.organizationNamedExactly(ref.description) : null;
      if (initials) return { entity: initials };
      // "Jepkosgei was gracious in defeat. “…,” the Kenyan said": the person who is the subject just before.
      if (ref.epithet) {
        const subject = registry.mentionsBefore(position).find((m) => m.sentence >= sentence - 1 && m.entity.type === 'person' && !m.object);
        const recent = subject?.entity ?? recentSpeaker(registry, position, sentence);
        return recent ? { entity: recent } : { entity: null, description: ref.description };
      }
      const holder = holderOfRole(registry, ref, position, sentence);
      if (holder) return { entity: holder };
      const qualifiers = descriptionQualifiers(ref);
      // News convention: a role description right after a quotation refers back to its speaker
      // ("The Wooster professor added"); a family word ("the father") does not, nor does a speaker whose
      // known role is another ("the mayor wrote" after the city engineer spoke) — unless that speaker spoke
      // in this sentence or the one before, where the description is a second name for them.
      // "Her father, Gary Marsh, said …. “…,” the father said": the person introduced by that family word.
      const kin = KINSHIP.test(ref.head) ? personWithKin(registry, ref.head, position) : null;
      if (kin) return { entity: kin };
      const recent = KINSHIP.test(ref.head) ? null : recentSpeaker(registry, position, sentence);
      // (Never an office held by one person, "the mayor", "the central bank chief", given to a speaker of
      // another known role: a second name for someone is a description, not another office.)
      // (Nor one whose known role has none of the description's own words: "the union official said" is not
      // the consultancy's analyst who spoke just before.)
      // (Only a kind word in lower case is checked: "The Wooster professor added" may name a college her role
      // leaves out.)
      const lowerQualifiers = ref.description.split(/\s+/).filter((w) => /^[\p{Ll}]/u.test(w)).map((w) => foldName(w)).filter((w) => qualifiers.includes(w));
      const qualified = recent?.role != null && lowerQualifiers.length > 0 && !lowerQualifiers.some((w) => foldName(recent.role ?? '').split(' ').includes(w));
      const adjacent = !OFFICE_HEADS.has(ref.head) && !qualified && recentSpeaker(registry, position, sentence, 1) === recent;
      if (recent && (recent.role === null || holdsRole(recent, ref) || adjacent)) return { entity: recent };
      // A lead may say "the judge" before naming her: the next person named with that role, soon after.
      const named = personWithRoleAfter(registry, ref.head, position, sentence);
      return named ? { entity: named } : { entity: null, description: ref.description };
    }
    case 'unknown': {
      // "…said in a statement. “…,” the statement read": a document just mentioned speaks for its issuer.
      // (A document's issuer is `documentIssuer`'s to find.)
      const document = isDocument(ref.description ?? '');
      // "“…,” the ruling said": a court's ruling, judgment or verdict whose issuer `documentIssuer` did not find
      // is the court's the article named last.
      // (The judge who gave it, named in the last few sentences, reads it out: "Judge Bakyt Toktogulov accepted
      // … The ruling, read aloud in court, stated".)
      const judicial = document ? JUDICIAL_DOCUMENT.exec(ref.description ?? '') : null;
      // (A judge who spoke comes first: "with which Justice Weerasooriya agreed, Justice Arulanandam held that …".)
      const judgeHere = (m: Mention) => m.start < position && m.sentence >= sentence - 3 && m.entity.type === 'person' && JUDGE_ROLE.test(m.entity.role ?? '');
      const judge = judicial ? lastWhere(registry.mentions, (m) => judgeHere(m) && m.speaker === true) ?? lastWhere(registry.mentions, judgeHere) : undefined;
      if (judge) return { entity: judge.entity };
      // (Only when the article has named one court so far: with two, whose ruling it is stays open.)
      const court = judicial ? organizationOfKind(registry, 'court', position, sentence) : null;
      if (court && onlyCourtNamed(registry, court, position)) return { entity: court };
      // "the prefecture wrote": a one-noun description that a named body's name holds.
      // ("the three-judge panel": one modifier before the noun.)
      // (A document is no body: its issuer is looked for where it was brought up, by `documentIssuer`.)
      const body = document ? null : /^[Tt]he\s+(?:[\p{Ll}\d]+-[\p{Ll}-]+\s+)?([\p{Ll}-]+)$/u.exec(ref.description ?? '') ?? COURT_VOICE_DESCRIBED.exec(ref.description ?? '');
      // "In its order, the bench said", "the judges wrote": a court speaks through its bench.
      // ("The buyers come and say": a plural of people is no body's kind, though a body is named for them.)
      const kind = body && COURT_VOICES.has(body[1]) ? 'court' : body && !UNNAMED_PERSON_HEADS.has(body[1]) && (NOMINAL_ORG_HEADS.has(body[1]) || !body[1].endsWith('s')) ? body[1] : null;
      const named = kind ? organizationOfKind(registry, kind, position, sentence) : null;
      if (named) return { entity: named };
      // "The coast guard said": two lower-case words that end a body's name mentioned before ("Italian Coast Guard");
      // "Equality and Disability said", the end of "the Department of Children, Equality and Disability" that the
      // subject finder kept after a comma.
      const pair = TWO_WORD_KIND.exec(ref.description ?? '') ?? NAME_TAIL.exec(ref.description ?? '');
      const ending = pair ? ` ${foldName(pair[1])}` : null;
      // (A mention the description's own words are the end of counts too: it started before them.)
      const endsName = ending ? lastWhere(registry.mentions, (m) => m.start <= position && m.entity.type === 'organization' && ` ${foldName(m.entity.name)}`.endsWith(ending)) : undefined;
      if (endsName) return { entity: endsName.entity };
      // "The UK Foreign Office said it was in contact with the Greek authorities. A spokesperson said": a bare
      // spokesperson speaks for the body the sentence before (or this one) was about — only a body: a person's
      // spokesperson is not that person.
      if (BARE_SPOKESPERSON.test(ref.description ?? '')) {
        const about = bodyAboutHere(registry, position, sentence);
        if (about && !isOutlet(about, 'spokesperson')) return { entity: about };
      }
      // "his son said" after "Owusu-Ansah's eldest son, Kofi Owusu-Ansah, told the BBC": the person introduced so.
      const kinWord = KIN_DESCRIPTION.exec(ref.description ?? '');
      const kin = kinWord ? personWithKin(registry, kinWord[1].toLowerCase(), position) : null;
      if (kin) return { entity: kin };
      // "her family said", "the family said": the family of the person meant, by that person's surname.
      const family = FAMILY_DESCRIPTION.exec(ref.description ?? '');
      // ("the Ruiz family said": the family named by its surname, as written.)
      if (family?.[3]) return { entity: registry.addOrganization(`${family[3]} family`) };
      const member = family ? (family[2] ? registry.findPerson(family[2], position) : familyMember(registry, family[1].toLowerCase(), position, sentence)) : null;
      if (member) return { entity: registry.addOrganization(`${surnameOf(member)} family`) };
      return { entity: null, description: ref.description };
    }
  }
}

/** "Minister of Secondary Education", "Deputy Minister for Tourism": the portfolio after "of" or "for" (group 1). */
const MINISTER_OF_PORTFOLIO = /\bMinister\s+(?:of|for)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:(?:,\s+|\s+and\s+|\s+(?:of|for|the)\s+|\s+)\p{Lu}[\p{L}'’-]*)*)/u;
/** "Economy Minister", "Lands and Natural Resources Minister": the portfolio before the title (group 1). */
const PORTFOLIO_MINISTER = /(?:^|\s)((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:and|of|&)\s+)?){1,6})Minister$/u;
/** Words before "Minister" that name its rank or its holder's standing, never a portfolio. */
const NO_PORTFOLIO = /^(?:Prime|Chief|First|Cabinet|Deputy|Assistant|Acting|Former|Senior|Junior|State|Vice|Interim|Caretaker|The)$/;

/**
 * "the ministry" in an article that named no ministry, only a minister ("Minister of Secondary Education Eric
 * Agbodjan", "Economy Minister Fernanda Olmos"): the ministry of the latest minister named before, named from
 * the portfolio as the title gives it ("Ministry of Secondary Education", "Economy Ministry").
 */
function ministryOfMinister(registry: Registry, position: number): Entity | null {
  const minister = lastWhere(registry.mentions, (m) => m.start < position && m.entity.type === 'person' && /\bMinister\b/.test(m.entity.role ?? ''));
  const role = minister?.entity.role ?? '';
  const of = MINISTER_OF_PORTFOLIO.exec(role);
  if (of && !/^State$/.test(of[1])) return registry.addOrganization(`Ministry of ${of[1]}`);
  const before = PORTFOLIO_MINISTER.exec(role);
  const words = before ? before[1].trim().split(/\s+/) : [];
  if (words.length === 0 || words.some((w) => NO_PORTFOLIO.test(w) || /['’]s$/.test(w))) return null;
  // (A portfolio of several parts is named the formal way: "Ministry of Lands and Natural Resources".)
  const portfolio = words.join(' ');
  return registry.addOrganization(words.some((w) => w === 'and' || w === 'of' || w === '&') ? `Ministry of ${portfolio}` : `${portfolio} Ministry`);
}

/**
 * The surname a person goes by: the one word of the full name, after the first, that the article wrote alone
 * ("Varas" for "Elena Varas Montt", whose second surname is her mother's); else the name's last word.
 */
function surnameOf(person: Entity): string {
  const words = person.name.split(' ');
  const used = words.slice(1).find((w) => person.aliases.has(w));
  const surname = used ?? words[words.length - 1];
  // ("Séamus Ó Duibhir": the Ó Duibhir family. A surname particle before the surname is the family's name too.)
  const at = words.lastIndexOf(surname);
  const withParticle = at >= 2 && isCapitalised(words[at - 1]) ? `${words[at - 1]} ${surname}` : '';
  return withParticle && opensWithSurnameParticle(withParticle) ? withParticle : surname;
}

/** "A spokesperson", "a spokeswoman": for no one named. */
const BARE_SPOKESPERSON = /^(?:an?|the)\s+spokes(?:person|man|woman)$/i;

/** Offices one person holds at a time: a description by one of these is never a second name for someone else. */
const OFFICE_HEADS: ReadonlySet<string> = new Set(['mayor', 'minister', 'president', 'governor', 'premier', 'chancellor', 'senator', 'judge', 'justice', 'secretary', 'commissioner', 'ambassador', 'chief', 'chairman', 'chairwoman', 'chair', 'ceo', 'king', 'queen', 'pope', 'prosecutor', 'speaker']);

/** "his son", "the grandmother", "her late husband": a family word as a speaker. */
const KIN_DESCRIPTION = new RegExp(`^(?:the|his|her|their)\\s+(?:(?:${KIN_MODIFIERS})\\s+)?(${KIN_WORDS})$`, 'i');

/** The person last mentioned before `position` whom the article introduced by this family word. */
function personWithKin(registry: Registry, kin: string, position: number): Entity | null {
  return lastWhere(registry.mentions, (m) => m.end <= position && m.entity.type === 'person' && m.entity.kin?.includes(kin) === true)?.entity ?? null;
}

const FAMILY_DESCRIPTION = /^(?:([Hh]is|[Hh]er|[Tt]he)|(\p{Lu}[\p{L}'’-]+)['’]s|[Tt]he\s+(\p{Lu}[\p{L}'’-]+))\s+family$/u;

/**
 * Whose family "his family" or "the family" is: the person "he"/"she" means; for "the family", the person the
 * article is about, mentioned at least three times and twice as often as anyone else (an obituary's subject).
 */
function familyMember(registry: Registry, determiner: string, position: number, sentence: number): Entity | null {
  if (determiner !== 'the') {
    const gender = determiner === 'his' ? 'male' : 'female';
    const person = resolvePronoun(registry, { kind: 'pronoun', pronoun: determiner === 'his' ? 'he' : 'she', gender, plural: false }, position, sentence);
    return person?.type === 'person' && /\s/.test(person.name) ? person : null;
  }
  const counts = new Map<Entity, number>();
  for (const m of registry.mentionsBefore(position)) if (m.entity.type === 'person') counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, next] = ranked;
  // (Or the only person named so far: "Emeka Okonkwo … died on Saturday. … the family said".)
  return top && ((top[1] >= 3 && (!next || top[1] >= 2 * next[1])) || !next) && /\s/.test(top[0].name) ? top[0] : null;
}

/** "the statement", "the letter": a document with no named owner. */
export const isDocument = (description: string): boolean => {
  const m = /^the\s+(?:press\s+)?([\p{L}-]+)$/iu.exec(description);
  return m !== null && DOCUMENT_NOUNS.has(m[1].toLowerCase());
};


/** Between a document's noun and its owner: "report of the", "statement issued by the", "letter from" (not "read to the court by"). */
const DOCUMENT_OWNER_GAP = /^(?:,?\s+(?:issued|published|released|signed|written|sent|prepared|commissioned|compiled|produced|drafted|authored|filed|submitted|led|conducted|started|jointly|also|later|earlier))*\s+(?:of|by|from)\s+(?:the\s+|Dr\.?\s+|President\s+)?$/u;

/** Any letter. (A module constant: under tsx, a `\p{…}` outside brackets inside a function is rebuilt on every call.) */
const A_LETTER = /\p{L}/u;

/** Where a document's noun stands in a sentence as a word (the text lower-cased). */
function documentNounAt(text: string, noun: string): number {
  const lower = text.toLowerCase();
  for (let i = lower.indexOf(noun); i !== -1; i = lower.indexOf(noun, i + 1)) {
    if (!A_LETTER.test(lower[i - 1] ?? ' ') && !A_LETTER.test(lower[i + noun.length] ?? ' ')) return i;
  }
  return -1;
}

/** How far back a document's issuer is looked for, in sentences that mention the document. */
const DOCUMENT_LOOKBACK = 3;

/** Nothing, or "the", between a document's opening phrase and the name after it. */
const ONLY_AN_ARTICLE = /^(?:the\s+)?$/i;
/** A noun right after a name that makes the name its modifier: "the Lindqvist family", "the Mbeki campaign". */
const NAME_AS_MODIFIER = /^['’]?s?\s+(?:family|household|campaign|camp|team|estate|foundation)\b/;

/** A sentence that opens with the document: "In a post on X from his legal team's account, …". */
const opensWithDocument = memoize((noun: string) => new RegExp(`^\\s*(?:In|Through|Via)\\s+(?:a|an|his|her|their|its)\\s+(?:[\\p{L}-]+\\s+){0,2}?${noun}\\b[^,;:]*,\\s*`, 'u'));

/**
 * "In a post on X …, Khokhar urged supporters", "In a statement, the Department of … said", "In a post on X on
 * Friday, the City of Kigali reminded residents": who is named first after a sentence's opening document
 * phrase. (Not a name that only qualifies the subject: "the Lindqvist family thanked …".)
 */
function introducedBy(mentions: Mention[], sentence: { start: number; masked: string }, noun: string): Mention | undefined {
  // (Only a sentence that opens with "In", "Through" or "Via" is tried.)
  const opener = sentence.masked.trimStart().charCodeAt(0);
  if (opener !== 73 && opener !== 84 && opener !== 86) return undefined;
  const opening = opensWithDocument(noun).exec(sentence.masked);
  if (!opening) return undefined;
  const first = mentions.find((m) => m.start >= sentence.start + opening[0].length);
  if (!first || first.object || !ONLY_AN_ARTICLE.test(sentence.masked.slice(opening[0].length, first.start - sentence.start))) return undefined;
  return NAME_AS_MODIFIER.test(sentence.masked.slice(first.end - sentence.start)) ? undefined : first;
}

/**
 * Who issued a document ("“…,” the statement read"), nearest sentence first, up to three back:
 * - in a sentence that mentions the document: the body or person it is "of"/"by"/"from", whoever spoke, a
 *   passive's agent, a body that is the subject before the document's noun, or the person a sentence opening
 *   with the document names first ("In a post on X …, Khokhar urged supporters …");
 * - in this sentence or the one before, whether or not they mention it: whoever spoke, a passive's agent, or a
 *   body named as a subject ("The Uttar Pradesh Police responded on its official handle.").
 * (Never a platform or an outlet: "a statement posted on its Facebook page" is the ministry's.)
 */
export function documentIssuer(registry: Registry, sentenceAt: (sentence: number) => { start: number; masked: string } | undefined, description: string, position: number, sentence: number): Entity | null {
  if (!isDocument(description)) return null;
  const noun = description.slice(description.lastIndexOf(' ') + 1).toLowerCase();
  // ("The verdict states that …": a court's document is a court's or a judge's, never a company's the
  // sentence before named.)
  const judicialNoun = VERDICT_NOUN.test(description);
  const mayIssue = (m: Mention): boolean => !judicialNoun || (m.entity.type === 'organization' ? COURT_NAME.test(m.entity.name) : m.entity.role === null || JUDGE_ROLE.test(m.entity.role) || /\bjudicial\b/i.test(m.entity.role));
  for (let s = sentence; s >= Math.max(0, sentence - DOCUMENT_LOOKBACK); s--) {
    const found = sentenceAt(s);
    if (!found) continue;
    const at = documentNounAt(found.masked, noun);
    const here = registry.mentionsInSentence(s).filter((m) => m.end <= position && !isOutlet(m.entity, 'statement') && mayIssue(m));
    const spoke = here.find((m) => m.speaker) ?? here.find((m) => m.agent && m.entity.type === 'organization');
    if (at === -1) {
      const recent = s >= sentence - 1 ? (spoke ?? here.find((m) => !m.object && m.entity.type === 'organization')) : undefined;
      if (recent) return recent.entity;
      continue;
    }
    const nounAt = found.start + at;
    const owner = here.find((m) => m.start > nounAt && m.start - nounAt <= 60 && DOCUMENT_OWNER_GAP.test(found.masked.slice(at + noun.length, m.start - found.start)));
    // ("He went public last Sunday in a lengthy Facebook post": a person who opens the sentence as its subject
    // is the post's author.)
    const opensSentence = (m: Mention) => !m.object && m.end <= nounAt && m.entity.type === 'person' && found.masked.slice(0, m.start - found.start).trim() === '';
    const issuer = owner ?? spoke ?? here.find((m) => !m.object && m.end <= nounAt && m.entity.type === 'organization') ?? here.find(opensSentence) ?? introducedBy(here, found, noun);
    if (issuer) return issuer.entity;
  }
  return null;
}

export function speakerOf(resolved: Resolved, registry: Registry): Speaker {
  if (!resolved.entity) return { name: 'unknown', role: null, type: 'unknown', aliases: [], description: resolved.description };
  // (The article's fuller name for the speaker, when it gave one: see `fullerNamed`.)
  const e = registry.fullerNamed(resolved.entity) ?? resolved.entity;
  const aliases = [...e.aliases].filter((a) => foldName(a) !== foldName(e.name));
  return { name: e.name, role: e.role, type: e.type, aliases };
}
