/**
 * What a speaker phrase says about the speaker, before any lookup: a pronoun ("he"), a name with its role
 * ("Defence Minister Rajnath Singh"), an organisation ("the Ministry of Defence", "a spokesperson for Google"),
 * a description of someone already named ("the minister") or an unnamed person ("an official").
 */
import * as lexiconModule from './lexicon';
import type { Gender, WomansCourtesyTitle } from './lexicon';
import * as namesModule from './names';
import { memoize } from './memo';
import { stem } from './aliases';
import * as firstNamesModule from './firstNames';
import * as textModule from '../articles/text';

// Imported names read once into module constants: under tsx (esbuild's CommonJS output) every use of an
// imported name is a property getter call (two, through the re-export), and these are used for every word.
const { DOCUMENT_NOUNS, PARTY_AND_HOME, NOMINAL_ORG_HEADS, PUBLIC_BODY_HEADS, pronounOf, ROLE_HEADS, UNNAMED_PERSON_HEADS, HONORIFICS, MALE_WORDS, FEMALE_WORDS, NAME_CONNECTORS, PLATFORMS, LOWER_CASE_SEAT_HOLDERS, SPEECH_VERBS, DESCRIBING_VERBS, womansCourtesyTitle } = lexiconModule;
const { acronymStart, classifyWords, findNames, isCapitalised, isNationalityAdjective, mapPacked, trimRunWords } = namesModule;
const { givenNameInside, hasKnownFirstName, isKnownFirstName } = firstNamesModule;
const { blankSeparatedWords, collapseWhitespace } = textModule;

export type SpeakerRef =
  | { kind: 'pronoun'; pronoun: string; gender: Gender; plural: boolean }
  | { kind: 'person'; name: string; role: string | null; gender: Gender; courtesyTitle?: WomansCourtesyTitle }
  /** `spokesperson`: the body spoke through one ("a spokeswoman for X"), of this gender, whom "she" may take up. */
  /** `onlyIfKnownBody`: the name reads as a person's too, so it is this body only if the article named such a body. */
  | { kind: 'organization'; name: string; nominal: boolean; spokesperson?: Gender; onlyIfKnownBody?: true }
  /** "the minister", "the actor": someone already named, found by role. `epithet`: a word the news uses
   *  only for the person just written about ("the Kenyan", "the 28-year-old"), found by nearness. */
  | { kind: 'described'; head: string; description: string; epithet?: true }
  | { kind: 'unknown'; description: string };

/** "the Kenyan", "the Frenchman", "the Pakistani", "the 28-year-old": a nationality or an age for a person. */
// ("the septuagenarian", "the octogenarian": an age by its decade is an epithet as "the 71-year-old" is.)
// ("the 24-year-old Ethiopian": an age may stand before the nationality.)
const EPITHET = /^the\s+(?:\d{1,3}-year-old\s+)?(\p{Lu}\p{Ll}+(?:ian|an|ese|ish|man|woman|i)|\d{1,3}-year-old|(?:sexa|septua|octo|nona)genarian|centenarian)$/u;

/** Bodies whose names read like epithets: newspapers and the Holy See. */
const EPITHET_LOOKALIKES: ReadonlySet<string> = new Set(['guardian', 'vatican', 'australian', 'scotsman', 'oklahoman', 'floridian', 'christian']);

