/**
 * Who is the subject of a speech verb: the phrase before it (with asides and appositives handled), or for a
 * participle ("…, saying", "…, calling it") the subject of the clause it hangs on.
 */
import * as cueGrammarModule from './cueGrammar';
import * as speakerPhraseModule from './speakerPhrase';
import type { SpeakerRef } from './speakerPhrase';
import { memoize2 } from './memo';
import * as firstNamesModule from './firstNames';
import * as lexiconModule from './lexicon';
import { opensWithGlottalStop } from './names';
import { collapseWhitespace, isJsBlank } from '../articles/text';

// Imported names read once into module constants: under tsx (esbuild's CommonJS output) every use of an
// imported name is a property getter call (two, through the re-export), and these are used for every word.
const { afterLastMark, clauseSubject, subjectBefore, unnamedPersonOpening } = cueGrammarModule;
const { describesBody, parseSpeakerPhrase, personNamedAs } = speakerPhraseModule;
const { hasKnownFirstName } = firstNamesModule;
const { DOCUMENT_NOUNS, PARTY_AND_HOME, PERSON_NOUNS, PLATFORMS, ROLE_HEADS } = lexiconModule;

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
const subjectMemo = memoize2((verb, textBeforeVerb) => withGlottalStop(textBeforeVerb, subjectOfVerbUncached(textBeforeVerb, verb)));

/**
 * "’Mathabo Lerata, said", "'Ana Fifita Kaufusi, said": the apostrophe that opens a Sesotho or Polynesian name
 * is part of it, as the registry reads it (`opensWithGlottalStop`); the words of a subject phrase start after it.
 */
function withGlottalStop(text: string, found: SubjectFound | null): SubjectFound | null {
  if (!found || found.ref.kind !== 'person' || !found.ref.name.startsWith(text.slice(found.start, found.start + 1)) || !opensWithGlottalStop(text, found.start)) return found;
  return { ref: { ...found.ref, name: `${text[found.start - 1]}${found.ref.name}` }, start: found.start - 1 };
}

export function subjectOfVerb(textBeforeVerb: string, verb: string): SubjectFound | null {
  const found = subjectMemo(verb, textBeforeVerb);
  return found && { ref: { ...found.ref }, start: found.start };
}

const NAMED_KINDS = new Set(['person', 'organization', 'pronoun']);
const AND_BEFORE = /\s(?:and|&)\s+$/;

/**
 * "Alan Whitfield and Peter Jonas said": two speakers at once. The quote has no one speaker, and the
 * nearest name is only half the subject, so the answer is an unnamed speaker described by both. A name
 * that merely contains "and" ("Marks and Spencer") stays one organisation.
 */
function coordinatedSubject(textBeforeVerb: string, right: { phrase: string; start: number }): SubjectFound | null {
  const left = textBeforeVerb.slice(0, right.start);
  if (!AND_BEFORE.test(left)) return null;
  const leftText = left.replace(AND_BEFORE, '');
  const first = subjectBefore(leftText, namesSomeone);
  if (!first || first.start + first.phrase.length < leftText.trimEnd().length) return null;
  const firstRef = parseSpeakerPhrase(first.phrase);
  // "Minister for Lands and Natural Resources Efua Mensah-Bonsu said": a capitalised role before the "and", and
  // the whole read as its holder with the title, is one person whose title the "and" is inside.
  if (firstRef?.kind === 'described' && /^\p{Lu}/u.test(first.phrase)) {
    const titled = parseSpeakerPhrase(textBeforeVerb.slice(first.start, right.start + right.phrase.length));
    return titled?.kind === 'person' && titled.role ? { ref: titled, start: first.start } : null;
  }
  if (!firstRef || !NAMED_KINDS.has(firstRef.kind) || (firstRef.kind !== 'pronoun' && !/^[\p{Lu}]/u.test(first.phrase))) return null;
  // "State Revenue and Disaster Management Minister Jogen Baruah": the "and" is inside a title when the
  // right side is a person with a role and the left no one's name (no first name, no role).
  const rightRef = parseSpeakerPhrase(right.phrase);
  if (firstRef.kind === 'person' && !firstRef.role && !hasKnownFirstName(firstRef.name) && rightRef?.kind === 'person' && rightRef.role) return null;
  const whole = textBeforeVerb.slice(first.start, right.start + right.phrase.length);
  const wholeRef = parseSpeakerPhrase(whole);
  if (wholeRef && wholeRef.kind === 'organization' && !wholeRef.nominal) return { ref: wholeRef, start: first.start };
  // ("Villanueva and her colleagues wrote": the lead author, as the phrase parser reads it.)
  if (wholeRef && wholeRef.kind === 'person') return { ref: wholeRef, start: first.start };
  return { ref: { kind: 'unknown', description: whole }, start: first.start };
}

const RELATIVE_TAIL = 60;
const RELATIVE_BEFORE_VERB = /(?:^|[\s,])(who|which|that)\s+(?:(?:also|later|then|has|have|had|was|is|once|previously)\s+)*$/i;

