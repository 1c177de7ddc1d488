/**
 * The speakers of one article: every person and organisation named outside quotations, in order, with
 * their variants merged to the name as first introduced in full, their roles and their gender. Later
 * stages look names and pronouns up here.
 */
import type { Gender, WomansCourtesyTitle } from './lexicon';
import * as lexiconModule from './lexicon';
import * as namesModule from './names';
import type { NameMention } from './names';
import * as aliasesModule from './aliases';
import * as firstNamesModule from './firstNames';
import * as textModule from '../articles/text';
import { memoize } from './memo';

// Imported names read once into module constants: under tsx (esbuild's CommonJS output) every use of an
// imported name is a property getter call (two, through the re-export), and these are used for every word.
const { FEMALE_WORDS, HONORIFICS, MALE_WORDS, NOMINAL_ORG_HEADS, ORG_HEADS, PERSON_NOUNS, ROLE_HEADS, roleHolds, womansCourtesyTitle } = lexiconModule;
const { acronymExpansion, acronymStart, findNames, isCalendarWord, isCapitalised, spelledAsWord, titleCase, tokenize } = namesModule;
const { foldName, misspeltSurname, organizationMatches, personMatches } = aliasesModule;
const { firstNameGender, hasKnownFirstName } = firstNamesModule;
const { collapseWhitespace, countBlankSeparatedWords, isJsBlank } = textModule;

export type EntityType = 'person' | 'organization';

export interface Entity {
  id: number;
  type: EntityType;
  name: string;
  role: string | null;
  aliases: Set<string>;
  /** Votes from honorifics, gendered roles and the pronouns that follow the entity's mentions. */
  male: number;
  female: number;
  /** True while the entity is known only by one word (a surname, an acronym). */
  partial: boolean;
  /**
   * Evidence that a capitalised name is a person and not a product, place or ship: a role, an honorific,
   * gendered words, or having spoken. Pronouns prefer entities with evidence.
   */
  evidence: number;
  /** Family words the article introduced the person by ("Her father, Gary Marsh," → "father"). */
  kin?: string[];
  /** The woman's courtesy title the article first called her by with her surname ("Ms Pascoe": "ms"). */
  courtesyTitle?: WomansCourtesyTitle;
}


export interface Mention {
  entity: Entity;
  /** Offsets into Article.raw. */
  start: number;
  end: number;
  /** Global index of the sentence holding the mention. */
  sentence: number;
  /** Preceded by a preposition ("with", "by", "to"): an object, a weak antecedent. */
  object: boolean;
  /** Set when the mention is the speaker of a quote or of reported speech. */
  speaker: boolean;
  /** The agent of a passive ("published by the coalition"): an object that did the thing. */
  agent?: boolean;
  /** A role description taken for the person who holds the role ("the opposition" for its deputy). */
  described?: boolean;
  /** Introduced as someone's ("her lawyer, Janet Mwende"): that "her"/"his" is another person of the gender. */
  ownedBy?: Gender;
  /** After a preposition of place ("a command post in Kota Bharu"): a place far more often than a person. */
  locative?: boolean;
}

export function genderOf(entity: Entity): Gender {
  if (entity.male > entity.female) return 'male';
  if (entity.female > entity.male) return 'female';
  return 'unknown';
}

/** A town's name that opens with a word for a town, port or village ("Ciudad Darío", "Puerto Cabezas", "Villa Nueva"). */
const TOWN_WORD_FIRST = /^(?:Ciudad|Puerto|Villa|Colonia|Barrio|Bajo|Alto)\s+\p{Lu}/u;
/** A place named for a saint ("San José", "Santa Cruz", "São Paulo", "Saint-Louis"). */
const SAINT_FIRST = /^(?:San|Santa|Santo|São|Saint|Sainte)[\s-]+\p{Lu}/u;

/** Countries and territories whose names read as a given name and a surname ("Costa Rica", "Sierra Leone"). */
// (And the ocean's warm and cold phases, named like people: "the 1982–83 El Niño".)
const COUNTRIES_LIKE_NAMES: ReadonlySet<string> = new Set(['El Niño', 'La Niña', 'El Nino', 'La Nina', 'Costa Rica', 'Sierra Leone', 'San Marino', 'Saint Lucia', 'Puerto Rico', 'El Salvador', 'Sri Lanka', 'Burkina Faso', 'Cabo Verde', 'Cape Verde', 'Saint Helena', 'Solomon Islands', 'Marshall Islands', 'Cook Islands', 'Timor-Leste', 'Trinidad and Tobago', 'Antigua and Barbuda', 'Saint Vincent', 'Saint Kitts']);

/** A bracketed word in title case right after a name: "(Zinwa)", "(Nafdac)". */
const BRACKETED_WORD_AFTER = /^\s*\((\p{Lu}\p{Ll}{2,7})\)/u;

/** A body's initials in brackets right after its name: "(FSB)", "(WKStA)", "(MoH)". */
const BRACKETED_INITIALS_AFTER = /^\s*\(([\p{Lu}](?:[\p{Lu}\p{N}&.]|\p{Ll}(?=[\p{Lu}\p{Ll}]*\p{Lu})){1,8}(?:\s(\p{Lu}[\p{Lu}&]{1,8}))?)\)/u;

/** Verbs whose passive agent only saw, obtained or reported a thing ("seen by Wikinews", "obtained by the BBC"). */
const WITNESS_VERB = /^(?:seen|obtained|reviewed|viewed|read|heard|accessed|quoted|cited|reported|interviewed|contacted|broadcast|aired|published)$/i;

const PREPOSITIONS = new Set(['with', 'by', 'to', 'of', 'for', 'from', 'against', 'about', 'on', 'at', 'in', 'and', 'between', 'among', 'toward', 'towards', 'than', 'like', 'including', 'as', 'near', 'outside', 'inside', 'beside', 'behind', 'into', 'through', 'across', 'around', 'along', 'opposite', 'via', 'within', 'under', 'over', 'during', 'throughout', 'onto', 'beyond', 'past', 'off', 'upon', 'despite', 'unlike', 'alongside', 'amid']);

/**
 * Words that name a kind of business and an occupation alike: "tour operator Kestrel Travel" is a firm, "crane
 * operator Liam Petrakis, who has worked at the port for 19 years," a man, as the "who" after his name shows
 * (or a courtesy title before the surname elsewhere: "dive operator Shae Liddell … Ms Liddell said"; or an age
 * after the name: "Food stall operator Siti Hajar Abdullah, 52,").
 */
const OCCUPATION_HEADS: ReadonlySet<string> = new Set(['operator', 'developer', 'maker', 'publisher', 'manufacturer']);

/** Up to `count` words right before `position`, nearest last (a backward scan: no regex over the whole text). */
const isBlank = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(text[i]);
};
const isNameWordChar = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 39 || code === 45;
  return /[\p{L}'’-]/u.test(text[i]);
};

export function wordsBefore(text: string, position: number, count: number): string[] {
  const nearestFirst: string[] = [];
  let i = position;
  while (nearestFirst.length < count) {
    while (i > 0 && isBlank(text, i - 1)) i--;
    const end = i;
    while (i > 0 && isNameWordChar(text, i - 1)) i--;
    if (i === end) break;
    nearestFirst.push(text.slice(i, end));
  }
  return nearestFirst.reverse();
}

const NOT_IN_ROLE = /^(?:the|a|an|and|of|with|by|to|for|said|says|told|as|in|on|at|from|his|her|its|their)$/i;

const LOWER_FIRST = /^[\p{Ll}]/u;
/** `/^[\p{Ll}]/u.test(word)`, an ASCII first character decided by its code (this runs for every name). */
function startsLowerCase(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : LOWER_FIRST.test(word);
}

/**
 * Whether a comma stands right before `at`, blanks between allowed, no further back than `from`: the same as
 * `masked.slice(from, at).trimEnd().endsWith(',')`, read in place (this runs for every name).
 */
function commaBefore(masked: string, from: number, at: number): boolean {
  let i = at;
  while (i > from && isJsBlank(masked.charCodeAt(i - 1))) i--;
  return i > from && masked.charCodeAt(i - 1) === 44;
}

/** A lower-case role right before a name: "regional governor Boris Dubrovsky" → "regional governor". */
export function lowercaseRoleBefore(text: string, nameStart: number): string | null {
  return lowercaseRoleIn(wordsBefore(text, nameStart, 4));
}

/** The same, from the (up to four) words before the name, nearest last. */
function lowercaseRoleIn(words: string[]): string | null {
  const head = words[words.length - 1];
  if (!head || !startsLowerCase(head) || !ROLE_HEADS.has(head.toLowerCase())) return null;
  // Keep only the role's own words: stop at determiners and prepositions ("the", "of").
  let i = words.length - 1;
  while (i > 0 && !NOT_IN_ROLE.test(words[i - 1])) i--;
  return words.slice(i).join(' ');
}

/**
 * "The company's chief executive, Jane Doe,", "The Senior Divisional Officer for Fako, Emile Nguiamba Ebode,":
 * a role that opens the sentence (or a clause after a comma) and stands in apposition before the name. Its
 * words without the determiner; null when it holds no title word.
 */
// (Or a possessive name: "Victoria's housing minister, Luisa Castellano,", "Google's chief executive, Sundar Pichai,".)
// (A dateline's dash may stand before it: "Kaya (AIB) - The governor of the region, Colonel Hamidou Zongo,".)
const APPOSITIVE_ROLE_BEFORE = /(?:^|[,;:]\s+|\s[-–—]\s+)(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}['’]s)\s+((?:(?:[\p{L}'’-]+|\(\p{Lu}{2,6}\))\s+){0,9}?[\p{L}'’-]+)\s*,\s*$/u;
const APPOSITIVE_ROLE_REACH = 110;
/** Past this many words, a role before a name is only a capitalised title ("the Minister of Local Government and Disaster Risk Management,"). */
const PLAIN_ROLE_WORDS = 9;

/** An honorific right before a name ("Dr ", "Hon. "): it stands between the appositive's comma and the name. */
const HONORIFIC_BEFORE = /(?:^|\s)([\p{L}/]+)\.?\s+$/u;

/** ", the FSLN chair of the Justice and Legal Affairs Committee," right after a name: a role in apposition. */
/** (Or with no article, opening in lower case: "Tran Quoc Hung, chairman of the Lao Cai People's Committee,".) */
const APPOSITIVE_ROLE_AFTER = /^,\s+(?:(?:the|its|his|her|their)\s+((?:[\p{L}'’-]+\s+){0,8}?[\p{L}'’-]+)|(\p{Ll}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,8}?))\s*,/u;

const ROLE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'with', 'in', 'from', 'on']);
const CLAUSE_OPENER = /^(?:who|whom|whose|which|that|where|when|while|as|and|but|or|after|before|since|because|although|though|if|unless|until|speaking|according)\b/;

/** A lower-case word next. (A module constant: under tsx, a `\p{…}` outside brackets inside a function is rebuilt on every call.) */
const LOWER_WORD_NEXT = /^\s*\p{Ll}/u;