const DETERMINER = /^(?:the|a|an|one|another|two|three|several|some|many|its|his|her|their|our|this|that|these|those)\s+/i;
const POSSESSIVE_OWNER = /^(?:the\s+)?([\p{Lu}][\p{L}\p{N}&.'’-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)?[\p{Lu}][\p{L}\p{N}&.'’-]*)*)['’]s\s+/u;

const words = blankSeparatedWords;

/**
 * `blankSeparatedWords(text)` for a text whose only blanks are plain spaces (as `collapseWhitespace` leaves a
 * phrase, and removing characters keeps it so): the engine's split at " ", without the empty strings that
 * spaces at the ends or side by side leave.
 */
function wordsBetweenSpaces(text: string): string[] {
  const parts = text.split(' ');
  return parts.includes('') ? parts.filter((part) => part !== '') : parts;
}
/** Words the spokesperson patterns need (case-insensitive, as the patterns are). */
const SPOKES_WORDS = /spokes|representative|press (?:officer|secretary)/iu;
/** How a phrase must end for the document pattern ("an AEW press release") to match. */
const DOCUMENT_ENDINGS: readonly string[] = ['statement', 'release', 'notice', 'report', 'post', 'tweet', 'announcement', 'filing', 'letter', 'spokesperson', 'spokesman', 'spokeswoman'];
/** Their last characters: a phrase ending in another character is not compared with every ending. */
const DOCUMENT_ENDING_LAST_CHARACTERS: ReadonlySet<string> = new Set(DOCUMENT_ENDINGS.map((e) => e[e.length - 1]));

function asOrganization(text: string): SpeakerRef | null {
  // ("the Geneva-based Office for Migrant Protection": where a body is based is no part of its name.)
  const w = trimRunWords(words(text.replace(/^the\s+/i, ''))).filter((x, i, all) => !(i === 0 && all.length > 1 && BASED_IN.test(x)));
  if (w.length === 0) return null;
  // Connectors of other languages count ("Comboios do Atlantico", "Banco de la Nación") between capitals.
  if (isCapitalised(w[0]) && w.every((x) => isCapitalised(x) || /^(?:of|for|and|the|&)$/.test(x) || NAME_CONNECTORS.has(x))) {
    return { kind: 'organization', name: w.join(' '), nominal: false };
  }
  const head = w[w.length - 1].toLowerCase();
  // "the defence ministry", "the Scottish government": a short description without verbs or pronouns.
  const plain = w.length <= 4 && !w.some((x) => NOT_IN_ROLE.test(x) || SPEECH_VERBS.has(x.toLowerCase()) || DESCRIBING_VERBS.has(x.toLowerCase()));
  if (NOMINAL_ORG_HEADS.has(head) && plain) return { kind: 'organization', name: w.join(' '), nominal: true };
  return null;
}

const BASED_IN = /-based$/i;

/**
 * "the anti-corruption group Cidadania Aberta": a kind of body and its name; "Bradport Council’s children’s
 * services": a body's department, which speaks for the body.
 */
function describedBody(text: string): SpeakerRef | null {
  const owned = OWNER_DEPARTMENT.exec(text);
  if (owned) {
    const owner = asOrganization(owned[1]);
    return owner?.kind === 'organization' && !owner.nominal ? owner : null;
  }
  const parts = nameAfterKind(text.replace(/^the\s+/i, ''));
  return parts && NOMINAL_ORG_HEADS.has(parts.kind) ? { kind: 'organization', name: parts.name, nominal: false } : null;
}

/** The name at the end of a description and the description's last word, lower-cased ("firm", "Pell Rourke"). */
function nameAfterKind(text: string): { kind: string; name: string } | null {
  const parts = NAME_AFTER_DESCRIPTION.exec(text);
  if (!parts) return null;
  return { kind: (parts[1] ?? '').trim().split(/\s+/).pop()?.toLowerCase() ?? '', name: parts[2] };
}
/** A capitalised owner, a possessive and lower-case words: "Bradport Council’s children’s services". */
const OWNER_DEPARTMENT = /^((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*)*)['’]s\s+[\p{Ll}'’\s-]+$/u;

/** A body that speaks through a spokesperson, with the gender the word gives ("spokeswoman": female). */
function throughSpokesperson(body: SpeakerRef | null, spokesWord: string): SpeakerRef | null {
  if (body?.kind !== 'organization') return body;
  const word = spokesWord.toLowerCase();
  const gender: Gender = /woman$|women$/.test(word) ? 'female' : /man$|men$/.test(word) ? 'male' : 'unknown';
  return { ...body, spokesperson: gender };
}

/** "the" and a capitalised word. (A module constant: under tsx, a `\p{…}` outside brackets inside a function is rebuilt on every call.) */
const THE_THEN_CAPITAL = /^the\s+\p{Lu}/u;

/** "the Darfur Doctors' Committee": a name with its article, not a description. */
// ("the Northern Regional Director of Health Services" is a title over a body, not the body: a capitalised
// title word before "of" or "for" makes it one.)
const isNamedBody = (s: string): boolean => THE_THEN_CAPITAL.test(s) && classifyWords(trimRunWords(s.split(/\s+/).slice(1))).kind === 'organization' && !holdsTitleOf(s);
const holdsTitleOf = (s: string): boolean => s.split(/\s+/).some((w, i, all) => (all[i + 1] === 'of' || all[i + 1] === 'for') && /^\p{Lu}/u.test(w) && ROLE_HEADS.has(w.toLowerCase()));
/** "the company's chief executive", "Peter Jonas's lawyer" (a possessive owner and a lower-case noun): a description. */
const isDescription = (s: string): boolean => !isNamedBody(s) && !STYLE_OF_ADDRESS.test(s) && (DETERMINER.test(s) || /^[\p{Ll}]/u.test(s) || PERSON_OWNED_NOUN.test(s));
/** A style of address, whose "His" or "Her" owns nothing: "His Honour Judge Richard Ashworth", "Her Excellency …". */
const STYLE_OF_ADDRESS = /^(?:His|Her|Their|Your)\s+(?:Honour|Honor|Excellency|Excellencies|Majesty|Royal|Holiness|Eminence|Grace|Worship|Lordship|Ladyship|Highness|Beatitude)\b/;
/** A part that ends in a body's kind ("the union"). */
/** A prepositional phrase to the end: " with the Southwest Atlanta Justice Collective". */
const AFTER_PREPOSITION = /\s+(?:with|of|at|for|from|in|on)\s.*$/;
const namesBody = (s: string): boolean => {
  // (A person's word before a preposition is the head: "an organizer with the Southwest Atlanta Justice Collective".)
  const before = s.replace(AFTER_PREPOSITION, '').split(/\s+/).pop()?.toLowerCase() ?? '';
  if (before !== '' && (ROLE_HEADS.has(before) || UNNAMED_PERSON_HEADS.has(before))) return false;
  const head = s.split(/\s+/).pop()?.toLowerCase() ?? '';
  return NOMINAL_ORG_HEADS.has(head) && !ROLE_HEADS.has(head);
};

/** A phrase (perhaps after "the") that is all one body's name holding a comma: "the Ministry of Youth, Sports and Entrepreneur Development". */
function portfolioListBody(text: string): SpeakerRef | null {
  const found = findNames(text);
  if (found.length !== 1 || found[0].kind !== 'organization' || !found[0].name.includes(',')) return null;
  const before = text.slice(0, found[0].start).trim();
  if (text.slice(found[0].end).trim() !== '') return null;
  const body: SpeakerRef = { kind: 'organization', name: found[0].name, nominal: false };
  if (before === '' || /^the$/i.test(before)) return body;
  // ("A spokesperson for the Department of Agriculture, Food and the Marine": the body speaks through them.)
  const spokes = SPOKES_BEFORE_BODY.exec(before);
  return spokes ? throughSpokesperson(body, spokes[1]) : null;
}


/**
 * "Jane Doe, the company's chief executive" / "the company's chief executive, Jane Doe". (Its tests are module
 * constants, not closures: under tsx (esbuild's keepNames) each named closure created costs a `defineProperty`
 * call for its name.)
 */
function splitAppositive(text: string): { name: string; role: string } | null {
  if (!text.includes(',')) return null; // two parts need a comma between them
  const parts = text.split(/\s*,\s*/).filter(Boolean);
  if (parts.length !== 2) return null;
  const [a, b] = parts;
  // "…'s chief executive, Paul Stanton, the union": a body after the name is a new subject, not a role.
  if (isDescription(b) && !isDescription(a) && namesBody(b)) return null;
  // ("Asked about Ostrowski's post, a spokesperson for …": a part that ends in a lower-case word is no name.)
  if (isDescription(b) && !isDescription(a) && !endsInCapitalised(a)) return null;
  if (isDescription(b) && !isDescription(a)) return { name: a, role: b.replace(/^(?:the|a|an)\s+/i, '') };
  // ("brigadier Paweł Górecki, a spokesman for the State Fire Service": a rank in lower case before a full name
  // is still the name's part.)
  // ("state Sen. Ramona Castellanos, a Chicago Democrat": so is a title's modifier.)
  const ranked = isDescription(b) ? RANK_THEN_NAME.exec(a) : null;
  if (ranked && (ROLE_HEADS.has(ranked[1].toLowerCase()) || parseSpeakerPhrase(a)?.kind === 'person')) return { name: a, role: b.replace(/^(?:the|a|an)\s+/i, '') };
  if (isDescription(a) && !isDescription(b)) return { name: b, role: a.replace(/^(?:the|a|an)\s+/i, '') };
  return null;
}

/** A rank or role in lower case, then a name of two capitalised words or more (group 1 the last lower-case word). */
const RANK_THEN_NAME = /^(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+$/u;

/** A place's capitalised name (one to three words) and "police" in lower case (group 1 the place). */
const PLACE_POLICE = /^(?:[Tt]he\s+)?((?:(?!The\s|A\s|An\s)\p{Lu}[\p{L}'’-]*\s+){1,3})police$/u;

/** A phrase, "and its" or "and their", and lower-case words: "the SNEN and its three partner unions". */
const WITH_ITS_OWN = /^(.+?)\s+and\s+(?:its|their)\s+(?:[\p{Ll}\d-]+\s+){0,3}[\p{Ll}-]+$/u;

/** A name, "of" or "from", and a body that opens with "the" or a capital (group 2 from "of" on). */
const NAME_OF_BODY = /^((?:\p{Lu}[\p{L}'’-]*\.?\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+((?:of|from)\s+(?:the\s+)?\p{Lu}.*)$/u;
/** "Hj." → "Hj": an honorific's stop, so that the name's words read as capitalised words. */
const trimHonorificStop = (text: string): string => text.replace(/\.(?=\s)/g, '');

/** Whether the last word of a text is capitalised. */
function endsInCapitalised(text: string): boolean {
  const w = words(text);
  return w.length > 0 && isCapitalised(w[w.length - 1]);
}

/** Capitalised words that are a name as they stand ("HealthBridge Africa"; not "Last January"). */
function readsAsName(text: string): boolean {
  const w = words(text);
  return w.length > 0 && isCapitalised(w[0]) && w.every((x) => isCapitalised(x) || NAME_CONNECTORS.has(x)) && trimRunWords(w).length === w.length;
}

/** A name, after an honorific if it has one: "Mathilde Brassard", "Dr Mathilde Brassard" (not "Asked about Ostrowski's post"). */
function readsAsNameAfterHonorific(text: string): boolean {
  const first = text.split(/\s+/, 1)[0];
  return readsAsName(text) || (isHonorific(first.replace(/\.$/, '')) && readsAsName(text.slice(first.length)));
}

/**
 * The name of a law, optionally with its number or section, and (group 2) a capitalised section title after
 * it: "Republic Act No. 3846", "17 U.S. Code § 1201 Circumvention of …", "the Clean Air Act".
 */
const LAW_NAME = /^(?:[Tt]he\s+)?((?:\d+\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}(?:Act|Code|Constitution|Charter|Directive|Ordinance|Decree|Statute)(?:\s+(?:No\.?\s*)?\d[\d./-]*|\s+§+\s*\d[\d.]*)?)(?:\s+(.+))?$/u;

/** The words a law's name ends in, as LAW_NAME needs one: most phrases hold none, and are not matched. */
const LAW_WORD = /Act|Code|Constitution|Charter|Directive|Ordinance|Decree|Statute/;

/**
 * ", Ohio" after "in Columbus": a state after its city, in a phrase like "A federal judge in Columbus, Ohio".
 * Sticky, and tried only at the text's last comma (see `cityStateAt`).
 */
const CITY_STATE = /(?<=\b(?:in|at|from|near|of)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?),\s*\p{Lu}[\p{L}.-]*$/uy;

/**
 * Where ", <State>" ends a text after "in <City>", or -1. A match holds one comma, at its start, and runs to
 * the end, so it can only start at the last comma: the pattern is tried there alone (tried at every position,
 * its lookbehind was the most costly step of parsing a phrase).
 */
function cityStateAt(text: string): number {
  const comma = text.lastIndexOf(',');
  if (comma < 0) return -1;
  CITY_STATE.lastIndex = comma;
  return CITY_STATE.test(text) ? comma : -1;
}

/** Whether a description ("charity running four centres", "non-profit group based in Lagos") is of a body. */
export function describesBody(description: string): boolean {
  // The head noun: the last word before a clause or a phrase that qualifies it ("charity running four
  // centres", "association that represents builders"); "company director" is a director.
  // ("one of the charities taking part in the appeal": one of a kind of body is a body of that kind.)
  const oneOf = ONE_OF_MANY.exec(description);
  const words = (oneOf ? description.slice(oneOf[0].length) : description.replace(/^(?:the|a|an)\s+/i, '')).split(/\s+/);
  // ("the app Haidari was working for", "the charity he founded": a relative clause without "that" opens with
  // its subject, a name or a pronoun after the lower-case head.)
  const stop = words.findIndex((w, i) => i > 0 && (/^(?:that|which|who|whose|with|in|of|for|from|at|on|based|representing|running|led|set|founded|taking|,)$/i.test(w) || (CONTACT_CLAUSE_SUBJECT.test(w) && /^\p{Ll}/u.test(words[i - 1]) && CONTACT_CLAUSE_VERB.test(words[i + 1] ?? ''))));
  const word = (stop > 0 ? words[stop - 1] : words[words.length - 1]).toLowerCase().replace(/[,.;:]$/, '');
  const head = oneOf ? stem(word) : word;
  return NOMINAL_ORG_HEADS.has(head) && !ROLE_HEADS.has(head) && !UNNAMED_PERSON_HEADS.has(head);
}

/** A name or a subject pronoun, as a relative clause without "that" opens: "Haidari", "he". */
const CONTACT_CLAUSE_SUBJECT = /^(?:\p{Lu}[\p{Ll}'’-]+|he|she|they|we|it)$/u;
/** The verb's helper or a past form right after that subject: "was working for", "founded". */
const CONTACT_CLAUSE_VERB = /^(?:was|were|is|are|had|has|have|once|\p{Ll}+ed)$/u;

/** "one of the", "one of Kenya's": the opening of one of many. */
const ONE_OF_MANY = /^(?:one|another)\s+of\s+(?:the|its|their|[\p{Lu}][\p{L}-]*['’]s)\s+/iu;
/** "a 24-year-old from Alexandria", "a vegetable seller at the market": an indefinite description in lower case. */
const LOWER_CASE_DESCRIPTION = /^(?:a|an)\s+[\p{Ll}\d]/u;
/** An indefinite description: "a community conservation group". */
const INDEFINITE_BODY = /^(?:a|an)\s+\S/i;


/** The patterns of a speaker phrase, compiled once (a literal in a function is a new object per call). */
const EDGE_PUNCTUATION = /^[,;:\s]+|[,;:.\s]+$/g; // used with replace only, which resets lastIndex
/**
 * Whether a trimmed text opens with "," ";" ":" or ends with one of them or ".", as EDGE_PUNCTUATION needs to
 * match (trimming removes the same blanks as its `\s`).
 */
function hasEdgePunctuation(trimmed: string): boolean {
  const first = trimmed.charCodeAt(0);
  const last = trimmed.charCodeAt(trimmed.length - 1);
  return first === 44 || first === 59 || first === 58 || last === 44 || last === 59 || last === 58 || last === 46;
}
/**
 * Whether a text ends in "f" or "s" (either case), as every word INTENSIFIER_AT_END takes does ("itself",
 * "themselves"; the pattern folds only ASCII letters).
 */
function mayEndInIntensifier(text: string): boolean {
  const last = text.charCodeAt(text.length - 1) | 32;
  return last === 102 || last === 115;
}
/** "the force", "the fishermen's guild": lower-case words after "the", the last one the body's kind. */
const NOMINAL_OWNER = /^the\s+((?:[\p{Ll}'’-]+\s+){0,2}([\p{Ll}-]+))$/u;
/** "A spokesperson for", "a representative of": someone who speaks for what follows (group 1 the word). */
const SPOKES_LEAD = String.raw`^(?:an?|the|one)\s+(?:[\p{L}-]+\s+)?(spokes\w+|representatives?|press (?:officer|secretary))\s+(?:for|of|from|at)`;
const SPOKES_FOR = new RegExp(`${SPOKES_LEAD}\\s+(.+)$`, 'iu');
/** "A spokesperson for the", "a representative of": what stands before a body that speaks through someone. */
const SPOKES_BEFORE_BODY = new RegExp(`${SPOKES_LEAD}(?:\\s+the)?$`, 'iu');
const ORG_SPOKES = /^(?:an?|the|one)\s+(.+?)\s+(spokes\w+|representatives?)$/iu;
const OWNED_DOCUMENT = /^(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+([\p{Lu}][\p{L}\p{N}&.'’-]*\s+(?:(?:of|for|and|on|the)\s+|[\p{Lu}][\p{L}\p{N}&.'’-]*\s+)*)(?:[\p{Ll}-]+\s+){0,2}(?:statement|release|press\s+release|notice|report|post|tweet|announcement|filing|letter|spokesperson|spokesman|spokeswoman)$/u;
/** A body's initials: "SOCAR", "EMA". */
const ACRONYM_OWNER = /^\p{Lu}{2,8}$/u;
/** A body's office after its possessive: group 1 a name ("SOCAR"), or group 2 a body's kind ("ministry"). */
const OWNED_OFFICE = /^(?:[Aa]n?\s+|[Tt]he\s+)?(?:((?:[\p{Lu}][\p{L}\p{N}&.-]*\s+)*[\p{Lu}][\p{L}\p{N}&.-]*)|([\p{Ll}]+))['’]s\s+(?:[\p{Ll}-]+\s+|[\p{Lu}][\p{Ll}-]+\s+){0,2}(?:office|service|centre|center|committee|team|secretariat|desk|unit|department|bloc|caucus|faction|branch|chapter|wing|delegation)$/u;
const NOUN_OWNED_DOCUMENT = /^[Tt]he\s+([\p{Ll}][\p{L}-]*)['’]s\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}]+)$/u;
/** Plural nouns for people the article does not name ("officials said"). */
const UNNAMED_GROUPS: ReadonlySet<string> = new Set([
  'officials', 'authorities', 'sources', 'witnesses', 'residents', 'experts', 'analysts', 'observers', 'critics',
  'scientists', 'researchers', 'investigators', 'prosecutors', 'doctors', 'officers', 'organisers', 'organizers',
  'parties', 'campaigners', 'unions', 'lawmakers', 'legislators', 'politicians', 'opponents', 'locals', 'villagers',
  'teachers', 'nurses', 'voters', 'shoppers', 'customers', 'families', 'relatives', 'neighbours', 'neighbors',
  'leaders', 'members', 'activists', 'protesters', 'protestors', 'diplomats', 'economists', 'bankers', 'investors',
  'traders', 'farmers', 'workers', 'parents', 'students', 'passengers', 'survivors', 'councillors', 'senators',
]);

const INFORMED_LINK = /familiar|acquainted|knowledge|close|briefed|involved/;
/** An unnamed source and what it knows of: "a source familiar with the talks", "people familiar with Mary Clarke’s thinking". */
const INFORMED_SOURCE = /^(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Oo]ther|[Ss]enior)\s+)*(?:[\p{Ll}-]+\s+)?([\p{L}-]+)\s+(?:(?:familiar|acquainted)\s+with|with\s+(?:direct\s+|first-hand\s+|detailed\s+|close\s+)?knowledge\s+of|close\s+to|briefed\s+on|involved\s+in)\s+(?:(?:the|a|an|its|his|her|their)\s+|[\p{Lu}][\p{L}.\s-]*['’]s\s+)[\p{Ll}\s'’-]+$/u;

/** "One MP from …", "a source in …": someone unnamed, then where they are from; group 1 the head noun. */
const INDEFINITE_PLACED = /^(?:a|an|one|another|two|three|four|five|several|some|many|other)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{L}-]+)\s+(?:from|in|at|of|inside|within|on|near|among)\s+\S/iu;
/** What may stand before a plural title and keep it a noun phrase: "several Labor MPs", "opposition MLAs". */
const MEMBERS_MODIFIER = /^(?:several|some|many|two|three|four|five|six|other|the|opposition|backbench|senior|junior|rebel|government|ruling|independent|local|female|male|young)$/i;
/** Plural titles in capitals: "MPs", "MLAs", "TDs", "MEPs". */
const PLURAL_TITLE = /^\p{Lu}{2,4}s$/u;

/** Family words that describe someone unnamed: "a mother of three", "one grandfather from Ikeja". */
const FAMILY_HEADS: ReadonlySet<string> = new Set(['mother', 'mothers', 'grandmother', 'grandfather', 'grandparents', 'mum', 'dad', 'widow', 'widower']);
/** A title in capitals ("MP", "MLAs"). (A module constant: under tsx, a `\p{…}` outside brackets inside a function is rebuilt on every call.) */
const CAPITALS_TITLE = /^\p{Lu}{2,4}s?$/u;
/** A capital first. (A module constant: under tsx, a `\p{…}` outside brackets inside a function is rebuilt on every call.) */
const OPENS_CAPITAL = /^\p{Lu}/u;

/** Whether a head noun names a person or people: a role, an unnamed person, a group, or a title in capitals ("MP"). */
function namesPeople(head: string): boolean {
  const lower = head.toLowerCase();
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return ROLE_HEADS.has(lower) || ROLE_HEADS.has(singular) || FAMILY_HEADS.has(lower) || UNNAMED_PERSON_HEADS.has(lower) || UNNAMED_PERSON_HEADS.has(singular) || UNNAMED_GROUPS.has(lower) || CAPITALS_TITLE.test(head);
}

/** Nouns for people who stand beside someone else: "friends of X", "a lawyer for X", "the widow of X". */
const RELATION_HEADS = 'friends?|family|families|relatives?|lawyers?|attorneys?|solicitors?|barristers?|counsel|supporters?|fans?|critics?|opponents?|allies|ally|aides?|advisers?|advisors?|colleagues?|neighbou?rs?|mother|father|parents?|sons?|daughters?|wife|husband|widow|widower|partner|brother|sister|siblings?|children|child|cousins?|uncle|aunt|nephew|niece|grandmother|grandfather|fianc[ée]e?|girlfriend|boyfriend|relations?|members?|staff|employees?|doctors?|agents?|managers?|teammates?|classmates?|friend|sources?|people|insiders?|someone|those|persons?';
const RELATION_OF = new RegExp(`^(?:(?:the|a|an|one|two|three|several|some|many|other|close)\\s+){0,2}(?:[\\p{Ll}-]+\\s+)?(?:${RELATION_HEADS})(?:\\s+(?:close|closest|loyal|familiar|near))?\\s+(?:of|for|to|with)\\s+(?:the\\s+)?([\\p{Lu}].*)$`, 'u');
const SPOKES_HEAD = /^spokes(?:man|woman|person)$/;
/** The preposition RELATION_OF needs, between blanks (as it must stand there for RELATION_OF to match). */
const RELATION_PREPOSITION = /\s(?:of|for|to|with)\s/;

/** "Member(s) of" a capitalised body. (A module constant: under tsx, a `\p{…}` outside brackets inside a function is rebuilt on every call.) */
const MEMBERS_OF_CAPITAL = /^Members?\s+of\s+(?:the\s+)?\p{Lu}/u;

/**
 * "Friends of Alan Whitfield", "a lawyer for the Smiths". A capitalised run ("Friends of the Earth") is an
 * organisation's name unless a person or a title follows the "of" ("Sources close to the Prime Minister").
 */
function isRelationOf(text: string): boolean {
  // The pattern needs "of", "for", "to" or "with" between blanks: most phrases fail this plain test.
  if (!RELATION_PREPOSITION.test(text)) return false;
  // "Member of Parliament (MP) Yvette Cooper": a title, capitalised and without an article, not a relation.
  if (MEMBERS_OF_CAPITAL.test(text)) return false;
  const relation = RELATION_OF.exec(text.charAt(0).toLowerCase() + text.slice(1));
  if (!relation) return false;
  if (/^[\p{Ll}]/u.test(text)) return true;
  const tail = parseNamePhrase(words(relation[1]));
  return tail !== null && ((tail.kind === 'person' && tail.name.includes(' ')) || tail.kind === 'described');
}
/** "<Capitalised owner>'s <lower-case noun phrase>": group 1 the owner, group 2 what is owned. */
const PERSON_OWNED_NOUN = /^(?:the\s+)?((?:[\p{Lu}][\p{L}\p{N}&.'’-]*\s+)*[\p{Lu}][\p{L}\p{N}&.-]*)(?:['’]s|(?<=s)['’])\s+([\p{Ll}][\p{Ll}-]*(?:\s+[\p{Ll}][\p{Ll}-]*){0,3})$/u;
/** PERSON_OWNED_NOUN needs an apostrophe ("'s", "s'"): a plain test first spares most phrases the pattern. */
const hasApostrophe = (text: string): boolean => text.includes("'") || text.includes('’');
/** Whether a capitalised owner is a person (or a person's title): then what it owns is not its voice. */
function isPersonOwner(owner: string): boolean {
  const ref = parseNamePhrase(trimRunWords(words(owner)));
  if (ref && ref.kind === 'person') return true;
  const last = owner.split(/\s+/).pop()!.toLowerCase();
  return ROLE_HEADS.has(last);
}

/** Phrases recur (every sieve asks about the same subject); parsing is pure, so it is memoised. */
const parseMemo = memoize((input) => withoutPlace(input, notANationality(input, parseUncached(input))));

/**
 * "One former Swedish": a nationality that is only an adjective, after other words, is how a description goes
 * on ("One former Swedish team official"), not a person's name. (Alone it may be one: "English said", Bill
 * English.)
 */
function notANationality(input: string, ref: SpeakerRef | null): SpeakerRef | null {
  if (ref?.kind !== 'person' || ref.name.includes(' ') || ref.name === input.trim() || !isNationalityAdjective(ref.name)) return ref;
  return null;
}

/** "… in Kabul", "… in the Hague", "… in Cabo Delgado": where someone speaks from, at the end of a phrase. */
const PLACE_AT_END = /^(.*\S)\s+in\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u;

/**
 * "A spokesperson for the World Food Programme in Kabul", "a PRM spokesperson in Pemba": where a body's
 * spokesperson speaks from is no part of who speaks. Only when the whole phrase names no one:
 * "Network for Human Rights in Central Africa" is a name as it stands.
 */
function withoutPlace(input: string, parsed: SpeakerRef | null): SpeakerRef | null {
  if (parsed !== null && parsed.kind !== 'unknown') return parsed;
  // (A phrase with a comma is more than a body's voice: "Her co-author, Prof Marcus Whitcombe of the Caledonian
  // Institute of Oceanography in Aberdeen" is the professor.)
  const place = input.includes(' in ') && !input.includes(',') ? PLACE_AT_END.exec(input.trim()) : null;
  const body = place ? parseUncached(place[1]) : null;
  // (Only a spokesperson's phrase: "the Caledonian Institute of Oceanography in Aberdeen" is where the
  // professor named before it works, not a voice.)
  return body?.kind === 'organization' && body.spokesperson !== undefined ? body : parsed;
}

export function parseSpeakerPhrase(input: string): SpeakerRef | null {
  const ref = parseMemo(input);
  return ref === null ? null : { ...ref };
}

const DOCUMENT_BY = /^(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}\d-]+\s+){0,3}(?:report|review|study|assessment|audit|survey|analysis|investigation|inquiry|paper|evaluation)\s+(?:by|from|(?:commissioned|published|prepared|carried\s+out|conducted)\s+by)\s+(.+)$/u;
/** A description, then the name at the end ("Winnipeg engineering firm | Prairie Hydrotech", "court-appointed auditors | Al Bayan Audit and Accounting"). */
const NAME_AFTER_DESCRIPTION = /^((?:\S+\s+)*?(?:[\p{Ll}\d][\p{L}\d-]*\s+))?(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|and|of|&))*)$/u;
/** Plural kinds of firm ("auditors Al Bayan", "consultants Brennan Walsh"). */
const FIRM_PLURALS: ReadonlySet<string> = new Set(['auditors', 'consultants', 'accountants', 'lawyers', 'engineers', 'researchers', 'analysts']);
/** An agency's initials ("DOH", "DepEd", "PRO") and a region's number ("7", "-6", " 4A"). */
const REGIONAL_OFFICE = /^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}[\p{Lu}\p{Ll}]*[ -]?(\d{1,2})[AB]?$/u;
const PANEL_OF_JUDGES = /^the\s+(?:[\p{L}\d-]+\s+)?panel\s+of\s+(?:judges|justices)$/iu;
const WITH_COLLEAGUES = /^(.+?)\s+and\s+(?:(?:his|her|their)\s+)?(?:(?:\w+|\w+\s+\w+)\s+)?(?:colleagues|co-authors|coauthors|collaborators|team|fellow\s+researchers)$/i;
/** An age, or a Chicago alderman's ward ("Ald. Michael Feeney, 46th,"), in apposition. */
const AGE_APPOSITIVE = /,\s*\d{1,3}(?:st|nd|rd|th)?(?=\s*(?:,|$))/;
/** A party and home after a name, "…, D-Chicago", "…, R-Texas", up to a comma or the end. */
const PARTY_AND_HOME_APPOSITIVE = new RegExp(String.raw`,\s*${PARTY_AND_HOME.source}(?=\s*(?:,|$))`, 'u');
/** A sentence's opening phrase of place or time, up to its comma, with something after it. */
// ("Of Coetzer, the judge said", "Asked about Ruiz, the minister said": the person the phrase is about is not
// the speaker named in apposition after it.)
/** "the Emergency Warning": "the", capitalised words, and the last one (group 1). */
const TITLED_DOCUMENT = /^[Tt]he\s+(?:\p{Lu}[\p{Ll}-]+\s+){1,3}(\p{Lu}[\p{Ll}]+)$/u;
const OPENING_PHRASE = /^(?:At|In|On|Outside|Inside|Across|Near|Nearby|Back|Elsewhere|Later|Earlier|Meanwhile|Along|Around|Behind|Beside|Among|After|Before|During|Further|Closer|Farther|Of|About|Regarding|Speaking\s+(?:of|about)|Asked\s+about|Turning\s+to)\s[^,;:]{1,60},\s+(?=\S)/;
const INTENSIFIER_AT_END = /\s+(?:itself|himself|herself|themselves)$/i;
/** "A Formosa Crest pilot", "an Emirates flight attendant": an indefinite article, a body's name, and one or two lower-case words. */
const BODY_MEMBER = /^(?:[Aa]|[Aa]n|[Aa]nother)\s+(?:\p{Lu}[\p{L}&'’-]*\s+){1,4}\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?$/u;

/** "a proposal the minister": an indefinite thing, then a subject with its determiner (a relative clause without "that"). */
const REDUCED_RELATIVE = /^an?\s+([\p{Ll}-]+)\s+((?:the|its|his|her|their)\s+\S.*)$/u;
const DISPUTED_THINGS: ReadonlySet<string> = new Set(['claim', 'allegation', 'accusation', 'charge', 'assertion', 'suggestion', 'account', 'version', 'characterisation', 'characterization', 'description']);
const lastWord = (name: string): string => name.slice(name.lastIndexOf(' ') + 1).toLowerCase();

/**
 * The person a `WHO_NAMED_AS` clause names (its groups: the possessive pronoun, the reflexive's pronoun, then the
 * name), without the name's honorific ("identified himself only as Rra Tshepo", "as Pak Nasrul" is Nasrul).
 */
export function personNamedAs(match: RegExpExecArray, textBefore: string): SpeakerRef {
  const pronoun = (match[1] ?? match[2] ?? '').toLowerCase();
  const named = parseSpeakerPhrase(match[3]);
  // ("A resident of Ibara Orile, who identified himself as Baba Ibeji": the description is what he is, so that
  // "the CP said" later is not read as him.)
  const described = DESCRIBED_BEFORE_WHO.exec(textBefore.slice(0, match.index));
  return { kind: 'person', name: named?.kind === 'person' ? named.name : match[3], role: described ? described[1] : null, gender: pronoun === 'his' || pronoun === 'him' ? 'male' : pronoun === 'her' ? 'female' : 'unknown' };
}

/** An unnamed person's description before the "who" that names them: "A resident of Ibara Orile, " (group 1 without its article). */
const DESCRIBED_BEFORE_WHO = /(?:^|[.;:]\s+|,\s+)(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(\p{Ll}[\p{Ll}-]*(?:\s+(?:\p{Ll}[\p{Ll}-]*|of|in|from|at|\p{Lu}[\p{L}'’-]*)){0,5}),?\s*$/u;

/** An owner (a possessive pronoun or a name in the possessive), a platform (one of `PLATFORMS`, capitalised) and its page or account. */
const PLATFORM_PAGE = /^(?:(its|his|her|their|Its|His|Her|Their)|(.+?)['’]s?)\s+(?:official\s+|verified\s+)?(\p{Lu}\S*)\s+(?:page|account|feed|channel|handle|profile)$/u;
const OWNER_PRONOUN: Readonly<Record<string, string>> = { its: 'it', his: 'he', her: 'she', their: 'they' };

/** A description, then "who gave her name only as Leimara" at the end of the phrase. */
const NAMED_AS_AT_END = new RegExp(String.raw`,\s*${lexiconModule.WHO_NAMED_AS}\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)$`, 'u');

/** Another language's particle closing a "title": "Jeunesse Musulmane des". */
const PARTICLE_AT_END = /\s(?:des|du|de|da|do|dos|das|del|della|dei|di)$/;

/** A subject, then "issued a statement" and where: "The Denver Peaks issued a brief statement", "… sent a statement on X". */
const ISSUED_DOCUMENT = /^(.+?)\s+(?:later\s+|also\s+|then\s+|quickly\s+)?(?:issued|published|released|sent|posted|put\s+out|shared|circulated)\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|post|note|communiqué|communique|release|message|notice)(?:\s+(?:on|via|to|through)\s+[^,;:]{1,40})?$/u;

/** A body's acronym in brackets at the end of a phrase: "(ECCC)", "(CMIP)". */
const ACRONYM_AT_END = /\s*\((\p{Lu}[\p{Lu}&]{1,8}(?:\s\p{Lu}[\p{Lu}&]{1,8})?)\)$/u;

/** The body's name an acronym at the end of the phrase spells, when it spells two words or more ("… Canada (ECCC)"). */
function spelledBody(phrase: string): string | null {
  const acronym = ACRONYM_AT_END.exec(phrase);
  if (!acronym) return null;
  const before = phrase.slice(0, acronym.index);
  const start = acronymStart(before, acronym[1]);
  const name = start === -1 ? '' : collapseWhitespace(before.slice(start).trim());
  return name.includes(' ') ? name : null;
}

/** Bracketed initials, then "of" or "in" and a capitalised place to the end: " (PERA) of Khyber Pakhtunkhwa". */
const INITIALS_THEN_PLACE = /\s*\(\p{Lu}[\p{Lu}\p{Ll}&-]{1,7}\)\s+(?:of|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}$/u;
const BRACKETED = /\s*\([^()]{1,40}\)/g; // used with replace only, which resets lastIndex

/** "the regional | Disaster Prevention and Preparedness Bureau": "the", one or two lower-case words, then capitals. */
const DESCRIBED_BODY_NAME = /^[Tt]he\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,2})(\p{Lu}.*)$/u;

/** "The mayor of Roubaix", "the former head of the agency": "the", lower-case words (group 1), a role (group 2) and "of". */
const ROLE_OF_PLACE = /^[Tt]he\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}?)(\p{Ll}[\p{Ll}-]*)\s+of\s+\S/u;
/** "the headmaster of one lycée", "The owner of a bakery": a role, "of" and an indefinite article (group 1 the role). */
const ROLE_OF_UNNAMED = /^[Tt]he\s+([\p{L}-]+)\s+of\s+(?:a|an|one|another)\s+[\p{Ll}\p{Lu}]/u;

/** At most two describing words (the first perhaps capitalised), a body's kind, and a capitalised name (group 1). */
const KIND_THEN_NAME = /^(?:[Tt]he\s+)?(?:[\p{L}-]+\s+){0,2}?(?:body|group|organisation|organization)\s+(\p{Lu}[^,;:()“”"]*)$/u;
/** "No. 1" ending a phrase. */
const BODY_NUMBER_AT_END = /\s+No\.\s+\d{1,3}$/;
/** "the Bench", "the Division Bench", "the Full Bench" capitalised. */
const COURT_BENCH = /^[Tt]he\s+(?:(?:Division|Full|Constitution|Special)\s+)?Bench$/;

function parseUncached(input: string): SpeakerRef | null {
  // (Each pattern below is run only when the character it needs is there: most phrases have no edge
  // punctuation, bracket, comma or intensifier, and these steps were a fifth of parsing a phrase.)
  const untrimmed = input.trim();
  const trimmed = hasEdgePunctuation(untrimmed) ? untrimmed.replace(EDGE_PUNCTUATION, '') : untrimmed;
  // ("“…,” DepEd 7 said", "PRO-7 said": a Philippine regional office is named by its agency's initials and the
  // region's number, one to thirteen; a body, not a person.)
  const regional = REGIONAL_OFFICE.exec(trimmed);
  if (regional && Number(regional[1]) <= 13) return { kind: 'organization', name: trimmed, nominal: false };
  // "Environment and Climate Change Canada (ECCC)", "the organisation Centro de Monitoria da Integridade Pública
  // (CMIP)": an acronym that the words before it spell says where the body's name begins, whatever small words
  // it holds ("and", "de", "da") that would otherwise split it.
  const spelled = trimmed.charCodeAt(trimmed.length - 1) === 41 ? spelledBody(trimmed) : null;
  if (spelled) return { kind: 'organization', name: spelled, nominal: false };
  // "the Bench", "the Division Bench": Indian copy capitalises the judges who sit on a case; they are no one's name.
  if (COURT_BENCH.test(trimmed)) return { kind: 'unknown', description: 'the bench' };
  // "the Emergency Warning read", "the Flood Advisory said": a document titled in capitals speaks for whoever
  // issued it, as "the warning" does; it is no one called "Emergency Warning".
  const titledDocument = trimmed.startsWith('the ') || trimmed.startsWith('The ') ? TITLED_DOCUMENT.exec(trimmed) : null;
  if (titledDocument && DOCUMENT_NOUNS.has(titledDocument[1].toLowerCase())) return { kind: 'unknown', description: `the ${titledDocument[1].toLowerCase()}` };
  // "the Cerro Blanco Workers' Union No. 1": a body's number after "No." is part of its name.
  const numbered = trimmed.includes('No.') ? BODY_NUMBER_AT_END.exec(trimmed) : null;
  if (numbered) {
    const body = parseSpeakerPhrase(trimmed.slice(0, numbered.index));
    return body?.kind === 'organization' && !body.nominal ? { ...body, name: `${body.name} ${numbered[0].trim()}` } : body;
  }
  // "Environmental group Polar Watch", "The representative body Nursing Homes Alliance Ireland": a kind of body,
  // described, before the body's name is that body.
  const kindThenName = KIND_THEN_NAME.exec(trimmed);
  if (kindThenName && readsAsName(kindThenName[1])) return { kind: 'organization', name: kindThenName[1], nominal: false };
  // "The Provincial Emergency Response Authority (PERA) of Khyber Pakhtunkhwa": the initials close the body's
  // name; where it serves, after them, is no part of it.
  const initialsThenPlace = trimmed.includes('(') ? INITIALS_THEN_PLACE.exec(trimmed) : null;
  if (initialsThenPlace) {
    const body = parseSpeakerPhrase(trimmed.slice(0, initialsThenPlace.index));
    if (body?.kind === 'organization' && !body.nominal) return body;
  }
  // An age says nothing of who speaks: "Haskins, 62" is Haskins, "Reyes, 54, a biologist" is Reyes.
  // A bracketed aside says nothing of who speaks: "Senator Olumide Adeyemi-Bakare (Ogun Central)", "(FSB)".
  // ("The bank itself", "the minister himself": an intensifier says nothing of who speaks.)
  const collapsed = collapseWhitespace(trimmed.includes('(') ? trimmed.replace(BRACKETED, '') : trimmed);
  // (So does an American legislator's party and home: "state Rep. Luis Barragán, D-Chicago".)
  const unaged = collapsed.includes(',') ? collapsed.replace(AGE_APPOSITIVE, '').replace(PARTY_AND_HOME_APPOSITIVE, '') : collapsed;
  const text = mayEndInIntensifier(unaged) ? unaged.replace(INTENSIFIER_AT_END, '') : unaged;
  if (text === '') return null;
  // "its official Facebook page", "the ministry's X account": a page speaks for its owner, never the platform.
  const page = text.includes(' page') || text.includes(' account') || text.includes(' feed') || text.includes(' channel') ? PLATFORM_PAGE.exec(text) : null;
  if (page && PLATFORMS.has(page[3].toLowerCase())) return parseSpeakerPhrase(page[1] ? OWNER_PRONOUN[page[1].toLowerCase()] : page[2]);
  // "one supporter, who gave her name only as Leimara": named after all, by the name given.
  const namedAs = text.includes(' as ') ? NAMED_AS_AT_END.exec(text) : null;
  if (namedAs) return personNamedAs(namedAs, text);
  const lower = text.toLowerCase();
  const pronoun = pronounOf(lower);
  if (pronoun) return { kind: 'pronoun', pronoun: lower, ...pronoun };

  // "a proposal the minister (told Parliament his ministry was “seriously considering”)", "a transfer the
  // commission (described as “routine”)": a thing, then a clause whose subject is the speaker, with its "that"
  // left out. The speaker is that subject.
  // (Not "a claim the company denied": whoever disputes a claim did not make it. And only a subject the article
  // names, an office or a public body: "a move the mineworkers' union described" may be any union.)
  const reduced = text.startsWith('a') ? REDUCED_RELATIVE.exec(text) : null;
  if (reduced && !DISPUTED_THINGS.has(reduced[1])) {
    const subject = parseSpeakerPhrase(reduced[2]);
    const reliable = subject !== null && (subject.kind === 'person' || (subject.kind === 'organization' && (!subject.nominal || PUBLIC_BODY_HEADS.has(lastWord(subject.name)))) || (subject.kind === 'described' && UNNAMED_PERSON_HEADS.has(subject.head)));
    // ("a step the ruling describes as …": a document speaks for its issuer, which the whole phrase is read for below.)
    if (reliable) return subject;
    if (!DOCUMENT_NOUNS.has(lastWord(reduced[2]))) return { kind: 'unknown', description: text };
  }
  // "The Ministry of Finance later issued a statement (saying …)", "the district hokimiyat's press service published a
  // statement on Telegram (saying …)": whoever issued the document speaks through it.
  const issued = text.includes(' a') ? ISSUED_DOCUMENT.exec(text) : null;
  if (issued) {
    const issuer = parseSpeakerPhrase(issued[1]);
    if (issuer && issuer.kind !== 'pronoun') return issuer;
  }
  // "A report by court-appointed auditors Al Bayan Audit and Accounting", "an internal review by accountancy
  // firm Pell Rourke": a document speaks for whoever wrote it, named after "by".
  // (The patterns below need " by ", " and " or "panel": most phrases have none, and are not matched.)
  const documentBy = text.includes(' by ') ? DOCUMENT_BY.exec(text) : null;
  const authorParts = documentBy ? nameAfterKind(documentBy[1]) : null;
  if (authorParts) {
    // ("accountancy firm Pell Rourke": a body's kind before the name says it is a body.)
    if (NOMINAL_ORG_HEADS.has(authorParts.kind) || FIRM_PLURALS.has(authorParts.kind)) return { kind: 'organization', name: authorParts.name, nominal: false };
    const author = parseSpeakerPhrase(authorParts.name);
    if (author?.kind === 'person' || author?.kind === 'organization') return author;
  }
  // "the panel of judges": a court's voice, as "the bench" is.
  if (text.includes('panel') && PANEL_OF_JUDGES.test(text)) return { kind: 'unknown', description: 'the panel' };
  // "Villanueva and her colleagues wrote": a paper's lead author speaks for its authors.
  const withColleagues = text.includes(' and ') ? WITH_COLLEAGUES.exec(text) : null;
  if (withColleagues) {
    const lead = parseSpeakerPhrase(withColleagues[1]);
    if (lead?.kind === 'person') return lead;
  }
  // "In Lagos, a trader", "At Kenyatta National Hospital, a nurse": a phrase of place or time before a comma
  // opens the sentence; the speaker is what follows it.
  const opener = OPENING_PHRASE.exec(text);
  if (opener) return parseSpeakerPhrase(text.slice(opener[0].length));
  // "A federal judge in Columbus, Ohio": a state after its city belongs to the place, not to a name.
  // "Płock police", "the Kenyan police": a force the article names by its place, as the news does.
  const placePolice = text.endsWith(' police') ? PLACE_POLICE.exec(text) : null;
  if (placePolice && !ROLE_HEADS.has(placePolice[1].trim().toLowerCase())) return { kind: 'organization', name: `${placePolice[1].trim()} police`, nominal: false };
  // "the SNEN and its three partner unions", "the company and its subsidiaries": the body named first speaks for
  // its own (as "Villanueva and her colleagues" is the lead author).
  const withOwn = text.includes(' and ') ? WITH_ITS_OWN.exec(text) : null;
  if (withOwn) {
    const first = parseSpeakerPhrase(withOwn[1]);
    if (first?.kind === 'organization' && !first.nominal) return first;
  }
  // "Hj. Rahmawati of the PKS faction at the Central Kalimantan Regional Legislative Council": an honorific, a
  // name and the body it is from is that person, whatever the body's words. (Without the honorific, "Voice of
  // Hatay" and "Bay of Plenty Police" are names of their own.)
  const affiliation = text.includes(' of ') || text.includes(' from ') ? NAME_OF_BODY.exec(text) : null;
  if (affiliation && isHonorific(affiliation[1].split(/\s+/)[0]) && readsAsName(trimHonorificStop(affiliation[1]))) {
    const person = parseSpeakerPhrase(affiliation[1]);
    if (person?.kind === 'person' && !ROLE_HEADS.has(person.name.toLowerCase())) return { ...person, role: person.role ?? affiliation[2] };
  }
  const cityState = cityStateAt(text);
  if (cityState >= 0) return parseSpeakerPhrase(text.slice(0, cityState));
  // "The Ministry of Youth, Sports and Entrepreneur Development": a body's list of portfolios, commas and a
  // final "and", is one name, not a name after a description.
  const listed = text.includes(' and ') ? portfolioListBody(text) : null;
  if (listed) return listed;
  // "Terengganu welfare and women's development committee chairman Datuk Hasnah Abdul Ghani", "the state health
  // and environment committee chairman Lim Kok Wah": lower-case portfolios joined by "and" inside the role
  // before its holder's name are one person's role, not two subjects.
  const portfolioAnd = text.includes(' and ') ? LOWER_CASE_PORTFOLIO_AND.exec(text) : null;
  const holder = portfolioAnd ? parseSpeakerPhrase(portfolioAnd[2]) : null;
  if (portfolioAnd && holder?.kind === 'person' && holder.role && /^\p{Ll}/u.test(holder.role)) return { ...holder, role: `${portfolioAnd[1]} and ${holder.role}` };
  const appositive = splitAppositive(text);
  if (appositive) {
    const person = parseSpeakerPhrase(appositive.name);
    // "The Dutch construction industry association, Bouwend Nederland": a name described as a body is a body.
    // ("The club's largest supporters' group, the Norte Fiel": "the" before the name is the body's too.)
    if (person && person.kind === 'person' && !person.role && describesBody(appositive.role) && readsAsName(appositive.name.replace(/^the\s+/, '')) && !hasKnownFirstName(person.name)) {
      return { kind: 'organization', name: person.name, nominal: false };
    }
    // ("Mathilde Ouellet-Brassard, a spokeswoman for the coalition": the description may give the gender.)
    if (person && person.kind === 'person') return { ...person, role: person.role ?? appositive.role, gender: person.gender !== 'unknown' ? person.gender : genderFromWords(appositive.role.split(/\s+/).filter((w) => !OWNER_PRONOUN_WORD.test(w))) };
    if (person) return person;
    // "HealthBridge Africa, a charity running four treatment centres": the description says the name is a
    // body's, whatever its words look like (a continent at its end reads as a place).
    if (describesBody(appositive.role) && readsAsName(appositive.name)) return asOrganization(appositive.name) ?? { kind: 'organization', name: appositive.name, nominal: false };
  }
  if (text.includes(',')) {
    const lastPart = text.split(',').pop() ?? '';
    const firstPart = text.slice(0, text.indexOf(','));
    // "a spokesperson for Kunene Rhino Guardians, a community conservation group": a description of the body
    // after the phrase that names it says nothing new of who speaks.
    if (INDEFINITE_BODY.test(lastPart.trim()) && describesBody(lastPart.trim())) {
      const named = parseSpeakerPhrase(firstPart);
      if (named?.kind === 'organization') return named;
      // ("Hui Wai Ola o Lahaina, a Native Hawaiian group", "Norte Fiel, a supporters' group": a name that reads as
      // a person's, described as a body, is the body's.)
      if (named?.kind === 'person' && !named.role && named.name === firstPart.trim().replace(/^the\s+/i, '')) return { kind: 'organization', name: named.name, nominal: false };
    }
    const tail = parseSpeakerPhrase(lastPart);
    // "The club's largest supporters' group, the Norte Fiel": a body's description, then "the" and a name that
    // reads as a person's, is that body.
    if (tail?.kind === 'person' && !tail.role && /^the\s/i.test(lastPart.trim()) && describesBody(firstPart.trim()) && !hasKnownFirstName(tail.name)) return { kind: 'organization', name: tail.name, nominal: false };
    // "Mathilde Ouellet-Brassard, a spokeswoman for the coalition": a spokesperson the article names speaks in
    // person (the body speaks only through an unnamed one).
    if (tail?.kind === 'organization' && tail.spokesperson !== undefined && text.indexOf(',') === text.lastIndexOf(',') && readsAsNameAfterHonorific(firstPart.trim())) {
      const named = parseSpeakerPhrase(firstPart);
      if (named?.kind === 'person') return { ...named, role: named.role ?? lastPart.trim().replace(/^(?:a|an|the)\s+/i, ''), gender: named.gender === 'unknown' ? tail.spokesperson : named.gender };
    }
    // "One of the survivors, a 24-year-old", "one mother, a vegetable seller at the central market": a description
    // that names no one adds nothing to the unnamed person before it.
    if (tail === null && LOWER_CASE_DESCRIPTION.test(lastPart.trim())) {
      const head = parseSpeakerPhrase(firstPart);
      if (head?.kind === 'unknown') return head;
    }
    // "Dr Ayanda Qwabe, a labour economist at Nelson Mandela University": the unnamed description is the
    // named person's, not someone else.
    if (tail?.kind === 'unknown' && INDEFINITE_PLACED.test(lastPart.trim())) {
      const named = parseSpeakerPhrase(text.split(',')[0]);
      if (named?.kind === 'person') return { ...named, role: named.role ?? lastPart.trim().replace(/^(?:a|an)\s+/i, '') };
    }
    return tail;
  }
  return parseWithoutComma(text, lower);
}

/** "the head of state", "the country's head of government" (group 1: which). */
const HEAD_OF_STATE = /^(?:the\s+|(?:the\s+)?\S+['’]s\s+)head\s+of\s+(state|government)$/i;
/** Up to two capitalised words (a place), lower-case words (group 1 without "the"), "and", and a lower-case phrase (group 2). */
const LOWER_CASE_PORTFOLIO_AND = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*){0,2})\s+and\s+(\p{Ll}.*)$/u;
/** A department or ministry "of" a portfolio in lower case, perhaps after a place (group 1 without "the"). */
const LOWER_CASE_DEPARTMENT = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:department|ministry)\s+of\s+(?:the\s+)?[\p{Ll}'’-]+(?:\s+(?:and\s+|&\s+)?[\p{Ll}'’-]+){0,3})(?<!\s(?:and|of|the))$/u;
/** A department's name as a title: each word capitalised but the small ones ("Department of Home Affairs"). */
const departmentName = (words: string): string => words.split(/\s+/).map((w) => (/^(?:of|and|the)$/.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');

/** A role in lower case, "of" or "for", then capitalised words (group 2): "member for Braddon Tom Rafferty". */
const ROLE_OF_THEN_NAME = /^(?:\p{Lu}[\p{L}-]*\s+)?([\p{Ll}-]+)\s+(?:of|for)\s+(?:the\s+)?(\p{Lu}[^,;:()]*)$/u;


/**
 * "Independent member for Braddon Tom Rafferty", "Opposition member of the National Assembly Dr Amjad Iqbal
 * Niazi": a role of a place or a body, then its holder's full name, where the name starts at a known given
 * name (or after an honorific) and not at the place.
 */
function roleOfThenName(text: string): SpeakerRef | null {
  const m = ROLE_OF_THEN_NAME.exec(text);
  if (!m || !LOWER_CASE_SEAT_HOLDERS.has(m[1])) return null;
  const c = classifyWords(m[2].split(/\s+/));
  if (c.kind !== 'person') return null;
  const words = c.name.split(' ');
  const first = isKnownFirstName(words[0]) ? 0 : givenNameInside(words);
  // (The name must start after the place: the role the classification split off, or a known given name inside.)
  if (first < 0 || (first === 0 && !c.role)) return null;
  const name = words.slice(first).join(' ');
  return { kind: 'person', name, role: text.slice(0, text.lastIndexOf(name)).trim(), gender: c.gender };
}

/**
 * The rules of `parseUncached` for a phrase with no comma (`lower` is `text` in lower case): owners, spokespersons,
 * roles and descriptions, and names. (A function of its own: V8 optimised the one function of all the rules in
 * about a tenth of a second, more than once while the first articles were read.)
 */
function parseWithoutComma(text: string, lower: string): SpeakerRef | null {
  // ("Traders in Ramsbottom have accused …": a group's plural alone, capitalised where a sentence opens, is no
  // body called "Traders".)
  if (UNNAMED_GROUPS.has(lower)) return { kind: 'unknown', description: text };
  const memberOf = text.includes(' of ') || text.includes(' for ') ? roleOfThenName(text) : null;
  if (memberOf) return memberOf;
  // ("The department of home affairs said", "the Eastern Cape department of education": a government department
  // written in lower case, as South African copy does, is the public body of that name.)
  const department = text.includes(' of ') ? LOWER_CASE_DEPARTMENT.exec(text) : null;
  if (department) return { kind: 'organization', name: departmentName(department[1]), nominal: false };
  // "SOCAR's press service", "The EMA's human medicines committee", "the ministry's press office": a body's own
  // office speaks for the body (a person's office is no body: "the president's office" stays as it is); so does
  // its group in a chamber or a place ("the KDP's Kirkuk bloc", "the party's parliamentary caucus").
  const office = text.includes('’s ') || text.includes("'s ") ? OWNED_OFFICE.exec(text) : null;
  if (office) {
    const owner = office[1] ? parseNamePhrase(trimRunWords(words(office[1]))) : { kind: 'organization' as const, name: office[2], nominal: true };
    if (owner?.kind === 'organization' && (office[1] || NOMINAL_ORG_HEADS.has(office[2]))) return owner;
    // ("SOCAR's", "the EMA's": initials in capitals name a body.)
    if (office[1] && ACRONYM_OWNER.test(office[1])) return { kind: 'organization', name: office[1], nominal: false };
    // ("the Army's press office": a body's kind, capitalised as the house style writes it, is the body of that kind.)
    const kind = office[1]?.toLowerCase();
    if (kind && NOMINAL_ORG_HEADS.has(kind) && !UNNAMED_PERSON_HEADS.has(kind)) return { kind: 'organization', name: kind, nominal: true };
  }
  // "Alan Whitfield's lawyer", "Mayor Paul Grant's office", "the Prime Minister's spokesman": the person's
  // lawyer, office or spokesman speaks, not the person. (An organisation's spokesperson or a document speaks
  // for its owner: handled above and below.)
  const ownedBy = hasApostrophe(text) ? PERSON_OWNED_NOUN.exec(text) : null;
  if (ownedBy) {
    const owned = ownedBy[2].split(/\s+/).pop()!;
    if (!DOCUMENT_HEADS.test(owned)) return { kind: 'unknown', description: text };
    if (SPOKES_HEAD.test(owned) && isPersonOwner(ownedBy[1])) return { kind: 'unknown', description: text };
  }

  // "a spokesperson for Google", "a representative of the ministry" → the organisation.
  // The spokesperson and document patterns backtrack over the whole phrase: they run only when the words
  // they need are there (a plain substring test), which most phrases fail.
  const mentionsSpokes = SPOKES_WORDS.test(text);
  const spokesFor = mentionsSpokes && SPOKES_FOR.exec(text);
  if (spokesFor) {
    // A spokesperson for a person or an office ("for Gov. Samuel Ortega", "for the Treasurer") speaks for
    // them, not as them: their words are the spokesperson's, an unnamed speaker with the description kept.
    const office = /^the\s+([\p{L}-]+)$/u.exec(spokesFor[2]);
    if (office && ROLE_HEADS.has(office[1].toLowerCase())) return { kind: 'unknown', description: text };
    const named = parseNamePhrase(trimRunWords(words(spokesFor[2].replace(/^the\s+/i, ''))));
    // (A "role" that ends in a body's kind, "anti-corruption group Cidadania Aberta", describes a body.)
    const bodyKindRole = named?.kind === 'person' && named.role !== null && NOMINAL_ORG_HEADS.has(named.role.split(/\s+/).pop()?.toLowerCase() ?? '');
    if (named?.kind === 'person' && named.role && !bodyKindRole) return { kind: 'unknown', description: text };
    const body = throughSpokesperson(asOrganization(spokesFor[2]) ?? describedBody(spokesFor[2]), spokesFor[1]);
    // Two words that read as a first name and a surname ("Calder Alloys", "Helen Kim"): a body only if the
    // article has named a body so; the resolver decides.
    const readsAsPerson = named?.kind === 'person' && !bodyKindRole && hasKnownFirstName(named.name) && named.name.split(/\s+/).length === 2;
    if (readsAsPerson) return body?.kind === 'organization' ? { ...body, onlyIfKnownBody: true } : { kind: 'unknown', description: text };
    // "a spokesperson for the force", "for the partnership": the body the article named before, as "the force said".
    const described = body ? null : NOMINAL_OWNER.exec(spokesFor[2]);
    const nominal = described && !ROLE_HEADS.has(described[2]) && !UNNAMED_PERSON_HEADS.has(described[2]) ? throughSpokesperson({ kind: 'organization', name: described[1], nominal: true }, spokesFor[1]) : null;
    return body ?? nominal ?? { kind: 'unknown', description: text };
  }
  // "a Google spokesperson", "a Ministry of Defence spokesman" → the organisation.
  const orgSpokes = mentionsSpokes && ORG_SPOKES.exec(text);
  if (orgSpokes && isCapitalised(orgSpokes[1])) return throughSpokesperson(asOrganization(orgSpokes[1]), orgSpokes[2]) ?? { kind: 'unknown', description: text };
  // "a council spokesperson", "a union spokesman": the body of that kind, as "a spokesperson for the council".
  if (orgSpokes && NOMINAL_ORG_HEADS.has(orgSpokes[1]) && (!UNNAMED_PERSON_HEADS.has(orgSpokes[1]) || orgSpokes[1] === 'police')) {
    return throughSpokesperson({ kind: 'organization', name: orgSpokes[1], nominal: true }, orgSpokes[2]);
  }

  // "the headmaster of one lycée", "the owner of a bakery in Kaolack": a role over a thing the article does not
  // name is someone unnamed, not a body and not the holder of that role named before.
  const roleOfOne = text.includes(' of ') ? ROLE_OF_UNNAMED.exec(text) : null;
  if (roleOfOne && (ROLE_HEADS.has(roleOfOne[1].toLowerCase()) || UNNAMED_PERSON_HEADS.has(roleOfOne[1].toLowerCase()))) return { kind: 'unknown', description: text };
  // "The mayor of Roubaix", "the deputy governor of the central bank": a role, "of" and what it is over, in lower
  // case, describe its holder (named before or not), not the place or the body after "of".
  // ("the secretary general of the episcopal conference": the office is the secretary's.)
  // ("the head of state", "the head of government": the office is a president's or a prime minister's, not any head's.)
  const headOfState = text.includes(' of ') ? HEAD_OF_STATE.exec(text) : null;
  if (headOfState) return { kind: 'described', head: headOfState[1] === 'state' ? 'president' : 'minister', description: text };
  const roleOfPlace = text.includes(' of ') ? ROLE_OF_PLACE.exec(text) : null;
  const officeHead = roleOfPlace ? (roleOfPlace[2] === 'general' && roleOfPlace[1] ? roleOfPlace[1].trim().split(' ').pop()! : roleOfPlace[2]) : '';
  if (roleOfPlace && ROLE_HEADS.has(officeHead) && !roleOfPlace[0].includes(',')) return { kind: 'described', head: officeHead, description: text };
  // "the Kenyan", "the Frenchman", "the 28-year-old": an epithet for the person just written about.
  const epithet = EPITHET.exec(text);
  // ("the Sultan", "the Chairman": a title, capitalised as the house style writes it, is no epithet.)
  if (epithet && !EPITHET_LOOKALIKES.has(epithet[1].toLowerCase()) && !ROLE_HEADS.has(epithet[1].toLowerCase())) return { kind: 'described', head: epithet[1].toLowerCase(), description: text, epithet: true };
  // "friends of Alan Whitfield", "lawyers for X", "the mother of X": someone close to the named person, not
  // that person. The name at the end is the nearest name, never the speaker.
  if (isRelationOf(text)) return { kind: 'unknown', description: text };
  const tokens = wordsBetweenSpaces(text);
  const head = tokens[tokens.length - 1].toLowerCase().replace(/['’]s$/, '');
  // "an AEW press release", "a Woolworths spokesperson's statement": a document speaks for its named owner.
  const document = DOCUMENT_ENDING_LAST_CHARACTERS.has(text[text.length - 1]) && DOCUMENT_ENDINGS.some((e) => text.endsWith(e)) && OWNED_DOCUMENT.exec(text);
  if (document) {
    const owner = parseNamePhrase(trimRunWords(words(document[1].replace(/['’]s\s*$/, ''))));
    // "a Facebook post", "a YouTube video": a platform carries its users' words, and speaks none of its own.
    if (owner && owner.kind === 'organization' && PLATFORMS.has(owner.name.toLowerCase())) return null;
    if (owner && (owner.kind === 'organization' || owner.kind === 'person')) return owner;
  }
  // "One MP from Melbourne's outer suburbs", "a source in the CM Secretariat": someone unnamed, placed by
  // where they are from, not the place or body named after the preposition.
  const placed = INDEFINITE_PLACED.exec(text);
  if (placed && namesPeople(placed[1])) return { kind: 'unknown', description: text };
  // "several Labor MPs", "Greens MLAs": members of a body, not a person named "Labor MPs".
  if (tokens.length >= 2 && PLURAL_TITLE.test(tokens[tokens.length - 1]) && tokens.slice(0, -1).every((t) => isCapitalised(t) || MEMBERS_MODIFIER.test(t))) {
    return { kind: 'unknown', description: text };
  }
  // "The Ministry said", "the Trust said": house styles that capitalise a body's kind once its full name is
  // given mean that body, as "the ministry" would.
  if (tokens.length === 2 && tokens[0].toLowerCase() === 'the' && isCapitalised(tokens[1]) && NOMINAL_ORG_HEADS.has(head) && !UNNAMED_PERSON_HEADS.has(head) && !ROLE_HEADS.has(head)) {
    return { kind: 'organization', name: tokens[1], nominal: true };
  }
  // "a source familiar with the talks", "officials with knowledge of the plan": someone unnamed, whatever
  // lower-case matter they know of.
  // (The pattern runs only over phrases that hold one of its linking words.)
  const informed = INFORMED_LINK.test(text) ? INFORMED_SOURCE.exec(text) : null;
  if (informed && (UNNAMED_PERSON_HEADS.has(informed[1].toLowerCase()) || UNNAMED_PERSON_HEADS.has(informed[1].toLowerCase().replace(/s$/, '')) || ROLE_HEADS.has(informed[1].toLowerCase().replace(/s$/, '')))) {
    return { kind: 'unknown', description: text };
  }
  if (DETERMINER.test(text) && !isCapitalised(tokens[tokens.length - 1])) {
    const det = tokens[0].toLowerCase();
    // "the court's summary", "the ministry's statement": the document speaks for its owner.
    const owned = NOUN_OWNED_DOCUMENT.exec(text);
    if (owned && (DOCUMENT_HEADS.test(owned[2]) || ORGAN_HEADS.test(owned[2])) && NOMINAL_ORG_HEADS.has(owned[1])) return { kind: 'organization', name: owned[1], nominal: true };
    // "the company's chief executive": an owner followed by a role describes someone named elsewhere.
    const owner = POSSESSIVE_OWNER.exec(text);
    if (det === 'the' && head === 'police') return { kind: 'organization', name: 'Police', nominal: true };
    if (NOMINAL_ORG_HEADS.has(head) && !UNNAMED_PERSON_HEADS.has(head) && det === 'the') return asOrganization(text);
    if (NOMINAL_ORG_HEADS.has(head) && det !== 'the' && !UNNAMED_PERSON_HEADS.has(head)) return { kind: 'unknown', description: text };
    if (det === 'the' && ROLE_HEADS.has(head) && !owner) return { kind: 'described', head, description: text };
    if (ROLE_HEADS.has(head) || UNNAMED_PERSON_HEADS.has(head)) return { kind: 'unknown', description: text };
    // A short plain description ("the comments", "its post") speaks for someone unnamed; anything longer or
    // ending in a function word ("the NATO treaty and") is not a speaker phrase. An indefinite one is never a
    // name, however long: "A Formosa Crest pilot", "an Emirates flight attendant" is someone unnamed, not the body.
    const indefinite = (det === 'a' || det === 'an' || det === 'another') && BODY_MEMBER.test(text);
    if ((tokens.length <= 3 || indefinite) && /^[\p{Ll}]{3,}$/u.test(tokens[tokens.length - 1]) && !NOT_IN_ROLE.test(tokens[tokens.length - 1])) {
      return { kind: 'unknown', description: text };
    }
    return null;
  }
  if (lower === 'police') return { kind: 'organization', name: 'Police', nominal: true };
  // "officials", "opposition parties", "local residents": a lower-case group names nobody in particular.
  // The last of the words between single spaces, and that there are at most three (as `lower.split(' ')` gives them).
  const lastGroupWord = lower.slice(lower.lastIndexOf(' ') + 1);
  if (UNNAMED_GROUPS.has(lastGroupWord) && spacesIn(lower) <= 2 && /^[\p{Ll}\s-]+$/u.test(text)) {
    return { kind: 'unknown', description: text };
  }

  // "the regional Disaster Prevention and Preparedness Bureau", "the state-owned Ethiopian Airlines", "the
  // federal Ministry of Health": lower-case words that describe a body before its name.
  const describedName = DESCRIBED_BODY_NAME.exec(text);
  if (describedName && !describedName[1].trim().split(/\s+/).some((w) => ROLE_HEADS.has(w) || NOMINAL_ORG_HEADS.has(w) || UNNAMED_PERSON_HEADS.has(w))) {
    const body = parseSpeakerPhrase(describedName[2]);
    if (body?.kind === 'organization') return body;
  }
  // "Republic Act No. 3846 states", "17 U.S. Code § 1201 … which says", "the United States Constitution
  // specifies": a law quoted word for word speaks as itself (no issuing body is named for it).
  const law = LAW_WORD.test(text) ? LAW_NAME.exec(text) : null;
  if (law && (law[2] === undefined || OPENS_CAPITAL.test(law[2]))) return { kind: 'organization', name: law[1].trim(), nominal: false };
  // "the Geta MCA said", "the Ilala MP": "the", a place and a title in capitals describe an office holder named
  // elsewhere, even when the place is also a first name; no one is called "Geta MCA".
  if (tokens.length >= 3 && tokens.length <= 4 && tokens[0] === 'the' && CAPITALS_TITLE.test(tokens[tokens.length - 1]) && ROLE_HEADS.has(head)) {
    return { kind: 'described', head, description: tokens.slice(1).join(' ') };
  }
  // "A former Olympic rower" cut at its noun: "a" before one capitalised word is an adjective's article, no name.
  const named = parseNamePhrase(tokens);
  if (named?.kind === 'person' && !named.name.includes(' ') && /^(?:a|an)\s/i.test(text)) return null;
  // "the students' association Jeunesse Musulmane des Comores": a title never ends in another language's
  // "des"/"du"/"da"; the capitalised words before it and the name after it are one body's name.
  if (named?.kind === 'person' && named.role && PARTICLE_AT_END.test(named.role)) {
    const roleWords = named.role.split(' ');
    const from = roleWords.findIndex((w) => isCapitalised(w));
    if (from >= 0) return { kind: 'organization', name: [...roleWords.slice(from), named.name].join(' '), nominal: false };
  }
  return named;
}

/** How many plain spaces a text holds. */
function spacesIn(text: string): number {
  let count = 0;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) count++;
  return count;
}

/** Lower-case words inside a name: the lexicon's name connectors, and "and" ("Marks and Spencer"). */
const isConnector = (word: string): boolean => word === 'and' || NAME_CONNECTORS.has(word);
/** The longest honorific: a longer word (one full stop aside) is none, and is not lower-cased to be looked up. */
const MAX_HONORIFIC_LENGTH = Math.max(...[...HONORIFICS].map((h) => h.length));
const isHonorific = (t: string) => t.length - 1 <= MAX_HONORIFIC_LENGTH && HONORIFICS.has(t.toLowerCase().replace(/\.$/, ''));
/** Documents that speak for their owner: "RIAA's DMCA notice alleged", "the ministry's statement said". */
const DOCUMENT_HEADS = /^(?:statement|notice|report|release|letter|filing|decree|ruling|judgment|judgement|tweet|post|account|website|announcement|order|summary|verdict|spokesperson|spokesman|spokeswoman|press)$/i;
/** A body's own organ that speaks for it: "the union's executive bureau", "the party's secretariat". */
const ORGAN_HEADS = /^(?:bureau|secretariat|leadership|executive|presidium|directorate|board|office)$/i;

/**
 * A phrase ending in a name, perhaps after a description: "Defence Minister Rajnath Singh",
 * "Niger's president Mahamadou Issoufou", "Scripps Oceanography director Margaret Leinen",
 * "Peter Iseley of worldwide victim group Ending Clergy Abuse".
 */
function parseNamePhrase(tokens: string[]): SpeakerRef | null {
  // "Name of Affiliation": the person is the part before "of/from/at" when it ends in a full name.
  const ofAt = tokens.findIndex((t, i) => i > 0 && /^(?:of|from|at)$/.test(t));
  if (ofAt > 0) {
    const left = parseNamePhrase(tokens.slice(0, ofAt));
    if (left && left.kind === 'person' && left.name.split(' ').length >= 2) return left;
  }
  // Possessive owner of a speaking document: "RIAA's DMCA notice".
  const last = tokens[tokens.length - 1];
  if (DOCUMENT_HEADS.test(last)) {
    const ownerEnd = tokens.findIndex((t) => /['’]s$/.test(t));
    if (ownerEnd >= 0) {
      const owner = mapPacked(tokens.slice(0, ownerEnd + 1), (t, i) => (i === ownerEnd ? t.replace(/['’]s$/, '') : t));
      const ref = parseNamePhrase(trimRunWords(owner)) ?? parseSpeakerPhrase(owner.join(' '));
      if (ref && (ref.kind === 'organization' || ref.kind === 'person')) return ref;
    }
    return null;
  }
  // The name is the capitalised run at the end; what comes before is a role or description.
  let runStart = tokens.length;
  while (runStart > 0) {
    const t = tokens[runStart - 1];
    // A possessive belongs to the run only inside it ("Alachua Sheriff's Office"), not at its end.
    // ("Teamsters Local 727": a union local's number belongs to its name.)
    const capital = (isCapitalised(t) && (!/['’]s$/.test(t) || runStart < tokens.length)) || (/^\d{1,5}$/.test(t) && runStart >= 3 && tokens[runStart - 2] === 'Local');
    const connector = isConnector(t) && runStart < tokens.length;
    if (!capital && !connector && !isHonorific(t)) break;
    runStart--;
  }
  while (runStart < tokens.length && isConnector(tokens[runStart])) runStart++;
  if (runStart >= tokens.length) return null;
  // Filled by `push`: one array shape whether or not this function is optimised (see `mapPacked` in names.ts).
  const prefix: string[] = [];
  for (let i = 0; i < runStart; i++) if (!DETERMINER.test(`${tokens[i]} `)) prefix.push(tokens[i]);
  // A description must look like one (lower-case words, possessives); a verb phrase before the name is not.
  if (!isRoleDescription(prefix)) return null;
  const runWords = trimRunWords(tokens.slice(runStart));
  if (runWords.length === 0) return null;
  const c = classifyWords(runWords);
  const roleParts = [prefix.join(' '), c.role ?? ''].filter(Boolean);
  const role = roleParts.length > 0 ? roleParts.join(' ') : null;
  if (c.kind === 'organization') return prefix.length > 0 && prefix.some((t) => /^[\p{Ll}]/u.test(t) && !/['’]s$/.test(t)) ? null : { kind: 'organization', name: c.name, nominal: false };
  // "Senators", "Officials": a capitalised plural of a role names nobody in particular.
  if (c.kind === 'single' && /s$/i.test(c.name) && (ROLE_HEADS.has(c.name.toLowerCase().replace(/s$/, '')) || UNNAMED_PERSON_HEADS.has(c.name.toLowerCase()))) {
    return { kind: 'unknown', description: tokens.join(' ') };
  }
  if (c.kind === 'person' || c.kind === 'single') {
    // ("Mr Fairweather": the honorific the run opened with, trimmed before the name was read, gives the gender.)
    const trimmed = tokens.slice(runStart, tokens.length - runWords.length);
    const gender = c.gender !== 'unknown' ? c.gender : genderFromWords(trimmed.length > 0 ? [...prefix, ...trimmed] : prefix);
    const courtesyTitle = womansCourtesyTitle(trimmed[trimmed.length - 1]);
    return { kind: 'person', name: c.name, role, gender, ...(courtesyTitle && { courtesyTitle }) };
  }
  // "One coalition MP", "an MP": a title in capitals after an indefinite article is someone unnamed, not the
  // holder of a role named before ("the MP").
  if (c.kind === null && c.role && INDEFINITE.test(tokens[0])) return { kind: 'unknown', description: tokens.join(' ') };
  if (c.kind === null && c.role) return { kind: 'described', head: c.role.split(' ').pop()!.toLowerCase(), description: c.role };
  return null;
}
const INDEFINITE = /^(?:a|an|one|another)$/i;

const NOT_IN_ROLE = /^(?:he|she|they|it|we|i|you|him|her|them|his|their|its|is|was|were|are|has|had|have|be|been|will|would|can|could|did|does|do|not|also|then|when|while|as|on|in|at|to|from|with|by|about|after|before|during|into|over|than|that|which|who|and|or|but|if|said|says|told|says|per|via|near|outside|inside|across|around|beside|behind|along|opposite)$/i;

/** "state Sen. Ramona Castellanos", "state senator …": "state" before a title and a name is the noun, not the verb. */
const STATE_BEFORE_TITLE = (prefix: string[], i: number): boolean => prefix[i].toLowerCase() === 'state';

/** Words before a name that can be its role ("Caloundra coach", "Niger's president"): no verbs, pronouns or prepositions. */
function isRoleDescription(prefix: string[]): boolean {
  if (prefix.length > 8) return false;
  // ("a ruling party MP": a speech verb's form that also says which side holds power is no cue here.)
  // (A capitalised speech verb is one only where it opens the phrase ("Asked whether …"): "São Paulo State Fire
  // Department commander" holds the noun "State".)
  // ("Justice and Development Party lawmaker Ali Veli", "Community Working Group on Health executive director Itai
  // Rusike-Moyo": an "and" or "on" between capitalised words is inside a body's name.)
  if (prefix.some((t, i) => (NOT_IN_ROLE.test(t) && !((t === 'and' || t === 'on') && i > 0 && isCapitalised(prefix[i - 1]) && i + 1 < prefix.length && isCapitalised(prefix[i + 1]))) || (SPEECH_VERBS.has(i === 0 ? t.toLowerCase() : t) && !ROLE_PARTICIPLES.test(t) && !STATE_BEFORE_TITLE(prefix, i)) || isParticiple(t))) return false;
  // A role does not end with "of"/"for": "president of Russia" is a description of a place's leader, not a name.
  return !/^(?:of|for)$/i.test(prefix[prefix.length - 1] ?? '');
}

/** Role words that look like participles: "acting president", "managing director", "outgoing mayor", and
 *  portfolios that end like them: "housing critic", "planning minister". */
const ROLE_PARTICIPLES = /^(?:acting|managing|leading|governing|ruling|outgoing|incoming|founding|presiding|visiting|reigning|serving|sitting|long-?standing|ranking|reigning|commanding|consulting|supervising|attending|investigating|opposing|striking|winning|retired|elected|appointed|designated|disgraced|jailed|detained|injured|wounded|unnamed|named|so-called|housing|planning|policing|shipping|banking|mining|farming|fishing|marketing|engineering|training|nursing|lending|licensing|gaming|broadcasting|publishing|manufacturing|accounting|building|funding|sporting|trading|pricing|catering|organising|organizing|coordinating|campaigning)$/i;
/** "addressing Alan Whitfield", "commissioned by …": a verb form before a name makes it an object, not a role. */
function isParticiple(token: string): boolean {
  return /^[\p{Ll}][\p{Ll}-]{2,}(?:ing|ed)$/u.test(token) && !ROLE_PARTICIPLES.test(token);
}

/** A pronoun in a description says whose it is, not the gender of whom it describes ("Her co-author, Prof Marcus Whitcombe"). */
const OWNER_PRONOUN_WORD = /^(?:his|her|hers|him|he|she|himself|herself)$/i;

function genderFromWords(words: string[]): Gender {
  for (const w of words) {
    const lw = w.toLowerCase();
    if (MALE_WORDS.has(lw)) return 'male';
    if (FEMALE_WORDS.has(lw)) return 'female';
  }
  return 'unknown';
}