/** A locative preposition right before a name: the name is a place. */
const LOCATIVE_BEFORE = /\b(?:near|in|at|outside|inside|across|around|beside|behind|along|opposite)\s+$/;
/** The capitalised run (a name with its title) at the end of a text. */
const TRAILING_NAME = /(?:[\p{Lu}][\p{L}.'’-]*\s+)*[\p{Lu}][\p{L}.'’-]*$/u;
/** A capitalised run (a name) and the comma after it, at the end of a text. */
const TRAILING_NAME_AND_COMMA = /((?:[\p{Lu}][\p{L}.'’-]*\s+)*[\p{Lu}][\p{L}.'’-]*)\s*,\s*$/u;
/** Things that carry their issuer's own words. */
const carriesOwnWords = (phrase: string): boolean => DOCUMENT_NOUNS.has(phrase.split(/\s+/).pop()?.toLowerCase() ?? '');

/**
 * "17 U.S. Code § 1201, which says", "Alan Whitfield, who said": a relative pronoun right before the verb is
 * its subject, standing for the phrase before it, not for the sentence's subject. A person (who) is that
 * phrase when it names one; a thing (which/that) speaks only when it is an organisation; anything else is
 * an unnamed speaker, never the nearest name.
 */
function relativeSubject(textBeforeVerb: string): SubjectFound | null {
  // Only the end of the text can match: the end-anchored pattern runs on a short tail, not the sentence.
  // (The tail starts at a blank, so "^" never matches inside a word.)
  const cut = Math.max(0, textBeforeVerb.length - RELATIVE_TAIL);
  const blank = cut === 0 ? 0 : textBeforeVerb.indexOf(' ', cut);
  const tailStart = blank < 0 ? textBeforeVerb.length : blank;
  const match = RELATIVE_BEFORE_VERB.exec(textBeforeVerb.slice(tailStart));
  if (!match) return null;
  const relative = { 0: match[0], 1: match[1], index: tailStart + match.index };
  const antecedentText = textBeforeVerb.slice(0, relative.index + (relative[0].length - relative[0].trimStart().length)).replace(/[,\s]+$/, '');
  const antecedent = subjectBefore(antecedentText, namesSpeaker);
  const ref = antecedent ? parseSpeakerPhrase(antecedent.phrase) : null;
  // "the home of Prime Minister Tuilaepa, who told": "who" stands for the nearest name, even after a
  // preposition — unless a wider phrase that is understood holds it ("a friend of X, who"; "Y, a friend
  // of X, who"): then that phrase is the antecedent.
  // (Not a place after "near", "in" or "at": "a village near Maladzechna, who asked not to be named".)
  const trailing = relative[1].toLowerCase() === 'who' ? TRAILING_NAME.exec(antecedentText) : null;
  const name = trailing && !LOCATIVE_BEFORE.test(antecedentText.slice(Math.max(0, trailing.index - 9), trailing.index)) ? trailing : null;
  const nameRef = name ? parseSpeakerPhrase(name[0]) : null;
  const widerUnderstood = name !== null && antecedent !== null && ref !== null && antecedent.start < name.index;
  const described = relative[1].toLowerCase() === 'who' ? personBeforeAppositive(antecedentText) : null;
  if (described) return described;
  if (name && nameRef?.kind === 'person' && !widerUnderstood) return { ref: nameRef, start: name.index };
  // "Facebook released a statement which read": the statement is its issuer's, found as the clause's subject.
  if (antecedent && ref?.kind === 'unknown' && carriesOwnWords(antecedent.phrase)) return null;
  // "Mma Gaone Tshekiso, a subsistence farmer from Matlapana, who said": an unnamed description in apposition
  // after a person's name is that person.
  if (antecedent && ref?.kind === 'unknown' && relative[1].toLowerCase() === 'who' && /^(?:an?)\s/i.test(antecedent.phrase)) {
    const named = TRAILING_NAME_AND_COMMA.exec(antecedentText.slice(0, antecedent.start));
    const person = named ? parseSpeakerPhrase(named[1]) : null;
    if (named && person?.kind === 'person') return { ref: { ...person, role: person.role ?? antecedent.phrase.replace(/^(?:an?)\s+/i, '') }, start: named.index };
  }
  if (antecedent && ref) {
    const personal = relative[1].toLowerCase() === 'who';
    if (personal ? ref.kind !== 'organization' : ref.kind === 'organization' || ref.kind === 'unknown') return { ref, start: antecedent.start };
  }
  return { ref: { kind: 'unknown', description: antecedent?.phrase ?? relative[1] }, start: antecedent?.start ?? relative.index };
}

/** A description in apposition, opened by an article, at the end of a text: ", the top Democrat on the panel". */
const APPOSITIVE_AT_END = /,\s*((?:an?|the)\s[^,;:“”"()]*)$/i;
/** A capitalised run (a name with its title), perhaps a bracketed aside ("(D-N.Y.)"), and a comma, at the end. */
const NAME_BEFORE_APPOSITIVE = /((?:[\p{Lu}][\p{L}.'’-]*\s+)*[\p{Lu}][\p{L}.'’-]*)(?:\s*\([^()]{1,30}\))?\s*,$/u;

/**
 * "Rep. Lorna Feeney (D-N.Y.), the top Democrat on the House Appropriations Committee, who wrote": a
 * description in apposition after a person's name is that person, and "who" stands for them — not for the
 * description, nor for a body the description names.
 */
function personBeforeAppositive(antecedentText: string): SubjectFound | null {
  const appositive = APPOSITIVE_AT_END.exec(antecedentText);
  if (!appositive) return null;
  const named = NAME_BEFORE_APPOSITIVE.exec(antecedentText.slice(0, appositive.index + 1));
  const person = named ? parseSpeakerPhrase(named[1]) : null;
  if (!named || person?.kind !== 'person') return null;
  return { ref: { ...person, role: person.role ?? appositive[1].replace(/^(?:an?|the)\s+/i, '') }, start: named.index };
}

/** "Greek prime minister Kyriakos Mitsotakis speaking to the Atlantic Council called": the name before the participle. */
const PARTICIPLE_ASIDE = /\s(?:speaking|writing|talking|addressing|responding|reacting|referring|commenting|appearing)\b[^,;:]*$/;

function subjectBeforeParticiple(textBeforeVerb: string): SubjectFound | null {
  const aside = PARTICIPLE_ASIDE.exec(textBeforeVerb);
  if (!aside) return null;
  const head = textBeforeVerb.slice(0, aside.index);
  const found = subjectBefore(head, namesSomeone);
  const ref = found ? parseSpeakerPhrase(found.phrase) : null;
  if (!found || !ref || (ref.kind !== 'person' && ref.kind !== 'organization')) return null;
  return found.start + found.phrase.length >= head.trimEnd().length ? { ref, start: found.start } : null;
}

/**
 * Asides between a subject and its verb that say nothing of who speaks: an age ("Haskins, 62, told"), a title
 * over a portfolio ("Nguyen Thi Lan, Deputy Minister of Agriculture and Rural Development, said"), a
 * non-restrictive relative clause ("Sen. Dale Whitcomb, the committee's top Republican, who has opposed new
 * rules, called") and a describing appositive ("the Darfur Doctors' Committee, a network of medics, wrote"). Cutting them off the end leaves the subject phrase at the end, where it is looked for.
 */
const TRAILING_ASIDE = /,\s*(?:\d{1,3}(?:st|nd|rd|th)?|(?:who|which|whose|where|when|an?|the)\s[^,;:“”"]*|\p{Lu}[\p{L}-]*['’]s\s[^,;:“”"]*|(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:Minister|Secretary|Director|President|Chairman|Chairwoman|Chair|Governor|Commissioner|Ambassador|Head|Chief|Member|Mayor|Leader|Manager|Founder|Co-founder|Owner|Editor|Professor|Lecturer|Coordinator|Organi[sz]er|Spokes(?:person|man|woman)|Executive|Principal|Captain|Coach|Under-?[Ss]ecretary|Adviser|Advisor|Registrar|Inspector|Superintendent|Commander|Auditor|Controller|Officer|Administrator|MP|MPP|MLA|MNA|MHA)\s+(?:of|for|at)\s[^,;:“”"]*)\s*,\s*$/iu;

/**
 * "one man who had left Riverside with his elderly mother said": a restrictive relative clause (no comma)
 * runs up to the verb; its subject is the phrase before "who", not the clause's last words.
 */
function subjectBeforeRestrictiveWho(textBeforeVerb: string): SubjectFound | null {
  // (Both " who " and " whose " hold " who": a text without it is not trimmed and searched.)
  if (!textBeforeVerb.includes(' who')) return null;
  const tail = textBeforeVerb.trimEnd();
  // ("One Airdrie woman whose truck was taken said": "whose" opens such a clause too.)
  const who = tail.lastIndexOf(' who ');
  const whose = tail.lastIndexOf(' whose ');
  const at = Math.max(who, whose);
  const width = at === whose ? 7 : 5;
  if (at < 0 || /[,;:“”"]/.test(tail.slice(at)) || tail.slice(at + width).split(/\s+/).length < 2) return null;
  const head = tail.slice(0, at);
  const found = subjectBefore(head, namesSpeaker);
  if (!found || found.start + found.phrase.length < head.trimEnd().length) return null;
  const ref = parseSpeakerPhrase(found.phrase);
  return ref && ref.kind !== 'organization' ? { ref, start: found.start } : null;
}

/** Words at most in a whole-sentence subject read as one phrase ("Her co-author, Prof X of the Y in Z,"). */
const MAX_WHOLE_SUBJECT_WORDS = 20;

/**
 * A long subject closed by a comma right before the verb, from the start of the sentence: too long for the
 * phrase finder's window, but one phrase that names a person or a body.
 */
function wholeSubject(textBeforeVerb: string): SubjectFound | null {
  if (!/,\s*$/.test(textBeforeVerb)) return null;
  const text = textBeforeVerb.replace(/[,\s]+$/, '');
  if (text.split(/\s+/).length > MAX_WHOLE_SUBJECT_WORDS || /[;:“”"]/.test(text)) return null;
  const ref = parseSpeakerPhrase(text);
  return ref && (ref.kind === 'person' || ref.kind === 'organization') ? { ref, start: textBeforeVerb.length - textBeforeVerb.trimStart().length } : null;
}

/** A document that opens the sentence, then where it went, in an aside closed by the verb's comma. */
const DOCUMENT_THEN_WHERE_IT_WENT = /^((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\p{L}-]+\s+){0,2}?([\p{Ll}-]+)),\s+(?:addressed|copied|sent|delivered|handed|submitted|dated)\s[^;:“”"]*,\s*(?:in\s+part\s+)?$/u;

/**
 * "The petition, addressed to the President and copied to the Minister for Roads, Hon. Kwame Asiedu-Darko, and
 * the MP for the area, read": whoever a document went to is no subject; the document is.
 */
function documentBeforeWhereItWent(textBeforeVerb: string): SubjectFound | null {
  if (!textBeforeVerb.includes(',')) return null;
  const found = DOCUMENT_THEN_WHERE_IT_WENT.exec(textBeforeVerb);
  return found && DOCUMENT_NOUNS.has(found[2]) ? { ref: { kind: 'unknown', description: found[1] }, start: 0 } : null;
}

/** Where someone unnamed is, after the description: " on an estate near Maskeliya, a mother of three,". */
const PLACE_AFTER_DESCRIPTION = /^\s+(?:on|at|in|near|from|outside|inside)\s[^;:“”"]*$/;
/** An indefinite description's opening: "A mother of three", "one resident", "another". */
export const OPENS_INDEFINITE = /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s/;
const NAME_AFTER_COMMA = /,\s*\p{Lu}/u;

/**
 * "One tea plucker on an estate near Maskeliya, a mother of three, said": someone unnamed who opens the
 * sentence, then where they are; the place is not the speaker.
 */
function unnamedBeforePlace(textBeforeVerb: string): SubjectFound | null {
  if (!OPENS_INDEFINITE.test(textBeforeVerb)) return null;
  const opening = unnamedPersonOpening(textBeforeVerb);
  const tail = textBeforeVerb.slice(opening?.description.length ?? 0);
  // (Not one named after all: "A mother at the school, Titilayo Ogunleye, said".)
  if (!opening || opening.start !== 0 || !PLACE_AFTER_DESCRIPTION.test(tail) || NAME_AFTER_COMMA.test(tail)) return null;
  return { ref: { kind: 'unknown', description: opening.description }, start: 0 };
}

/** "interviewed by the broadcaster RÚV", "speaking at the harbour in Rabo de Peixe": how someone came to speak. */
const HOW_THEY_SPOKE = /\s(?:interviewed|quoted|cited|contacted|reached|approached|speaking|talking|writing)\s+(?:by|to|at|in|on|from|with|outside|after)\b[^;:“”"]*$/;
const SPOKE_ASIDE = /,\s*(?:speaking|talking|writing)\s[^,;:“”"]*,\s*$/;
/** The words HOW_THEY_SPOKE and SPOKE_ASIDE are built on, one of which each needs. */
const HOW_THEY_SPOKE_WORD = /interviewed|quoted|cited|contacted|reached|approached|speaking|talking|writing/;

/**
 * "One Reykjavík resident interviewed by the national broadcaster RÚV said", "One fisherman who took part,
 * speaking at the harbour in Rabo de Peixe, said": someone unnamed, then how they came to speak; the broadcaster
 * and the place are not the speaker.
 */
function unnamedBeforeHowTheySpoke(textBeforeVerb: string, verb: string): SubjectFound | null {
  // (Both patterns need one of these participles: most texts hold none, and are not matched.)
  if (!HOW_THEY_SPOKE_WORD.test(textBeforeVerb)) return null;
  const aside = SPOKE_ASIDE.exec(textBeforeVerb);
  if (aside) {
    const inner = subjectOfVerbUncached(`${textBeforeVerb.slice(0, aside.index)} `, verb);
    return inner && inner.ref.kind === 'unknown' ? inner : null;
  }
  const how = HOW_THEY_SPOKE.exec(textBeforeVerb);
  if (!how || /,/.test(how[0])) return null;
  const head = textBeforeVerb.slice(0, how.index);
  const found = subjectBefore(head, namesSpeaker);
  if (!found || found.start + found.phrase.length < head.trimEnd().length) return null;
  const ref = parseSpeakerPhrase(found.phrase);
  return ref && ref.kind === 'unknown' && /^(?:an?|one|another)\s/i.test(found.phrase) ? { ref, start: found.start } : null;
}

/** "Another resident, who gave his name only as Ademir, said", "A fisherman who gave his name only as Kojo said": the name given, at the end before the verb. */
const GAVE_NAME_AS = new RegExp(String.raw`${lexiconModule.WHO_NAMED_AS}\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s*,?\s*$`, 'u');

/** "Marsh, asked whether the commission was investigating the coach, Daniel Korir, said": the question asked aside. */
const ASKED_ASIDE = /,\s+(?:when\s+)?asked\s+(?:about|whether|if|by|why|what|how|when|who)\b[^:;“”"…]*,\s*$/;

/**
 * "records him telling a dispatcher", "captured a crew leader telling", "quoted an official, who was not named,
 * as saying": a participle after the object of a verb of recording or quoting has that object as its subject,
 * not the recording's publisher.
 */
const RECORDED_SPEAKER = /\b(?:records?|recorded|captures?|captured|shows?|showed|heard|hears?|quotes?|quoted|caught|filmed|overheard|saw|sees?)\s+([^;:“”"]+?)\s*,?\s*(?:as\s+)?$/;
/**
 * The subject pronoun of an object pronoun: whom "quoted him as saying" quotes, whom "According to her" cites. (A
 * map, not an object literal: a word such as "constructor" must find nothing, not a property of every object.)
 */
export const OBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);

function recordedSpeaker(textBeforeVerb: string): SubjectFound | null {
  const recorded = RECORDED_SPEAKER.exec(textBeforeVerb);
  if (!recorded) return null;
  const phrase = recorded[1];
  const start = recorded.index + recorded[0].indexOf(phrase);
  const pronoun = OBJECT_PRONOUNS.get(phrase.toLowerCase());
  const ref = parseSpeakerPhrase(pronoun ?? phrase);
  if (ref) return { ref, start };
  // ("quoted an official at the ministry, who was not named, as saying": someone unnamed, described. Not "the
  // show by warning": a noun, not a verb of recording, before a preposition.)
  return /^(?:an?|one|another)\s/i.test(phrase) ? { ref: { kind: 'unknown', description: phrase }, start } : null;
}

/**
 * "by what engineers described as", "e-mails in which engineers described", "a strategy critics had for years
 * called": a plural noun of agent right after a relative (or opening the clause) is the verb's subject, people
 * unnamed, not a name further back. (Only there: "licensing drivers, but warned" has "drivers" as an object;
 * "its members had long asked" are a body's, found as the clause's subject.)
 */
const RELATIVE_PLURAL_SUBJECT = /(?:^|\b(?:what|which|whom|that)\s+)((?:(?!(?:its|his|her|their|our|the|a|an|some|many)\s)\p{Ll}+\s+)?\p{Ll}{3,}(?:ers|ors|ists|ians|men))\s+(?:(?:had|have|has|had\s+long|have\s+long|once|also|later|for\s+years)\s+)*$/u;

function subjectOfVerbUncached(textBeforeVerb: string, verb: string): SubjectFound | null {
  // "Outside the Gyalyong Tshogkhang, a group of hoteliers … said": a phrase of place that opens the sentence
  // before a comma names where, never who; the subject is after it.
  const opener = textBeforeVerb.charCodeAt(0) < 97 ? PLACE_OPENER.exec(textBeforeVerb) : null;
  // ("In a letter to Governor Kim, the union wrote": a document's phrase is the caller's to read, not a place.)
  // (Nor a document's phrase before a pronoun: "In a 2009 interview with The Guardian, she said …" is hers.)
  // (A post on a platform is addressed to no one: "In a post on Facebook, the hospital where she worked, …, wrote".)
  const place = opener && (!(opener[0].startsWith('In') && DOCUMENT_IN_OPENER.test(opener[0])) || PRONOUN_NEXT.test(textBeforeVerb.slice(opener[0].length)) || onAPlatform(opener[0])) ? opener : null;
  if (place && place[0].length < textBeforeVerb.length) {
    const after = subjectOfVerbUncached(textBeforeVerb.slice(place[0].length), verb);
    return after ? { ...after, start: after.start + place[0].length } : null;
  }
  // "In a letter addressed on 14 May to the Governor of Lualaba, Mme Henriette Mwanza Kalala, and copied to the
  // Minister of Mines, the cooperative had already warned": whoever a document opening the sentence is addressed
  // to is no subject; the subject is the last comma's clause.
  const addressed = textBeforeVerb.startsWith('In ') && !place ? subjectAfterAddressedDocument(textBeforeVerb, verb) : null;
  if (addressed) return addressed;
  // "One woman watching from the steps of the National Library, who declined to give her name, said", "The
  // school's principal, who asked not to be named, said": someone the article says it does not name is no one
  // it names, whatever names the description holds.
  const anonymous = anonymousOpening(textBeforeVerb);
  if (anonymous) return { ref: { kind: 'unknown', description: anonymous.description }, start: anonymous.start };
  // "A copy seen by Azatlyk states": a document someone only saw speaks for its issuer, never for them.
  const witnessed = textBeforeVerb.includes(' by ') ? WITNESSED_DOCUMENT.exec(textBeforeVerb) : null;
  if (witnessed) return { ref: { kind: 'unknown', description: witnessed[1] }, start: witnessed.index + witnessed[0].indexOf(witnessed[1]) };
  const recorded = PARTICIPLE.test(verb) ? recordedSpeaker(textBeforeVerb) : null;
  if (recorded) return recorded;
  // (Whoever the question names is not who answers it: the subject stands before the aside.)
  const asked = textBeforeVerb.includes('asked') ? ASKED_ASIDE.exec(textBeforeVerb) : null;
  if (asked) {
    const before = subjectOfVerbUncached(`${textBeforeVerb.slice(0, asked.index)} `, verb);
    if (before && (before.ref.kind === 'person' || before.ref.kind === 'organization' || before.ref.kind === 'pronoun')) return before;
  }
  const given = textBeforeVerb.includes('name') || textBeforeVerb.includes('identified') ? GAVE_NAME_AS.exec(textBeforeVerb) : null;
  if (given) return { ref: personNamedAs(given, textBeforeVerb), start: given.index + given[0].indexOf(given[3], given[0].indexOf(' as ')) };
  const relativePronoun = textBeforeVerb.includes('wh') ? PRONOUN_AFTER_OBJECT_RELATIVE.exec(textBeforeVerb) : null;
  const pronounRef = relativePronoun ? parseSpeakerPhrase(relativePronoun[1]) : null;
  if (relativePronoun && pronounRef) return { ref: pronounRef, start: relativePronoun.index + relativePronoun[0].lastIndexOf(relativePronoun[1]) };
  const restrictive = subjectBeforeRestrictiveWho(textBeforeVerb);
  if (restrictive) return restrictive;
  // "… the Bloc Québécois, whose housing critic has said": the body's role-holder, unnamed, speaks; not the
  // sentence's subject, nor the body.
  const owned = textBeforeVerb.includes(', whose ') ? WHOSE_ROLE_BEFORE_VERB.exec(textBeforeVerb) : null;
  const ownedRole = owned ? owned[2].replace(AUXILIARIES_AT_END, '') : '';
  if (owned && ROLE_HEADS.has(ownedRole.split(/\s+/).pop() ?? '')) return { ref: { kind: 'unknown', description: `${owned[1]}'s ${ownedRole}` }, start: owned.index + owned[0].indexOf(ownedRole) };
  const people = RELATIVE_PLURAL_SUBJECT.exec(textBeforeVerb);
  if (people) return { ref: { kind: 'unknown', description: people[1] }, start: people.index + people[0].indexOf(people[1]) };
  const document = documentBeforeWhereItWent(textBeforeVerb);
  if (document) return document;
  const unnamed = unnamedBeforeHowTheySpoke(textBeforeVerb, verb) ?? unnamedBeforePlace(textBeforeVerb);
  if (unnamed) return unnamed;
  const found = subjectOfVerbWithAsides(textBeforeVerb, verb);
  // A name inside the asides is no subject when the sentence opens with one before them.
  const opening = found && found.ref.kind !== 'pronoun' ? openingSubjectBeforeAsides(textBeforeVerb, found.start) : null;
  return opening ?? found ?? wholeSubject(textBeforeVerb);
}

/** The last capitalised words before ", whose" and the lower-case role after it, right before the verb (group 1 the owner, 2 the role). */
const WHOSE_ROLE_BEFORE_VERB = /((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*),\s+whose\s+((?:\p{Ll}[\p{L}-]*\s+){0,4}\p{Ll}[\p{L}-]*)\s*$/u;
/** Auxiliaries and adverbs between a subject and its verb ("has", "had also"). */
const AUXILIARIES_AT_END = /(?:\s+(?:has|had|have|also|then|later))+$/;

/** A document opening the sentence and the one it was addressed to: "In a letter sent on Tuesday to Governor Ortega". */
const ADDRESSED_DOCUMENT_OPENER = /^In\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:letter|petition|message|memo|complaint|submission|note)\s+(?:(?:sent|addressed|written|delivered|handed|posted)\s+(?:[^,;:“”"…]{0,40}?\s)?)?to\s/u;

function subjectAfterAddressedDocument(textBeforeVerb: string, verb: string): SubjectFound | null {
  if (!ADDRESSED_DOCUMENT_OPENER.test(textBeforeVerb) || /,\s*$/.test(textBeforeVerb)) return null;
  const lastComma = textBeforeVerb.lastIndexOf(', ');
  if (lastComma < 0) return null;
  const from = lastComma + 2;
  const found = subjectOfVerbUncached(textBeforeVerb.slice(from), verb);
  return found && found.start === 0 && found.ref.kind !== 'pronoun' ? { ...found, start: from } : null;
}

/**
 * A description that opens the clause, then a "who" clause saying the person is not named (group 1 the
 * description): "A friend who was with Jaylen, and who asked that his name not be used,", "A rotation midwife at
 * the Greater Accra Regional Hospital, Ridge, who declined to be named," (a one-word place after a comma).
 */
const ANONYMOUS_SUBJECT = /^\s*((?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal)\s+[^,;:“”"]*?(?:,\s*\p{Lu}[\p{L}'’-]*(?=\s*,))?)(?:\s*,\s*|\s+)(?:and\s+)?who\s[^;:“”"]*?\b(?:not\s+to\s+be\s+(?:named|identified|quoted)|(?:her|his|their)\s+names?\s+(?:not\s+be\s+used|be\s+withheld|was\s+withheld)|anonymity|declined\s+to\s+(?:be\s+(?:named|identified)|give\s+(?:her|his|their)\s+(?:full\s+|last\s+)?names?)|not\s+(?:authori[sz]ed|permitted|allowed)\s+to)\b[^;:“”"]*$/u;

/**
 * The description that opens a text when the text says the person is not named (`ANONYMOUS_SUBJECT`), and where it
 * starts; null otherwise. (A body's spokesperson who is not named still speaks for the body.)
 */
export function anonymousOpening(text: string): { description: string; start: number } | null {
  const found = text.includes('who') ? ANONYMOUS_SUBJECT.exec(text) : null;
  if (!found || /spokes|representative/i.test(found[1])) return null;
  return { description: found[1], start: found.index + found[0].indexOf(found[1]) };
}

/** A document and whoever only saw or obtained it, before the verb: "A copy seen by Azatlyk", "the memo, obtained by Reuters,". */
const WITNESSED_DOCUMENT = /(?:^|\s)((?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:copy|letter|notice|memo|document|draft|email|message|circular|decree|contract|minutes|transcript|report|statement))\s*,?\s+(?:seen|obtained|reviewed|viewed|accessed)\s+by\s+[^,;:“”"]{1,60}?,?\s*$/u;

/** "on Facebook", "on its official X account": "on" and a capitalised word (group 1), which `PLATFORMS` may hold. */
const ON_A_NAME = /\bon\s+(?:(?:its|his|her|their|the)\s+)?(?:official\s+)?(\p{Lu}[\p{L}]*)\b/u;
/** Whether a phrase names a platform a post was put on ("in a post on Facebook"). */
const onAPlatform = (phrase: string): boolean => {
  const on = ON_A_NAME.exec(phrase);
  return on !== null && PLATFORMS.has(on[1].toLowerCase());
};
/** A personal pronoun as the next word: "she said …". */
const PRONOUN_NEXT = /^(?:he|she|they|it|we|I)\s/;
/** A document or an occasion of speech in an opening phrase: "In a letter to …", "In an interview with …". */
const DOCUMENT_IN_OPENER = /\b(?:letter|statement|post|posts|interview|speech|message|tweet|video|email|e-mail|report|ruling|judgment|judgement|decision|order|filing|submission|note|reply|response|address|column|op-ed|article|release|briefing|conference|remarks|comments|testimony|affidavit|petition|complaint|appeal|application|book|memoir|essay|podcast|broadcast|programme|program|show)\b/i;
/** A phrase of place that opens a sentence, to its comma: "Outside the court, ", "At the hearing in Kabul, ". */
const PLACE_OPENER = /^(?:In|Outside|Inside|At|Near|Behind|Beyond|Across|Along|Around|Beside|Opposite)\s[^,;:“”"…]{1,60},\s+(?=\S)/;

/** What opens an aside between a subject and its verb: a relative, an article, a possessive, an age. */
const ASIDE_OPENER = /^(?:(?:who|which|whose|where|when|a|an|the|his|her|its|their|aged)(?![\p{L}\p{N}_])|\d)/iu;

/**
 * "Jim Kerrigan, Scottish organiser for the Emergency Services Union, which represents Ms Keiller, said",
 * "Mr. Srinivasa Rao, who led a delegation of his party, the Praja Vedika, to Kothapalem, called": the
 * subject is the named phrase that opens the sentence, before a comma; the bodies and people the asides name
 * after it are not. Only when what was found lies inside those asides, the asides open as asides do, and the
 * opening phrase names one person or body by name.
 */
function openingSubjectBeforeAsides(textBeforeVerb: string, foundAt: number): SubjectFound | null {
  if (!/,\s*$/.test(textBeforeVerb)) return null;
  const lead = textBeforeVerb.length - textBeforeVerb.trimStart().length;
  const comma = textBeforeVerb.indexOf(',', lead);
  if (comma < 0 || foundAt <= comma || /[;:“”"]/.test(textBeforeVerb)) return null;
  // "The regional police chief, Tomas Wikström, who appeared alongside …": a description, then the name in
  // apposition, then the asides.
  const second = textBeforeVerb.indexOf(',', comma + 1);
  if (second > comma && foundAt > second && RELATIVE_OPENER.test(textBeforeVerb.slice(second + 1))) {
    const described = parseSpeakerPhrase(textBeforeVerb.slice(lead, comma));
    const named = described && (described.kind === 'described' || described.kind === 'unknown') ? parseSpeakerPhrase(textBeforeVerb.slice(lead, second)) : null;
    if (named?.kind === 'person') return { ref: named, start: lead };
  }
  const firstAside = textBeforeVerb.slice(comma + 1).trimStart();
  if (!ASIDE_OPENER.test(firstAside) && !/^[\p{Ll}]/u.test(firstAside) && !/^(?:[\p{Lu}][\p{L}-]*\s+){0,3}[\p{Ll}]/u.test(firstAside)) return null;
  const phrase = textBeforeVerb.slice(lead, comma);
  const ref = parseSpeakerPhrase(phrase);
  // ("The council, now led by Mayor Deborah Nguyen, said": a body described by its kind, then who leads it, is
  // the subject; its leader is named only in the aside.)
  const ledBody = ref?.kind === 'organization' && ref.nominal && LED_BY_ASIDE.test(firstAside);
  if (!ref || !((ref.kind === 'person' && (ref.role !== null || ref.name.includes(' '))) || (ref.kind === 'organization' && (!ref.nominal || ledBody)))) return null;
  return { ref, start: lead };
}

/** An aside that names who leads a body: "now led by Mayor Deborah Nguyen", "chaired by …". */
const LED_BY_ASIDE = /^(?:now\s+|currently\s+|still\s+)?(?:led|headed|chaired|run|managed|owned)\s+by\s/;

/** A relative clause opening an aside: " who appeared alongside …". */
const RELATIVE_OPENER = /^\s*(?:who|which|whose)\s/;

/** A comma between digits ("3,200"), once and everywhere (same length either way: offsets hold). */
const DIGIT_COMMA_DIGIT = /\d,\d/;
const DIGIT_COMMA_DIGIT_ALL = /(\d),(?=\d)/g;
/** "along Offa Road, Ilorin,": a street and its town are one place inside an aside; the comma between them ends nothing. */
const STREET_COMMA_TOWN = /(\s\p{Lu}[\p{L}-]*\s(?:Road|Street|Avenue|Way|Crescent|Close|Lane|Estate|Market|Junction|Roundabout|Highway|Expressway)),(?=\s+\p{Lu}[\p{L}-]+,\s*$)/u;

/** Whether a text ends in a comma and blanks (`/,\s*$/`), read from the end. */
function endsInComma(text: string): boolean {
  let end = text.length;
  while (end > 0 && isJsBlank(text.charCodeAt(end - 1))) end--;
  return end > 0 && text.charCodeAt(end - 1) === 44;
}

/** How many asides may stand between a subject and its verb. */
const MAX_ASIDES = 3;
/** A relative clause at the end of a text (after a comma): what ends it is that clause's object, no subject. */
const RELATIVE_ASIDE_AT_END = /,\s*(?:who|which|whose|where|when)\s[^,;:“”"]*$/i;

function subjectOfVerbWithAsides(textBeforeVerb: string, verb: string): SubjectFound | null {
  // Asides may stack ("Alison Crane, who runs Hendon Valley Primary, where Lorraine has served lunches for 14
  // years, said"): cut the last; while what is left still ends in a relative clause, cut that one too.
  let rest = textBeforeVerb;
  for (let k = 0; k < MAX_ASIDES; k++) {
    // ("which serves about 3,200 students": a number's comma is no end of the aside.)
    // (TRAILING_ASIDE ends in a comma and blanks: a text that does not is not matched. The digits' commas it
    // replaces are never the last.)
    if (!endsInComma(rest)) break;
    // (Each comma is replaced by a blank, so the aside's index is the same in `rest`.)
    const withoutDigitCommas = DIGIT_COMMA_DIGIT.test(rest) ? rest.replace(DIGIT_COMMA_DIGIT_ALL, '$1 ') : rest;
    const aside = TRAILING_ASIDE.exec(withoutDigitCommas.includes(', ') ? withoutDigitCommas.replace(STREET_COMMA_TOWN, '$1 ') : withoutDigitCommas);
    if (!aside) break;
    const cut = rest.slice(0, aside.index);
    // ("In a post on Facebook, the Bokkos Youth Development Association hailed the troops, writing": what is left
    // is only an opening phrase, so the "aside" is the sentence's own clause.)
    if (OPENING_PHRASE_ONLY.test(cut)) break;
    if (RELATIVE_ASIDE_AT_END.test(cut)) {
      rest = `${cut}, `;
      continue;
    }
    let found = subjectOfVerbPlain(cut, verb);
    // ("Dr Marcus Feld of the Max Planck Institute for Radio Astronomy in Bonn, Germany, who was not involved,
    // called": a country after a place the subject is "in" is part of that place, not the subject.)
    // (Only before a "who" aside, and for a person named before the place: "Speaking outside the court in
    // Blantyre, Mwale, 44, told" has its subject after the place.)
    const placeBefore = found && found.start > 0 && WHO_ASIDE.test(aside[0]) ? LOCATIVE_PLACE_BEFORE.exec(cut.slice(0, found.start)) : null;
    const beforePlace = placeBefore && found?.ref.kind === 'person' && !found.ref.name.includes(' ') ? subjectOfVerbPlain(cut.slice(0, placeBefore.index), verb) : null;
    if (beforePlace?.ref.kind === 'person') found = beforePlace;
    // "President of the Montego Bay Ministers' Fraternal, the Reverend Dr Lyndon Ebanks, who visited the
    // families, described": a role read before a "who" clause, with an appositive between, is read again with
    // the appositive as the aside.
    if (found?.ref.kind === 'described' && WHO_ASIDE.test(aside[0]) && cut.slice(found.start).includes(', ')) {
      rest = `${cut}, `;
      continue;
    }
    // "Zuuma, the largest ride-hailing app in the country, said", "Parents for Safer Screens, an advocacy group
    // that lobbied for the law, said": a name the aside calls a body is that body.
    // (Only the name right before the aside: "Arnaud Lescure, head of the National Federation of Farm
    // Operators, the country's biggest farmers' union," calls the federation a union, not him.)
    const body = found && !cut.slice(found.start).includes(',') ? namedByBodyAside(found.ref, aside[0]) : null;
    if (found && body) return { ref: body, start: found.start };
    // "Arusha Regional Police Commander, Senior Assistant Commissioner of Police (SACP) Justine Masawe, told": a
    // role with no name, then its holder's rank and name in apposition: the holder is the subject.
    const holder = found?.ref.kind === 'described' && !cut.slice(found.start).includes(',') ? apposedHolder(aside[0]) : null;
    if (holder) return { ref: holder.ref, start: aside.index + holder.offset };
    if (found && found.ref.kind !== 'unknown') return found;
    // "One passenger, a schoolteacher travelling with her two children, said", "A heavy equipment operator,
    // who asked not to be named, said": an unnamed subject right before the aside is the speaker; the aside's
    // own words are not. ("Another, a mother of three, said": the aside is all the description there is.)
    // (Only a subject that opens the sentence, before a "who" clause or an "a/an" appositive: ", the ministry
    // denounced the summit," is a clause, not an aside.)
    const personAside = /^,\s*(?:who|whose|an?)\s/i.test(aside[0]);
    if (found && personAside && cut.slice(0, found.start).trim() === '' && cut.slice(found.start).trim().split(/\s+/).length >= 2 && cut.trimEnd().length === cut.length) return found;
    if (/^\s*(?:another|one|a\s+(?:second|third|fourth)|the\s+other)\s*$/i.test(cut)) {
      return { ref: { kind: 'unknown', description: rest.slice(aside.index).replace(/^,\s*|\s*,\s*$/g, '') }, start: aside.index + 1 };
    }
    break;
  }
  return subjectOfVerbPlain(textBeforeVerb, verb);
}

/** A place after a locative word and the comma before a wider place, at the end: " in Bonn, " (before "Germany"). */
const LOCATIVE_PLACE_BEFORE = /\s(?:in|near|at|outside)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?,\s+$/u;

/** An aside that is a relative clause about a person: ", who visited the families yesterday,". */
const WHO_ASIDE = /^,\s*(?:who|whose)\s/;

/** A prepositional phrase alone, as a sentence opens with one: "In a post on Facebook", "On Monday". */
const OPENING_PHRASE_ONLY = /^\s*(?:In|On|At|After|Before|During|Following|Despite|Under|Through|Via|With|From)\s[^,;:“”"]*$/;

/** An appositive that opens with an article: ", the largest ride-hailing app in the country,". */
const ARTICLE_APPOSITIVE = /^,\s*(?:the|an?)\s+([^,]*?)\s*,\s*$/i;

/** The body a name is, when the aside after it calls it one; null for a person with a role or a gender. */
const WHICH_ASIDE = /^,\s*which\s/;
/** A description whose every word but "the" and "of"/"for" is capitalised: "The National Coordinator of Pensioners". */
const CAPITALISED_TITLE = /^(?:[Tt]he\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}'’-]*))+$/u;

function namedByBodyAside(ref: SpeakerRef, aside: string): SpeakerRef | null {
  // "The National Coordinator of Pensioners, which organised the demonstration, said": a capitalised title
  // that "which" follows is a body's name, not someone's role.
  if (ref.kind === 'described' && WHICH_ASIDE.test(aside) && CAPITALISED_TITLE.test(ref.description)) return { kind: 'organization', name: ref.description.replace(/^the\s+/i, ''), nominal: false };
  const appositive = ARTICLE_APPOSITIVE.exec(aside);
  if (!appositive) return null;
  // "The club's largest supporters' group, the Norte Fiel, said": a body described, then its own name (one that
  // reads as a person's, too); the name speaks.
  if (ref.kind === 'organization' && ref.nominal && /^\p{Lu}/u.test(appositive[1])) {
    const named = parseSpeakerPhrase(`the ${appositive[1]}`);
    if (named?.kind === 'organization' && !named.nominal) return named;
    if (named?.kind === 'person' && !named.role && named.gender === 'unknown' && !hasKnownFirstName(named.name)) return { kind: 'organization', name: named.name, nominal: false };
  }
  if (!describesBody(appositive[1])) return null;
  // ("Ben-Haim, 58, a crane operator who has worked at the port": a person's trade, not a body.)
  if (/\bwho\b/i.test(appositive[1]) || appositive[1].toLowerCase().split(/\s+/).some((w) => PERSON_NOUNS.has(w))) return null;
  // ("His party, the Civic Progress Union, said": a description, then the body's own name; the name speaks.)
  if (/^\p{Lu}/u.test(appositive[1])) {
    const named = ref.kind === 'unknown' ? parseSpeakerPhrase(`the ${appositive[1]}`) : null;
    if (named?.kind === 'organization' && !named.nominal) return named;
  }
  if (ref.kind === 'person' && ref.role === null && ref.gender === 'unknown') return { kind: 'organization', name: ref.name, nominal: false };
  if (ref.kind === 'unknown' && /^[\p{Lu}]/u.test(ref.description) && !/^(?:the|an?|one|his|her|its|their|our|my)\s/i.test(ref.description)) return { kind: 'organization', name: ref.description, nominal: false };
  return null;
}

/**
 * "Health and Welfare Minister Cho Kyoo-hong toured the site and posted": the phrase finder stops at the "and"
 * inside the title and offers the bare first word ("Health"); when the clause opens with that word, "and", and
 * a role with its holder's name, the holder is the subject.
 */
function withTitleJoinedByAnd(textBeforeVerb: string, direct: { phrase: string; start: number } | null): { phrase: string; start: number } | null {
  // ("The department of agriculture and farmers' welfare said": a body's lower-case portfolios joined by "and"
  // up to the verb are the body's whole name.)
  const rest = direct ? textBeforeVerb.slice(direct.start + direct.phrase.length) : '';
  if (direct && LOWER_CASE_AND_TO_VERB.test(rest)) {
    const whole = `${direct.phrase}${rest}`.trimEnd();
    const wholeRef = parseSpeakerPhrase(whole);
    if (wholeRef?.kind === 'organization' && !wholeRef.nominal) return { phrase: whole, start: direct.start };
  }
  if (!direct || !TITLE_JOINED_BY_AND.test(textBeforeVerb.slice(direct.start + direct.phrase.length))) return direct;
  const whole = clauseSubject(textBeforeVerb.slice(direct.start), namesSomeone);
  const ref = whole && whole.start === 0 ? parseSpeakerPhrase(whole.phrase) : null;
  const bare = parseSpeakerPhrase(direct.phrase);
  // ("Minister for Lands and Natural Resources Efua Mensah-Bonsu told": the first part a role with no one named.)
  const bareNamesNoOne = bare?.kind === 'person' ? !bare.role && !hasKnownFirstName(bare.name) : bare?.kind === 'described';
  if (!whole || ref?.kind !== 'person' || !ref.role || !bareNamesNoOne) return direct;
  return { phrase: whole.phrase, start: direct.start };
}

/** " and farmers' welfare ": "and" and lower-case words, up to the verb. */
const LOWER_CASE_AND_TO_VERB = /^\s+and\s+[\p{Ll}'’-]+(?:\s+[\p{Ll}'’-]+){0,2}\s*$/u;
/** " and Welfare Minister …": "and" and a capitalised word right after the phrase found. */
const TITLE_JOINED_BY_AND = /^\s+and\s+\p{Lu}/u;

/** ", and suggested": a verb coordinated after a comma, with no subject of its own between. */
// ("said his members supported monitoring in principle but called": "but" needs no comma.)
const COORDINATED_PREDICATE = /(?:,\s+(?:and|but|yet)|\sbut)\s+(?:then\s+|also\s+|later\s+)?$/;
/** Two capitalised words or more: "Natalie Bergeron". */
const FULL_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*)+$/u;
/** "… voted against the plan and ": "and" after a lower-case word (the end of a predicate). */
const AND_AFTER_PREDICATE = /\s\p{Ll}[\p{L}'’-]*\s+and\s+$/u;
const COORDINATED_BY_AND = /,\s+and\s+(?:then\s+|also\s+|later\s+)?$/;

/** "in what the UN has called", "what its lawyers described as": the subject of a "what" clause before the verb. */
const WHAT_CLAUSE = /\bwhat\s+([^,;:“”"…]{1,60}?)\s+(?:(?:has|have|had|once|later|repeatedly|previously|since|also)\s+)*$/;

/** ", but ", ", while ", ", whereas ", ", yet " before a new clause. */
const COORDINATING_BREAK = /,\s+(?:but|while|whereas|yet)\s+/g;

/** Where the last clause after ", but"/", while" starts in a text; 0 when there is none. */
function lastCoordinatedClause(text: string): number {
  if (!text.includes(', ')) return 0;
  let at = 0;
  for (const m of text.matchAll(COORDINATING_BREAK)) at = m.index + m[0].length;
  return at;
}

/**
 * "Environment and Climate Change Canada (ECCC) said", "The anti-corruption organisation Centro de Monitoria da
 * Integridade Pública (CMIP) said", "PKP Polskie Linie Kolejowe (PKP PLK) said": a body's name right before the verb, with a bracketed acronym that its
 * words spell, is the subject whole; its "and" or "de" joins no two subjects. (The words before the name are a
 * description at most: after a preposition the name is an object, "speaking to the Canadian Broadcasting
 * Corporation (CBC), Smith said".) Read on the text before its brackets are blanked.
 */
const SPELLED_SUBJECT = /(?:^|[,;:]\s*)((?:(?:[Tt]he|[Aa]n?|[Ii]ts)\s+)?((?:\p{Ll}[\p{Ll}-]*\s+){0,4}?)(\p{Lu}[^,;:()“”"]*?)\s*\(\p{Lu}[\p{Lu}&]{1,8}(?:\s\p{Lu}[\p{Lu}&]{1,8})?\))\s*,?\s*$/u;
const NOT_IN_DESCRIPTION: ReadonlySet<string> = new Set(['to', 'with', 'by', 'for', 'from', 'at', 'in', 'of', 'on', 'about', 'against', 'and', 'or', 'than', 'as', 'that', 'who', 'which']);

export function spelledBodySubject(textBeforeVerb: string): SubjectFound | null {
  const found = SPELLED_SUBJECT.exec(textBeforeVerb);
  if (!found || found[2].split(/\s+/).some((w) => NOT_IN_DESCRIPTION.has(w))) return null;
  const ref = parseSpeakerPhrase(found[1]);
  // (The acronym spells the whole capitalised part: in "an MP from the Bloc of Communists and Socialists (BCS)"
  // it spells only the object of "from".)
  return ref?.kind === 'organization' && ref.name.includes(' ') && ref.name === collapseWhitespace(found[3]) ? { ref, start: found.index + found[0].indexOf(found[1]) } : null;
}

/** The sentence's subject before a "what" clause, when the clause's "he" or "she" may be that subject (a person, of its gender). */
function subjectOpeningWhatClause(head: string, pronoun: Extract<SpeakerRef, { kind: 'pronoun' }>): SubjectFound | null {
  if (pronoun.gender !== 'male' && pronoun.gender !== 'female') return null;
  const found = clauseSubject(head, namesSomeone);
  const ref = found ? parseSpeakerPhrase(found.phrase) : null;
  if (!found || !ref || ref.kind !== 'person') return null;
  if (ref.gender !== 'unknown' && ref.gender !== pronoun.gender) return null;
  return { ref, start: found.start };
}

/** ", R-Chesterfield," after a legislator's name. */
const PARTY_AND_HOME_ASIDE = new RegExp(String.raw`,\s*${PARTY_AND_HOME.source}\s*,`, 'gu');

/**
 * The text with a legislator's party and home blanked out ("Walter Fenwick, R-Chesterfield, called …" reads as
 * "Walter Fenwick called …"), offsets kept.
 */
function withoutPartyAndHome(text: string): string {
  return text.includes('-') ? text.replace(PARTY_AND_HOME_ASIDE, (m) => ' '.repeat(m.length)) : text;
}

/** "Kralj, whom she accused": a pronoun after an object relative is its clause's subject. */
const PRONOUN_AFTER_OBJECT_RELATIVE = /(?:^|[\s,])(?:whom|which)\s+(he|she|they|we|it)\s+(?:(?:also|later|then|once|had|has|have)\s+)*$/i;

/** The longest subject read whole as a body's list of portfolios ("A spokesperson for the Department of …, … and the Marine"). */
const MAX_LISTED_BODY_SUBJECT = 160;

function subjectOfVerbPlain(textBeforeVerb: string, verb: string): SubjectFound | null {
  // ("in what the UN has called “…”": the "what" clause has its own subject.)
  const what = textBeforeVerb.includes('what') ? WHAT_CLAUSE.exec(textBeforeVerb) : null;
  const whatRef = what ? parseSpeakerPhrase(what[1]) : null;
  if (what && whatRef && whatRef.kind !== 'pronoun') return { ref: whatRef, start: what.index + what[0].indexOf(what[1], 4) };
  // "Taulant Bushi, who chairs the group, accused the opposition of staging what he described as": the pronoun
  // of the "what" clause is the sentence's subject, when one that may be it opens the sentence.
  const opener = what && whatRef?.kind === 'pronoun' ? subjectOpeningWhatClause(textBeforeVerb.slice(0, what.index), whatRef) : null;
  if (opener) return opener;
  const relative = relativeSubject(textBeforeVerb);
  if (relative) return relative;
  // "A spokesperson for the Department of Agriculture, Food and the Marine said": a body's list of portfolios is
  // the whole subject, not a name after its last comma.
  // (Only a subject short enough to be one name: most clauses with a comma and an "and" are not parsed whole.)
  const listed = textBeforeVerb.length <= MAX_LISTED_BODY_SUBJECT && textBeforeVerb.includes(',') && textBeforeVerb.includes(' and ') ? parseSpeakerPhrase(textBeforeVerb) : null;
  if (listed?.kind === 'organization' && !listed.nominal && listed.name.includes(',')) return { ref: listed, start: textBeforeVerb.length - textBeforeVerb.trimStart().length };
  // "…, the SNEN and its three partner unions wrote": a named body and its own, the body first.
  const withOwn = textBeforeVerb.includes(' and ') ? BODY_AND_ITS_OWN.exec(textBeforeVerb) : null;
  const withOwnRef = withOwn ? parseSpeakerPhrase(withOwn[1]) : null;
  if (withOwn && withOwnRef?.kind === 'organization') return { ref: withOwnRef, start: withOwn.index + withOwn[0].indexOf(withOwn[1]) };
  // "Pellow's barrister, Helen Marchetti KC, argued that the auditors, Brantwood & Lowe, had signed off every
  // set of accounts, and suggested …": the second verb of the sentence's subject, not of the clause before it.
  // (", but admitted …" too: "Hassan al-Khalaf, a member of the authority, said …, but admitted …".)
  // ("Coun. Natalie Bergeron, who represents Capreol, voted against the plan and called": "and" after a
  // lower-case word, with no comma, coordinates too, for a person named at the opening.)
  const coordinatedPredicate = COORDINATED_PREDICATE.test(textBeforeVerb);
  const andAfterPredicate = !coordinatedPredicate && textBeforeVerb.endsWith(' and ') && AND_AFTER_PREDICATE.test(textBeforeVerb);
  if (coordinatedPredicate || andAfterPredicate) {
    const main = clauseSubject(textBeforeVerb, namesSomeone);
    const mainRef = main ? parseSpeakerPhrase(main.phrase) : null;
    // (After "but" or "yet" only a person named at the opening: "The regional water utility, Águas do Sul
    // Alentejano, said …, but warned" is read by the rules below.)
    const named = mainRef?.kind === 'person' && main?.start === 0;
    // (After "and" alone, only a full name: "A: I would be lying … A deputy came to this office and told me" is no one's.)
    // (Nor for a subject of two joined by "and": "Mary Jones and Finance Minister John Smith went home and".)
    const fullName = mainRef?.kind === 'person' && FULL_NAME.test(mainRef.name) && !main?.phrase.includes(' and ');
    if (main && mainRef && mainRef.kind !== 'unknown' && ((named && (!andAfterPredicate || fullName)) || (COORDINATED_BY_AND.test(textBeforeVerb) && !andAfterPredicate))) return { ref: mainRef, start: main.start };
  }
  const direct = withTitleJoinedByAnd(textBeforeVerb, subjectBefore(textBeforeVerb, namesSpeaker));
  const participial = direct && !parseSpeakerPhrase(direct.phrase) ? subjectBeforeParticiple(textBeforeVerb) : null;
  if (participial) return participial;
  // (A participle after a comma hangs on the clause's subject: "Mbeki said he would write to the Department of
  // Health and Social Care, warning …" is Mbeki warning, whatever "and" the words before it hold.)
  const participleAfterComma = PARTICIPLE.test(verb) && /,\s*$/.test(textBeforeVerb);
  const coordinated = direct && !participleAfterComma && coordinatedSubject(textBeforeVerb, direct);
  if (coordinated) return coordinated;
  const directRef = direct ? parseSpeakerPhrase(direct.phrase) : null;
  if (direct && directRef && !(PARTICIPLE.test(verb) && /,\s*$/.test(textBeforeVerb))) return { ref: directRef, start: direct.start };
  if (!PARTICIPLE.test(verb) && direct && directRef) return null;
  // "The ministry denounced the summit, calling …": the participle borrows the clause's subject.
  // ("…, but on Sunday the Lisbon Court of Appeal upheld them, ruling …": the clause after a coordinating
  // conjunction is the one the participle hangs on.)
  const clauseStart = Math.max(afterLastMark(textBeforeVerb, ';:…“”"'), PARTICIPLE.test(verb) ? lastCoordinatedClause(textBeforeVerb) : 0);
  // "The State Department gave its “…” and said …": a coordinated verb shares the sentence's subject.
  const local = textBeforeVerb.slice(clauseStart);
  const fragmentOpen = PARTICIPLE.test(verb) && PREPOSITIONAL_ONLY.test(local) ? openingOfFragmentBefore(textBeforeVerb, clauseStart) : -1;
  const from = fragmentOpen >= 0 ? afterLastMark(textBeforeVerb.slice(0, fragmentOpen), ';:…“”"') : /^\s*(?:and|but|then|and\s+then|[,\s])*$/.test(local) ? 0 : clauseStart;
  const clause = withoutPartyAndHome(fragmentOpen >= 0 ? textBeforeVerb.slice(from, fragmentOpen) : textBeforeVerb.slice(from));
  const subject = clauseSubject(clause, namesSomeone) ?? clauseSubject(clause, namesSpeaker);
  const ref = subject ? parseSpeakerPhrase(subject.phrase) : null;
  if (!subject || !ref) return null;
  // "The Deputy Chairperson of the EC in charge of Operations, Dr Mercy Yeboah-Nti, welcomed the ruling,
  // saying": a role whose holder is named in apposition right after it; the name is the subject.
  if (ref.kind === 'described' || ref.kind === 'unknown') {
    const after = clause.slice(subject.start + subject.phrase.length);
    const apposed = APPOSED_NAME.exec(after);
    const named = apposed ? parseSpeakerPhrase(apposed[2]) : null;
    if (apposed && named?.kind === 'person') return { ref: named, start: from + subject.start + subject.phrase.length + apposed[1].length };
    // "One of the two union confederations, the General Workers' Confederation (CGTR), walked out …, calling":
    // one of several bodies, then the body's own name in apposition.
    const body = ONE_OF_BODIES.test(subject.phrase + after.slice(0, 60)) ? APPOSED_BODY.exec(after) : null;
    const bodyRef = body ? parseSpeakerPhrase(body[2]) : null;
    if (body && bodyRef?.kind === 'organization' && !bodyRef.nominal) return { ref: bodyRef, start: from + subject.start + subject.phrase.length + body[1].length };
  }
  return { ref, start: from + subject.start };
}

/**
 * Only a prepositional phrase between a quoted fragment and the participle: "Ibarra called her “a witness” in a
 * post on X, writing": the participle hangs on the clause the fragment sits in, not on "a post".
 */
const PREPOSITIONAL_ONLY = /^\s*(?:in|on|at|during|via|through|over)\s[^,;:]*,\s*$/;

/** Where the quoted fragment that closes right before `clauseStart` opens (-1 if that is no closing mark). */
function openingOfFragmentBefore(text: string, clauseStart: number): number {
  let close = clauseStart - 1;
  while (close >= 0 && /\s/.test(text[close])) close--;
  const mark = text[close];
  if (mark !== '”' && mark !== '"') return -1;
  return text.lastIndexOf(mark === '”' ? '“' : '"', close - 1);
}

/** A clause's last phrase: a capitalised name, "and its"/"and their" and lower-case words (group 1 the whole phrase). */
const BODY_AND_ITS_OWN = /(?:^|[,;:]\s*)((?:[Tt]he\s+)?\p{Lu}[^,;:“”"]*?\s+and\s+(?:its|their)\s+(?:[\p{Ll}\d-]+\s+){0,3}[\p{Ll}-]+)\s*$/u;

/** "One of the (two) … confederations": one of several bodies of a kind. */
const ONE_OF_BODIES = /^One\s+of\s+the\s+(?:[\p{L}-]+\s+){0,3}?(?:confederations|federations|unions|parties|companies|firms|groups|organisations|organizations|associations|agencies|banks|airlines|operators|councils|coalitions|networks|charities)\s*,/iu;
/** The rest of the description, then "the" and a body's capitalised name closed by a comma. */
const APPOSED_BODY = /^([^,;:“”"]{0,60}?,\s*)((?:the\s+)?\p{Lu}[^,;:“”"]{2,60}?)\s*,/u;

const ASIDE_COMMA = /^,\s*/;
const TRAILING_COMMA_AND_BLANKS = /[,\s]+$/;
const OPENS_CAPITAL = /^\p{Lu}/u;

/** A person named, with their rank or title, in an aside ", Senior Superintendent Jane Doe, " (offset where the phrase opens). */
function apposedHolder(aside: string): { ref: SpeakerRef; offset: number } | null {
  const opening = ASIDE_COMMA.exec(aside);
  const written = aside.slice(opening ? opening[0].length : 0).replace(TRAILING_COMMA_AND_BLANKS, '');
  // ("President of the Montego Bay Ministers' Fraternal, the Reverend Dr Lyndon Ebanks,": a clergyman's style
  // after "the" is as good as a rank.)
  // ("Member of Parliament for Clarendon South Western, the Jamaica Labour Party's (JLP) Lorraine Whyte-Bennett,":
  // so is a party or body that owns the holder.)
  const styled = THE_BEFORE_STYLE.exec(written) ?? THE_BEFORE_OWNER.exec(written);
  const phrase = styled ? written.slice(styled[0].length) : written;
  if (!OPENS_CAPITAL.test(phrase)) return null;
  const ref = parseSpeakerPhrase(phrase);
  const at = (opening ? opening[0].length : 0) + (styled ? styled[0].length : 0);
  return ref?.kind === 'person' && (ref.role || styled) ? { ref, offset: at } : null;
}

/** "the" before a capitalised owner in the possessive: "the JLP's ", "the People's National Party's (PNP) ". */
const THE_BEFORE_OWNER = /^the\s+(?=\p{Lu}[^,;:]*?['’]s\s+(?:\(\p{Lu}{2,6}\)\s+)?\p{Lu})/u;

/** "the" before a clergyman's or an honourable's style: "the Reverend", "the Rt Rev", "the Hon". */
const THE_BEFORE_STYLE = /^the\s+(?=(?:Rev(?:erend)?|Rt|Right|Most|Very|Hon(?:ourable)?|Venerable|Ven)\.?\s)/;

/** The rest of a role (no clause of its own), then a name closed by commas: " in charge of Operations, Dr Jane Doe, ". */
const APPOSED_NAME = /^([^,;:“”"]{0,60}?,\s*)(\p{Lu}[^,;:“”"]{2,50}?)\s*,/u;