/** The role a name is given in apposition after it: its head (the word before "of", else the last) a title word. */
function appositiveRoleAfter(masked: string, nameEnd: number): string | null {
  if (masked.charCodeAt(nameEnd) !== 44) return null;
  const found = APPOSITIVE_ROLE_AFTER.exec(masked.slice(nameEnd, nameEnd + 90));
  // (Not one that opens the next name's apposition: "Minister Chantelle Dill-Roberts, the union's president,
  // Ruthanne Symonds, wrote" — a lower-case word, the verb or "who", follows a role that is the name's own.)
  if (!found || !LOWER_WORD_NEXT.test(masked.slice(nameEnd + found[0].length, nameEnd + found[0].length + 12))) return null;
  // (A clause is no role: "Hon. Sunita Gopee-Ragoobur, who accompanied the minister,".)
  if (found[2] && CLAUSE_OPENER.test(found[2])) return null;
  const role = found[1] ?? found[2];
  // (The head stands before the first preposition: "a glaciologist at the institute", "chairman of the board".)
  const words = role.split(/\s+/);
  const of = words.findIndex((w) => ROLE_PREPOSITIONS.has(w));
  const head = (of > 0 ? words[of - 1] : words[words.length - 1]).toLowerCase();
  return ROLE_HEADS.has(head) ? role : null;
}

/** A bracketed honorific right before a name: "(Dr) ", "(Mrs) ". */
const BRACKETED_HONORIFIC_BEFORE = /\((?:Dr|Mrs|Prof|Engr|Rtd|Mr|Ms)\.?\)\s$/;

function appositiveRoleBefore(masked: string, nameStart0: number): string | null {
  // ("The Emir of Misau, Alhaji (Dr) Muhammad Kabir Ahmed,": a bracketed honorific after the first is read past.)
  const bracketed = masked.charCodeAt(nameStart0 - 2) === 41 ? BRACKETED_HONORIFIC_BEFORE.exec(masked.slice(Math.max(0, nameStart0 - 12), nameStart0)) : null;
  const nameStartAt = bracketed ? nameStart0 - bracketed[0].length : nameStart0;
  // The role ends in a comma right before the name or its honorific (which the 12 characters read below hold):
  // a name with no comma in the 14 characters before it, as most have, has none. (Not read further.)
  if (masked.lastIndexOf(',', nameStartAt - 1) < nameStartAt - 14) return null;
  // ("The health minister, Dr Kavish Ramloll,": the name as registered starts after its honorific.)
  // ("The governor of the Centre-Nord region, Colonel Hamidou Zongo,": a rank, capitalised, stands there too.)
  const honorific = HONORIFIC_BEFORE.exec(masked.slice(Math.max(0, nameStartAt - 12), nameStartAt));
  const titleWord = honorific !== null && (HONORIFICS.has(honorific[1].toLowerCase()) || (isCapitalised(honorific[1]) && ROLE_HEADS.has(honorific[1].toLowerCase())));
  const nameStart = honorific && titleWord ? nameStartAt - honorific[0].length + (honorific[0].length - honorific[0].trimStart().length) : nameStartAt;
  if (masked.charCodeAt(nameStart - 2) !== 44 && masked.charCodeAt(nameStart - 1) !== 44) return null;
  const before = masked.slice(Math.max(0, nameStart - APPOSITIVE_ROLE_REACH), nameStart);
  const found = APPOSITIVE_ROLE_BEFORE.exec(before);
  if (found) {
    const words = found[1].split(/\s+/);
    const titled = words.length <= PLAIN_ROLE_WORDS || words.every((w) => !LOWER_START.test(w) || TITLE_JOINERS.has(w));
    if (titled && words.some((w) => ROLE_HEADS.has(w.toLowerCase()))) return found[1];
  }
  // "presented by the Minister of Finance, Economy and Planning, Lucas Mbomio", "which the Minister of the Economy
  // and Finance, Ibrahim Warsama, presented": a capitalised title after "the" anywhere in the clause, its
  // portfolios joined by commas and "and", opening with its title word.
  const capitalised = before.includes(',') ? CAPITALISED_TITLE_BEFORE.exec(before) : null;
  // ("a letter to the Prime Minister and the Minister for Sugar Industry, Ashwin Lal Maharaj": the title after the
  // last "and the" is the name's; the one before it is another person's.)
  const ownTitle = capitalised ? capitalised[1].slice(capitalised[1].lastIndexOf(' and the ') + 1).replace(/^and the /, '') : '';
  if (capitalised && ROLE_HEADS.has(ownTitle.split(/\s+/)[0].toLowerCase())) return ownTitle;
  if (found) return null;
  // ("Commander of Region Ten, Senior Superintendent Clifton Hicks,": a title with no article, opening with its
  // title word.)
  // (Its lower-case words only join its capitalised ones: "Judge Nadia Pillay-Laporte said the three, Terry
  // Mondon," is a clause, not Mondon's title.)
  const title = APPOSITIVE_TITLE_BEFORE.exec(before);
  if (!title || !ROLE_HEADS.has(title[1].split(/\s+/)[0].toLowerCase())) return null;
  return title[1].split(/\s+/).every((w) => !LOWER_START.test(w) || TITLE_JOINERS.has(w)) ? title[1] : null;
}
// (A portfolio's word may open with a lower-case prefix: "Minister for iTaukei Affairs", "eThekwini".)
const CAPITALISED_TITLE_BEFORE = /(?<![\p{L}'’-])[Tt]he\s+(\p{Lu}[\p{L}-]*(?:\s+(?:of|for|the|and)|\s+\p{Lu}[\p{L}-]*|,\s+\p{Lu}[\p{L}-]*)*?\s+(?:of|for)\s+(?:the\s+)?\p{Ll}?\p{Lu}[\p{L}-]*(?:(?:,\s+|\s+and\s+|\s+(?:of|for|the)\s+|\s+)\p{Ll}?\p{Lu}[\p{L}-]*)*)\s*,\s*$/u;
const APPOSITIVE_TITLE_BEFORE = /(?:^|[,;:]\s+)(\p{Lu}[\p{L}-]*(?:\s+[\p{L}'’-]+){0,9}?)\s*,\s*$/u;
const LOWER_START = /^\p{Ll}/u;
/** The lower-case words a capitalised title holds: "Commander of Region Ten", "Minister for Trade and Industry". */
const TITLE_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', 'in', 'at', 'on', 'to', 'de', 'du', 'des', 'la', 'da', 'di', 'del', 'y', '&']);

/** A title that runs on into its portfolio: "Minister of Fisheries and Maritime", "Director of the". */
const PORTFOLIO_ROLE = /\b(?:of|for)(?:\s+the)?(?:\s+\p{Lu}[\p{L}-]*)*(?:\s+and(?:\s+\p{Lu}[\p{L}-]*)*)?$/u;
/** A name of two or more words in apposition right after: ", Aminata Sow Ndiaye," or ", Dr Aisha al-Hamadi,". */
const HOLDER_IN_APPOSITION = /^,\s+(?:(?:Dr|Mr|Mrs|Ms|Hon|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+\s*,/u;
const AT_PLACE: ReadonlySet<string> = new Set(['at', 'in', 'from', 'near', 'to']);
/** Prepositions of place: what follows is where, not who ("a command post in Kota Bharu"). */
const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'into', 'inside', 'outside']);
/** An "of" inside a run: "Sarkin Kasuwa of Sokoto". */
const OF_INSIDE = /\sof\s/;

/** ", which" right after a name at `at`: "which" follows a body, never a person. */
function whichFollows(masked: string, at: number): boolean {
  return WHICH_AFTER.test(masked.slice(at, at + 12));
}
const WHICH_AFTER = /^\s*,\s*which\b/;
/** A body's own office right after its name: "… office", "…'s press service", "… embassy". */
const OFFICE_AFTER_BODY = /^(?:['’]s)?\s+((?:press\s+)?(?:office|service|embassy|mission|delegation|secretariat|branch|bureau|centre|center))\b/;
/** "Liam Petrakis, who": "who" after a name follows a person. */
const WHO_AFTER = /^\s*,\s*who\b/;

/**
 * "Whenua Futures co-founder Tama Ruatapu", "Kestrel Bio chief executive Anna Berg": a name, then a lower-case
 * role and another name. The first is the body the role is held in, not a person.
 */
function roleOfNameFollows(masked: string, at: number): boolean {
  const m = ROLE_THEN_NAME.exec(masked.slice(at, at + 48));
  return m !== null && ROLE_HEADS.has(m[m[2] ? 2 : 1]);
}
const ROLE_THEN_NAME = /^\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?\s+\p{Lu}\p{Ll}/u;

/** A plural verb right after a name: "have", "are", "were". */
const PLURAL_VERB_AFTER = /^\s+(?:have|are|were)\b/;

/** How many sentences back a surname still points at the person just mentioned. */
const RECENT_SENTENCES = 2;

export class Registry {
  readonly entities: Entity[] = [];
  readonly mentions: Mention[] = [];
  /**
   * Sentences that open with a question put to someone ("Asked whether Wójcicki could be dismissed, he
   * said:"): whoever the question names is not who answers it.
   */
  readonly questionSentences = new Set<number>();
  /**
   * The article writes French honorifics before names ("Mme", "Me"): "M. Lassina Bationo" is then Monsieur,
   * no part of his name. (Not elsewhere: in Indian copy "M. Raghavendra Gowda" is an initial and his name.)
   */
  monsieurBeforeNames = false;
  /**
   * The article's text and its quotations' parts. Names in them are not mentions (a quotation's words are not
   * the story's narration), but a full name a quoted statement gives ("the Commissioner of Police, CP Adekunle
   * Oyebisi, mobilised …") is whom the narration's bare surname means later ("Oyebisi said"). Kept as given
   * and read only on first need: most articles never need them.
   */
  private quotations: { text: string; spans: ReadonlyArray<{ parts: ReadonlyArray<{ start: number; end: number }> }> } = { text: '', spans: [] };
  /** The people the quotations name in full, read on first need. */
  private quotedPeople: Array<{ name: string; role: string | null; start: number }> | null = null;

  /** The article's text and its quotations, for `personNamedInQuotes`. */
  readQuotations(text: string, spans: ReadonlyArray<{ parts: ReadonlyArray<{ start: number; end: number }> }>): void {
    this.quotations = { text, spans };
    this.quotedPeople = null;
  }

  /**
   * The one full name a quoted passage before `position` gives whose last word is `surname`, with the role
   * it gives; null when none or more than one does. (Only a name with a title or a known first name: a
   * quotation's capitalised words are as often a place, "Nova Sofala".)
   */
  personNamedInQuotes(surname: string, position: number): { name: string; role: string | null } | null {
    const { text, spans } = this.quotations;
    if (spans.length === 0) return null;
    this.quotedPeople ??= spans.flatMap((span) => span.parts).flatMap((p) => findNames(text.slice(p.start, p.end)).filter((n) => n.kind === 'person' && n.name.includes(' ') && (n.role !== null || hasKnownFirstName(n.name))).map((n) => ({ name: n.name, role: n.role, start: p.start + n.start })));
    const folded = foldName(surname);
    // (Nor a word the article used before the quotation gave the name: "the provinces of Sofala" is no
    // surname of "Nova Sofala".)
    const matching = this.quotedPeople.filter((p) => p.start < position && foldName(p.name.slice(p.name.lastIndexOf(' ') + 1)) === folded && !text.slice(0, p.start).includes(surname));
    return matching.length > 0 && matching.every((p) => p.name === matching[0].name) ? matching.find((p) => p.role) ?? matching[0] : null;
  }

  /** Whether the article calls someone by a courtesy title and this surname ("Ms Liddell", "Mr. Abilov"). */
  callsByCourtesyTitle(surname: string): boolean {
    const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+${escaped}\\b`, 'u').test(this.quotations.text);
  }

  private create(type: EntityType, name: string, folded: string, role: string | null, partial: boolean): Entity {
    const entity: Entity = { id: this.entities.length, type, name, role, aliases: new Set(), male: 0, female: 0, partial, evidence: role ? 1 : 0 };
    this.entities.push(entity);
    this.index(entity, folded);
    return entity;
  }

  /**
   * Where each entity was last mentioned, as (position, arrival) of its last mention in `mentions` order.
   * Kept as mentions arrive, so "most recently mentioned first" needs no pass over every mention.
   */
  private readonly lastMention = new Map<Entity, { start: number; arrival: number }>();
  private arrivals = 0;
  /** Folded names and aliases → entity, for the exact lookups that make up most of the traffic. */
  private readonly byFoldedName = new Map<string, Entity>();

  /**
   * Entities by the initials of the words of their names and aliases. Every matcher (surname, misspelling,
   * organisation description) needs the mention's last word to match a word of the entity with the same
   * first letter, so only those entities are compared.
   */
  private readonly byInitial = new Map<string, Set<Entity>>();

  /** Folded strings already indexed for each entity: indexing one again changes nothing. */
  private readonly indexedFolded = new Map<Entity, Set<string>>();

  /**
   * The people a folded name can refer to (unordered), by folded name. It depends only on the entities'
   * names and aliases, so it stays valid until one of those changes (`forgetMatches`), however many
   * mentions arrive in between — and most mentions are a surname seen before.
   */
  private readonly personMatchCache = new Map<string, Entity[]>();

  private forgetMatches(): void {
    this.personMatchCache.clear();
  }

  /**
   * Index an entity under a name, given folded (`foldName`). (The registry's methods fold each name once and
   * pass it on: a look-up in the fold memo costs a string hash each time, and one name was folded up to five
   * times on its way in.)
   */
  private index(entity: Entity, folded: string): void {
    const known = this.indexedFolded.get(entity) ?? new Set<string>();
    if (known.has(folded)) return;
    known.add(folded);
    this.indexedFolded.set(entity, known);
    this.forgetMatches();
    if (!this.byFoldedName.has(folded)) this.byFoldedName.set(folded, entity);
    // The first character of every word between spaces or after a hyphen ("Trotman-Reid" is found under "r"
    // too, for "Trotman Reid") (read in place: no array of the words).
    for (let i = 0; i < folded.length; i++) {
      if (folded.charCodeAt(i) === 32 || folded.charCodeAt(i) === 45 || (i > 0 && folded.charCodeAt(i - 1) !== 32 && folded.charCodeAt(i - 1) !== 45)) continue;
      const initial = folded[i];
      const set = this.byInitial.get(initial) ?? new Set<Entity>();
      set.add(entity);
      this.byInitial.set(initial, set);
    }
  }

  /** Entities that may match a name: those with a word of the initial of the name's last word. */
  private sharingInitial(folded: string): Set<Entity> | undefined {
    // A folded name is trimmed with single spaces between its words: its last word starts after the last space.
    return folded === '' ? undefined : this.byInitial.get(folded[folded.lastIndexOf(' ') + 1]);
  }

  /** Each entity's aliases, folded: "is this one of its aliases" without folding them all again. */
  private readonly foldedAliases = new Map<Entity, Set<string>>();

  private hasAlias(entity: Entity, folded: string): boolean {
    return this.foldedAliases.get(entity)?.has(folded) ?? false;
  }

  /** The one way an alias is added: to the entity's aliases and to the folded set beside them (`key` is the alias folded). */
  private addAlias(entity: Entity, alias: string, key: string): void {
    entity.aliases.add(alias);
    const folded = this.foldedAliases.get(entity) ?? new Set<string>();
    if (folded.has(key)) return;
    folded.add(key);
    this.foldedAliases.set(entity, folded);
    this.forgetMatches();
  }

  /**
   * Recency order: the entity mentioned last comes first (by its last mention: later position, then later
   * arrival), then those never mentioned, in the order they were introduced. A total order.
   */
  private isMoreRecent(a: Entity, b: Entity): boolean {
    const x = this.lastMention.get(a);
    const y = this.lastMention.get(b);
    if (x && y) return x.start > y.start || (x.start === y.start && x.arrival > y.arrival);
    if (x || y) return x !== undefined;
    return a.id < b.id;
  }

  /** Index of the first mention starting at or after `position` (mentions are ordered by start). */
  private firstAtOrAfter(position: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The person a name refers to. Several people may share a surname ("Tony Mendez", "Jonna Mendez"): the
   * one mentioned in the last sentences wins; otherwise the first introduced (news refers to its main
   * subject by surname).
   */
  findPerson(name: string, position = Infinity, gender: Gender = 'unknown', courtesyTitle?: WomansCourtesyTitle): Entity | null {
    const folded = foldName(name);
    const found = this.findPersonByName(name, folded, position, courtesyTitle);
    if (gender === 'unknown' || !found) return found;
    // "Mrs Osei" is not Daniel Osei: an honorific's gender picks among the people of that name, and rules
    // out one whose gender the article or the first name gives as the other.
    const agrees = (e: Entity) => {
      const known = genderOf(e) !== 'unknown' ? genderOf(e) : firstNameGender(e.name);
      return known === 'unknown' || known === gender;
    };
    if (agrees(found)) return found;
    const matches = this.personMatchCache.get(folded) ?? [];
    return matches.find(agrees) ?? null;
  }

  private findPersonByName(name: string, folded: string, position: number, courtesyTitle?: WomansCourtesyTitle): Entity | null {
    // Quick path: a name seen before and already an entity's full name.
    const exact = this.byFoldedName.get(folded);
    if (exact && exact.type === 'person' && foldName(exact.name) === folded) return exact;
    // Which people match does not depend on order (the tie-break below looks at mentions and ids).
    let matches = this.personMatchCache.get(folded);
    if (!matches) {
      const sharing = this.sharingInitial(folded);
      matches = sharing ? [...sharing].filter((e) => e.type === 'person' && (personMatches(e.name, name) || this.hasAlias(e, folded))) : [];
      if (matches.length === 0 && sharing) {
        // A name that names nobody: a slip in the name of exactly one fully named person.
        const slips = [...sharing].filter((e) => e.type === 'person' && !e.partial && misspeltSurname(e.name, name));
        if (slips.length === 1) matches = slips;
      }
      this.personMatchCache.set(folded, matches);
    }
    if (matches.length <= 1) return matches[0] ?? null;
    // ("Her daughter, Belinda Pascoe, … Ms Pascoe said. … Mrs Pascoe said": June Pascoe. An article calls each
    // woman by one courtesy title, so a woman already called by another one is not this one.)
    if (courtesyTitle) {
      const titled = matches.filter((e) => e.courtesyTitle === undefined || e.courtesyTitle === courtesyTitle);
      if (titled.length > 0 && titled.length < matches.length) matches = titled;
      if (matches.length === 1) return matches[0];
    }
    // The last mention before `position`, then back over the last sentences (mentions are in text order,
    // so their sentences only decrease going back).
    const before = this.firstAtOrAfter(position);
    const last = before > 0 ? this.mentions[before - 1] : undefined;
    const recentSentence = last ? last.sentence - RECENT_SENTENCES : -1;
    // (One named as the subject before one named in passing: "Denise Harlan, whose son Kyle died …. Abernathy,
    // appointed after Kyle Harlan's death, …. Harlan testified later" is the mother.)
    // (Two sentences further back for a subject, when the recent ones name only objects.)
    let recentObject: Entity | null = null;
    for (let i = before - 1; i >= 0 && this.mentions[i].sentence >= recentSentence - (recentObject ? RECENT_SENTENCES : 0); i--) {
      if (!matches.includes(this.mentions[i].entity)) continue;
      if (!this.mentions[i].object) return this.mentions[i].entity;
      recentObject ??= this.mentions[i].entity;
    }
    return recentObject ?? [...matches].sort((a, b) => a.id - b.id)[0];
  }

  /** The body registered under exactly this name (folded), if any. */
  organizationNamedExactly(name: string): Entity | null {
    return this.organizationByFoldedName(foldName(name));
  }

  private organizationByFoldedName(folded: string): Entity | null {
    const exact = this.byFoldedName.get(folded);
    return exact && exact.type === 'organization' ? exact : null;
  }

  findOrganization(name: string): Entity | null {
    return this.findOrganizationByName(name, foldName(name));
  }

  private findOrganizationByName(name: string, folded: string): Entity | null {
    const exact = this.organizationByFoldedName(folded);
    if (exact) return exact;
    // The most recently mentioned organisation that matches (found in one pass, without sorting them all).
    let best: Entity | null = null;
    for (const e of this.sharingInitial(folded) ?? []) {
      if (e.type === 'organization' && (best === null || this.isMoreRecent(e, best)) && organizationMatches(e.name, name)) best = e;
    }
    return best;
  }

  /** Add (or merge) a person; the first full mention names the entity. */
  addPerson(name: string, role: string | null): Entity {
    const folded = foldName(name);
    // (As `findPerson(name)`: with no gender it is the look-up by name.)
    const found = this.findPersonByName(name, folded, Infinity);
    const isFull = countBlankSeparatedWords(name) > 1;
    if (found) {
      const foundFolded = foldName(found.name);
      if (foundFolded !== folded) {
        if (found.partial && isFull && personMatches(name, found.name)) {
          this.addAlias(found, found.name, foundFolded);
          found.name = name;
          this.forgetMatches(); // matching reads the entity's name
          this.index(found, folded);
          found.partial = false;
        } else {
          this.addAlias(found, name, folded);
          this.index(found, folded);
        }
      }
      if (!found.role && role) found.role = role;
      if (role) found.evidence++;
      return found;
    }
    return this.create('person', name, folded, role, !isFull);
  }

  addOrganization(name: string): Entity {
    const folded = foldName(name);
    const found = this.findOrganizationByName(name, folded);
    if (found) {
      if (foldName(found.name) !== folded) {
        this.addAlias(found, name, folded);
        this.index(found, folded);
      }
      return found;
    }
    return this.create('organization', name, folded, null, false);
  }

  /**
   * Give a person the name the article's house style wrapped in an honorific ("Ato Yonas Tadesse" → "Yonas
   * Tadesse"), the old form kept as an alias. Not when another entity already goes by the new name.
   */
  renamePerson(entity: Entity, name: string): boolean {
    const folded = foldName(name);
    const other = this.byFoldedName.get(folded);
    if (other && other !== entity) return false;
    this.addAlias(entity, entity.name, foldName(entity.name));
    entity.name = name;
    this.forgetMatches(); // matching reads the entity's name
    this.index(entity, folded);
    return true;
  }

  /** Remember another way the article names an entity ("Rajnath", "defence ministry"). */
  noteAlias(entity: Entity, name: string): void {
    const alias = name.trim();
    if (alias === '') return;
    const folded = foldName(alias);
    if (folded !== foldName(entity.name)) {
      this.addAlias(entity, alias, folded);
      this.index(entity, folded);
    }
  }

  addMention(entity: Entity, start: number, end: number, sentence: number, object: boolean): Mention {
    const mention: Mention = { entity, start, end, sentence, object, speaker: false };
    // Keep mentions ordered by position (most arrive in order; a binary search places the rest).
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start <= start) lo = mid + 1;
      else hi = mid;
    }
    this.mentions.splice(lo, 0, mention);
    // The entity's last mention in list order: the one furthest on, the latest arrival among equals.
    const arrival = this.arrivals++;
    const known = this.lastMention.get(entity);
    if (!known || start >= known.start) this.lastMention.set(entity, { start, arrival });
    return mention;
  }

  /**
   * The first mention (in list order) starting in [from, to) that passes the test: the same answer as a
   * `find` over all mentions, looking only where they start in range (mentions are ordered by start).
   */
  firstMentionIn(from: number, to: number, test: (mention: Mention) => boolean): Mention | undefined {
    for (let i = this.firstAtOrAfter(from); i < this.mentions.length && this.mentions[i].start < to; i++) {
      if (test(this.mentions[i])) return this.mentions[i];
    }
    return undefined;
  }

  /**
   * The mentions of one sentence, in text order. (Mentions are kept in text order, so the sentence's run is
   * found by a binary search, not a pass over the article.)
   */
  mentionsInSentence(sentence: number): Mention[] {
    const { mentions } = this;
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].sentence < sentence) lo = mid + 1;
      else hi = mid;
    }
    const found: Mention[] = [];
    for (let i = lo; i < mentions.length && mentions[i].sentence === sentence; i++) found.push(mentions[i]);
    return found;
  }

  /** An entity's name folded and split into words, kept while the name stays the same (asked for every quote). */
  private readonly foldedWordsOf = new Map<Entity, { name: string; words: string[] }>();

  private foldedWords(entity: Entity): string[] {
    const known = this.foldedWordsOf.get(entity);
    if (known && known.name === entity.name) return known.words;
    const words = foldName(entity.name).split(' ');
    this.foldedWordsOf.set(entity, { name: entity.name, words });
    return words;
  }

  /** Mentions before `position`, nearest first. */
  mentionsBefore(position: number): Mention[] {
    return this.mentions.filter((m) => m.end <= position).reverse();
  }

  /**
   * The one other person whose name holds this person's whole name as a run of its middle words ("Mbega
   * Nchama" in "Gabriel Mbega Nchama Obono", "Nyambura" in "Lucy Nyambura Gitau"): the article's full name for
   * the same speaker, which Spanish, Fang or Kikuyu naming leads the news to shorten to middle names. Null when
   * none or several do. (Only the middle: a name that ends or opens another is a surname or a given name the
   * alias matcher already reads, and a longer name that merely adds words in front is often a title run into
   * it, "Rural Development Ta Quang Vinh"; nor bodies, whose longer names are other bodies: "Ashworth Town
   * Supporters' Trust".)
   */
  fullerNamed(entity: Entity): Entity | null {
    if (entity.type !== 'person') return null;
    const inner = this.foldedWords(entity);
    let found: Entity | null = null;
    for (const other of this.entities) {
      if (other === entity || other.type !== 'person') continue;
      const outer = this.foldedWords(other);
      if (outer.length < inner.length + 2 || !holdsRunInside(outer, inner)) continue;
      if (found && found !== other) return null;
      found = other;
    }
    return found;
  }
}

/** Whether the words `inner` stand together, in order, inside `outer`, neither first nor last. */
function holdsRunInside(outer: readonly string[], inner: readonly string[]): boolean {
  for (let at = 1; at + inner.length < outer.length; at++) {
    let k = 0;
    while (k < inner.length && outer[at + k] === inner[k]) k++;
    if (k === inner.length) return true;
  }
  return false;
}

/** Honorifics right before a single name that tell its gender ("Mr Jonas", "Mrs Clarke"). */
/** The gender an honorific gives ("Mrs", "Ato", "Mma"): the lexicon's gendered words that are honorifics. */
const honorificGender = (word: string): Gender | undefined => (!HONORIFICS.has(word) ? undefined : FEMALE_WORDS.has(word) ? 'female' : MALE_WORDS.has(word) ? 'male' : undefined);

/** A speech verb right after a name ("Zinichev said", "Jonas also told"): the name is a person. */
const SPEECH_VERB_AFTER_NAME = /^\s+(?:[\p{Ll}]+ly\s+|also\s+|once\s+|later\s+)?(?:said|says|told|tells|added|adds|stated|wrote|writes|tweeted|explained|noted|warned|argued|claimed|insisted|commented|replied|responded|announced|recalled|described|called)\b/u;

const PRONOUNS = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);
const NOUN_BEFORE_NAME = /(?<![\p{L}'’-])([\p{Ll}-]+),\s*$/u;
const NOUN_AFTER_NAME = /^,\s*(?:the|a|an|his|her|their|[\p{L}-]+['’]s)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)\s*[,.;]/u;
/** A description's head noun, then "for", "of" or "at" and its object, ending in a comma: "The spokesman for the …, ". */
const HEAD_OF_DESCRIPTION_BEFORE = /(?:^|[.;]\s+|,\s+)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)\s+(?:for|of|at)\s[^,;:“”"]{1,80},\s+(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,2}$/u;

/**
 * The gender an appositive noun gives a name: "Arvind's mother, Phoolmati Devi", "Ramesh Pal, the victim's
 * uncle,". Nouns only: a pronoun beside a name ("told her, Jane") is no appositive.
 */
function appositiveGender(masked: string, start: number, end: number): Gender {
  const from = Math.max(0, start - 30);
  // The end-anchored pattern needs a comma before the trailing blanks: most names have none, and the plain
  // test spares trying the pattern at every position (and the text is not sliced).
  const nounBefore = commaBefore(masked, from, start) ? NOUN_BEFORE_NAME.exec(masked.slice(from, start))?.[1] : undefined;
  // (NOUN_AFTER_NAME opens with a comma: a name not followed by one is not sliced and matched.)
  // ("The spokesman for the army's Sokola 1 operations in the Grand Nord, Captain Elysée Ngoy Mutombo": the
  // head of a longer description before the comma.)
  // (A title may stand between the comma and the name: ", Captain Elysée …".)
  const headBefore = nounBefore === undefined && masked.lastIndexOf(',', start) > start - 30 ? HEAD_OF_DESCRIPTION_BEFORE.exec(masked.slice(Math.max(0, start - 130), start))?.[1] : undefined;
  const word = nounBefore ?? headBefore ?? (masked.charCodeAt(end) === 44 ? NOUN_AFTER_NAME.exec(masked.slice(end, end + 60))?.[1] : undefined);
  if (!word || PRONOUNS.has(word)) return 'unknown';
  return FEMALE_WORDS.has(word) ? 'female' : MALE_WORDS.has(word) ? 'male' : 'unknown';
}

/** A lower-case word after a blank. (A module constant: under tsx, a `\p{…}` outside brackets inside a function is rebuilt on every call.) */
const BLANK_THEN_LOWER = /\s\p{Ll}/u;

const isApostropheCode = (code: number): boolean => code === 39 || code === 0x2019;

/** `/['’]s$|s['’]$/.test(text.slice(start, end))` without the slice: "'s" or "s'" ends the name. */
function endsPossessive(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const a = text.charCodeAt(end - 2);
  const b = text.charCodeAt(end - 1);
  return (b === 115 && isApostropheCode(a)) || (a === 115 && isApostropheCode(b));
}

/** `/^['’]s\b/.test(text.slice(at, at + 3))` without the slice: "'s" right after the name, then no word character. */
function possessiveFollows(text: string, at: number): boolean {
  if (!isApostropheCode(text.charCodeAt(at)) || text.charCodeAt(at + 1) !== 115) return false;
  const c = text.charCodeAt(at + 2); // NaN past the end: a word boundary
  return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95);
}

/** No matches, for a sentence not searched (one shared empty list, not a new one per sentence). */
const NO_MATCHES: readonly RegExpMatchArray[] = [];

/** A capitalised word right before (not an article, "The"): the name goes on to the left. */
const CAPITALISED_WORD_BEFORE = /(?:^|\s)(?!(?:The|A|An)\s)\p{Lu}[\p{L}'’-]*\s+$/u;

/**
 * Read every name of a sentence (quotations masked) into the registry.
 * @param masked the sentence text with quoted characters replaced by spaces (offsets unchanged)
 * @param offset where the sentence starts in Article.raw
 */
export function registerSentenceNames(registry: Registry, masked: string, offset: number, sentence: number): void {
  // Bodies named with lower-case words and an acronym ("Fédération des usagers du rail (FUR)").
  // (Most sentences hold no bracket: the pattern is not run over them.)
  for (const m of masked.includes('(') ? masked.matchAll(BRACKETED_ACRONYM) : NO_MATCHES) {
    const textBefore = masked.slice(0, m.index);
    const expansion = acronymExpansion(textBefore, m[1]);
    // (Not the end of a longer capitalised name, "The State Security Service of Georgia (SSG)": that name is
    // the body's, registered with its acronym below.)
    const longer = expansion !== null && CAPITALISED_WORD_BEFORE.test(textBefore.slice(0, acronymStart(textBefore, m[1])));
    // (Nor an office's initials: "Senior Superintendent of Police (SSP) Harjeet Singh Brar" names a person's title.)
    if (expansion && !longer && BLANK_THEN_LOWER.test(expansion) && !namesAnOffice(expansion)) registry.noteAlias(registry.addOrganization(expansion), m[1]);
  }
  const described = roleDescriptions(masked);
  let nextDescribed = 0;
  for (const found of findNames(masked)) {
    const monsieur = registry.monsieurBeforeNames && found.kind === 'person' ? MONSIEUR_AND_FULL_NAME.exec(found.name) : null;
    // (The mention still spans "M.": the words before it, a role in apposition, are read from there.)
    const name = monsieur ? { ...found, name: found.name.slice(monsieur[0].length), gender: 'male' as const } : found;
    // A description is mentioned where it stands, in text order with the names around it.
    nextDescribed = addDescribedBefore(registry, described, nextDescribed, name.start, offset, sentence, masked);
    registerName(registry, masked, offset, sentence, name, monsieur ? found.name : null);
  }
  addDescribedBefore(registry, described, nextDescribed, Infinity, offset, sentence);
  if (masked.includes('court')) registerCourtDescriptions(registry, masked, offset, sentence);
}

/**
 * Register one name of a sentence (`name`, with "M." taken off when `monsieurSpelling` is the name as written
 * with it): the entity it names, its mention, and what the words around it say of it. (A function of its own,
 * not the body of the loop over the sentence's names: V8 optimises, and after a deoptimisation re-optimises,
 * each function whole, and the loop with this body was one of the costliest to compile while the first
 * articles were read.)
 */
/** A person's run that goes on with the body they are of: "Joseph Lomongin of the Karamoja … Forum". */
const PERSON_OF_BODY = /\s(?:of|from)\s(?:the\s)?\p{Lu}/u;

/** A place's kind right after its name at the start of a body's name: " State Emergency Management Agency". */
const PLACE_THEN_KIND = /^ (?:State|County|City|Province|District|Region|Municipal|Metropolitan|Regional|Provincial|Local Government)\b/;

function registerName(registry: Registry, masked: string, offset: number, sentence: number, name: NameMention, monsieurSpelling: string | null): void {
  // The four words before the name, read once: the last is the preposition test's, all are the role's.
  const before = wordsBefore(masked, name.start, 4);
  // "for the Home Office" is an object too: the article between preposition and name is skipped.
  const last = (before[before.length - 1] ?? '').toLowerCase();
  const prev = last === 'the' || last === 'a' || last === 'an' ? (before[before.length - 2] ?? '').toLowerCase() : last;
  // "Horyzont's chief executive, Paweł Zieliński": an owner is no subject; the thing owned is.
  const possessive = endsPossessive(masked, name.start, name.end) || possessiveFollows(masked, name.end);
  // ("told NRK", "told Reuters": whom something was told is an object too.)
  // (Read once: the test below for a place or a body before a role reads it too.)
  const qualifiesRole = name.kind === 'single' && qualifiesRoleAfter(masked, name.end);
  // ("Ballina manager Tony Regan was less forgiving. He …": a body's name before a role and its holder's name
  // qualifies the role, as an owner does; the holder is the subject.)
  const object = PREPOSITIONS.has(prev) || prev === 'told' || possessive || qualifiesRole;
  // "a pitso at Ha Tšita": a Sesotho village is named "Ha" and its founder's name; after "at", "in" or "from"
  // it is a place, not a person.
  if (name.kind === 'person' && name.name.startsWith('Ha ') && AT_PLACE.has(prev)) return;
  // "The Minister of Fisheries and Maritime Infrastructures, Aminata Sow Ndiaye,": a title of a portfolio whose
  // last words read as a name, with the holder's name in apposition right after it, names only the holder.
  if ((name.kind === 'person' || name.kind === 'single') && name.role !== null && PORTFOLIO_ROLE.test(name.role) && HOLDER_IN_APPOSITION.test(masked.slice(name.end, name.end + 48))) return;
  // ("The Sarkin Kasuwa of Sokoto, Alhaji Mamuda Abdullahi, put the losses at …": after "the", a title in words
  // the lists do not know, "of" a place, with the holder's name in apposition right after it, names only the
  // holder.)
  if (name.kind === 'person' && last === 'the' && OF_INSIDE.test(masked.slice(name.start, name.end)) && HOLDER_IN_APPOSITION.test(masked.slice(name.end, name.end + 48))) return;
  // "BBC Radio Ulster's Good Morning Ulster programme": a name before the word for a broadcast is its title.
  if (name.kind === 'person' && BROADCAST_AFTER.test(masked.slice(name.end, name.end + 14))) return;
  // "all on the Blue Line", "the Northern Line": a metro or rail line is no one.
  if (name.kind === 'person' && name.name.endsWith(' Line') && last === 'the') return;
  // "accounts in Panama, Costa Rica and the Bahamas": a country whose name opens with a given name is no one.
  if (name.kind === 'person' && COUNTRIES_LIKE_NAMES.has(name.name)) return;
  // "in exile in San José", "the mayor of Ciudad Darío": a town named for a saint after a word of place, or
  // named as a city, port or village, is no one.
  if (name.kind === 'person' && (TOWN_WORD_FIRST.test(name.name) || (AT_PLACE.has(prev) && SAINT_FIRST.test(name.name)))) return;
  // "Sector 4 Mayor Cosmin Drăgulescu", "Ward 12 councillor", "Terminal 2": one word before a number names a
  // place or a thing, never a person.
  if (name.kind === 'single' && NUMBER_AFTER.test(masked.slice(name.end, name.end + 3))) return;
  // "Chadema's Kinondoni district chairman, Boniface Mwakalobo": one word before a lower-case role, and the
  // holder's name after it, is the role's place or body (whoever is named in the phrase is the holder).
  // (Not a name the article gave someone or a body already: "Miramar head coach Tony Vella" is the club still.)
  // (Two words that open with no first name are read so by `roleOfNameFollows`: "Halls Gap resident Trevor Ashby".)
  if (qualifiesRole && !registry.findOrganization(name.name) && !registry.findPerson(name.name)) return;
  // ("whose father Roger died": a family word right before a name gives its gender.)
  const gender: Gender = name.gender !== 'unknown' ? name.gender : (honorificGender(last.replace(/\.$/, '')) ?? kinGender(last) ?? appositiveGender(masked, name.start, name.end));
  let entity: Entity | null = null;
  // "Seabrook Financial, a Southport firm", "the passenger group Rail Users Scotland": the kind of body a
  // name is (so that "the firm" and "the group" find it later), which also tells two words are no person.
  // ("the parcel firm Swiftline", "the ride-hailing company Rydo": a kind after a modifier before a one-word name.)
  // ("the Les Démocrates party", "the Tawassoul group": "the", a name and the kind of body in lower case.)
  // ("the regional health ministry, the Consejería de Sanidad, said": the kind in a description before, the name
  // in apposition between commas.)
  // ("Strong Lebanon bloc MP Ghassan Maalouf": the kind of body, then a member's title, after the name.)
  // ("Mr Joseph Lomongin of the Karamoja Peace and Development Forum, a local civil society organisation,": a
  // kind after a person's run that goes on to the body they are of describes that body.)
  const ofBody = name.kind === 'person' && PERSON_OF_BODY.test(masked.slice(name.start, name.end));
  const kind = (name.kind === 'single' ? kindBeforeOneWord(before) : ((ofBody ? null : kindAfter(masked, name.end)) ?? kindBefore(before))) ?? (last === 'the' ? (bodyKindRightAfter(masked, name.end) ?? kindInAppositionBefore(masked, name.start, name.end)) : name.kind === 'person' ? bodyKindBeforeTitle(masked, name.end) : null);
  // "the DCP" after "deputy commissioner of police (East) Ritu Shekhawat": her office's initials, not a body.
  // (Only capitals can be an office's initials: the organisation lookup is skipped for every other name.)
  const byInitials = name.kind !== 'person' && isInitialsShape(name.name) && !registry.findOrganization(name.name) ? personByRoleInitials(registry, name.name, offset + name.start) : (name.kind === 'organization' ? holderByInitialsAndSurname(registry, name.name, offset + name.start) : null);
  // "The United Air Traffic Professionals, which represents 11,000 controllers": "which" follows a body, never a person.
  // "Castlebridge Town have sacked their manager": a plural verb after two words that open with no first
  // name is a team or a firm in British usage, never one person.
  const bodyNotPerson = name.kind === 'person' && (whichFollows(masked, name.end) || (roleOfNameFollows(masked, name.end) && !hasKnownFirstName(name.name)) || (PLURAL_VERB_AFTER.test(masked.slice(name.end, name.end + 6)) && !name.role && !hasKnownFirstName(name.name))) && !registry.findPerson(name.name);
  if (byInitials) {
    entity = byInitials;
    registry.noteAlias(entity, name.name);
  } else if (name.kind === 'organization' || bodyNotPerson || (kind && !registry.findPerson(name.name) && !(name.kind === 'person' && OCCUPATION_HEADS.has(kind) && (WHO_AFTER.test(masked.slice(name.end, name.end + 12)) || agedAfter(masked, name.end) || registry.callsByCourtesyTitle(name.name.slice(name.name.lastIndexOf(' ') + 1)))))) {
    entity = registry.addOrganization(name.name);
    if (kind) registry.noteAlias(entity, kind);
  }
  // Both roles count: "archbishop Monsenor Jorge Eduardo Scheinig" is "the archbishop" later on.
  // ("Commander of Region Ten, Senior Superintendent Clifton Hicks": the title in apposition and the rank.)
  // "M. Dembélé" after "Siaka Dembélé": the French "Monsieur", not an initial, when the article named a man of
  // that surname whose given name is written out and does not open with M.
  else if (name.kind === 'person' && MONSIEUR.test(name.name) && (entity = namedBeforeAsMonsieur(registry, name.name))) registry.noteAlias(entity, name.name);
  // "Allegheny Ridge, which operates the plant, …. whether Allegheny Ridge reported the spill": a name the
  // article already gave a body, written the same, is that body still.
  else if (name.kind === 'person' && (entity = registry.organizationNamedExactly(name.name))) registry.noteAlias(entity, name.name);
  else if (name.kind === 'person') entity = registry.addPerson(name.name, [appositiveRoleBefore(masked, name.start), [lowercaseRoleIn(before), name.role].filter(Boolean).join(' ')].filter(Boolean).join(', ') || null);
  else {
    // One capitalised word: a later mention of someone already named, an acronym, or a new surname
    // with a role ("Minister Zinichev"); a bare unknown word (a place, a brand) is not registered.
    const courtesyTitle = womansCourtesyTitle(last);
    entity = registry.findPerson(name.name, Infinity, gender, courtesyTitle) ?? (gender === 'unknown' ? registry.findOrganization(name.name) : null);
    if (entity?.type === 'person' && courtesyTitle) entity.courtesyTitle ??= courtesyTitle;
    // ("which had listed Kogi among states": the place a body's name opens with, "Kogi State Emergency Management
    // Agency", is that place, not the body.)
    if (entity?.type === 'organization' && PLACE_THEN_KIND.test(entity.name.slice(name.name.length)) && entity.name.startsWith(`${name.name} `) && !entity.aliases.has(name.name)) entity = null;
    // ("Ajibola-Lawal said" where only a quoted statement gave the full name, "CP Babatunde Ajibola-Lawal".)
    const quoted = entity ? null : registry.personNamedInQuotes(name.name, offset + name.start);
    if (quoted) entity = registry.findPerson(quoted.name) ?? registry.addPerson(quoted.name, quoted.role);
    if (entity) registry.noteAlias(entity, name.name);
    const roleBefore = name.role ?? lowercaseRoleIn(before);
    // "Mr Jonas met …": an honorific that gives a gender makes a person as surely as a role does.
    const honoured = gender !== 'unknown';
    // (The text around the name is read only when no entity, role or honorific has decided already.)
    // "Borealis said it had offered pilots …": a one-word name that reports of itself as "it" is a body.
    const saysIt = !entity && !roleBefore && !honoured && SAID_IT_AFTER.test(masked.slice(name.end, name.end + 40));
    if (saysIt) entity = registry.addOrganization(name.name);
    // ("The Ministry of Ports in Mogadishu said": a word after "in" or "at" before the verb is a place.)
    if (!entity && (roleBefore || honoured || (!AT_PLACE.has(prev) && SPEECH_VERB_AFTER_NAME.test(masked.slice(name.end))) || namedAsBefore(masked, name.start) || agedAfter(masked, name.end) || agedDescriptionAfter(masked, name.start, name.end)) && !/^[\p{Lu}]{2,6}$/u.test(name.name)) entity = registry.addPerson(name.name, roleBefore);
    if (!entity && /^[\p{Lu}]{2,6}$/u.test(name.name)) entity = registry.addOrganization(name.name);
    // "PayLumo, which has 14 million users", "the farmers' lobby, Agrifutura,": "which" after a one-word
    // name, or a body's description before it, makes it a body.
    if (!entity && (whichFollows(masked, name.end) || bodyDescribedBefore(masked, name.start) || bodyDescribedAfter(masked, name.end))) entity = registry.addOrganization(name.name);
    // "The largest supporters' group, which calls itself Talas": a name a group gives itself is a body's.
    if (!entity && CALLS_ITSELF_BEFORE.test(masked.slice(Math.max(0, name.start - 30), name.start))) entity = registry.addOrganization(name.name);
    // "Coles, in its March 8 media release, said": "its" right after a one-word name makes it a body.
    if (!entity && /^\s*,?\s*(?:in|on|via|through|with)\s+its\b/.test(masked.slice(name.end, name.end + 20))) entity = registry.addOrganization(name.name);
    if (entity && entity.type === 'person' && name.role && !entity.role) entity.role = name.role;
  }
  if (!entity) return;
  // "Deputy Ligia Torrez, the FSLN chair of the Justice Committee, presented …": a role in apposition after
  // the name is hers too, so that "the committee chairwoman" finds her later.
  const roleAfter = entity.type === 'person' ? appositiveRoleAfter(masked, name.end) : null;
  if (entity.type === 'person' && roleAfter && !(entity.role ?? '').includes(roleAfter)) entity.role = entity.role ? `${entity.role}, ${roleAfter}` : roleAfter;
  // ("Dr Sana Rizvi, who heads the emergency department, …. “…,” the doctor said": "Dr" is all the role given.)
  if (entity.type === 'person' && entity.role === null && DOCTOR_HONORIFIC.test(last)) entity.role = 'doctor';
  // (A speaker phrase read on its own, "M. Lassina Bationo said", still finds him.)
  if (monsieurSpelling !== null) registry.noteAlias(entity, monsieurSpelling);
  const kin = entity.type === 'person' ? kinIntroducing(masked, name.start, name.end) : null;
  if (kin && !entity.kin?.includes(kin)) (entity.kin ??= []).push(kin);
  if (gender === 'male') entity.male += 2;
  if (gender === 'female') entity.female += 2;
  if (gender !== 'unknown') entity.evidence++;
  const mention = registry.addMention(entity, offset + name.start, offset + name.end, sentence, object);
  // "In a statement read by her lawyer, Janet Mwende, she said": the lawyer is not the "she" of the sentence.
  const owner = entity.type === 'person' && name.start > 0 && masked.charCodeAt(name.start - 2) === 44 ? OWNER_PRONOUN_ROLE.exec(masked.slice(Math.max(0, name.start - 50), name.start)) : null;
  if (owner && (ROLE_HEADS.has(owner[2]) || KIN_SET.has(owner[2]) || PERSON_NOUNS.has(owner[2]))) mention.ownedBy = owner[1].toLowerCase() === 'her' ? 'female' : 'male';
  // (Not whoever merely saw or reported a document: "The written judgment, seen by Wikinews, … it read".)
  if (prev === 'by' && !WITNESS_VERB.test(before[before.length - (last === 'by' ? 2 : 3)] ?? '')) mention.agent = true;
  if (LOCATIVE_PREPOSITIONS.has(prev)) mention.locative = true;
  // "Federal Security Service (FSB)": the bracketed acronym is an alias.
  // ("(WKStA)", "(MoH)": initials may hold a lower-case letter, ending in a capital.)
  const acronym = entity.type === 'organization' ? BRACKETED_INITIALS_AFTER.exec(masked.slice(name.end)) : null;
  if (acronym) registry.noteAlias(entity, acronym[1]);
  // ("Zimbabwe National Water Authority (Zinwa)": initials written as a word, which its name's words spell.)
  const wordAcronym = entity.type === 'organization' && !acronym ? BRACKETED_WORD_AFTER.exec(masked.slice(name.end, name.end + 14)) : null;
  if (wordAcronym && spelledAsWord(wordAcronym[1], foldName(entity.name))) registry.noteAlias(entity, wordAcronym[1]);
  // ("PKP Polskie Linie Kolejowe (PKP PLK)": the group's initials, then the body's own, which it goes by too.)
  if (acronym?.[2]) registry.noteAlias(entity, acronym[2]);
  // "The World Health Organization office in Bishkek", "SOCAR's press service": the body's own office speaks
  // for it, so "the office said" and "the press service said" are the body's words.
  const office = entity.type === 'organization' ? OFFICE_AFTER_BODY.exec(masked.slice(name.end, name.end + 24)) : null;
  if (office) registry.noteAlias(entity, office[1]);
}

const DOCTOR_HONORIFIC = /^dr\.?$/;

/** Words that say which court, before "court" in lower case ("district", "regional criminal", "appeals"). */
const COURT_LEVEL = '(?:district|regional|criminal|civil|appeals?|high|administrative|military|magistrates[\'’]?|assize|family|labou?r|juvenile|provincial|county|city|municipal|circuit|federal|constitutional|commercial|economic|anti-corruption|environmental|trial|special|local|primary|appellate|sharia|customary)';
/** "a criminal court in Atbara", "the district court in Luxembourg", "a court in Aveiro": group 2 the levels, 3 the place. */
const COURT_IN_PLACE = new RegExp(`\\b([Tt]he|[Aa])\\s+((?:${COURT_LEVEL}\\s+){0,3})court\\s+in\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)`, 'gu');
/** "the Fergana regional criminal court", "a Palermo appeals court": group 2 the place, 3 the levels. */
const PLACE_COURT = new RegExp(`\\b([Tt]he|[Aa])\\s+(\\p{Lu}[\\p{L}'’-]+)\\s+((?:${COURT_LEVEL}\\s+){1,3})court\\b`, 'gu');

/**
 * A court the article describes in lower case, with its place: "A criminal court in Atbara sentenced …", "the
 * Fergana regional criminal court". News names such a court only so. It is registered as "Atbara Criminal
 * Court", "Fergana Regional Criminal Court" (as a public body described in lower case is named), so that "the
 * court said" and "in its ruling, the court wrote" are its words, as they are those of a court named in capitals.
 */
function registerCourtDescriptions(registry: Registry, masked: string, offset: number, sentence: number): void {
  for (const [pattern, placeGroup, levelGroup] of [[COURT_IN_PLACE, 3, 2], [PLACE_COURT, 2, 3]] as const) {
    for (const m of masked.matchAll(pattern)) {
      const place = m[placeGroup];
      if (isCalendarWord(place.split(/\s+/)[0]) || NOT_PLACE_OPENERS.has(place)) continue;
      const name = titleCase(collapseWhitespace(`${place} ${m[levelGroup]}court`));
      const start = m.index + m[1].length + 1;
      const before = wordsBefore(masked, m.index, 1)[0]?.toLowerCase() ?? '';
      registry.addMention(registry.findOrganization(name) ?? registry.addOrganization(name), offset + start, offset + m.index + m[0].length, sentence, PREPOSITIONS.has(before));
    }
  }
}
/** Words after "the" that open another court's name in capitals ("the Supreme Court"), never a place's. */
const NOT_PLACE_OPENERS: ReadonlySet<string> = new Set(['Supreme', 'High', 'Court']);

/**
 * Mention the role descriptions of a sentence from `next` up to `end` (offsets in the sentence); returns the
 * index of the first one left. (A function, not a closure per sentence: under tsx each closure created costs
 * a `defineProperty` call for its name.)
 */
function addDescribedBefore(registry: Registry, described: RoleDescription[], next: number, end: number, offset: number, sentence: number, masked = ''): number {
  for (; next < described.length && described[next].start < end; next++) {
    const d = described[next];
    // "The deputy secretary general of the union, Mme Judith Akakpo, …": a role in apposition before the name
    // that `end` starts is that person's role, not a mention of someone who held the role before.
    if (end !== Infinity && ROLE_THEN_APPOSED_NAME.test(masked.slice(d.end, end))) continue;
    // ("The head of the Teachers' Syndicate, Ibrahim Sayed Kandil, …": a role that goes on into the name of a
    // body waits for the name after it, which may be its holder's.)
    if (end !== Infinity && ROLE_GOES_ON_INTO_NAME.test(masked.slice(d.end, end))) break;
    const entity = personWithRole(registry, d.head, offset + d.start);
    if (entity) registry.addMention(entity, offset + d.start, offset + d.end, sentence, d.object).described = true;
  }
  return next;
}

/**
 * "CPO Akhtar" after "City Police Officer (CPO) Rana Nadeem Akhtar": an office's initials and the surname of the
 * person the article named with that office, read as a body's name, are that person.
 */
export function holderByInitialsAndSurname(registry: Registry, name: string, position: number): Entity | null {
  const space = name.indexOf(' ');
  if (space < 0 || name.indexOf(' ', space + 1) >= 0 || !isInitialsShape(name.slice(0, space))) return null;
  const holder = personByRoleInitials(registry, name.slice(0, space), position);
  return holder && holder.name.endsWith(` ${name.slice(space + 1)}`) ? holder : null;
}

/** The rest of a role, a comma and at most an honorific before a name: "… general of the union, Mme ". */
const ROLE_THEN_APPOSED_NAME = /^(?:\s+[\p{Ll}'’-]+){0,6}(?:\s+\p{Lu}[\p{L}'’&.-]*){0,6},\s+(?:\p{Lu}\p{Ll}{0,3}\.?\s+)?$/u;
/** The rest of a role that runs into a name: "… head of the " before "Teachers' Syndicate". */
const ROLE_GOES_ON_INTO_NAME = /^\s+(?:of|at|for)\s+(?:the\s+)?$/;

/**
 * "who gave her name only as Hadiza", "identified only as Noorullah", "who would give only her first name,
 * Hadiza,": a person named by one word at `at`.
 */
function namedAsBefore(masked: string, at: number): boolean {
  // ("who identified himself only as Rra Tshepo": an honorific may stand before the name.)
  // (The pattern runs only where its last words are: most names have no "as" or "name," before them.)
  const before = masked.slice(Math.max(0, at - 50), at);
  return (before.includes(' as ') || before.includes('name,')) && NAMED_AS_BEFORE.test(before);
}
const NAMED_AS_BEFORE = /\b(?:(?:name|named|identified(?:\s+(?:him|her|them)sel(?:f|ves))?|known)\s+(?:only\s+)?as|name,)\s+(?:\p{Lu}\p{Ll}{1,3}\.?\s+)?$/u;

/** An age after a name ("Noorullah, 19,") is a person's. */
/**
 * "Sutrisno, a 52-year-old farmer whose house stood …": one word opening its clause, then a description that gives
 * an age, is someone's name (Indonesian and other one-word names); not a plural after other words, "One of the
 * rescued Filipinos, a 24-year-old woman".
 */
function agedDescriptionAfter(masked: string, start: number, end: number): boolean {
  return AGED_DESCRIPTION.test(masked.slice(end, end + 24)) && CLAUSE_OPENING_BEFORE.test(masked.slice(Math.max(0, start - 3), start));
}
const AGED_DESCRIPTION = /^,\s*an?\s+\d{1,3}-year-old\b/;
/** Nothing, or a stop, comma, colon or semicolon, before a word: it opens its clause. */
const CLAUSE_OPENING_BEFORE = /(?:^\s*|[.,;:]\s*)$/;

function agedAfter(masked: string, at: number): boolean {
  // ("Lindokuhle (17)": the South African press puts the age in brackets.)
  return /^(?:,\s*\d{1,3}\s*,|\s*\(\d{1,3}\))/.test(masked.slice(at, at + 8));
}

/** "Fédération des usagers du rail (FUR)": an acronym in brackets. */
/** Whether an expansion is an office, its head (the word before its first "of"/"for", or its last) a role's. */
function namesAnOffice(expansion: string): boolean {
  const words = expansion.toLowerCase().split(/\s+/);
  const of = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  const end = of > 0 ? of : words.length;
  // ("Directorate General of Migration (DGM)": a body's head before the role word keeps it a body.)
  return ROLE_HEADS.has(words[end - 1]) && !words.slice(0, end - 1).some((w) => ORG_HEADS.has(w));
}

const BRACKETED_ACRONYM = /\(([\p{Lu}][\p{Lu}\p{Ll}&.]{1,8})\)/gu;

/** A lower-case word and a comma at the end of a text ("the farmers' lobby,"). */
const WORD_AND_COMMA_AT_END = /\b([\p{Ll}-]+),\s*$/u;

/** ", Chile's national police,", ", the country's largest union,": a body's description in apposition. */
const BODY_APPOSITIVE_AFTER = /^,\s+(?:the|a|an|[\p{Lu}][\p{L}-]*['’]s)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)\s*,/u;

/** Family words a person may be introduced by, one by one. */
export const KIN_SET: ReadonlySet<string> = new Set(['father', 'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'grandfather', 'grandmother', 'grandson', 'granddaughter', 'uncle', 'aunt', 'nephew', 'niece', 'cousin', 'widow', 'widower', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'partner', 'stepfather', 'stepmother', 'stepson', 'stepdaughter']);
/** The same words as a pattern's alternatives, and the words that may stand before one ("eldest son"). */
export const KIN_WORDS = [...KIN_SET].join('|');
export const KIN_MODIFIERS = 'eldest|youngest|elder|younger|late|only|older|twin';
/** "Her father, ", "Owusu-Ansah's eldest son, ", "his wife, the actress ": a family word in apposition before a name. */
const KIN_BEFORE_NAME = new RegExp(`(?:^|[\\s(])(?:his|her|their|[\\p{Lu}][\\p{L}'’-]*['’]s?)\\s+(?:(?:${KIN_MODIFIERS})\\s+)?(${KIN_WORDS}),\\s+(?:the\\s+[\\p{Ll}-]+\\s+)?$`, 'iu');
/** ", her father," after a name. */
const KIN_AFTER_NAME = new RegExp(`^,\\s+(?:his|her|their|[\\p{Lu}][\\p{L}'’-]*['’]s?)\\s+(?:(?:${KIN_MODIFIERS})\\s+)?(${KIN_WORDS})\\s*[,.;]`, 'iu');


/** The lower-case word that ends right at `end` (letters a–z and é only, as the family words are written), or undefined. */
function wordEndingAt(text: string, end: number): string | undefined {
  let start = end;
  while (start > 0 && end - start < 14) {
    const c = text.charCodeAt(start - 1);
    if (!((c >= 97 && c <= 122) || c === 233)) break;
    start--;
  }
  return start < end ? text.slice(start, end) : undefined;
}

/** The family word a name is introduced by in apposition ("Her father, Gary Marsh,"; "Marta Ribeiro, her granddaughter,"). */
function kinIntroducing(masked: string, start: number, end: number): string | null {
  // (Both forms need a comma by the name and a family word by the comma: the patterns run only then.)
  const comma = masked.lastIndexOf(',', start);
  const wordBeforeComma = comma > start - 30 ? wordEndingAt(masked, comma) : undefined;
  const before = wordBeforeComma !== undefined && KIN_SET.has(wordBeforeComma) ? KIN_BEFORE_NAME.exec(masked.slice(Math.max(0, start - 60), start)) : null;
  const after = before || masked.charCodeAt(end) !== 44 ? null : KIN_AFTER_NAME.exec(masked.slice(end, end + 50));
  return (before ?? after)?.[1].toLowerCase() ?? null;
}

/** "The Carabineros, Chile's national police, said": a body's description in apposition after a one-word name at `at`. */
function bodyDescribedAfter(masked: string, at: number): boolean {
  if (masked.charCodeAt(at) !== 44) return false;
  const head = BODY_APPOSITIVE_AFTER.exec(masked.slice(at, at + 70))?.[1];
  return head !== undefined && NOMINAL_ORG_HEADS.has(head);
}

/** "the farmers' lobby, Agrifutura": a body's description and a comma right before a one-word name at `at`. */
function bodyDescribedBefore(masked: string, at: number): boolean {
  const from = Math.max(0, at - 40);
  // The pattern needs a comma before the trailing blanks: most texts fail this plain test (read in place).
  if (!commaBefore(masked, from, at)) return false;
  const describedAs = WORD_AND_COMMA_AT_END.exec(masked.slice(from, at))?.[1];
  return describedAs !== undefined && NOMINAL_ORG_HEADS.has(describedAs);
}

// (Its kind is the appositive's own head, never a preposition's object: "Halldór Sveinsson, a glaciologist at the
// institute," is no institute.)
const KIND_APPOSITIVE = /^,\s+(?:a|an|the)\s+(?:(?!(?:at|in|of|for|with|from|on)\s)[\p{L}'’-]+\s+){0,3}?([\p{Ll}-]+)(?=\s*[,.;]|\s+(?:that|which|where|based|in|of|for|with|formed|founded|set|created|launched|established|representing|run|led|backed|funded|registered|owned)\b)/u;

/** The kind of body an appositive after `at` gives ("Seabrook Financial, a Southport firm"), read in the next 80 characters. */
function kindAfter(masked: string, at: number): string | null {
  // KIND_APPOSITIVE opens with a comma: most names are not followed by one, and nothing is sliced or matched.
  if (masked.charCodeAt(at) !== 44) return null;
  const m = KIND_APPOSITIVE.exec(masked.slice(at, at + 80));
  return m && NOMINAL_ORG_HEADS.has(m[1]) ? m[1] : null;
}

/** Kinds of body written in lower case right after the body's name. */
const BODY_KINDS_AFTER_NAME = 'party|group|movement|coalition|alliance|bloc|front|collective';
/** A body's kind in lower case right after a name: "(the Les Démocrates) party", "(the Wagner) group". */
const BODY_KIND_RIGHT_AFTER = new RegExp(`^\\s+(${BODY_KINDS_AFTER_NAME})\\b`);
/** A body's kind in lower case, then a title, right after a name: "(Strong Lebanon) bloc MP", "(Civic Renewal) party leader". */
const BODY_KIND_THEN_TITLE = new RegExp(`^\\s+(${BODY_KINDS_AFTER_NAME})\\s+([\\p{L}-]+)`, 'u');
function bodyKindBeforeTitle(masked: string, at: number): string | null {
  const m = BODY_KIND_THEN_TITLE.exec(masked.slice(at, at + 40));
  return m && ROLE_HEADS.has(m[2].toLowerCase()) ? m[1] : null;
}

function bodyKindRightAfter(masked: string, at: number): string | null {
  return BODY_KIND_RIGHT_AFTER.exec(masked.slice(at, at + 14))?.[1] ?? null;
}

/** "the parcel firm Swiftline": a kind with a modifier before it, before a one-word name ("told the committee Jones" is no such thing). */
function kindBeforeOneWord(wordsBeforeName: string[]): string | null {
  const kind = kindBefore(wordsBeforeName);
  const modifier = wordsBeforeName[wordsBeforeName.length - 2];
  return kind && modifier && /^[\p{L}][\p{Ll}-]+$/u.test(modifier) && !NOT_IN_KIND_MODIFIER.has(modifier.toLowerCase()) ? kind : null;
}
const NOT_IN_KIND_MODIFIER: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'and', 'or', 'of', 'to', 'for', 'by', 'with', 'from', 'told', 'said', 'asked', 'at', 'in', 'on']);

/** "said it", "announced that it", "says it would": a report of itself as "it", right after a name. */
const SAID_IT_AFTER = /^\s+(?:said|says|added|announced|announces|confirmed|confirms|stated|states|insisted|insists|argued|argues|denied|denies)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?it\b/u;

/** Whether another person of the mention's sentence has a first name of the other gender than its own. */
function otherOfGenderIn(registry: Registry, mention: Mention): boolean {
  const own = firstNameGender(mention.entity.name);
  if (own === 'unknown') return false;
  return registry.mentionsInSentence(mention.sentence).some((m) => m.entity !== mention.entity && m.entity.type === 'person' && firstNameGender(m.entity.name) !== 'unknown' && firstNameGender(m.entity.name) !== own);
}


/**
 * Whether a name stands right after a comma, or after a comma and its title ("…, Rovers manager Stuart
 * Pennock"): capitalised words and role words only between them, no "whether" or "and".
 */
function answersAfterComma(textBefore: string): boolean {
  const comma = textBefore.lastIndexOf(',');
  if (comma < 0) return false;
  const between = textBefore.slice(comma + 1).trim();
  return between === '' || between.split(/\s+/).every((w) => isCapitalised(w) || ROLE_HEADS.has(w.toLowerCase()) || /['’]s?$/.test(w));
}

/** The gender a family word gives the name right after it ("father Roger", "his wife Amina"), from the gendered word lists. */
function kinGender(word: string): Gender | null {
  if (!KIN_SET.has(word)) return null;
  return MALE_WORDS.has(word) ? 'male' : FEMALE_WORDS.has(word) ? 'female' : null;
}

/** "which calls itself ", "calling themselves ": a group's own name follows. */
const CALLS_ITSELF_BEFORE = /\b(?:calls|calling|called)\s+(?:itself|themselves)\s+$/;

/** The word for a broadcast or a publication's series right after a name: "(Good Morning Ulster) programme". */
const BROADCAST_AFTER = /^\s+(?:programme|program|show|podcast|series|documentary|bulletin)\b/;

/** "her lawyer, ", "his younger brother, ": a possessive pronoun and a word before a name (group 1 the pronoun, 2 the last word). */
const OWNER_PRONOUN_ROLE = /\b([Hh]er|[Hh]is)\s+(?:[\p{Ll}'’-]+\s+){0,2}?([\p{Ll}'’-]+),\s$/u;

/** A number right after a word: "Sector 4". */
const NUMBER_AFTER = /^\s\d/;
/** Lower-case words right after a name, up to a comma or a capitalised word (group 1). */
const LOWER_CASE_WORDS_AFTER = /^\s+((?:[\p{Ll}][\p{Ll}'’-]*\s+){0,5}[\p{Ll}][\p{Ll}'’-]*)(?:\s*,\s*|\s+)\p{Lu}/u;
/** Words that make lower-case words a clause or a prepositional phrase, not a role's. */
const NOT_IN_A_ROLE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'said', 'says', 'told', 'is', 'was', 'has', 'had', 'will', 'would', 'and', 'or', 'but', 'who', 'which', 'that', 'as', 'out', 'up', 'off', 'down', 'over', 'back']);

/** "Kinondoni district chairman, Boniface Mwakalobo": lower-case words ending in a role head, then its holder's name. */
function qualifiesRoleAfter(masked: string, end: number): boolean {
  const m = LOWER_CASE_WORDS_AFTER.exec(masked.slice(end, end + 80));
  if (!m) return false;
  const words = m[1].split(/\s+/);
  const head = words[words.length - 1];
  // ("welfare and women's development committee chairman": an "and" between portfolios, not at either end.)
  // (No verb: "Whitely singled out captain Tom Riley".)
  return ROLE_HEADS.has(head) && words.every((w, i) => (!NOT_IN_A_ROLE.has(w) && !w.endsWith('ed') && !w.endsWith('ly')) || (w === 'and' && i > 0 && i < words.length - 1));
}

/** "M. Dembélé": "M." and one surname. */
const MONSIEUR = /^M\.\s+\S+$/;
/** "M. " before a given name written out and more: "M. Lassina Bationo", "M. Jean-Bosco Habimana". */
const MONSIEUR_AND_FULL_NAME = /^M\.\s+(?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\S)/u;

/** The person "M. <surname>" means: one named before in full with that surname, a given name written out and not opening with M. */
function namedBeforeAsMonsieur(registry: Registry, name: string): Entity | null {
  const surname = name.slice(name.search(/\s/) + 1).trim();
  const person = registry.findPerson(surname);
  if (!person) return null;
  const given = person.name.split(/\s+/)[0];
  return given.length > 2 && !given.endsWith('.') && given[0] !== 'M' && foldName(person.name).endsWith(foldName(surname)) ? person : null;
}

function kindBefore(wordsBeforeName: string[]): string | null {
  const last = wordsBeforeName[wordsBeforeName.length - 1]?.toLowerCase();
  // ("Général de brigade Issoufou Garba Maïnassara": a kind after "de" or "of" ends a rank or a title.)
  const previous = wordsBeforeName[wordsBeforeName.length - 2];
  if (previous === 'de' || previous === 'of') return null;
  return last && NOMINAL_ORG_HEADS.has(last) && /^[\p{Ll}]/u.test(wordsBeforeName[wordsBeforeName.length - 1]) ? last : null;
}

/** A body's kind in lower case, a comma and "the", right before a name: "the regional health ministry, the". */
const KIND_THEN_COMMA_THE = /(?<![\p{L}'’-])([\p{Ll}-]+),\s+the\s+$/u;
/** The kind before a name in apposition that a comma closes ("According to the agency, the Taquari river rose" is none). */
function kindInAppositionBefore(masked: string, start: number, end: number): string | null {
  if (masked.charCodeAt(end) !== 44) return null;
  const m = KIND_THEN_COMMA_THE.exec(masked.slice(Math.max(0, start - 30), start));
  return m && NOMINAL_ORG_HEADS.has(m[1]) ? m[1] : null;
}

/** "the sheriff", "the former minister": a role description that is no name (no capitalised word follows). */
const ROLE_DESCRIPTION = /\b(?:the|The)\s+(?:(?:former|then|new|acting|interim|deputy|local|county|state)\s+)?([\p{Ll}-]+)(?![\p{L}\p{N}_])(?!['’]s)(?!\s+[\p{Lu}])/uy;

/**
 * The matches of ROLE_DESCRIPTION in a text, as a global search would find them (in order, each search
 * going on after the last match). Every match starts with "the" or "The", so the pattern is tried (sticky)
 * only where one of them starts (a global search tries it at every character: twice the time).
 */
function roleDescriptionMatches(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let lower = text.indexOf('the');
  let upper = text.indexOf('The');
  while (lower !== -1 || upper !== -1) {
    const at = upper === -1 || (lower !== -1 && lower < upper) ? lower : upper;
    ROLE_DESCRIPTION.lastIndex = at;
    const match = ROLE_DESCRIPTION.exec(text);
    if (match) matches.push(match);
    const from = match ? at + match[0].length : at + 1;
    if (lower !== -1 && lower < from) lower = text.indexOf('the', from);
    if (upper !== -1 && upper < from) upper = text.indexOf('The', from);
  }
  return matches;
}

interface RoleDescription {
  head: string;
  start: number;
  end: number;
  object: boolean;
}

function roleDescriptions(masked: string): RoleDescription[] {
  const found: RoleDescription[] = [];
  for (const m of roleDescriptionMatches(masked)) {
    if (!ROLE_HEADS.has(m[1])) continue;
    const start = m.index ?? 0;
    const previous = (wordsBefore(masked, start, 1)[0] ?? '').toLowerCase();
    found.push({ head: m[1], start, end: start + m[0].length, object: PREPOSITIONS.has(previous) });
  }
  return found;
}

/** The person last mentioned before `position` whose role has `head` as a word ("the sheriff" → Sheriff Wendell Pickett). */
const ROLE_INITIAL_SKIPS = new Set(['of', 'the', 'and', 'for', '&']);

/**
 * The initials of a role's words: "deputy commissioner of police (East)" → "DCP", "Chief Justice" → "CJ".
 * Memoised: every acronym of an article is compared with the role of every person mentioned before it.
 */
export const roleInitials = memoize(roleInitialsUncached);
/**
 * The initials of the office alone, before the place it is for: "Senior Divisional Officer for Fako" is the SDO.
 * ("Chief Press Secretary to the governor" is the CPS: whom an office serves, in lower case, is no part of it.)
 */
const officeInitials = memoize((role: string): string => roleInitialsUncached(role.replace(/\s+(?:(?:for|of|in)\s+[\p{Lu}]|to\s+(?:the\s+)?[\p{Ll}]).*$/u, '')));

/**
 * The initials of the title alone, after the portfolio or place words before it: "Agriculture Principal
 * Secretary" is the PS, "Treasury Cabinet Secretary" the CS. (Not after a rank word: a "Deputy Attorney
 * General" is no AG. Nor a title of one word: "Labour MP" gives no "MP" here.)
 */
const titleInitials = memoize((role: string): string => {
  const words = role.replace(/\([^)]*\)/g, ' ').split(/\s+/).filter((w) => w && OPENS_LETTER.test(w));
  const firstTitle = words.findIndex((w) => ROLE_HEADS.has(w.toLowerCase()) || RANK_WORDS.test(w));
  // (Only capitalised words before it, a portfolio's or a place's: "county director of health" is a description.)
  if (firstTitle <= 0 || words.slice(0, firstTitle).some((w) => LOWER_FIRST.test(w))) return '';
  const title = words.slice(firstTitle);
  return title.length >= 2 ? roleInitialsUncached(title.join(' ')) : '';
});
/** Words that open a title as its rank: the title after them is not the office of another. */
const RANK_WORDS = /^(?:deputy|vice|assistant|acting|interim|former|chief|senior|junior|associate|principal|joint|additional|permanent|cabinet|general)$/i;

/** A letter first. (A module constant: under tsx, a `\p{…}` outside brackets inside a function is rebuilt on every call.) */
const OPENS_LETTER = /^\p{L}/u;

function roleInitialsUncached(role: string): string {
  let initials = '';
  for (const word of role.replace(/\([^)]*\)/g, ' ').split(/[\s-]+/)) {
    if (word && !ROLE_INITIAL_SKIPS.has(word.toLowerCase()) && OPENS_LETTER.test(word)) initials += word[0].toUpperCase();
  }
  return initials;
}

/** Two to five capitals: what an office's initials look like ("DCP", "CJ"). */
const INITIALS_SHAPE = /^[\p{Lu}]{2,5}$/u;
const isInitialsShape = (text: string): boolean => INITIALS_SHAPE.test(text);

/**
 * "the DCP", "the CJ": the person most recently mentioned whose role these are the initials of (Indian and
 * other English-language papers name officials by the initials of their office after the first mention).
 */
export function personByRoleInitials(registry: Registry, acronym: string, position: number): Entity | null {
  if (!isInitialsShape(acronym)) return null;
  // The mentions ending by `position`, nearest first (as `mentionsBefore` lists them, without its copy:
  // this runs for every acronym, and most find no one).
  const { mentions } = registry;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.end <= position && m.entity.type === 'person' && m.entity.role && (roleInitials(m.entity.role) === acronym || officeInitials(m.entity.role) === acronym || titleInitials(m.entity.role) === acronym)) return m.entity;
  }
  return null;
}

function personWithRole(registry: Registry, head: string, position: number): Entity | null {
  // Nearest first, as in `personByRoleInitials`; but someone whose role holds the very word comes before a
  // nearer holder of another word for it ("the minister" is the Minister of Infrastructure named before, not
  // the secretary of state for energy named since).
  const { mentions } = registry;
  let synonym: Entity | null = null;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.end > position || m.entity.type !== 'person' || !m.entity.role) continue;
    const words = foldName(m.entity.role).split(' ');
    if (!roleHolds(words, head)) continue;
    if (words.includes(head)) return m.entity;
    synonym ??= m.entity;
  }
  return synonym;
}

/** Gender evidence from the pronouns that follow a person's mention in the same or the next sentence. */
export function votePronounGender(registry: Registry, sentences: ReadonlyArray<{ masked: string; start: number }>): void {
  const peoplePerSentence = new Map<number, number>();
  for (const m of registry.mentions) {
    if (m.entity.type === 'person') peoplePerSentence.set(m.sentence, (peoplePerSentence.get(m.sentence) ?? 0) + 1);
  }
  // The first word of each sentence, lower-cased, read once per sentence (most sentences hold several mentions).
  const firstWords = new Map<number, { word: string; afterQuote: boolean }>();
  const firstWordOf = (sentence: number): { word: string; afterQuote: boolean } => {
    let first = firstWords.get(sentence);
    if (first === undefined) {
      const text = sentences[sentence]?.masked ?? '';
      const token = tokenize(text, 1)[0];
      first = { word: token?.text.toLowerCase() ?? '', afterQuote: token !== undefined && text.slice(0, token.start).trim() !== '' };
      firstWords.set(sentence, first);
    }
    return first;
  };
  // "Asked whether Deputy Mayor Karin Sjöberg had been told …, Holm said: … He added": in a sentence that opens
  // with a question, only who answers it (the last person named right after a comma) is the one a pronoun next
  // goes on with.
  const answerer = new Map<number, Mention>();
  for (const m of registry.mentions) {
    const sentence = sentences[m.sentence];
    if (m.entity.type === 'person' && !m.object && registry.questionSentences.has(m.sentence) && sentence && answersAfterComma(sentence.masked.slice(0, m.start - sentence.start))) answerer.set(m.sentence, m);
  }
  for (const mention of registry.mentions) {
    if (mention.entity.type !== 'person') continue;
    // An object counts only when it is the sole person of its sentence ("spoke with Anne Sacoolas. She …").
    if (mention.object && (peoplePerSentence.get(mention.sentence) ?? 0) > 1) continue;
    if (registry.questionSentences.has(mention.sentence) && answerer.get(mention.sentence) !== mention) continue;
    const { word: firstWord, afterQuote } = firstWordOf(mention.sentence + 1);
    // In "“…,” she said" (the quotation masked) the pronoun is a speech cue still to be resolved; it votes
    // for the last sentence's subject, as news style means, unless that person's first name says otherwise.
    // (Nor does a name whose first name says the other gender take the vote from another person of the
    // sentence whose first name agrees: "For Louise Charbonneau, whose father Roger died …. She said".)
    const male = MALE_WORDS.has(firstWord) && (firstWord === 'he' || firstWord === 'his');
    const female = FEMALE_WORDS.has(firstWord) && (firstWord === 'she' || firstWord === 'her');
    // (Most next sentences open with no such pronoun: the sentence's other people are not looked at then.)
    if (!male && !female) continue;
    const hint = afterQuote || otherOfGenderIn(registry, mention) ? firstNameGender(mention.entity.name) : 'unknown';
    if (male && hint !== 'female') mention.entity.male += 1;
    if (female && hint !== 'male') mention.entity.female += 1;
  }
}
