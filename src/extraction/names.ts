/**
 * Names in running text: capitalised runs of words ("Defence Minister Rajnath Singh", "Ministry of Defence"),
 * classified as a person (with the role split off and honorifics dropped) or an organisation.
 * Pure string functions; offsets are relative to the text given.
 */
import * as lexiconModule from './lexicon';
import type { Gender } from './lexicon';
import { memoizeBy } from './memo';
import * as firstNamesModule from './firstNames';
import * as textModule from '../articles/text';

// Imported names read once into module constants: under tsx (esbuild's CommonJS output) every use of an
// imported name is a property getter call (two, through the re-export), and these are used for every word.
const { NAME_ABBREVIATIONS, LINEAGE_WORDS, namesAnAirline, SEAT_HOLDERS, LOWER_CASE_SEAT_HOLDERS, FOREIGN_BODY_OPENERS, TIME_ZONES, TRADE_HEADS, HONORIFICS, NAME_CONNECTORS, NOMINAL_ORG_HEADS, NOT_NAME_WORDS, ORG_HEADS, POSTNOMINALS, ROLE_HEADS, MALE_WORDS, FEMALE_WORDS, UNNAMED_PERSON_HEADS, TWO_LETTER_INITIAL, OPENS_PARTY_AND_HOME, STOOL_TITLES, REGNAL_NUMBER } = lexiconModule;
const { givenNameInside, isKnownFirstName, hasKnownFirstName } = firstNamesModule;
const { isJsBlank } = textModule;

export interface Token {
  text: string;
  start: number;
  end: number;
}


/** An initial or dotted letters ("J.", "U.S."), or a two-letter initial ("Kh."): the full stop is part of the word. */
const INITIALS_WITH_STOP = /^(?:\p{Lu}\.|(?:\p{L}\.)+)$/u;
/** "Hon.", "Ltd.": a capitalised abbreviation keeps its full stop too. */
const keepsFullStop = (word: string): boolean => INITIALS_WITH_STOP.test(word) || TWO_LETTER_INITIAL.test(word) || (UPPER_FIRST.test(word) && NAME_ABBREVIATIONS.has(word.slice(0, -1).toLowerCase()));

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_CONTINUATION = /[\p{L}\p{N}\p{M}]/u;

const isAsciiAlphanumeric = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/**
 * The General Punctuation block (spaces, dashes, curly quotes, and the "…" that masks every quoted
 * character) holds no letter, digit or mark: decided without a regex.
 */
export const isGeneralPunctuation = (code: number) => code >= 0x2000 && code <= 0x206f;

/** Letters and digits start a word (ASCII decided by char code, the rest by a one-character test). */
function startsWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiAlphanumeric(code);
  if (isGeneralPunctuation(code)) return false;
  return LETTER_OR_DIGIT.test(text[i]);
}

function continuesWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 47) return isCompanyFormSlash(text, i);
  if (code < 128) return isAsciiAlphanumeric(code) || code === 39 || code === 46 || code === 45; // ' . -
  if (code === 0x2019) return true;
  if (isGeneralPunctuation(code)) return false;
  return WORD_CONTINUATION.test(text[i]);
}

/** The legal forms of Nordic and Brazilian companies written with a slash: "Nordsø Net A/S", "Vale S/A". */
const COMPANY_SLASH_FORMS: ReadonlySet<string> = new Set(['A/S', 'I/S', 'K/S', 'P/S', 'S/A']);

/** Whether the slash at `i` is inside a company's legal form, a whole word ("A/S"), and so inside its word. */
function isCompanyFormSlash(text: string, i: number): boolean {
  if (i < 1 || !COMPANY_SLASH_FORMS.has(text.slice(i - 1, i + 2))) return false;
  const letterBefore = i >= 2 && isAsciiAlphanumeric(text.charCodeAt(i - 2));
  const letterAfter = i + 2 < text.length && isAsciiAlphanumeric(text.charCodeAt(i + 2));
  return !letterBefore && !letterAfter;
}

/**
 * Words with offsets: a letter or digit followed by letters, digits, marks, apostrophes, full stops and
 * hyphens (a hand-written scanner, as this runs on every sentence several times). `limit` stops after
 * that many words ("the first word of the next sentence" needs no more).
 */
export function tokenize(text: string, limit = Infinity): Token[] {
  const tokens: Token[] = [];
  for (let i = scanWord(text, 0); i !== -1 && tokens.length < limit; i = scanWord(text, i)) {
    tokens.push({ text: text.slice(scanned.start, scanned.end), start: scanned.start, end: scanned.end });
  }
  return tokens;
}

/** The word `scanWord` found last (one shared record: scanning allocates nothing per word). */
const scanned = { start: 0, end: 0 };

/**
 * The next word at or after `from`: its offsets go to `scanned`; returns where scanning goes on, or -1
 * when no word is left. The one definition of a word, for `tokenize` and for `capitalRuns`.
 */
function scanWord(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n && !startsWordAt(text, i)) i++;
  if (i >= n) return -1;
  const start = i++;
  while (i < n && continuesWordAt(text, i)) i++;
  let end = i;
  const last = text.charCodeAt(end - 1);
  // A trailing full stop belongs to the sentence, unless the word is an initial or abbreviation ("J.", "U.S.").
  if (last === 46 && !keepsFullStop(text.slice(start, end))) {
    while (end > start && text.charCodeAt(end - 1) === 46) end--;
  } else if ((last === 39 || last === 0x2019) && !(end - start >= 2 && text.charCodeAt(end - 2) === 115)) end--; // not "Jones'"
  scanned.start = start;
  scanned.end = end;
  return i;
}

/**
 * `items.map(f)`, always returning a "packed" array. V8 makes the array `Array.prototype.map` returns "holey"
 * when the calling function is optimised and "packed" while it is interpreted, so the code that receives it
 * meets two array shapes over time; a rarely taken branch that had seen only one shape deoptimises when the
 * other arrives. `classifyUncached` (≈60 ms to optimise) was recompiled every few passes of the benchmark for
 * that reason alone. An array filled by `push` has one shape, however its builder runs.
 */
export function mapPacked<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const mapped: U[] = [];
  for (let i = 0; i < items.length; i++) mapped.push(f(items[i], i));
  return mapped;
}

const UPPER_FIRST = /^[\p{Lu}]/u;
// ("d'État", of "coup d'État" and "ministre d'État", is no particle name.)
const PARTICLE_NAME = /^(?:al|el|il|ad|as|ash|an|at|az|bin|ibn|van|von|de|da|di|du|le|la|d|l|o)[-'’](?![EÉ]tat\b)[\p{Lu}]/u;
/** Irish initial mutation keeps the capital second: "Ní hÉigeartaigh", "Ó tSúilleabháin". */
const IRISH_MUTATION = /^[hnt]\p{Lu}/u;
/**
 * A one-letter lower-case prefix before a capitalised word: Nguni place names ("eThekwini", "uMhlathuze") and
 * brands ("eBay"). A third capital ("mRNA") is an abbreviation, not a name.
 */
const LOWER_PREFIX_NAME = /^\p{Ll}\p{Lu}\p{Ll}/u;
/** The marks PARTICLE_NAME allows after a particle: a hyphen or an apostrophe. */
const isNameMark = (code: number): boolean => code === 45 || code === 39 || code === 0x2019;
export const isCapitalised = (word: string): boolean => {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true; // A–Z: the common case without a regex
  if (c >= 97 && c <= 122) {
    if (word.length <= 2) return false;
    // A lower-case second letter (most lower-case words) rules out the Irish and the prefix patterns, and leaves
    // the particle pattern only its mark after a particle of two or three letters: read by character first.
    const second = word.charCodeAt(1);
    if (second >= 97 && second <= 122) return (isNameMark(word.charCodeAt(2)) || isNameMark(word.charCodeAt(3))) && PARTICLE_NAME.test(word);
    return PARTICLE_NAME.test(word) || IRISH_MUTATION.test(word) || LOWER_PREFIX_NAME.test(word);
  }
  return UPPER_FIRST.test(word);
};
/**
 * Two to seven capitals, digits, "&" or full stops, opening with a capital and holding two. A lower-case
 * ASCII second character (most capitalised words: "Smith") settles it without the patterns.
 */
export const isAcronym = (word: string): boolean => {
  const second = word.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  return /^[\p{Lu}][\p{Lu}\p{N}&.]{1,6}$/u.test(word) && /[\p{Lu}].*[\p{Lu}]/u.test(word);
};
/** A word lower-cased without a possessive "'s" and a final full stop (character tests: this runs per word). */
const bare = (word: string): string => {
  const lower = word.toLowerCase();
  let end = lower.length;
  const beforeS = end >= 2 && lower.charCodeAt(end - 1) === 115 ? lower.charCodeAt(end - 2) : -1;
  if (beforeS === 39 || beforeS === 0x2019) end -= 2;
  if (end >= 1 && lower.charCodeAt(end - 1) === 46) {
    // "Col." is a colonel; "Col" without the stop is a first name ("Col Henderson").
    if (lower === 'col.') return 'colonel';
    end--;
  }
  // "Francesco Di Martino": "Di" in title case is the Italian particle, looked up as its French and Spanish
  // kin "de" is; "DI" in capitals is a detective inspector ("DI Paul Ferro").
  if (word === 'Di') return 'de';
  return end === lower.length ? lower : lower.slice(0, end);
};

const CALENDAR_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Calendar words by length: a capitalised word is compared with the few of its length, not lower-cased. */
const CALENDAR_WORDS_BY_LENGTH: ReadonlyArray<readonly string[] | undefined> = (() => {
  const byLength: string[][] = [];
  for (const w of CALENDAR_WORDS) (byLength[w.length] ??= []).push(w);
  return byLength;
})();

/**
 * `CALENDAR_WORDS.has(word.toLowerCase())` without making the lower-case copy: ASCII letters compared with
 * their case bit set (which lower-cases A–Z and changes no other ASCII character into a letter); a word with
 * any other character takes the lower-casing path.
 */
/** A lower-case letter opening a word (used with replace only, which resets lastIndex). (A module constant: under tsx, a `\p{…}` outside brackets inside a function is rebuilt on every call.) */
const LOWER_WORD_INITIAL = /(^|[\s-])(\p{Ll})/gu;

/** Every word with a capital initial: how a body described in lower case is named ("Telangana High Court"). */
export function titleCase(text: string): string {
  return text.replace(LOWER_WORD_INITIAL, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** For each length, the first letters of the calendar words of that length, one bit per letter a–z. */
const CALENDAR_INITIALS_BY_LENGTH: readonly number[] = (() => {
  const masks: number[] = [];
  for (const w of CALENDAR_WORDS) masks[w.length] = (masks[w.length] ?? 0) | (1 << (w.charCodeAt(0) - 97));
  return masks;
})();

/** A weekday (a given name in Nigeria and Ghana) between a comma and one capitalised word and a comma: ", Sunday Okewole,". */
const SURNAME_THEN_COMMA = /^ \p{Lu}[\p{Ll}'’-]+,/u;
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
function dayNameInApposition(text: string, start: number, end: number): boolean {
  return start >= 2 && text.charCodeAt(start - 2) === 44 && text.charCodeAt(start - 1) === 32 && WEEKDAY.test(text.slice(start, end)) && SURNAME_THEN_COMMA.test(text.slice(end, end + 30));
}

export function isCalendarWord(word: string): boolean {
  const candidates = CALENDAR_WORDS_BY_LENGTH[word.length];
  if (!candidates) return false;
  // An ASCII first character lower-cases to no calendar word's initial (of this length): no calendar word,
  // whatever the rest holds. (Most capitalised words end here: "President" is no "september".)
  const first = word.charCodeAt(0);
  if (first < 128) {
    const lower = first | 32;
    if (lower < 97 || lower > 122 || ((CALENDAR_INITIALS_BY_LENGTH[word.length] >> (lower - 97)) & 1) === 0) return false;
  }
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 128) return CALENDAR_WORDS.has(word.toLowerCase());
  // (Loops, not `some` with a closure: this runs for every capitalised word, and each closure is an allocation.)
  for (let k = 0; k < candidates.length; k++) if (sameAsciiLetters(word, candidates[k])) return true;
  return false;
}

/** Whether an ASCII `word` is `lower` (lower case, of the same length) once its letters are lower-cased. */
function sameAsciiLetters(word: string, lower: string): boolean {
  for (let i = 0; i < lower.length; i++) if ((word.charCodeAt(i) | 32) !== lower.charCodeAt(i)) return false;
  return true;
}

export interface CapitalRun {
  tokens: Token[];
  start: number;
  end: number;
  /** Whether the run is followed by a possessive "'s". */
  possessive: boolean;
  /** Whether a bracketed acronym after the run spells its words (and joined them): a body's name. */
  spelled?: true;
}

const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;
/** `/['’]s$/.test(word)`, by character codes (this runs on every run of names). */
const endsWithPossessive = (word: string): boolean => word.length >= 2 && word.charCodeAt(word.length - 1) === 115 && isApostrophe(word.charCodeAt(word.length - 2));
/** `/s['’]$/.test(word)` in character tests: a plural possessive ("Workers'"). */
const endsWithPluralPossessive = (word: string): boolean => word.length >= 2 && isApostrophe(word.charCodeAt(word.length - 1)) && word.charCodeAt(word.length - 2) === 115;

/** `/^ & $/.test(text.slice(from, to))` without the slice. */
const isAmpersandGap = (text: string, from: number, to: number): boolean =>
  to - from === 3 && text.charCodeAt(from) === 32 && text.charCodeAt(from + 1) === 38 && text.charCodeAt(from + 2) === 32;

/** `/^,\s+$/.test(text.slice(from, to))` without the slice: a comma, then blanks only (one at least). */
function isCommaGap(text: string, from: number, to: number): boolean {
  if (to - from < 2 || text.charCodeAt(from) !== 44) return false;
  for (let i = from + 1; i < to; i++) if (!isJsBlank(text.charCodeAt(i))) return false;
  return true;
}

/** `/^\s+and\s+$/.test(text.slice(from, to))` without the slice: blanks, "and", blanks (one at least each). */
function isAndGap(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isJsBlank(text.charCodeAt(i))) i++;
  if (i === from || to - i < 4 || text.charCodeAt(i) !== 97 || text.charCodeAt(i + 1) !== 110 || text.charCodeAt(i + 2) !== 100) return false;
  i += 3;
  const blanksFrom = i;
  while (i < to && isJsBlank(text.charCodeAt(i))) i++;
  return i === to && i > blanksFrom;
}
/** A character `\b` counts as a word character (no Unicode flag): [A-Za-z0-9_]. */
const isRegexWordCode = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
/** `/^['’]s\b/.test(text.slice(at))` without the slice: an apostrophe, "s", then no word character. */
const possessiveFollows = (text: string, at: number): boolean =>
  isApostrophe(text.charCodeAt(at)) && text.charCodeAt(at + 1) === 115 && !isRegexWordCode(text.charCodeAt(at + 2));

/** Whether text[from, to) is one or more spaces and tabs and nothing else. */
/**
 * Whether the gap from `from` to `to` is an apostrophe and one blank after a word that does not end in "s", with
 * no single quotation mark opened in the words before (where the apostrophe would close it): "Ochieng' Ouma".
 */
function luoApostropheGap(text: string, from: number, to: number): boolean {
  if (to !== from + 2 || text.charCodeAt(from + 1) !== 32 || text.charCodeAt(from - 1) === 115) return false;
  const mark = text.charCodeAt(from);
  return (mark === 39 || mark === 0x2019) && !OPENED_SINGLE_QUOTE.test(text.slice(Math.max(0, from - 80), from));
}
/** A single quotation mark that opens (after a blank or a bracket, before a letter). */
const OPENED_SINGLE_QUOTE = /(?:^|[\s(])['‘]\p{L}/u;

function onlyBlanksBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/** Connectors are short words: a longer lower-case word is not looked up. */
const MAX_CONNECTOR_LENGTH = Math.max(...[...NAME_CONNECTORS].map((w) => w.length));

/**
 * Whether the word scanned at [start, end) is capitalised (as `isCapitalised` decides), taking its text
 * only when the first character does not settle it: a lower-case word is capitalised only as a particle
 * name ("al-Assad"), which has a hyphen or apostrophe in its first four characters.
 */
function scannedIsCapitalised(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c >= 65 && c <= 90) return true;
  if (c >= 48 && c <= 57) return false;
  if (c >= 97 && c <= 122) {
    if (end - start <= 2) return false;
    // (Both patterns need a capital second: a lower-case ASCII second letter, as most words have, rules them out.)
    const second = text.charCodeAt(start + 1);
    const lowerSecond = second >= 97 && second <= 122;
    if ((c === 104 || c === 110 || c === 116) && !lowerSecond && IRISH_MUTATION.test(text.slice(start, start + 2))) return true;
    if (!lowerSecond && LOWER_PREFIX_NAME.test(text.slice(start, start + 3))) return true;
    for (let k = start + 1; k <= start + 3 && k < end; k++) {
      const d = text.charCodeAt(k);
      if (d === 45 || d === 39 || d === 0x2019) return isCapitalised(text.slice(start, end));
    }
    return false;
  }
  return isCapitalised(text.slice(start, end));
}

/**
 * Maximal runs of capitalised words, joined by connectors ("of", "de", "van") and nothing but spaces.
 * One scan over the words (as `tokenize` finds them); only the words of a run become tokens, since most
 * words of a sentence are lower case and end nothing but a run.
 */
/** A capitalised word that is an amount: a currency's sign or abbreviation, then digits ("Sh19.2", "Rs20", "N5bn", "US$3"). */
const NUMBERED_PLACE = /^\p{Lu}\p{Ll}+-\d{1,2}$/u;
const AMOUNT_IN_CURRENCY = /^(?:K?Shs?|KSh|Rs|Tk|RM|Rp|Le|N|R|P|Z?K|GH[¢₵]|[A-Z]{0,2}\$)\d/;

/** Up to four capitalised words from a position (sticky: read only there). */
const CAPITALISED_WORDS_AT = /(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*/uy;

/** Whether the capitalised words at `start` hold a body's head ("Ohio Railway", "Gulf Shipping Company"). */
function bodyNameAt(text: string, start: number): boolean {
  CAPITALISED_WORDS_AT.lastIndex = start;
  const words = CAPITALISED_WORDS_AT.exec(text)?.[0].split(/\s+/) ?? [];
  return words.some((w) => ORG_HEADS.has(bare(w)));
}

export function capitalRuns(text: string): CapitalRun[] {
  const runs: CapitalRun[] = [];
  let current: Token[] = [];
  let previousEnd = -1;
  let resume = scanWord(text, 0);
  while (resume !== -1) {
    const start = scanned.start;
    const end = scanned.end;
    const capital = scannedIsCapitalised(text, start, end);
    // "Corvid & Lane", "Marks & Spencer": an ampersand between capitalised words joins them.
    // (One word before it: "Alan Whitfield & Peter Jonas" stay two people.)
    // ("Construções Queirós & Filhos", "Dombey & Sons": after more words, a firm's "& Sons" joins too.)
    // ("Great Plains & Ohio Railway": words that end in a body's head after it join too, after capitalised words
    // only: in "Rajesh Menon of Menon & Lai LLC" the firm is only "Menon & Lai LLC".)
    const ampersand = current.length >= 1 && capital && isAmpersandGap(text, previousEnd, start) && (current.length === 1 || FIRM_AFTER_AMPERSAND.has(text.slice(start, end).toLowerCase()) || (current.every((t) => isCapitalised(t.text)) && bodyNameAt(text, start)));
    if (ampersand) current.push({ text: '&', start: previousEnd + 1, end: previousEnd + 2 });
    // "'Ana Fifita Kaufusi", "Mele 'Amanaki Tupou": a Polynesian glottal stop written as an apostrophe opens a
    // capitalised word of the name (and "’Mamello" a Sesotho one); it stays with the word.
    const glottal = capital && opensWithGlottalStop(text, start);
    // ("Cerro Blanco Workers' Union No. 1": a body's number after "No." goes on with its name.)
    // (Only after a body's head: "World No. 6 Dora Varga" is a ranking before a name.)
    // (The cheap test first: this runs for every word scanned while a run is open.)
    const numbered = current.length >= 2 && numberAfterNo(text, current[current.length - 1], start, end) && ORG_HEADS.has(bare(current[current.length - 2].text));
    // ("Kondele MCA Fredrick Ochieng' Ouma": a Luo name's closing apostrophe, after no "s", stays inside a run.)
    const luo = current.length > 0 && capital && luoApostropheGap(text, previousEnd, start);
    if (luo) {
      const last = current[current.length - 1];
      current[current.length - 1] = { text: `${last.text}${text[last.end]}`, start: last.start, end: last.end + 1 };
    }
    const joined = current.length > 0 && (ampersand || numbered || luo || onlyBlanksBetween(text, previousEnd, glottal ? start - 1 : start));
    if (current.length > 0 && !joined) current = closeRun(text, current, runs);
    previousEnd = end;
    const next = scanWord(text, resume); // the word after this one, for a connector's test
    if (capital) {
      const word = text.slice(start, end);
      // Days and months end a name: "Rajnath Singh on Friday", "Smith Monday".
      // (So does an amount written with its currency: "Governor Susan Chepkoech's Sh19.2 billion budget".)
      // (Not a day after an honorific: "Dr Sunday Ajilore", "Pastor Monday Okon" are Nigerian given names.)
      // (Nor a day's name opening a name of two words in apposition: "the Amotekun Corps, Sunday Okewole, a …".)
      if ((isCalendarWord(word) && !(current.length > 0 && HONORIFICS.has(bare(current[current.length - 1].text))) && !dayNameInApposition(text, start, end)) || AMOUNT_IN_CURRENCY.test(word)) current = closeRun(text, current, runs);
      // ("… Shivam Infraprojects Pvt Ltd. In a statement, …": an abbreviation's full stop ends the sentence
      // when a word that opens sentences, never names, follows it.)
      else if (current.length > 0 && endsSentenceAfterAbbreviation(current[current.length - 1].text, word)) {
        current = closeRun(text, current, runs);
        current.push({ text: word, start, end });
      }
      // A place with its number, a constituency or a ward ("Sindhupalchok-1", "Balephi Rural Municipality-6"),
      // names no one: it and the words of its name before it are dropped, and a name after it starts afresh.
      else if (NUMBERED_PLACE.test(word)) current = [];
      else if (glottal) current.push({ text: text.slice(start - 1, end), start: start - 1, end });
      else current.push({ text: word, start, end });
    } else if (current.length > 0 && end - start <= MAX_CONNECTOR_LENGTH && (NAME_CONNECTORS.has(text.slice(start, end).toLowerCase()) || irishArticleInName(text, current, start, end) || intoAfterInquiry(text, current, start, end) || toAfterMissionHead(text, current, start, end)) && next !== -1 && (scannedIsCapitalised(text, scanned.start, scanned.end) || ofTheCapital(text, start, end, next)) && !clauseAfterToldName(text, current, start, end)) {
      current.push({ text: text.slice(start, end), start, end });
    } else if (numbered) {
      const no = current[current.length - 1];
      current[current.length - 1] = { text: 'No.', start: no.start, end: no.end + 1 };
      current.push({ text: text.slice(start, end), start, end });
    } else if (current.length > 0 && isOrdinalAt(text, start, end) && next !== -1 && onlyBlanksBetween(text, end, scanned.start) && scannedIsCapitalised(text, scanned.start, scanned.end)) {
      // An ordinal inside a name: "Hatay 4th High Criminal Court", "the Army's 3rd Infantry Division".
      current.push({ text: text.slice(start, end), start, end });
    } else current = closeRun(text, current, runs);
    // `scanned` now holds the next word (scanned above), where the loop goes on.
    resume = next;
  }
  closeRun(text, current, runs);
  return runs;
}

/** Whether `previous`, an abbreviation with its full stop ("Ltd.", "Inc."; not an initial or an honorific), ends a sentence before `word` ("In", "The"). */
function endsSentenceAfterAbbreviation(previous: string, word: string): boolean {
  return previous.endsWith('.') && previous.length > 3 && !INITIALS_WITH_STOP.test(previous) && !HONORIFICS.has(bare(previous)) && NOT_NAME_WORDS.has(word.toLowerCase());
}

/** "told", "tells", "informed": a verb whose object is a name, and whose reported clause may open with "the". */
const TOLD_BEFORE = /\b(?:told|tells|tell|informed|informs|assured|assures|reminded|warned)\s+$/;

/**
 * "Bârlea told Reuters the Certeju de Sus Local Council had written …", "She told ABC Radio Adelaide the
 * Environment Protection Authority would …": "the" after a name of capitalised words that a verb like "told"
 * takes as its object opens the reported clause; it joins no name ("Save the Children" stays one, and a run with
 * "of" in it — "told Bank of the West" — is left whole).
 */
function clauseAfterToldName(text: string, current: readonly { start: number }[], start: number, end: number): boolean {
  if (current.length === 0 || current.length > 4 || end - start !== 3 || text.slice(start, end).toLowerCase() !== 'the') return false;
  if (!current.every((word) => /\p{Lu}/u.test(text[word.start]))) return false;
  return TOLD_BEFORE.test(text.slice(Math.max(0, current[0].start - 10), current[0].start));
}

/**
 * Whether the word at `start` follows an apostrophe that stands right after a blank (or the text's start) and is
 * followed by a vowel and lower case: the glottal stop ('okina) of Tongan, Samoan and Hawaiian names ("'Ana",
 * "'Amanaki", "'Ofa") or the "’M" of Sesotho ones — not a quotation's opening mark, which quote masking has
 * already blanked.
 */
export function opensWithGlottalStop(text: string, start: number): boolean {
  const mark = text.charCodeAt(start - 1);
  if (mark !== 39 && mark !== 0x2019) return false;
  if (start >= 2 && !isBlankCode(text.charCodeAt(start - 2))) return false;
  return GLOTTAL_WORD.test(text.slice(start, start + 3));
}
const GLOTTAL_WORD = /^(?:[AEIOU][a-z]|M[a-z])/;

/** "Nóra Nic an Iomaire", "Seán Mac an tSaoir": the Irish article "an" after "Mac" or "Nic" goes on with a surname. */
const irishArticleInName = (text: string, current: readonly Token[], start: number, end: number): boolean =>
  end - start === 2 && text.slice(start, end) === 'an' && /^(?:Mac|Nic|Mhic)$/.test(current[current.length - 1].text);

/** "Commission of Inquiry into the Carrow Falls Shooting": "into" after an inquiry's word goes on with its name. */
function intoAfterInquiry(text: string, current: readonly Token[], start: number, end: number): boolean {
  return end - start === 4 && text.slice(start, end) === 'into' && /^(?:Inquiry|Enquiry|Investigation)$/.test(current[current.length - 1].text);
}

/**
 * "Arizona Coalition to End Homelessness", "Committee to Protect Journalists": "to" after the head of a body
 * named for its mission goes on with the mission, in capitals.
 */
function toAfterMissionHead(text: string, current: readonly Token[], start: number, end: number): boolean {
  // (A mission is a verb and its object, two capitalised words at least: "the Commission to Nairobi" is a trip.)
  return end - start === 2 && text.slice(start, end) === 'to' && MISSION_HEADS.test(current[current.length - 1].text) && MISSION_AFTER.test(text.slice(end, end + 40));
}
const MISSION_AFTER = /^ \p{Lu}\p{Ll}+ \p{Lu}/u;
const MISSION_HEADS = /^(?:Coalition|Committee|Campaign|Alliance|Movement|Fund|Foundation|Initiative|Partnership|Network|Society|Project|Centre|Center|Action|League|Trust|Commission)$/;

/** Words that end a firm's name after "&": "& Sons", "& Filhos", "& Co", "& Partners". */
const FIRM_AFTER_AMPERSAND: ReadonlySet<string> = new Set(['sons', 'daughters', 'filhos', 'hijos', 'fils', 'figli', 'söhne', 'co', 'company', 'partners', 'associates', 'irmãos', 'hermanos', 'frères', 'cie', 'brothers', 'bros']);

/** Whether text[start, end) is a number of up to three digits right after "No. " (the run's last token, "No"). */
function numberAfterNo(text: string, last: Token, start: number, end: number): boolean {
  return last.text === 'No' && text.charCodeAt(last.end) === 46 && start === last.end + 2 && text.charCodeAt(last.end + 1) === 32 && end - start <= 3 && /^\d+$/.test(text.slice(start, end));
}

/** Whether text[start, end) is an ordinal in figures: "4th", "1st", "22nd", "3rd". */
function isOrdinalAt(text: string, start: number, end: number): boolean {
  return end - start >= 3 && end - start <= 5 && /^\d{1,3}(?:st|nd|rd|th)$/.test(text.slice(start, end));
}

/**
 * End the run being read: its trailing connectors dropped, it joins `runs` if a word is left. Returns the
 * array for the next run — the same one when there was no run (most words end none: no new array). A
 * function of its own rather than a closure in `capitalRuns`: under tsx (esbuild's keepNames) every
 * closure created gets its name set by a `defineProperty` call, ≈ 0.3 µs, once per sentence scanned.
 */
function closeRun(text: string, current: Token[], runs: CapitalRun[]): Token[] {
  if (current.length === 0) return current;
  while (current.length > 0 && !isCapitalised(current[current.length - 1].text) && !(current.length >= 2 && current[current.length - 2].text === 'No.')) current.pop();
  const owner = current.length >= 3 ? ownerBodyEnd(current) : -1;
  if (owner > 0) {
    closeRun(text, current.slice(0, owner), runs);
    current = current.slice(owner);
  }
  if (current.length > 0) {
    const last = current[current.length - 1];
    runs.push({
      tokens: current,
      start: current[0].start,
      end: last.end,
      possessive: endsWithPossessive(last.text) || endsWithPluralPossessive(last.text) || possessiveFollows(text, last.end),
    });
  }
  return [];
}

/**
 * "Ministère des Transports et de la Mobilité durable", "Ministère de l'Europe et des Affaires étrangères": a
 * Romance-language body's name may close on an adjective in lower case, which joins the run. (Only adjectives
 * such names close on: "said" or "on" never joins.)
 */
function withClosingAdjective(text: string, run: CapitalRun): CapitalRun {
  if (run.possessive || text.charCodeAt(run.end) !== 32) return run;
  const match = CLOSING_ADJECTIVE.exec(text.slice(run.end + 1, run.end + 16));
  if (!match) return run;
  const end = run.end + 1 + match[1].length;
  return { tokens: [...run.tokens, { text: match[1], start: run.end + 1, end }], start: run.start, end, possessive: possessiveFollows(text, end) };
}
/** Adjectives that close Romance-language bodies' names, then no letter. */
const CLOSING_ADJECTIVE = /^(durable|durables|publique|publiques|public|publics|sociale|sociales|social|sociaux|nationale|national|régionale|régional|étrangères|supérieur|solidaires|solidaire|sostenible|sostenibile|sustentável|pública|público|públicas|nacional|exteriores|estrangeiros|esteri)(?![\p{L}'’-])/u;

/**
 * "the Health Department's Kuching office": a body's name ends at its head in the possessive when the words
 * after it name no body of their own (a place, before what the body owns). Returns where the rest starts, or
 * -1. ("People's Party", "Queen's University": no body's head; "the Army's 11th Brigade", "the Commerce
 * Department's Office of Inspector General": the rest is a body, and the run stays whole.)
 */
function ownerBodyEnd(tokens: readonly Token[]): number {
  for (let i = 1; i < tokens.length - 1; i++) {
    const word = tokens[i].text;
    if (!endsWithPossessive(word) || !ORG_HEADS.has(bare(word))) continue;
    if (i === 1 && tokens[0].text === 'The') return -1;
    for (let k = i + 1; k < tokens.length; k++) if (ORG_HEADS.has(bare(tokens[k].text))) return -1;
    return i + 1;
  }
  return -1;
}

/**
 * A run of connectors before a capitalised word joins a name: "Ministry of the Environment", "Pieter van der
 * Meulen", "Alicia Herrera de la Fuente". Called with the connector at start..end and `scanned` holding the
 * (lower-case) word after it; `scanned` holds that word again on return.
 */
function ofTheCapital(text: string, start: number, end: number, next: number): boolean {
  const followerStart = scanned.start;
  const followerEnd = scanned.end;
  let capitalAfter = false;
  let previousEnd = end;
  let resume = next;
  // At most two more connectors ("de la", "van der", "of the"), each directly after the last.
  for (let hops = 0; hops < 3 && resume !== -1; hops++) {
    if (!onlyBlanksBetween(text, previousEnd, scanned.start)) break;
    if (scannedIsCapitalised(text, scanned.start, scanned.end)) {
      capitalAfter = hops > 0;
      break;
    }
    const word = text.slice(scanned.start, scanned.end).toLowerCase();
    if (word.length > MAX_CONNECTOR_LENGTH || !NAME_CONNECTORS.has(word)) break;
    previousEnd = scanned.end;
    resume = scanWord(text, resume);
  }
  scanned.start = followerStart;
  scanned.end = followerEnd;
  return capitalAfter;
}

export type NameKind = 'person' | 'organization' | 'single';

export interface NameMention {
  kind: NameKind;
  name: string;
  role: string | null;
  gender: Gender;
  start: number;
  end: number;
}

/** Offices the Pakistani press names with their district after them ("DPO Sialkot"; and "Deputy Commissioner Rawalpindi"). */
// ("DIG Quetta Sohail Akhtar Mengal", "AC Kharian …": a range's and a sub-district's. Not "SP", a rank of many
// forces before a full name, "SP Isah Muhammad Galadanci".)
const DISTRICT_OFFICES: ReadonlySet<string> = new Set(['dc', 'ssp', 'dpo', 'cpo', 'rpo', 'dig', 'ac']);
/** A province's offices, written before the province's name in Pakistani papers ("IGP Punjab", "Governor Sindh"). */
const PROVINCIAL_OFFICES: ReadonlySet<string> = new Set(['igp', 'ig', 'dig', 'aig', 'ccpo', 'governor']);
/** Pakistan's provinces and territories of one word, the names those offices are written before. */
const PROVINCES: ReadonlySet<string> = new Set(['punjab', 'sindh', 'balochistan', 'kp', 'gilgit-baltistan', 'ajk', 'islamabad']);
/** A word of initials: "K.D.", "S.", "H.P.". */
const INITIALS_WORD = /^(?:\p{Lu}\.){1,3}$/u;
/** A unit named with its number: "Police-1", "Sector-7". */
const UNIT_NUMBER = /^\p{Lu}[\p{L}]*-\d{1,3}$/u;
/** Last words of a portfolio no surname has: "Sugar Industry", "Maritime Affairs", "Rural Development". */
const PORTFOLIO_ENDINGS: ReadonlySet<string> = new Set(['industry', 'industries', 'affairs', 'development', 'resources', 'relations', 'services', 'cooperatives', 'infrastructure', 'reforms']);

/** Words after "of" in a title that still belong to the title ("Secretary of State", "Minister of Foreign Affairs"). */
export const TITLE_OBJECT_WORDS: ReadonlySet<string> = new Set([
  'state', 'defence', 'defense', 'health', 'hygiene', 'sanitation', 'foreign', 'affairs', 'justice', 'interior', 'home', 'finance',
  'treasury', 'education', 'agriculture', 'energy', 'transport', 'transportation', 'commerce', 'labour', 'labor',
  'environment', 'emergency', 'situations', 'the', 'and', 'internal', 'external', 'trade', 'industry', 'management',
  'culture', 'tourism', 'sport', 'sports', 'science', 'technology', 'communications', 'information', 'housing',
  'development', 'economy', 'economic', 'public', 'security', 'national', 'homeland', 'veterans', 'war',
  'police', 'staff', 'department', 'office', 'government', 'company', 'board', 'directors', 'court',
  'justice', 'welfare', 'social', 'works', 'water', 'resources', 'mines', 'oil', 'food', 'family', 'women',
  'children', 'youth', 'immigration', 'citizenship', 'planning', 'budget', 'fisheries', 'forestry', 'power',
  'rural', 'urban', 'regional', 'infrastructure', 'climate', 'change', 'digital', 'investment', 'human', 'rights',
  'care', 'higher', 'further', 'skills', 'employment', 'pensions', 'equality', 'disability',
  // (Levels of education in a portfolio: "Commissioner for Tertiary Education", "Minister of Basic Education".)
  'tertiary', 'secondary', 'primary', 'basic',
  // (Portfolios of francophone and small-island governments: "Minister of Maritime Economy", "of Blue Economy
  // and Marine Affairs", "of Territorial Administration and Decentralisation", "of Livestock".)
  'maritime', 'marine', 'blue', 'lands', 'territorial', 'administration', 'decentralisation', 'decentralization',
  'mining', 'petroleum', 'telecommunications', 'solidarity', 'humanitarian', 'livestock', 'heritage', 'worship',
  'handicrafts', 'vocational', 'primary', 'secondary', 'transformation', 'innovation', 'research',
  'civil', 'protection', 'cooperation', 'integration', 'communication', 'relations', 'reconstruction', 'reconciliation',
  // (Utilities' and scientific agencies' fields: "Water Supply and Sanitation Company", "Meteorology, Climatology
  // and Geophysics Agency".)
  'supply', 'sewerage', 'meteorology', 'climatology', 'geophysics', 'hydrology', 'seismology',
  // (Public health agencies' fields: "Korea Disease Control and Prevention Agency".)
  'disease', 'control', 'prevention',
  // ("Minister for Asylum and Migration Marjolein Bakker-Vos".)
  'asylum', 'migration', 'refugees',
  // ("Minister of State for Manpower Lim Shu Ting": Singapore's and India's labour portfolio.)
  'manpower',
]);

/** Classes and parts of places named with a letter ("Class A", "Schedule B", "Terminal C", "Block D"). */
const LETTERED_THINGS: ReadonlySet<string> = new Set(['class', 'category', 'grade', 'type', 'level', 'stage', 'phase', 'section', 'schedule', 'tier', 'band', 'plan', 'vitamin', 'hepatitis', 'block', 'zone', 'gate', 'terminal', 'platform', 'wing', 'ward', 'annex', 'annexe', 'appendix', 'exhibit', 'pier', 'runway', 'tower', 'sector']);
/** One capital letter, as a court's cipher for an unnamed witness or officer. */
const CIPHER_LETTER = /^[A-Z]$/;

/** A capitalised abstract noun ("Cohesion", "Communication", "Solidarity", "Procurement"). */
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}+(?:ion|ity|ment|ance|ence|ure|ics|ism)$/u;

const VESSEL_PREFIXES = new Set(['mv', 'ms', 'mt', 'hms', 'uss', 'rms', 'ss', 'sv', 'fv', 'hmas', 'ins', 'lng']);

const REGNAL_TITLES = new Set(['pope', 'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sheikh', 'saint', 'tsar']);

/** Descriptive words that open a run but are not names: "Fourteen-year-old Zoe", "Kurdish-led forces". */
/** "Mum-of-two", "grandad-of-five": a descriptor of the popular press before a name. */
const PARENT_OF = /^[a-z]+-of-[a-z]+$/i;
// ("Sporting Almada", "Racing Club": the -ing words that open clubs' names are no description.)
const AGED_OR_LED = /-(?:year|month|week|day)s?-old$|-(?:led|based|born|backed|owned|run|made|listed|funded|registered|headquartered)$/i;
const CAPITALISED_PARTICIPLE = /^[\p{Lu}][\p{Ll}]+ing$/u;
/** Prepositions a participle opening a sentence takes before a name: "Prosecuting for …", "Writing in …". */
const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'on', 'in', 'at', 'with', 'to']);
// (Each pattern runs only on a word with what it needs: a hyphen, or "ing" at the end. This is asked of the
// first word of every run classified.)
const isDescriptor = (word: string): boolean => (word.includes('-') && (AGED_OR_LED.test(word) || PARENT_OF.test(word))) || (word.endsWith('ing') && CAPITALISED_PARTICIPLE.test(word) && word !== 'Sporting' && word !== 'Racing' && !NAME_SHAPED_ING.test(word));
/** Names that end like a participle but open as no English word does ("Khaing Min Zaw", "Chhiring Sherpa", "Tsering", "Kyaing"). */
const NAME_SHAPED_ING = /^(?:Kh|Chh|Ts|Hs|Ky|Ny|Ng|Zh|X|Q)|aing$/;

/** Place words that are also common surnames. */
const PLACE_SURNAMES: ReadonlySet<string> = new Set(['park', 'hall', 'lane', 'day', 'law', 'west', 'church', 'castle', 'tower', 'bridge', 'bridges', 'forest', 'beach', 'bay', 'lake']);

const CONTINENTS: ReadonlySet<string> = new Set(['asia', 'africa', 'europe', 'america']);
/** Continents and oceans that end a body's regional name ("TRACE Asia", "Refugee Action Pacific"). */
const REGIONAL_BODY_ENDINGS: ReadonlySet<string> = new Set(['asia', 'africa', 'europe', 'america', 'pacific', 'atlantic']);
/** Words that make a continent or an ocean a part of it: "South Africa", "Central Asia", "Latin America". */
const REGION_MODIFIERS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'southeast', 'south-east',
  'southwest', 'south-west', 'northeast', 'north-east', 'northwest', 'north-west', 'sub-saharan', 'latin', 'equatorial',
  'tropical', 'united', 'indo', 'trans', 'greater', 'continental', 'mainland', 'upper', 'lower', 'middle', 'far', 'near',
]);
/** Words of FOREIGN_BODY_OPENERS that are English words too, and open English titles ("Union Minister", "Commission President"). */
const ENGLISH_BODY_WORDS: ReadonlySet<string> = new Set(['union', 'association', 'commission', 'camera', 'ordre', 'parti', 'empresa']);
/** Plurals of bodies that head a body made of them: "Rural Councils of Manitoba". */
const PLURAL_BODY_HEADS: ReadonlySet<string> = new Set(['councils', 'unions', 'associations', 'federations', 'committees', 'cooperatives', 'co-operatives', 'societies', 'chambers']);
/** The compass words of a body's regional arm: "HSE Mid West", "NHS South East". */
const COMPASS_REGION_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'mid', 'central', 'midlands', 'north-east', 'north-west', 'south-east', 'south-west', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Initials of countries and unions of them, whose compass regions are places ("UK South East", "US West"). */
const COUNTRY_INITIALS: ReadonlySet<string> = new Set(['US', 'USA', 'UK', 'UAE', 'EU', 'DRC', 'PRC', 'ROK', 'DPRK', 'KSA', 'NZ', 'SA', 'RSA', 'PNG', 'BiH', 'ROC', 'GB', 'NI']);
/** Words that name a part of a region by its position ("Lower Bavaria", "Upper Silesia", "Northern Cape"). */
const PLACE_POSITIONS: ReadonlySet<string> = new Set(['upper', 'lower', 'northern', 'southern', 'eastern', 'western', 'central', 'north-eastern', 'north-western', 'south-eastern', 'south-western']);
/** Kinds of place written before their name or number: "Region Ten", "District Six", "Ward 12". */
const PLACE_KINDS_BEFORE_NAME: ReadonlySet<string> = new Set(['region', 'district', 'province', 'ward', 'zone', 'division', 'sector', 'constituency', 'mukim', 'kampong', 'kampung']);
/** A word with a capital inside it that no surname prefix explains ("GoRide", "PayLumo"; not "McEntee", "DeSantis"). */
const BRAND_WORD = /^(?!(?:Mc|Mac|Nic|Mhic|De|Di|Da|Du|Le|La|Van|Von|Fitz|Ja|Ke|Ta|Sha|Ra|Qu)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}/u;

/** A bracketed part of a law's title, then the word for the law: " (Forfeiture of Property) Act". */
const LAW_AFTER_BRACKET = /^\s\([^()]{1,60}\)\s+(?:Act|Bill|Law|Code|Ordinance|Regulations?|Decree|Rules)\b/;

const PLACE_HEADS = new Set([
  'street', 'avenue', 'road', 'river', 'mountain', 'mountains', 'island', 'islands', 'city', 'county', 'province',
  'region', 'area', 'bridge', 'airport', 'park', 'square', 'hall', 'tower', 'lake', 'sea', 'ocean', 'bay', 'valley',
  'beach', 'coast', 'desert', 'forest', 'estate', 'peninsula', 'strait', 'gulf', 'highway', 'interstate', 'district',
  'state', 'states', 'kingdom', 'republic', 'east', 'west', 'north', 'south', 'america', 'africa', 'europe',
  'asia', 'zealand', 'arabia', 'korea', 'lanka', 'kong', 'york', 'angeles', 'francisco', 'delhi', 'jersey',
  'pacific', 'atlantic', 'mediterranean', 'indo-pacific', 'way', 'lane', 'drive', 'boulevard', 'terrace',
  'cathedral', 'palace', 'castle', 'stadium', 'arena', 'church', 'mosque', 'temple', 'station', 'port', 'depot', 'terminal', 'market',
  'base', 'prison', 'jail', 'day', 'week', 'year', 'games', 'cup', 'championship', 'championships', 'olympics',
  'award', 'awards', 'prize', 'festival', 'war', 'act', 'bill', 'law', 'treaty', 'agreement', 'accord',
  'convention', 'summit', 'conference', 'equinox', 'marathon', 'challenge', 'series', 'show', 'film',
  'operation', 'storm', 'hurricane', 'typhoon', 'cyclone', 'virus', 'disease', 'syndrome', 'covid-19',
]);

/** What a district that is a body runs ("Health District", "Water District"), as opposed to a place. */
const SERVICE_DISTRICTS = new Set(['health', 'school', 'water', 'fire', 'hospital', 'transit', 'irrigation', 'sanitation', 'utility', 'park', 'parks', 'library', 'conservation', 'levee', 'drainage', 'flood', 'sewer', 'soil', 'groundwater', 'wastewater', 'mosquito', 'ambulance', 'port', 'power', 'electric', 'housing', 'transportation', 'waste', 'recreation', 'cemetery', 'airport']);

/**
 * Words after which "Metropolitan" is a city's adjective ("North West Metropolitan District Superintendent
 * Jessica Tranter", "Metropolitan Police Commissioner …"), not the Orthodox bishop's title that tells a man.
 */
const METROPOLITAN_MODIFIES = /^(?:district|region|area|police|council|borough|county|city|fire|transit|water|board|assembly|court)$/;

function genderOf(words: string[]): Gender {
  return genderOfBare(mapPacked(words, bare));
}

/** Gender from words already lower-cased and bared. */
function genderOfBare(bareWords: string[]): Gender {
  for (let i = 0; i < bareWords.length; i++) {
    const lw = bareWords[i];
    if (MALE_WORDS.has(lw) && !(lw === 'metropolitan' && METROPOLITAN_MODIFIES.test(bareWords[i + 1] ?? ''))) return 'male';
    if (FEMALE_WORDS.has(lw)) return 'female';
  }
  return 'unknown';
}

function lastIndexWhere<T>(items: T[], test: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i], i)) return i;
  return -1;
}

/**
 * Classify the words of a capitalised run. `words` exclude leading words that are never names ("The", "In").
 * A role head ("Minister") followed by more capitalised words makes a person with a role; an organisation
 * head ("Ministry", "Committee") or an acronym makes an organisation; otherwise two to four words are a person.
 */
export type Classified = { kind: NameKind | 'place' | null; name: string; role: string | null; gender: Gender };

/**
 * A word that could describe a person rather than name one: a title or body word, or a noun of agent or
 * condition ("pensioner", "monsenor", "opposition"). Unknown first names ("Nighat") are not among them.
 */
// (Not the Punjabi given names in "-inder": "Ravinder Singh Dhull", "Harinder Kaur".)
const looksLikeDescriptor = (lower: string): boolean => ROLE_HEADS.has(lower) || ORG_HEADS.has(lower) || UNNAMED_PERSON_HEADS.has(lower) || DEMONYM_NOUNS.has(lower) || (/(?:er|or|ist|ian|ant|ent|ion|ee|our)$/.test(lower) && !lower.endsWith('inder'));
/** Nationalities as nouns before a name: "Dutchman Sem de Groot", "Frenchwoman Julie Bresset". */
const DEMONYM_NOUNS: ReadonlySet<string> = new Set(['dutchman', 'dutchwoman', 'frenchman', 'frenchwoman', 'englishman', 'englishwoman', 'irishman', 'irishwoman', 'scotsman', 'scotswoman', 'welshman', 'welshwoman', 'countryman', 'countrywoman', 'compatriot', 'dane', 'swede', 'finn', 'pole', 'spaniard', 'briton', 'kiwi']);
/** Plurals of people's occupations and kinds ("doctors", "nurses", "physicians", "workers", "officers"). */
const PEOPLE_PLURAL = /^[a-z]+(?:ors|ers|ists|ians|ants|ents|ses|ives|ics|ees)$/;
/** Title words that also qualify a kind of member ("Resident Doctors", "Junior Doctors", "Chief Officers"). */
const MEMBER_MODIFIERS: ReadonlySet<string> = new Set(['resident', 'junior', 'senior', 'chief', 'head', 'trainee', 'general', 'principal', 'executive', 'professional']);
/** A noun of occupation ("pharmacist", "technician"), a descriptor even before a name with no listed first name. */
const isOccupation = (lower: string): boolean => /(?:ist|ician|ner|ker|ter|ver|der|ger)$/.test(lower);

/**
 * Words for private people that open no body's name ("Parent Nosipho Mbana, 41,"), unlike "Volunteer" or "Refugee"
 * ("Volunteer Fire Brigades Victoria", "Refugee Action Pacific").
 */
const PRIVATE_PERSON_NOUNS: ReadonlySet<string> = new Set(['parent', 'mother', 'father', 'grandmother', 'grandfather', 'resident', 'pensioner', 'widow', 'widower', 'villager', 'commuter', 'motorist', 'shopper', 'tenant', 'homeowner', 'patient']);

/** Words that start a surname ("Mac Aodha", "Ní Chonaill", "van der Berg", "de la Fuente"). */
/** How many words of its own a body's name may have before its head and "of"/"for" ("Citizens' Coalition for …"). */
const MAX_WORDS_BEFORE_BODY_HEAD = 3;

/** Words that end a constituency's name after its place: "Dublin Central", "Leeds West", "Asante Akim North". */
const CONSTITUENCY_QUALIFIERS: ReadonlySet<string> = new Set(['central', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'north-east', 'north-west', 'south-east', 'south-west', 'north-central', 'south-central', 'east-central', 'west-central', 'northeast', 'northwest', 'southeast', 'southwest', 'upper', 'lower', 'rural', 'urban', 'municipal', 'city', 'county']);

/** Whether a name opens with a surname's particle ("De Witt", "Van der Berg"): a person's surname, not a firm's name. */
export function opensWithSurnameParticle(name: string): boolean {
  const space = name.indexOf(' ');
  return space > 0 && SURNAME_PARTICLES.has(name.slice(0, space).toLowerCase());
}

const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['mac', 'mc', 'ó', 'o', 'ní', 'nic', 'ua', 'uí', 'van', 'von', 'de', 'da', 'di', 'del', 'della', 'dela', 'delos', 'dos', 'das', 'du', 'le', 'la', 'bin', 'binti', 'anak', 'al', 'el', 'ben', 'ibn', 'ter', 'ten', 'st']);

/** "Niger's", and the plural "the Greens'", "Brightwell Foods'". */
const POSSESSIVE_WORD = /['’]s$|s['’]$/;
const POSSESSIVE_ENDING = /['’]s$|(?<=s)['’]$/;

/**
 * Memoised by the words joined with spaces; what is classified is that key split at its spaces, which is the
 * words themselves whenever none is empty or holds a space (the words of a run never do), so they are not
 * split back out of the key.
 */
const classifyMemo = memoizeBy(
  (input: string[]) => input.join(' '),
  (input, key) => withRegnalNumber(splitsBackTo(input) ? input : key.split(' ')),
);

/**
 * "Sindh Minister for Universities and Boards Shahid Hussain Dharejo": a title that ends in a joiner goes on
 * into the name, up to the first known given name with at least one more word after it.
 */
function withPortfolioAfterJoiner(c: Classified): Classified {
  if (c.kind !== 'person' || !c.role || !ROLE_ENDS_IN_JOINER.test(c.role)) return c;
  const words = c.name.split(' ');
  const first = givenNameInside(words);
  if (first < 1 || isKnownFirstName(words[0])) return c;
  return { ...c, name: words.slice(first).join(' '), role: `${c.role} ${words.slice(0, first).join(' ')}` };
}
const ROLE_ENDS_IN_JOINER = /\s(?:and|&|of|for)$/;

/**
 * "Batala SDM Smt Navneet Kaur Randhawa": words that read as no person with an honorific inside them are a title,
 * then the honorific and the person's name.
 */
function withHonorificInside(input: string[]): Classified {
  const c = withPortfolioAfterJoiner(withOfficeHolder(input));
  if (input.length < 4) return c;
  // ("Regional Director of Health Services (RDHS) Batticaloa Dr. Kandasamy Murugananthan": an English honorific
  // inside a person's name marks where the name starts; the words before it are the title's.)
  if (c.kind === 'person') {
    // ("Senior DIG in charge of the Southern Province Lalith Gunasekara": so does a division's word, which ends
    // the name of the place the title is for.)
    const honorific = input.findIndex((w, i) => i >= 1 && i <= input.length - 3 && ENGLISH_HONORIFICS.has(bare(w)) && isCapitalised(w));
    const division = honorific < 0 ? input.findIndex((w, i) => i >= 1 && i <= input.length - 3 && DIVISION_WORDS.has(bare(w))) : -1;
    if (honorific < 0 && division < 0) return c;
    const inside = honorific >= 0 ? honorific : division;
    const person = withOfficeHolder(input.slice(inside + 1));
    return person.kind === 'person' ? { ...person, role: [input.slice(0, honorific >= 0 ? inside : inside + 1).join(' '), person.role].filter(Boolean).join(' '), gender: person.gender !== 'unknown' ? person.gender : c.gender } : c;
  }
  // (The last of several: "Yang Mulia Dato Paduka Awang Haji Abdul Hadi bin Haji Mahmud".)
  let at = -1;
  // ("Pastor of the Granville Missionary Church Reverend Canute Morrison": or a cleric's title written out, which
  // stays in the role.)
  let clerical = false;
  for (let i = input.length - 3; i >= 1 && at < 0; i--) {
    if (!isCapitalised(input[i])) continue;
    if (HONORIFICS.has(bare(input[i]))) at = i;
    else if (c.kind === 'organization' && CLERICAL_TITLES.has(bare(input[i]))) [at, clerical] = [i, true];
  }
  if (at < 0) return c;
  const person = withOfficeHolder(input.slice(at + 1));
  return person.kind === 'person' ? { ...person, role: input.slice(0, clerical ? at + 1 : at).join(' '), gender: person.gender !== 'unknown' ? person.gender : c.gender } : c;
}

/** The last word of a saint's feast: "St Patrick's Day", "St Agnes' Eve". */
const FEAST_ENDS: ReadonlySet<string> = new Set(['Day', 'Eve']);

/** A cleric's titles written out, which stand before a name as an honorific does: "Reverend Canute Morrison". */
const CLERICAL_TITLES: ReadonlySet<string> = new Set(['reverend', 'pastor', 'bishop', 'archbishop', 'imam', 'rabbi', 'canon', 'deacon', 'apostle', 'evangelist', 'prophet', 'monsignor']);

/**
 * A ruler's number at the end of a person's name, which words read as no person only for it ("Togbe Kodzo
 * Adzraku IV") are read without, and put back on the name. (Only a person's: "World War II" stays as read.)
 */
function withRegnalNumber(input: string[]): Classified {
  const c = withHonorificInside(input);
  const number = input[input.length - 1];
  if (input.length < 3 || !REGNAL_NUMBER.test(number)) return c;
  const person = c.kind === 'person' ? c : withHonorificInside(input.slice(0, -1));
  if (person.kind !== 'person') return c;
  const words = person.name.split(' ');
  if (words[words.length - 1] === number) words.pop();
  // ("Nana Kwamena Essuman III": before a numbered name "Nana" is the stool's title, not a first name.)
  const name = words.length >= 3 && STOOL_TITLES.has(bare(words[0])) ? words.slice(1) : words;
  return { ...person, name: `${name.join(' ')} ${number}` };
}

/**
 * The classification, or the holder of an office "of" a portfolio or body when the words read otherwise as
 * no person, a body, or a person whose name holds the title's words ("Regulation and Trade Artsiom Karnilau").
 * (Only then: names the other rules read right, "Le Minh Quang", "Mohd Rizal bin Haji Osman", stay as read.)
 */
function withOfficeHolder(input: string[]): Classified {
  const c = classifyUncached(input);
  if (c.kind === 'organization' && input.length >= 4) {
    const member = memberAfterBody(input);
    if (member) return member;
  }
  // (Most words open with no office or its modifier: they are not looked at again.)
  const first = input.length >= 4 ? bare(input[0]) : '';
  if (!OFFICES_OF.has(first) && !OFFICE_MODIFIERS.has(first)) return c;
  if (c.kind === 'person' && !TITLE_WORDS_IN_NAME.test(c.name) && !c.name.split(' ').some((w) => ROLE_HEADS.has(bare(w)) || ORG_HEADS.has(bare(w)))) return c;
  const inputBare = mapPacked(input, bare);
  const holder = officeHolder(input, inputBare);
  if (holder) return { kind: 'person', name: holder.name, role: holder.role, gender: c.gender };
  // ("Minister of Culture, Youth and Sports Yang Berhormat Major General": a title whose holder's name comes
  // after a bracket names no one "Major General".)
  // (Nor is "Community Development and Public Security", the rest of "Minister of the Interior, Community
  // Development and Public Security," before the holder's name in apposition, anyone's name.)
  const onlyTitleWords = c.kind === 'person' && opensWithOfficeWords(inputBare) && (c.name.split(' ').every((w) => ROLE_HEADS.has(bare(w))) || NAME_WITH_JOINER.test(c.name));
  return onlyTitleWords ? { kind: null, name: '', role: input.join(' '), gender: c.gender } : c;
}
/** A word that can stand in a holder's name after a body or a title: capitalised, and no body's, title's, portfolio's or place's head. */
function isHolderNameWord(word: string, bareWord: string): boolean {
  return isCapitalised(word) && !ORG_HEADS.has(bareWord) && !ROLE_HEADS.has(bareWord) && !TITLE_OBJECT_WORDS.has(bareWord) && !PLACE_HEADS.has(bareWord);
}

/**
 * "National Assembly Malik Waqas Ahmed Sandhu" (the end of "Leader of the Opposition in the National Assembly
 * …"): a body's name, then a full name that opens with a known first name or a South Asian word of lineage, is
 * that person, the body their office's.
 */
function memberAfterBody(input: string[]): Classified | null {
  const inputBare = mapPacked(input, bare);
  let head = -1;
  for (let i = input.length - 3; i >= 1; i--) if (ORG_HEADS.has(inputBare[i])) { head = i; break; }
  // ("Office of Public Works Fergal Dineen", the end of "Minister of State with responsibility for the Office of
  // Public Works …": a body's head, "of" and its capitalised object, then a full name that opens with a known
  // first name.)
  if (head < 0 && ORG_HEADS.has(inputBare[0]) && (inputBare[1] === 'of' || inputBare[1] === 'for')) {
    const at = input.findIndex((w, i) => i >= 3 && i <= input.length - 2 && isKnownFirstName(w));
    // (Not a body's own words after a given name: "Coalition of Thanaweya Amma Parents".)
    const bodyWords = at > 0 && input.slice(at).some((w) => UNNAMED_PERSON_HEADS.has(bare(w)) || PEOPLE_GROUP_HEADS.has(bare(w)));
    if (at > 0 && !bodyWords && input.slice(2, at).every((w) => isCapitalised(w) || w === 'and')) head = at - 1;
  }
  if (head < 0) return null;
  const name = input.slice(head + 1);
  const opensName = isKnownFirstName(name[0]) || LINEAGE_WORDS.has(inputBare[head + 1]);
  const plainName = name.length <= 4 && name.every((w, i) => !isAcronym(w) && isHolderNameWord(w, inputBare[head + 1 + i]));
  return opensName && plainName ? { kind: 'person', name: name.join(' '), role: input.slice(0, head + 1).join(' '), gender: 'unknown' } : null;
}
const TITLE_WORDS_IN_NAME = /\b(?:of|for|and|the)\b/;
/** Words that join a portfolio's words, never a person's name: "Community Development and Public Security". */
const NAME_WITH_JOINER = /\s(?:and|of|for|&)\s/;
const splitsBackTo = (words: string[]): boolean => words.length > 0 && words.every((w) => w !== '' && !w.includes(' '));

/** Memoised: the same capitalised runs recur through an article. Callers get a copy. */
export function classifyWords(input: string[]): Classified {
  return { ...classifyMemo(input) };
}

/** The memoised classification itself, for callers here that only read it (no copy). */
const classifiedWords = (input: string[]): Readonly<Classified> => classifyMemo(input);

/** An initial: a capital and a full stop. (A module constant: under tsx, a `\p{…}` outside brackets inside a function is rebuilt on every call.) */
const INITIAL_WITH_STOP = /^\p{Lu}\.$/u;

/** Trade words that are also surnames ("Anna Steel", "Samantha Power", "Sarah Lines"). */
const TRADE_WORDS_ALSO_SURNAMES: ReadonlySet<string> = new Set(['steel', 'power', 'lines', 'homes', 'games', 'tours', 'rail', 'transport']);

/** Words that open bodies' names in Spanish and Portuguese and are also surnames ("Fernando Loría Cámara"). */
const BODY_WORDS_ALSO_SURNAMES: ReadonlySet<string> = new Set(['cámara', 'câmara']);

/**
 * Whether the word at `i` is an honorific that comes off a name: any but the last word of a longer name.
 * (A module function, not a closure in `classifyUncached`: under tsx each closure assigned to a name gets that
 * name set by a `defineProperty` call, on every classification.)
 */
function isDroppedHonorific(wordsBare: string[], kept: string[], i: number): boolean {
  // ("Minister of Health Dato Seri Setia Dr Haji Mohd Rizal": "Haji" right after another honorific is one too.)
  // (The word before is looked at only for an honorific that is also a name.)
  // ("Kh. Joykumar Singh": a Manipuri clan's initial, written so, is part of the name; Indonesia's "KH" is in capitals.)
  const honorific = HONORIFICS.has(wordsBare[i]) && !(i === wordsBare.length - 1 && i > 0) && !TWO_LETTER_INITIAL.test(kept[i]);
  const dropped = honorific && (!ALSO_NAMES.has(wordsBare[i]) || leadsName(wordsBare, i) || (i > 0 && (HONORIFICS.has(wordsBare[i - 1]) || isMalaysianTitleWord(wordsBare, i - 1))));
  // (The Indonesian "Pak" comes off before one name of one word, "Pak Haryono"; the Korean surname Pak stands
  // before a given name of two syllables, "Pak Pong-ju", "Pak Jong Chon".)
  const pakBeforeOneName = kept[i] === 'Pak' && i === kept.length - 2 && !kept[i + 1].includes('-');
  return dropped || pakBeforeOneName || (STYLES_BEFORE_FULL_NAMES.has(kept[i]) && kept.length - i >= 3 && (i === 0 || ROLE_HEADS.has(wordsBare[i - 1]))) || isMalaysianTitleWord(wordsBare, i) || isTwoWordStyle(wordsBare, i);
}

/**
 * Styles that come off only before a full name, being names or words of their own elsewhere: the Yoruba "Pa"
 * for an elder ("Pa Gabriel Ojo"; "PA" is an agency), the Mindanao "Datu" and "Bai" ("Bai Lorna Sumalinog";
 * "Bai Ling" is a Chinese name), an Anglican "Canon" ("Canon Samuel Kagimu"; Canon is a company), the Punjabi
 * "Bibi" for a woman, the Ethiopian Orthodox "Abba" for a priest, the Spanish "Don" and "Doña" ("Don Luis
 * Araya Pizarro"; "Don Smith" is a name), the West African "Ma" for a woman ("Ma Grace Ewule Njoh"; "Ma
 * Ying-jeou" is a name), East Africa's "Mama" ("Mama Tatu Salehe"; before one name it is the name someone
 * goes by, often a mother's after her child, "Mama Bisi", "Mama Atieno"), the Nso "Shey" and the Igbo "Lolo"
 * for a chief's wife.
 */
const STYLES_BEFORE_FULL_NAMES: ReadonlySet<string> = new Set(['Pa', 'Ma', 'Mama', 'Lolo', 'Shey', 'Datu', 'Bai', 'Canon', 'Bibi', 'Abba', 'Don', 'Doña', 'Dona']);

/**
 * A style of two words whose first word alone is no honorific: the French "Sa Majesté", "Son Excellence", "Son
 * Altesse", "El Hadj" of the Sahel ("El Hadj Moustapha Boukar Tanimoune"), whose "El" opens names, and the Thai
 * monk's "Phra Maha".
 */
function isTwoWordStyle(wordsBare: string[], i: number): boolean {
  const word = wordsBare[i];
  if (word === 'sa' || word === 'son') return FRENCH_STYLES.has(wordsBare[i + 1]) && i < wordsBare.length - 2;
  // ("El Hadj ould Mohamed Saleck": before a Mauritanian patronymic, "El Hadj" is the given name.)
  // ("El Hadji Aliou Ndiaye": Senegal writes it "Hadji".)
  if (word === 'el') return HADJ.has(wordsBare[i + 1]) && i < wordsBare.length - 2 && !PATRONYMIC_JOINERS.has(wordsBare[i + 2]);
  // ("Phra Maha Anan Thammajaro": a Thai monk's "Maha", a scholar's rank, after "Phra"; "Maha" alone is a name.)
  if (word === 'maha') return wordsBare[i - 1] === 'phra' && i < wordsBare.length - 1;
  // ("Minister of Labour H E Dr Hamad bin Nasser Al Sulaiti", "H E Yerlan Tokhtarov": the Gulf papers' "His
  // Excellency", before a name of two words or more; "H E Bates" is a writer's initials.)
  if (word === 'h') return wordsBare[i + 1] === 'e' && i < wordsBare.length - 3;
  if (word === 'e' && wordsBare[i - 1] === 'h') return i < wordsBare.length - 2;
  return (FRENCH_STYLES.has(word) && (wordsBare[i - 1] === 'sa' || wordsBare[i - 1] === 'son')) || (HADJ.has(word) && wordsBare[i - 1] === 'el' && !PATRONYMIC_JOINERS.has(wordsBare[i + 1]));
}
const PATRONYMIC_JOINERS: ReadonlySet<string> = new Set(['ould', 'mint', 'ag', 'walet']);
const HADJ: ReadonlySet<string> = new Set(['hadj', 'hadji']);
const FRENCH_STYLES: ReadonlySet<string> = new Set(['majesté', 'excellence', 'altesse', 'éminence', 'sainteté']);

/**
 * Honorifics that are also names inside a name: "Haji Ahmad Zaki" is honoured, "Ameir Haji Vuai" is named so; the
 * Ethiopian "Ato" (Mr) is the Fante given name Ato inside "Jerry Ato Sackey-Mensah", and Brunei's "Awang" (Mr) a Malay
 * name inside "Kamarudin Awang Ngah".
 */
const ALSO_NAMES: ReadonlySet<string> = new Set(['haji', 'hajji', 'hajah', 'hajia', 'haj', 'hajj', 'hajja', 'coronel', 'ato', 'awang']);

/** Whether only honorifics stand before word `i`. */
function leadsName(wordsBare: string[], i: number): boolean {
  for (let j = 0; j < i; j++) if (!HONORIFICS.has(wordsBare[j]) && !isMalaysianTitleWord(wordsBare, j) && !isTwoWordStyle(wordsBare, j)) return false;
  return true;
}

/**
 * Malaysian titles of two words: "Tan Sri", "Puan Sri", "Datuk Seri", "Dato' Sri", "Toh Puan". "Tan" is a
 * surname and "Sri" a given name elsewhere ("Tan Chong Wei", "Sri Wahyuni"); only as a pair are they titles.
 */
function isMalaysianTitleWord(wordsBare: string[], i: number): boolean {
  const word = wordsBare[i];
  const next = wordsBare[i + 1];
  const previous = wordsBare[i - 1];
  if (i >= wordsBare.length - 2) return false; // a title leaves a name of two words at least
  if ((word === 'tan' || word === 'puan') && (next === 'sri' || next === 'seri')) return true;
  if ((word === 'sri' || word === 'seri') && (previous === 'tan' || previous === 'puan' || previous === 'datuk' || previous === 'datin' || previous === 'dato' || previous === "dato'")) return true;
  if (word === 'toh' && next === 'puan') return true;
  // Bruneian styles: "Yang Berhormat", "Yang Mulia", "Pehin Orang Kaya Seri Kerna", "Dato Seri Setia", "Dato
  // Paduka": "Yang" and "Orang Kaya" only as such pairs ("Yang" is a surname elsewhere), and the honour words
  // only after a title word.
  if (word === 'yang' && (next === 'berhormat' || next === 'mulia' || next === 'amat')) return true;
  if ((word === 'berhormat' || word === 'mulia' || word === 'amat') && previous === 'yang') return true;
  if (word === 'mulia' && previous === 'amat') return true;
  if ((word === 'orang' && next === 'kaya') || (word === 'kaya' && previous === 'orang')) return true;
  return BRUNEIAN_HONOUR_WORDS.has(word) && previous !== undefined && (BRUNEIAN_HONOUR_WORDS.has(previous) || previous === 'kaya' || previous === 'dato' || previous === 'datuk' || previous === 'pehin' || previous === 'datin');
}
/** Words that open a Malay or Bruneian title of two words or more ("Tan Sri", "Yang Berhormat", "Orang Kaya"). */
const MALAY_TITLE_OPENERS: ReadonlySet<string> = new Set(['tan', 'puan', 'toh', 'yang', 'orang']);
/** The words of the honours in a Bruneian title ("Dato Seri Setia", "Pehin Orang Kaya Seri Kerna"). */
const BRUNEIAN_HONOUR_WORDS: ReadonlySet<string> = new Set(['seri', 'sri', 'setia', 'paduka', 'kerna', 'laila', 'jasa', 'indera', 'wangsa', 'pekerma', 'dewa', 'lela', 'utama', 'jaya', 'perdana', 'maharaja', 'pahlawan', 'lailaraja', 'diraja']);

/**
 * A title, then honorifics, then a full name: the person, with the title as role. The title holds a title word
 * and only capitalised words and joiners; the name is what `classifyWords` reads as a person.
 */
function titleBeforeHonorific(kept: string[], wordsBare: string[]): Classified | null {
  // (Most runs hold no honorific after their second word: nothing more is read.)
  let honoured = false;
  for (let i = 2; i < wordsBare.length && !honoured; i++) honoured = HONORIFICS.has(wordsBare[i]) || MALAY_TITLE_OPENERS.has(wordsBare[i]);
  if (!honoured) return null;
  const at = wordsBare.findIndex((w, i) => i >= 2 && isDroppedHonorific(wordsBare, kept, i) && !isDroppedHonorific(wordsBare, kept, i - 1));
  if (at < 0) return null;
  const title = kept.slice(0, at);
  if (!wordsBare.slice(0, at).some((w) => ROLE_HEADS.has(w)) || !title.every((w) => isCapitalised(w) || /^(?:of|for|the|and|&)$/.test(w))) return null;
  // (At least two words of name after the honorifics.)
  let from = at;
  while (from < kept.length && isDroppedHonorific(wordsBare, kept, from)) from++;
  if (kept.length - from < 2) return null;
  const person = classifyWords(kept.slice(at));
  return person.kind === 'person' ? { ...person, role: [title.join(' '), person.role].filter(Boolean).join(' ') } : null;
}

/** Words that open a place's name before "of": "Isle of Man", "Republic of Korea", "City of Cape Town". */
const PLACES_NAMED_OF: ReadonlySet<string> = new Set(['isle', 'isles', 'island', 'islands', 'republic', 'kingdom', 'city', 'port', 'state', 'province', 'bay', 'gulf', 'commonwealth', 'principality', 'sultanate', 'emirate', 'county', 'borough', 'town', 'municipality']);
/** "D.Enkhbaatar", "Kh.Bolormaa", "Ts.Batbayar": an initial (one or two letters) joined to a given name by a full stop. */
const INITIAL_JOINED_NAME = /^(?:\p{Lu}|Ts|Kh|Ch|Sh|Zh|Ya|Yu|Ye|Yo)\.\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;

/** A bracketed place or country, then a legal form: " (M) Sdn Bhd", " (Penang) Sdn. Bhd.", " (Pty) Ltd". */
const BRACKET_THEN_LEGAL_FORM = /^\s?\([^()]{1,24}\)\s+(?:Sdn\.?\s+Bhd|Pty\.?\s+Ltd|Pvt\.?\s+Ltd|Ltd|Limited|Inc|LLC|GmbH|Plc|PLC|SA|AG|Bhd|Berhad)\.?(?![\p{L}])/u;

/** Companies' legal forms, as written after their names ("AG", "GmbH", "S.A." without its dots is "SA"). */
const LEGAL_FORMS: ReadonlySet<string> = new Set(['AG', 'GmbH', 'SA', 'S.A', 'SpA', 'S.p.A', 'NV', 'N.V', 'BV', 'B.V', 'ASA', 'A/S', 'I/S', 'K/S', 'P/S', 'S/A', 'Oyj', 'AB', 'Bhd', 'Berhad', 'Tbk', 'Pty', 'Pvt', 'SARL', 'SAS', 'Srl', 'S.r.l', 'KK', 'Ltd', 'Limited', 'Inc', 'Plc', 'PLC', 'LLC', 'LLP', 'Corp', 'Co', 'JSC', 'PJSC', 'OJSC', 'OOO', 'JSCB']);

/** Whether the words after the first read as a name: capitalised, with no surname particle next and no title or body word. */
function restIsName(rest: string[], lower: string[]): boolean {
  return UPPER_FIRST.test(rest[1] ?? '') && !SURNAME_PARTICLES.has(lower[1]) && !lower.slice(1).some((w) => ORG_HEADS.has(w) || ROLE_HEADS.has(w));
}

/** `word.replace(/\.$/, '')`: the word without one final full stop. */
const withoutFinalStop = (word: string): string => (word.endsWith('.') ? word.slice(0, -1) : word);

function classifyUncached(input: string[]): Classified {
  let lead = 0;
  // Each word bared once: the tests below all look words up in lower-case lists.
  const inputBare = mapPacked(input, bare);
  const hasOrgHead = inputBare.some((w) => ORG_HEADS.has(w));
  // "South Korean-owned Daesan Energy", "New York-based Halvard Capital": the place before a descriptor goes with it.
  for (let i = 1; i < Math.min(3, input.length - 1); i++) {
    if (input[i].includes('-') && AGED_OR_LED.test(input[i])) {
      lead = i + 1;
      break;
    }
  }
  // ("Aisling", "Sterling" end like participles but are first names.)
  while (lead < input.length - 1 && isDescriptor(input[lead]) && !(hasOrgHead && /ing$/.test(input[lead])) && !isKnownFirstName(input[lead])) lead++;
  // "Prosecuting for the Environment Agency", "Writing in The Irish Times": a participle and its preposition
  // open a clause; the name is after them.
  if (lead === 0 && input.length >= 3 && PARTICIPLE_PREPOSITIONS.has(input[1]) && CAPITALISED_PARTICIPLE.test(input[0]) && !NAME_SHAPED_ING.test(input[0]) && !isKnownFirstName(input[0])) {
    lead = input[2] === 'the' && input.length >= 4 ? 3 : 2;
  }
  const lastWord = input.length - lead - 1;
  // (POSSESSIVE_ENDING can match only a word that ends in "'s" or "s'".)
  // (Read from `lead` in place: no copy of the words first.)
  const words: string[] = [];
  for (let i = lead; i < input.length; i++) {
    const w = input[i];
    words.push(i - lead === lastWord && (endsWithPossessive(w) || endsWithPluralPossessive(w)) ? w.replace(POSSESSIVE_ENDING, '') : w);
  }
  // ("Rural Councils of Manitoba", "Allied Unions of Kerala": a plural of bodies before "of" and a place.)
  const ofAt = words.indexOf('of');
  if (ofAt >= 2 && ofAt < words.length - 1 && PLURAL_BODY_HEADS.has(bare(words[ofAt - 1])) && words.slice(ofAt + 1).every((w) => isCapitalised(w) || w === 'the')) {
    return { kind: 'organization', name: words.join(' '), role: null, gender: 'unknown' };
  }
  // ("An Garda Síochána" is a body, not a garda named Síochána; "An Cheathrú Rua" a place.)
  // ("Fundación Mar Austral", "Sindicato Pedro Ruiz": a foreign body's opening word before a name that reads as a
  // person's is the body's name, not a title; English words such as "Union" or "Commission" do open titles.)
  if (words.length >= 3 && FOREIGN_BODY_OPENERS.has(bare(words[0])) && !ENGLISH_BODY_WORDS.has(bare(words[0])) && !inputBare.slice(lead + 1).some((w) => ROLE_HEADS.has(w)) && !input.some((w) => POSSESSIVE_ENDING.test(w))) {
    return { kind: 'organization', name: words.join(' '), role: null, gender: 'unknown' };
  }
  if (words.length >= 2 && opensIrishName(words[0], words.slice(1))) return { kind: IRISH_PLACE_AFTER_AN.has(words[1]) ? 'place' : 'organization', name: words.join(' '), role: null, gender: 'unknown' };
  // "Brian Ochieng of the Kampala-based Youth Justice Initiative", "Samuel Okafor of Lakeshore Children's
  // Hospital": a first name and a surname (or two), then "of"/"from", is that person, whatever the body after
  // it is called (the body is mentioned on its own: `affiliationOf`).
  // ("Justice Eleanor Brandt of the Court of King's Bench": one title word may stand before the name.)
  // ("Detective Sergeant Colin Rattray of Police Scotland's Tayside division": or two.)
  let titleFirst = 0;
  // ("Co-author Associate Professor Tane Whitford of …": or three.)
  while (titleFirst < 3 && words.length >= 5 + titleFirst && (ROLE_HEADS.has(inputBare[lead + titleFirst]) || HONORIFICS.has(inputBare[lead + titleFirst]))) titleFirst++;
  const affiliated = words.findIndex((w, i) => i >= 2 + titleFirst && i <= 3 + titleFirst && (w === 'of' || w === 'from'));
  // (After a title the first name need not be known: "Associate Professor Tane Whitford of the University of
  // Tasmania's Institute for Marine and Antarctic Studies".)
  if (affiliated > 0 && (isKnownFirstName(words[titleFirst]) || titleFirst > 0) && words.slice(titleFirst, affiliated).every((w, i) => isCapitalised(w) && !ORG_HEADS.has(inputBare[lead + titleFirst + i]) && !ROLE_HEADS.has(inputBare[lead + titleFirst + i]) && !HONORIFICS.has(inputBare[lead + titleFirst + i]) && !/['’]s?$/.test(w)) && words.length - affiliated >= 2) {
    const person = words.slice(titleFirst, affiliated);
    return { kind: 'person', name: person.join(' '), role: titleFirst ? words.slice(0, titleFirst).join(' ') : null, gender: genderOfBare(inputBare.slice(0, lead + titleFirst)) };
  }
  // "Speaker of the State Great Khural D.Enkhbaatar", "Light Industry Kh.Bolormaa": a Mongolian name, the
  // father's initial joined to the given name, is a whole name; the words before it are a title.
  if (words.length >= 2 && words[words.length - 1].includes('.') && INITIAL_JOINED_NAME.test(words[words.length - 1]) && !words.slice(0, -1).some((w) => INITIAL_JOINED_NAME.test(w))) {
    return { kind: 'person', name: words[words.length - 1], role: words.slice(0, -1).join(' '), gender: genderOfBare(inputBare.slice(0, lead)) };
  }
  // "Directorate General of Penal Centres", "Inspectorate General of Finance": a body's head with "General"
  // after it opens a body's name; the "General" is no rank before a name.
  // ("Contraloría General de la República": with the small words of other languages' names too.)
  // (Not a body's own general manager or counsel: "Metro General Manager Teresa Smith".)
  if (words.length >= 3 && ORG_HEADS.has(inputBare[lead]) && inputBare[lead + 1] === 'general' && !ROLE_HEADS.has(inputBare[lead + 2] ?? '') && inputBare.slice(lead + 2).every((w, i) => isCapitalised(words[i + 2]) || w === 'of' || w === 'for' || w === 'the' || w === 'and' || NAME_CONNECTORS.has(w))) {
    return { kind: 'organization', name: words.join(' '), role: null, gender: 'unknown' };
  }
  // "Rheinklinik AG", "Alpenpflege GmbH", "PT Lintas Teluk Nusantara": a company's legal form at the end (or
  // Indonesia's "PT" first) makes it a company, whatever its other words.
  if (words.length >= 2 && (LEGAL_FORMS.has(withoutFinalStop(words[words.length - 1])) || words[0] === 'PT') && words.slice(0, -1).every((w) => isCapitalised(w) || /^(?:&|and|of|de|des|du|der|und)$/.test(w))) {
    return { kind: 'organization', name: words.join(' '), role: null, gender: 'unknown' };
  }
  // "Kenya Red Cross", "the Iraqi Red Crescent": the movement's name makes a body, whatever words stand with it.
  // (Not "Kenya Red Cross Secretary General Dr Mercy Akinyi Ouma": only body words may follow the movement's name.)
  const redCross = words.length >= 2 ? words.findIndex((w, i) => w === 'Red' && (words[i + 1] === 'Cross' || words[i + 1] === 'Crescent')) : -1;
  if (redCross >= 0 && inputBare.slice(lead + redCross + 2).every((w) => ORG_HEADS.has(w))) return { kind: 'organization', name: words.join(' '), role: null, gender: 'unknown' };
  // "East African Community", "Economic Community of Central African States": a bloc whose name ends in
  // "Community", or goes on with "of" after it. ("Culture, Community and Youth" is a portfolio.)
  const community = words.indexOf('Community');
  if (community >= 1 && (community === words.length - 1 || words[community + 1] === 'of') && words.slice(0, community).every((w) => isCapitalised(w) && !ROLE_HEADS.has(bare(w)))) {
    return { kind: 'organization', name: words.join(' '), role: null, gender: 'unknown' };
  }
  // "Friends of the Salt Lake", "Friends of the Earth": a society of friends of something is a body, whatever its
  // last word names (a lake, a park).
  if (words.length >= 3 && words[0] === 'Friends' && words[1] === 'of' && isCapitalised(words[words.length - 1])) {
    return { kind: 'organization', name: words.join(' '), role: null, gender: 'unknown' };
  }
  // "the NGO Eau et Vie Ouémé": the kind of body written as initials before its name is no part of the name.
  if (words.length >= 2 && words[0] === 'NGO' && isCapitalised(words[1])) {
    return { kind: 'organization', name: words.slice(1).join(' '), role: null, gender: 'unknown' };
  }
  // "Isle of Man Steam Packet Company", "City of Cape Town Fire Department", "Port of Tyne Authority": a place
  // named with "of" opens a body's name with a body's head after it; its "of" makes no title or affiliation.
  if (words.length >= 4 && PLACES_NAMED_OF.has(bare(words[0])) && words[1] === 'of' && isCapitalised(words[2]) && words.slice(3).some((w) => ORG_HEADS.has(bare(w))) && !words.some((w) => ROLE_HEADS.has(bare(w))) && words.slice(2).every((w) => isCapitalised(w) || /^(?:of|for|and|&|the)$/.test(w))) {
    return { kind: 'organization', name: words.join(' '), role: null, gender: 'unknown' };
  }
  // A possessive inside the run: "Alachua Sheriff's Office" is one organisation; "Niger's President
  // Mahamadou Issoufou" is a person whose role includes the possessor.
  // A plural "s'" before a body's head is part of its name ("Polish Reporters' Union"), not an owner.
  const possessive = lastIndexWhere(words, (w, i) => endsWithPossessive(w) || (endsWithPluralPossessive(w) && !words.slice(i + 1).some((x) => ORG_HEADS.has(bare(x)))));
  if (possessive >= 0) {
    const after = words.slice(possessive + 1);
    // "Kuwait Society for Workers' Rights", "Department of Veterans' Affairs", "Centre for Women's Rights": a
    // possessive after a body's head and its "for"/"of" belongs to the body's name, whose owner it is not.
    const headBefore = words.slice(0, possessive).findIndex((w) => ORG_HEADS.has(bare(w)));
    // (A plural's possessive, the people the body is for: "Federal Bureau of Investigation's Seattle field
    // office" has an owner.)
    const forPeople = endsWithPluralPossessive(words[possessive]) || PEOPLE_IN_POSSESSIVE.test(words[possessive]);
    if (forPeople && headBefore >= 0 && words.slice(headBefore + 1, possessive).some((w) => w === 'for' || w === 'of') && after.length > 0 && after.every((w) => isCapitalised(w) && !ROLE_HEADS.has(bare(w)) && !ORG_HEADS.has(bare(w)))) {
      return { kind: 'organization', name: words.join(' '), role: null, gender: 'unknown' };
    }
    // "Vice Chairman of the HCMC People's Committee Le Minh Quang": a title before the owner, and a full name
    // after the body's head, is a person with that title.
    const lastHead = lastIndexWhere(after, (w) => ORG_HEADS.has(bare(w)));
    const tail = after.slice(lastHead + 1);
    if (lastHead >= 0 && tail.length >= 2 && (tail.length >= 3 || isKnownFirstName(tail[0])) && words.slice(0, possessive).some((w) => ROLE_HEADS.has(bare(w))) && tail.every((w) => isCapitalised(w) && !ORG_HEADS.has(bare(w)) && !ROLE_HEADS.has(bare(w)) && !/^(?:of|for|the|and|&)$/i.test(w))) {
      return { kind: 'person', name: tail.join(' '), role: words.slice(0, possessive + 1 + lastHead + 1).join(' '), gender: 'unknown' };
    }
    if (after.some((w) => ORG_HEADS.has(bare(w))) && !after.some((w) => ROLE_HEADS.has(bare(w)))) {
      // "Alachua Sheriff's Office" is one name; "Taiwan's Constitutional Court" is the court of a place.
      const ownerIsNoun = ROLE_HEADS.has(bare(words[possessive])) || ORG_HEADS.has(bare(words[possessive])) || PEOPLE_IN_POSSESSIVE.test(words[possessive]);
      // ("Njoroge's People's Unity Party": an owner before the noun's possessive is not part of the name.)
      const earlierOwner = ownerIsNoun ? lastIndexWhere(words.slice(0, possessive), endsWithPossessive) : -1;
      // ("St Colman's University Hospital", "St Mary's College": a saint's name is the body's own.)
      const saintsName = possessive === 1 && SAINT.test(words[0]);
      return { kind: 'organization', name: ownerIsNoun || saintsName ? words.slice(earlierOwner + 1).join(' ') : after.join(' '), role: null, gender: 'unknown' };
    }
    const inner = classifyWords(after);
    const owner = words.slice(0, possessive + 1).join(' ');
    // "Atlantic Council's Washington headquarters": an organisation's single-word possession is not a person.
    if (inner.kind === 'single' && !inner.role && words.slice(0, possessive + 1).some((w) => ORG_HEADS.has(bare(w)))) return { kind: null, name: inner.name, role: null, gender: 'unknown' };
    // ("the Attorney General's Chambers": one word that is no first name, after an office in the possessive, is
    // what the office owns, and the whole run names a body. Not "the President's Chief of Staff John Kelly".)
    if (inner.kind === 'single' && !inner.role && ROLE_HEADS.has(bare(words[possessive])) && !isKnownFirstName(inner.name)) return { kind: 'organization', name: words.join(' '), role: null, gender: 'unknown' };
    if (inner.kind === 'person' || inner.kind === 'single') return { ...inner, role: [owner, inner.role].filter(Boolean).join(' ') };
    return inner;
  }
  return classifyAfterOwner(inputBare, lead, words);
}

/**
 * The rules of `classifyUncached` for a run with no owner in it (no possessive), from its honorifics on. (The
 * classification is cut into functions by its stages: one function of all the rules took V8 a third of a second
 * to optimise, several times over while the first articles were read.)
 */
function classifyAfterOwner(inputBare: string[], lead: number, words: string[]): Classified {
  // (No copy when nothing was skipped: no list here is changed in place.)
  let wordsBare = lead === 0 ? inputBare : inputBare.slice(lead);
  let kept = words;
  // "Judge Caroline Ashdown KC": honours and offices after a full name are not part of it.
  if (kept.length >= 3 && POSTNOMINALS.has(wordsBare[wordsBare.length - 1]) && isAcronym(kept[kept.length - 1])) {
    kept = kept.slice(0, -1);
    wordsBare = wordsBare.slice(0, -1);
  }
  // "Lt Col Mariam Al Ketbi", "Col Omar Al Naqbi": "Col" without its stop is a colonel after "Lt" or before a
  // full name of its own ("Col Henderson" alone is a first name).
  // ("Lt Kol Zulkifli Che Mat": the Malay spelling, after "Lt" only.)
  const kol = wordsBare.indexOf('kol');
  const col = wordsBare.includes('col') ? wordsBare.indexOf('col') : kol > 0 && wordsBare[kol - 1] === 'lt' ? kol : -1;
  // ("Pol Col Krit": Thai police ranks open with "Pol".)
  if (col >= 0 && (wordsBare[col - 1] === 'lt' || wordsBare[col - 1] === 'pol' || wordsBare.length - col >= 3)) {
    wordsBare = wordsBare.map((w, i) => (i === col ? 'colonel' : w));
  }
  // ("Det Con Gareth Price": after "Det", "Con" is a constable, not the Irish first name.)
  const con = wordsBare.indexOf('con');
  if (con >= 1 && wordsBare[con - 1] === 'det') wordsBare = wordsBare.map((w, i) => (i === con ? 'constable' : w));
  const gender = genderOfBare(wordsBare);
  // "Acting Director of Environmental Health Services Dayang Hajah Nurul Huda binti Haji Abdul Karim",
  // "Ketua Kampong Sungai Liang Awang Haji Rosli bin Haji Ismail": an honorific after a title marks where the
  // name starts, whatever the title's words are (a body's, a place's).
  const titled = titleBeforeHonorific(kept, wordsBare);
  if (titled) return titled;
  // Honorifics come off ("Dr Ana Duarte", "Health Minister Dr Ana Duarte"), except as the last word of a
  // longer name, where the word is a surname ("Imran Sheikh", "Farida Begum").
  // (Decided once per word: both lists drop the same words.)
  const dropped = mapPacked(kept, (_, i) => isDroppedHonorific(wordsBare, kept, i));
  let rest = kept.filter((_, i) => !dropped[i]);
  const lower = wordsBare.filter((_, i) => !dropped[i]);

  // "Traditional Authority Kanyimbi", "Sub-Traditional Authority Mwambo": in Malawi the title of a chief, before
  // the chief's name, not a body's name.
  const chiefTitle = lower.findIndex((w, i) => (w === 'traditional' || w === 'sub-traditional') && lower[i + 1] === 'authority');
  if (chiefTitle >= 0 && rest.length - chiefTitle - 2 >= 1 && rest.length - chiefTitle - 2 <= 2 && rest.slice(chiefTitle + 2).every((w, i) => isCapitalised(w) && !ORG_HEADS.has(lower[chiefTitle + 2 + i]))) {
    return { kind: 'person', name: rest.slice(chiefTitle + 2).join(' '), role: rest.slice(0, chiefTitle + 2).join(' '), gender };
  }
  // "Ministry of Justice", "Department for Education": a body's head, then "of"/"for", is a body, whatever
  // title words follow ("justice" is also a judge's title) — unless a person is named at its end.
  // ("Citizens' Coalition for Historical Justice": a few words of the body's own before its head.)
  const bodyHead = lower.findIndex((w, i) => i <= MAX_WORDS_BEFORE_BODY_HEAD && ORG_HEADS.has(w) && !ROLE_HEADS.has(w) && (lower[i + 1] === 'of' || lower[i + 1] === 'for'));
  const ownWords = bodyHead > 0 && lower.slice(0, bodyHead).every((w, i) => isCapitalised(rest[i]) && !ROLE_HEADS.has(w) && !NAME_CONNECTORS.has(w) && !/^(?:of|for|the|and)$/.test(w) && !isKnownFirstName(rest[i]));
  const opensAsBody = rest.length >= bodyHead + 3 && (bodyHead === 0 || ownWords);
  // (Whether a full name ends the run is read only for a run that opens as a body's name.)
  // ("Department of Health Bríd Uí Cheallaigh": a surname particle may stand between the first name and the rest.)
  const firstNameAt = rest.length >= 3 && SURNAME_PARTICLES.has(lower[rest.length - 2]) && isCapitalised(rest[rest.length - 2]) ? rest.length - 3 : rest.length - 2;
  // ("Ceylon Chamber of Commerce Chairman Shiran Fernandopulle": or two words after a title word, whatever the
  // lists say of the first.)
  const afterTitle = firstNameAt >= 2 && ROLE_HEADS.has(lower[firstNameAt - 1]) && isCapitalised(rest[firstNameAt - 1]) && rest.slice(firstNameAt).every((w, i) => isHolderNameWord(w, lower[firstNameAt + i]));
  const endsWithFullName = opensAsBody && rest.length >= 2 && (isKnownFirstName(rest[firstNameAt]) || afterTitle) && !ROLE_HEADS.has(lower[firstNameAt]) && !/^(?:of|for|the|and)$/.test(lower[firstNameAt]);
  if (opensAsBody && !endsWithFullName) {
    return { kind: 'organization', name: rest.join(' '), role: null, gender };
  }
  // ("Minister of State at the Department of Health Bríd Uí Cheallaigh": a body's name with no title word in it,
  // then a first name, a surname particle and a surname, is that person, the body being where they work. Only
  // with the particle: "Union of Merchant Marine Crews" and "Ministry of Housing and Urban Planning" end in
  // words that are first names too.)
  if (endsWithFullName && bodyHead === 0 && !lower.some((w) => ROLE_HEADS.has(w)) && firstNameAt >= 3 && firstNameAt === rest.length - 3) {
    return { kind: 'person', name: rest.slice(firstNameAt).join(' '), role: rest.slice(0, firstNameAt).join(' '), gender };
  }
  // A title that goes on with "of"/"for" starts its walk at that head ("Member of the Executive Council
  // Thandi Nkosi", not at "Executive"); otherwise the last title word ends the role.
  // "Earl Pettigrew", "Duke Ellington": these peerage titles are common first names, and a peer named by
  // the title and one word ("Earl Spencer") is cited by both words too; "the Earl of Wessex" is a title.
  if (rest.length === 2 && (lower[0] === 'earl' || lower[0] === 'duke') && isCapitalised(rest[1]) && !ROLE_HEADS.has(lower[1])) {
    return { kind: 'person', name: rest.join(' '), role: null, gender: 'male' };
  }
  // "Officer B", "Soldier F", "Witness X": a court's cipher for someone it does not name is their name, title and all.
  if (rest.length === 2 && ROLE_HEADS.has(lower[0]) && CIPHER_LETTER.test(rest[1])) return { kind: 'person', name: rest.join(' '), role: rest[0], gender };
  const titledOf = lower.findIndex((w, i) => ROLE_HEADS.has(w) && (lower[i + 1] === 'of' || lower[i + 1] === 'for') && i < lower.length - 2);
  // (Written "Md", not "MD", the word is Muhammad, no managing director.)
  const lastRole = titledOf >= 0 ? titledOf : lastIndexWhere(lower, (w, i) => ROLE_HEADS.has(w) && rest[i] !== 'Md');
  // "Co-author Dr. Jordi Pastor", "Bishop Anne Judge": a title word right after a known first name at the end is
  // a surname; the title is the one before them.
  const surnameTitle = lastRole >= 2 && lastRole === rest.length - 1 && titledOf < 0 && isKnownFirstName(rest[lastRole - 1]) && !ROLE_HEADS.has(lower[lastRole - 1]) && !TITLE_MODIFIERS.has(lower[lastRole - 1]);
  // ("Morris Township Supervisor Earl Hostetler": "Earl" or "Duke" between a title and a surname is his first name.)
  const peerageFirstName = lastRole >= 1 && lastRole === rest.length - 2 && (lower[lastRole] === 'earl' || lower[lastRole] === 'duke') && ROLE_HEADS.has(lower[lastRole - 1]) && isCapitalised(rest[lastRole + 1]);
  // ("Md Sultan, 45, a truck driver", "Mohd Sultan Abdullah": a title word right after the written-short
  // Muhammad of Bangladeshi and Malaysian names is a given name.)
  const afterShortMuhammad = lastRole >= 1 && SHORT_MUHAMMAD.has(lower[lastRole - 1]) && (lastRole === 1 || !isCapitalised(rest[lastRole - 2]) || ROLE_HEADS.has(lower[lastRole - 2]));
  const lastTitleWord = surnameTitle || afterShortMuhammad ? lastIndexWhere(lower.slice(0, lastRole - 1), (w) => ROLE_HEADS.has(w)) : peerageFirstName ? lastRole - 1 : lastRole;
  // ("Ketua Kampung Ali bin Ahmad", "Tuai Rumah Ngelai": a title's fixed second word is the title's too.)
  // ("Turaga ni Koro Semi Rabuka": or its fixed second and third words.)
  const roleEnd = lastTitleWord < 0 ? lastTitleWord : lastTitleWord + titleTailLength(lower, lastTitleWord);
  if (roleEnd >= 0 && roleEnd < rest.length - 1) {
    const titled = classifyTitled(rest, lower, roleEnd, gender);
    if (titled) return titled;
  }
  return classifyUntitled(rest, lower, roleEnd, gender);
}

/** A run with a title word before its last word (`roleEnd`, in `rest` and its bare words `lower`): the title's holder, or null to read on. */
function classifyTitled(rest: string[], lower: string[], roleEnd: number, gender: Gender): Classified | null {
  let nameStart = roleEnd + 1;
  // ("SSP West Tariq Nawaz Abbasi": an office's division, a compass word, belongs to the title before a full name.)
  if (COMPASS_REGION_WORDS.has(lower[nameStart]) && rest.length - nameStart >= 3 && isKnownFirstName(rest[nameStart + 1])) nameStart++;
  // "Secretary of State Mike Pompeo": the title runs on over "of" and department words.
  let objectStart = -1;
  if (lower[nameStart] === 'of' || lower[nameStart] === 'for') {
    nameStart++;
    objectStart = nameStart;
    // ("Minister of State for Health and Family Welfare Kavita Solanki": a title may hold "of" and "for" again.)
    // ("Member of the Executive Council Thandi Nkosi": body and title words belong to the title too, while a
    // full name still follows them.)
    // ("Minister of Food, Agriculture and Fisheries Ragnheiður Elíasdóttir": a portfolio word keeps the comma
    // of the list it stands in.)
    while (nameStart < rest.length - 1 && (TITLE_OBJECT_WORDS.has(lower[nameStart]) || (lower[nameStart].endsWith(',') && TITLE_OBJECT_WORDS.has(lower[nameStart].slice(0, -1))) || lower[nameStart] === 'for' || lower[nameStart] === 'of' || isAcronym(rest[nameStart]) || ((ORG_HEADS.has(lower[nameStart]) || ROLE_HEADS.has(lower[nameStart])) && nameStart < rest.length - 2))) {
      if (lower[nameStart] === 'for' || lower[nameStart] === 'of') objectStart = nameStart + 1;
      nameStart++;
    }
    // ("MP for St Elizabeth South Western Errol Thorpe": a saint's "St" makes one place word of the word after it.)
    if (nameStart === objectStart && SAINT.test(rest[nameStart]) && rest.length - nameStart >= 4) objectStart = ++nameStart;
    // "Minister of Health and Child Care Sibusisiwe Ndlovu-Khumalo": a portfolio goes on over "and" with words
    // that are no first name, as long as two words are left for the name.
    if (lower[nameStart] === 'and' && nameStart > objectStart && rest.length - nameStart > 3) nameStart++;
    if (lower[nameStart - 1] === 'and' && nameStart - 1 > objectStart) {
      // ("Power, Energy and Mineral Resources Md Tanzimul Islam Mridha": a short "Muhammad" opens the name,
      // whatever follows it.)
      while (rest.length - nameStart > 2 && !isKnownFirstName(rest[nameStart]) && isCapitalised(rest[nameStart]) && !SHORT_MUHAMMAD.has(lower[nameStart])) nameStart++;
    }
    // "Minister of Territorial Cohesion Rui Fontoura": after portfolio words, one more abstract noun, before a
    // full name that opens with a known first name, is the portfolio's. (Not "Nurul" or "Wong": names.)
    else if (nameStart > objectStart && rest.length - nameStart >= 3 && ABSTRACT_NOUN.test(rest[nameStart]) && !isKnownFirstName(rest[nameStart]) && isKnownFirstName(rest[nameStart + 1])) nameStart++;
    // "Mayor of London Sadiq Khan": one place word, when a full name still follows it.
    // Unless it is a first name and the next word is none: "Secretary for Housing Winnie Tsang Mei-ling".
    // A surname particle next ("Ciarán Mac Aodha", "Ana de la Cruz") shows the word is a first name too.
    // (Right after "of"/"for", a word before one that is no known first name is the place, whatever the lists
    // say of it: "MP for Evia Thanasis Makris".)
    const placeWord = !SURNAME_PARTICLES.has(lower[nameStart + 1]) && (!hasKnownFirstName(rest.slice(nameStart, nameStart + 2).join(' ')) || hasKnownFirstName(rest.slice(nameStart + 1, nameStart + 3).join(' ')));
    // (Only a word right after "of"/"for" or "of the": a title word the walk took is no place.)
    const rightAfterOf = nameStart === objectStart || (nameStart === objectStart + 1 && lower[objectStart] === 'the');
    // "TD for Dublin Central Eoghan Mac Lochlainn", "TD for Limerick County Orla Hennessy": a place of two words
    // that are no first names, before a full name that opens with a known one.
    // ("MP for Leeds West Rachel Reeves", "Senator for Lagos Central Oluremi Tinubu": a compass word makes the
    // place two words, whatever the first of them may be as a first name.)
    // ("Minister for iTaukei Affairs Viliame Seruvakula": a modifier and a portfolio word are the title's.)
    // ("Governor of Minas Gerais Antônio Lacerda": before a two-word name that opens with a first name, a first
    // name then a word that is none are the place, whatever the first of them may be elsewhere.)
    const twoPlaceWords = rightAfterOf && rest.length - nameStart >= 4 && !TITLE_OBJECT_WORDS.has(lower[nameStart]) && (CONSTITUENCY_QUALIFIERS.has(lower[nameStart + 1]) || TITLE_OBJECT_WORDS.has(lower[nameStart + 1]) || (!isKnownFirstName(rest[nameStart + 1]) && isKnownFirstName(rest[nameStart + 2]) && (!isKnownFirstName(rest[nameStart]) || rest.length - nameStart === 4)));
    if (twoPlaceWords) {
      nameStart += 2;
      // ("MP for Bristol North West Ruth Okafor": a second compass word is the place's too.)
      if (rest.length - nameStart >= 3 && CONSTITUENCY_QUALIFIERS.has(lower[nameStart])) nameStart++;
    // (Not before a point of the compass: "MSP for North East Scotland" is a region's seat, "East Scotland" no one.)
    } else if (rest.length - nameStart >= 3 && !TITLE_OBJECT_WORDS.has(lower[nameStart]) && !COMPASS_REGION_WORDS.has(lower[nameStart + 1]) && (placeWord || !isKnownFirstName(rest[nameStart + 1])) && rightAfterOf) nameStart++;
  }
  // ("Superintendent of Industrial Police-1 Md Sarwar Alam": a unit named with its number ends the title.)
  const unit = objectStart >= 0 ? rest.findIndex((w, i) => i >= nameStart && i <= rest.length - 3 && UNIT_NUMBER.test(w)) : -1;
  if (unit >= 0) nameStart = unit + 1;
  // ("State Minister of Disaster Management K.D. Lalith Senanayake": initials open the name; the words before
  // them, none a first name, are the portfolio's.)
  const initials = objectStart >= 0 ? rest.findIndex((w, i) => i > nameStart && i <= rest.length - 2 && INITIALS_WORD.test(w)) : -1;
  if (initials > 0 && rest.slice(nameStart, initials).every((w) => isCapitalised(w) && !isKnownFirstName(w))) nameStart = initials;
  // ("Convener of the Electricity Workers' Joint Trade Union Front Kapila Nanayakkara": a body's name of any
  // length ends on its head; two or three capitalised words after the last head are the holder's name.)
  const lastHead = objectStart >= 0 ? lastIndexWhere(rest, (w, i) => i >= nameStart && i <= rest.length - 3 && ORG_HEADS.has(lower[i])) : -1;
  if (lastHead >= 0 && rest.length - lastHead <= 4 && rest.slice(lastHead + 1).every((w, i) => isHolderNameWord(w, lower[lastHead + 1 + i]))) nameStart = lastHead + 1;
  // ("Deputy Commissioner Rawalpindi Ammara Khalid", "SSP Lahore Ali Raza": a district's office, then its
  // district, then a full name that opens with a known first name.)
  // ("Chief Minister Punjab Maryam Nawaz", "Inspector General of Police Punjab Khalid Bhatti", "IGP Sindh …": a
  // province's office is written the same way.)
  // (Not when the district came before the office: "Faridpur Deputy Commissioner Kamrul Ahsan Talukder".)
  const titleStart = DISTRICT_OFFICES.has(lower[roleEnd]) ? roleEnd : roleEnd - 1;
  const districtBefore = titleStart > 0 && isCapitalised(rest[titleStart - 1]) && !ROLE_HEADS.has(lower[titleStart - 1]) && !TITLE_MODIFIERS.has(lower[titleStart - 1]);
  const districtOffice = !districtBefore && (DISTRICT_OFFICES.has(lower[roleEnd]) || (lower[roleEnd] === 'commissioner' && (lower[roleEnd - 1] === 'deputy' || lower[roleEnd - 1] === 'assistant')));
  // (Only before a province's own name: "Chief Minister Dhruba Raj Karki" is a full name.)
  const provincialOffice = PROVINCES.has(lower[nameStart]) && (PROVINCIAL_OFFICES.has(lower[roleEnd]) || (lower[roleEnd - 1] === 'chief' && (lower[roleEnd] === 'minister' || lower[roleEnd] === 'secretary')) || (lower[nameStart - 1] === 'police' && lower[roleEnd] === 'general' && lower[roleEnd - 1] === 'inspector'));
  if (((objectStart < 0 && districtOffice) || provincialOffice) && rest.length - nameStart >= 3 && isCapitalised(rest[nameStart]) && !rest[nameStart].includes('.') && !isKnownFirstName(rest[nameStart])) {
    // ("Deputy Commissioner Tejinder Pal Singh Grewal": a name of four words is one person's; the district is
    // one word before a name of two or three.)
    if (hasKnownFirstName(rest.slice(nameStart + 1).join(' ')) && rest.length - nameStart <= 4 && !(rest.length - nameStart === 4 && SURNAME_AFTER_GIVEN.has(lower[nameStart + 2]))) nameStart++;
    // ("Assistant Commissioner Multan Saddar Hira Nadeem": a district and its subdivision, two words.)
    // (A compass word is a division of its own, before a name that may open with a word no list knows: "DIG
    // East Muqaddas Fatima Rind".)
    // (Nor initials, which open a name: "Deputy Commissioner M S Anitha Kumari".)
    else if (districtOffice && rest.length - nameStart >= 4 && !COMPASS_REGION_WORDS.has(lower[nameStart]) && lower[nameStart].length > 2 && lower[nameStart + 1].length > 2 && isCapitalised(rest[nameStart + 1]) && !isKnownFirstName(rest[nameStart + 1]) && hasKnownFirstName(rest.slice(nameStart + 2).join(' '))) nameStart += 2;
  }
  let nameWords = rest.slice(nameStart);
  let roleWords = rest.slice(0, nameStart);
  // "Crown Prince Mohammad bin Salman of Saudi Arabia": the name ends before "of".
  const ofAt = nameWords.findIndex((w, i) => i > 0 && /^(?:of|for|the)$/.test(w));
  if (ofAt > 0) nameWords = nameWords.slice(0, ofAt);
  // "Pope Francis", "Queen Elizabeth": a regnal title is part of a one-word name.
  if (nameWords.length === 1 && nameStart === roleEnd + 1 && REGNAL_TITLES.has(lower[roleEnd])) {
    nameWords = rest.slice(roleEnd);
    roleWords = rest.slice(0, roleEnd);
  }
  // "Commissioner for the Environment", "Minister for Water Resources", "Minister of State for
  // Sustainability": a title with its object and no name (one word right after "for" is the object).
  const afterOf = nameStart === objectStart || (nameStart === objectStart + 1 && lower[objectStart] === 'the');
  // ("Minister of Health and Wellness": one word after the object's "and" is the object's second part.)
  const secondObject = nameWords.length === 1 && objectStart >= 0 && nameStart > objectStart && /^(?:and|&)$/i.test(rest[nameStart - 1]);
  // ("the Wali of Al Hamra": an Arabic place's article after "of" is no first name "Al".)
  const arabicPlace = afterOf && nameWords.length === 2 && ARABIC_ARTICLE_WORD.test(nameWords[0]);
  // ("Minister for Sugar Industry": two words right after "for" that end like a portfolio are one.)
  const portfolioPair = afterOf && nameWords.length === 2 && rest.length === nameStart + 2 && PORTFOLIO_ENDINGS.has(bare(nameWords[1]));
  // ("MP for Bortianor-Ngleshie Amanfro", "Member of Parliament for Ablekuma North": a constituency right after
  // "for", with no first name in it and no name after it, is the seat's, not a person's name.)
  const seatOnly = afterOf && lower[nameStart - 1] === 'for' && nameWords.length <= 3 && SEAT_HOLDERS.has(lower[roleEnd]) && !nameWords.some((w) => isKnownFirstName(w));
  // ("Governor of Minas Gerais", "the lawyer of Ana Lima", "National Coordinator for Disaster Reduction": the
  // words right after a title's "of" or "for", with nothing after them, are its place, its portfolio or whom it
  // serves, never the holder's name, even when they read as a name.)
  const objectAfterOf = afterOf && (lower[objectStart - 1] === 'of' || lower[objectStart - 1] === 'for') && objectStart === roleEnd + 2 && nameWords.length <= 3 && nameWords.every((w) => isCapitalised(w));
  // ("Member of Parliament for St Catherine South Central", "for Portland Eastern": a place with a point of the
  // compass after it, with nothing after them, is a seat's place.)
  const placeOfSeat = afterOf && nameWords.length <= 4 && nameWords.slice(1).some((w) => CONSTITUENCY_QUALIFIERS.has(bare(w)));
  const titleObjectOnly = seatOnly || objectAfterOf || placeOfSeat || (nameStart > roleEnd + 1 && nameWords.every((w) => TITLE_OBJECT_WORDS.has(bare(w)))) || (nameWords.length === 1 && afterOf && rest.length === nameStart + 1) || secondObject || arabicPlace || portfolioPair;
  // "MPP for Barrie-Oro Valley": a title over a place names no one either.
  // ("MP for Asante Akim North": a constituency of several words, not "Akim North" after a place word.)
  // ("Commander of Region Ten": a place named by its kind and a number or name after it.)
  const overPlace = (afterOf || objectStart >= 0) && (PLACE_HEADS.has(bare(nameWords[nameWords.length - 1] ?? '')) || (nameWords.length <= 3 && PLACE_KINDS_BEFORE_NAME.has(bare(nameWords[0] ?? ''))));
  if (titleObjectOnly || overPlace) return { kind: null, name: '', role: rest.join(' '), gender };
  // "Member of the European Parliament Claudia Verhoeven": the body the title belongs to, then a full name.
  // ("Minister for Further and Higher Education Declan Furlong": the portfolio's last word, then a full name.)
  const firstName = nameWords.findIndex((w, i) => i > 0 && isKnownFirstName(w) && (ORG_HEADS.has(bare(nameWords[i - 1])) || (objectStart >= 0 && TITLE_OBJECT_WORDS.has(bare(nameWords[i - 1])))));
  if (firstName > 0 && nameWords.length - firstName >= 2 && nameWords.slice(firstName).every((w) => isCapitalised(w) && !ORG_HEADS.has(bare(w)) && !/^(?:of|for|the|and|&)$/i.test(w))) {
    return { kind: 'person', name: nameWords.slice(firstName).join(' '), role: [...roleWords, ...nameWords.slice(0, firstName)].join(' '), gender: gender === 'unknown' ? genderOf(roleWords) : gender };
  }
  // "Nigerian Association of Resident Doctors": a body's "of" and a plural of people after the title word
  // name members, not a person called "Doctors".
  const members = nameWords.length === 1 && MEMBER_MODIFIERS.has(lower[roleEnd]) && lower.slice(0, roleEnd).some((w, i) => ORG_HEADS.has(w) && (lower[i + 1] === 'of' || lower[i + 1] === 'for')) && PEOPLE_PLURAL.test(bare(nameWords[0]));
  if (members) return { kind: 'organization', name: rest.join(' '), role: null, gender };
  // (A name never opens with a connector: "Ministry of Justice and Security" is no title over "and Security".)
  // ("Ambassador Anna Steel", "Ambassador Samantha Power": a trade word after a first name is a surname.)
  if (nameWords.length > 0 && !nameWords.some((w, i) => ORG_HEADS.has(bare(w)) && !(i === nameWords.length - 1 && i > 0 && TRADE_HEADS.has(bare(w)) && isKnownFirstName(nameWords[i - 1]))) && !/^(?:and|of|for|&)$/i.test(nameWords[0])) {
    // "DIG East Azfar Mehmood Khokhar", "DIG Makran Range Javed Akhtar Jiskani": after an office's initials, a
    // compass division, or a place closed by a unit word, is the office's, before a full name.
    const unit = officeUnitLength(roleWords, nameWords);
    if (unit > 0) return { kind: 'person', name: nameWords.slice(unit).join(' '), role: [...roleWords, ...nameWords.slice(0, unit)].join(' '), gender: gender === 'unknown' ? genderOf(roleWords) : gender };
    // "DIG Operations Lahore Asif Raza Kharal": a branch of the office, and its place, before a full name.
    const portfolioName = afterPortfolio(nameWords, mapPacked(nameWords, bare));
    if (portfolioName) return { kind: 'person', name: portfolioName.name, role: [...roleWords, portfolioName.role].join(' '), gender: gender === 'unknown' ? genderOf(roleWords) : gender };
    return {
      kind: nameWords.length === 1 || (nameWords.length === 2 && REGNAL_TITLES.has(bare(nameWords[0]))) ? (nameWords.length === 1 ? 'single' : 'person') : 'person',
      name: nameWords.join(' '),
      role: roleWords.join(' '),
      gender: gender === 'unknown' ? genderOf(roleWords) : gender,
    };
  }
  return null;
}

/** A run with no title before its last word (or one that named no holder): the rules of names, bodies and places. */
function classifyUntitled(rest: string[], lower: string[], roleEnd: number, gender: Gender): Classified {
  if (rest.length === 0) return { kind: null, name: '', role: null, gender };
  // ("Bell's No. 3 jersey": a function word alone names no one.)
  if (rest.length === 1 && NOT_NAME_WORDS.has(lower[0]) && !isAcronym(rest[0])) return { kind: null, name: rest[0], role: null, gender };
  if (rest.length === 1 && TIME_ZONES.has(rest[0])) return { kind: null, name: rest[0], role: null, gender };
  // "Class A drugs", "Category C", "Gate B": a word for a class or a part of a place and a letter name a
  // thing. (Not a South Indian name with its initial after it, "Muniraju K"; not a cipher, "Officer B".)
  if (rest.length === 2 && CIPHER_LETTER.test(rest[1]) && LETTERED_THINGS.has(lower[0])) return { kind: null, name: rest.join(' '), role: null, gender };
  // "St. Paul", "St Helens", "Saint-Denis": a saint's name with one word is a place in the news, not a speaker.
  if (rest.length === 2 && /^(?:St\.?|Ste\.?|Saint)$/.test(rest[0])) return { kind: 'place', name: rest.join(' '), role: null, gender };
  // "CIUSSS de la Capitale-Nationale", "CISSS des Laurentides": initials, then "de" and a place, are a body's
  // regional arm, as French and Spanish copy name them.
  if (rest.length >= 3 && isAcronym(rest[0]) && /^(?:de|du|des|del)$/.test(lower[1]) && isCapitalised(rest[rest.length - 1])) return { kind: 'organization', name: rest.join(' '), role: null, gender };
  // "Teamsters Local 727": a union's local, with its number, is a body.
  if (rest.length >= 3 && lower[rest.length - 2] === 'local' && /^\d{1,5}$/.test(rest[rest.length - 1])) return { kind: 'organization', name: rest.join(' '), role: null, gender };
  // "Concerned Youth of Agbedrafor", "Assin North Concerned Youth": a group named for its members' concern.
  const concerned = lower.indexOf('concerned');
  if (concerned >= 0 && concerned < rest.length - 1 && isCapitalised(rest[concerned + 1])) return { kind: 'organization', name: rest.join(' '), role: null, gender };
  // "R-Castle Rock", "D-San Antonio": an American legislator's party and home is a place.
  if (OPENS_PARTY_AND_HOME.test(rest[0])) return { kind: 'place', name: rest.join(' '), role: null, gender };
  // "Camp Aguinaldo", "Fort Bragg", "Mount Elgon", "Cape Coast": a place named by its kind first.
  if (rest.length === 2 && /^(?:Camp|Fort|Mount|Mt\.?|Cape|Lake)$/.test(rest[0])) return { kind: 'place', name: rest.join(' '), role: null, gender };
  // "West Java", "South Sulawesi", "North Kivu": a compass word and one more word is a region, not a person
  // called "West".
  if (rest.length === 2 && /^(?:North|South|East|West|Central)$/.test(rest[0]) && !ORG_HEADS.has(lower[1]) && !ROLE_HEADS.has(lower[1])) return { kind: 'place', name: rest.join(' '), role: null, gender };
  // A lone letter ("posted on X") or initial names no one.
  if (rest.length === 1 && rest[0].replace(/\.$/, '').length === 1) return { kind: null, name: rest[0], role: null, gender };
  // "Doug Miller of Milltech Marine": a person named before an affiliation.
  const affiliation = rest.findIndex((w, i) => i >= 1 && /^(?:of|for|from)$/.test(w));
  // ("Ohio Families for Medical Freedom" is a body: "for" attaches a person only after a first name, and not
  // after a group's noun: "Brenner Parents for Choice".)
  // ("Women Victims of War Brčko", "Women Lawyers of Kenya": nor a group's plural noun before "of".)
  const groupBefore = GROUP_NOUNS.has(lower[affiliation - 1]) || PEOPLE_GROUP_HEADS.has(lower[affiliation - 1]);
  if (affiliation >= 2 && (lower[affiliation] !== 'for' ? !groupBefore : isKnownFirstName(rest[0]) && !groupBefore && !UNNAMED_PERSON_HEADS.has(lower[affiliation - 1]))) {
    const person = classifyWords(rest.slice(0, affiliation));
    if (person.kind === 'person') return person;
  }
  // "Okafor of the Trumbull County Court of Common Pleas": a surname before a body is that person.
  // ("Water for Tomorrow Coalition", "Doctors for Peace" are bodies' names: "for" does not attach a person.)
  if (affiliation === 1 && lower[1] !== 'for' && !ORG_HEADS.has(lower[0]) && !UNNAMED_PERSON_HEADS.has(lower[0]) && !ROLE_HEADS.has(lower[0]) && !isAcronym(rest[0]) && lower.slice(2).some((w) => ORG_HEADS.has(w))) {
    return { kind: 'single', name: rest[0], role: null, gender };
  }
  // "Assembly Rajiv Sehgal" (the end of "Leader of the Opposition in the Assembly"): a word that is no
  // first name, before a full name that opens with one, describes the person.
  // (The rest must read as a name: capitalised, with no title or body word in it; an initial counts as a sign.)
  // ("Wouter De Smedt": a surname particle after the word shows the word is a first name, however it ends.)
  if (rest.length >= 3 && looksLikeDescriptor(lower[0]) && restIsName(rest, lower) && !isKnownFirstName(rest[0]) && (hasKnownFirstName(rest.slice(1).join(' ')) || isOccupation(lower[0]) || PRIVATE_PERSON_NOUNS.has(lower[0]) || DEMONYM_NOUNS.has(lower[0]) || INITIAL_WITH_STOP.test(rest[1]))) {
    return { kind: 'person', name: rest.slice(1).join(' '), role: rest[0], gender };
  }
  // "Council leader Janet Whitlow": a generic noun capitalised only by its place names no body.
  if (rest.length === 1 && NOMINAL_ORG_HEADS.has(lower[0]) && !UNNAMED_PERSON_HEADS.has(lower[0]) && !isAcronym(rest[0])) return { kind: null, name: rest[0], role: null, gender };
  // "Anna Steel", "Samantha Power": a trade word that is also a surname, after a first name, ends a person's
  // name; "Calder Alloys", "Prairie Hydrotech Pharma" stay bodies, whatever the first word.
  if (rest.length === 2 && TRADE_WORDS_ALSO_SURNAMES.has(lower[1]) && isKnownFirstName(rest[0])) return { kind: 'person', name: rest.join(' '), role: null, gender };
  // ("Fernando Loría Cámara", "Hélder Câmara": a chamber's word that closes a given name and one or two capitalised
  // words is a surname; the body's name opens with it, "Cámara Nacional de Comercio".)
  if (rest.length >= 2 && rest.length <= 3 && BODY_WORDS_ALSO_SURNAMES.has(lower[rest.length - 1]) && isKnownFirstName(rest[0]) && rest.every((w) => isCapitalised(w)) && !lower.slice(0, -1).some((w) => ORG_HEADS.has(w))) {
    return { kind: 'person', name: rest.join(' '), role: null, gender };
  }
  // "Owner Coastline Resorts", "Insurer Aviva Group": a body's description before its name is no part of it.
  // ("Operator Taff Ely Travel", "Airline Ryanair": so are words that open with no first name, whatever they look like.)
  // (Not the words that open bodies' names and given names: "Bank Negara Malaysia", "Charity Mwansa".)
  if (rest.length >= 2 && BODY_DESCRIPTORS.has(lower[0]) && !NAME_OPENING_DESCRIPTORS.has(lower[0]) && !isKnownFirstName(rest[1]) && rest.slice(1).every((w) => isCapitalised(w) && !ROLE_HEADS.has(bare(w)))) return { kind: 'organization', name: rest.slice(1).join(' '), role: null, gender };
  if (rest.length >= 3 && BODY_DESCRIPTORS.has(lower[0]) && classifyWords(rest.slice(1)).kind === 'organization') return { kind: 'organization', name: rest.slice(1).join(' '), role: null, gender };
  // "Environment and Climate Change Canada", "Global Affairs Canada": Canada's federal departments are named
  // "<portfolio> Canada" (not "Western Canada", a region, nor a person's name).
  if (rest.length >= 3 && lower[rest.length - 1] === 'canada' && !REGION_MODIFIERS.has(lower[0]) && !isKnownFirstName(rest[0]) && rest.slice(0, -1).every((w, i) => isCapitalised(w) || lower[i] === 'and')) {
    return { kind: 'organization', name: rest.join(' '), role: null, gender };
  }
  // "Agriculture and Fisheries Ragnheiður Elíasdóttir" (the end of "Minister of Food, Agriculture and
  // Fisheries"): portfolio words before a plain name are a title even when one of them names a trade.
  const portfolioFirst = TITLE_OBJECT_WORDS.has(lower[0]) && lower.includes('and') ? afterPortfolio(rest, lower) : null;
  if (portfolioFirst) return { kind: 'person', name: portfolioFirst.name, role: portfolioFirst.role, gender };
  // "Air Océan Régional", "Air Seychelles": "Air" opens an airline's name (not a title: "Air Marshal …").
  if (rest.length >= 2 && lower[0] === 'air' && !lower.some((w) => ROLE_HEADS.has(w))) return { kind: 'organization', name: rest.join(' '), role: null, gender };
  // "Nordvik Air", "Kenai Coastal Air": an airline named for its "Air" at the end.
  if (lower[lower.length - 1] === 'air' && namesAnAirline(lower)) return { kind: 'organization', name: rest.join(' '), role: null, gender };
  // "Kano Municipal Local Government Area of Kano State": a Nigerian local government's area is a place, not
  // its council.
  const area = lower.indexOf('area');
  if (area >= 2 && AREA_OF_GOVERNMENT.has(lower[area - 1]) && (area === lower.length - 1 || lower[area + 1] === 'of')) return { kind: 'place', name: rest.join(' '), role: null, gender };
  // "Police Headquarters", "Army Barracks": a body's building is a place, not the body.
  if (rest.length >= 2 && BUILDING_OF_BODY.has(lower[lower.length - 1])) return { kind: 'place', name: rest.join(' '), role: null, gender };
  if (lower.some((w) => ORG_HEADS.has(w)) || (rest.length === 1 && isAcronym(rest[0]))) {
    // "Police Chief" or "Minister" alone is a role, not a name.
    if (roleEnd === rest.length - 1) return { kind: null, name: '', role: rest.join(' '), gender };
    // "Minister of Local Government and Disaster Risk Management": a title whose portfolio holds a body's word
    // is still a title; no body's name opens with "Minister of".
    // (So is "Chairman of the Terminus Market Traders Association": a body's chair or head, "of" the body.)
    // ("Executive Director of the Ghana Manufacturers Council": the office may take a modifier before it, or a
    // level of government and its place: "Volta Regional Director of the Ghana Health Service".)
    const office = lower.findIndex((w, i) => i <= 2 && OFFICES_OF.has(w) && lower.slice(0, i).every((m, j) => OFFICE_MODIFIERS.has(m) || OFFICE_LEVELS.has(m) || (j === 0 && i === 2 && OFFICE_LEVELS.has(lower[1]) && !ORG_HEADS.has(m))));
    if (office >= 0 && rest.length >= 3 + office && (lower[office + 1] === 'of' || lower[office + 1] === 'for')) return { kind: null, name: '', role: rest.join(' '), gender };
    // "Members of the Scottish Transport Workers' Union" speak for the union.
    if (rest.length > 3 && UNNAMED_PERSON_HEADS.has(lower[0]) && lower[1] === 'of') {
      const from = lower[2] === 'the' ? 3 : 2;
      return { kind: 'organization', name: rest.slice(from).join(' '), role: null, gender };
    }
    return { kind: 'organization', name: rest.join(' '), role: null, gender };
  }
  // "Members of Hui Wai Ola o Lahaina": members of something named speak for a body, whatever its words.
  if (rest.length >= 4 && lower[0] === 'members' && lower[1] === 'of') {
    const from = lower[2] === 'the' ? 3 : 2;
    if (rest.length - from >= 2 && isCapitalised(rest[from]) && isCapitalised(rest[rest.length - 1])) return { kind: 'organization', name: rest.slice(from).join(' '), role: null, gender };
  }
  // "Sarah Elder", "John Major": a first name before the title word makes it a surname.
  if (roleEnd === rest.length - 1 && rest.length === 2 && isKnownFirstName(rest[0]) && !ROLE_HEADS.has(lower[0]) && !TITLE_MODIFIERS.has(lower[0])) return { kind: 'person', name: rest.join(' '), role: null, gender };
  if (roleEnd === rest.length - 1) return { kind: null, name: '', role: rest.join(' '), gender };
  // "Corvid & Lane", "Procter & Gamble": one word either side of an ampersand is a firm's name.
  const amp = rest.indexOf('&');
  // ("Construções Queirós & Filhos": a firm's "& Sons" after more words.)
  if ((amp === 1 && rest.length === 3) || (amp >= 1 && amp === rest.length - 2 && FIRM_AFTER_AMPERSAND.has(lower[amp + 1]))) return { kind: 'organization', name: rest.join(' '), role: null, gender };
  // Ships ("MV Namse Bangdzod", "HMS Victory") are not people.
  if (VESSEL_PREFIXES.has(lower[0]) && rest.length > 1) return { kind: 'place', name: rest.join(' '), role: null, gender };
  // "Capital Region Health District", "Lakeview Water District": a district that runs a service is a body.
  if (lower.length >= 2 && lower[lower.length - 1] === 'district' && SERVICE_DISTRICTS.has(lower[lower.length - 2])) return { kind: 'organization', name: rest.join(' '), role: null, gender };
  // (One such word alone is a surname more often than a place: "Park wrote", "Hall said"; so is one after a
  // first name the lists know: "Helen Park", "Stuart Hall".)
  const last = lower[lower.length - 1];
  const surnameLike = PLACE_SURNAMES.has(last) && (rest.length === 1 || (rest.length === 2 && isKnownFirstName(rest[0])));
  // ("GoRide Asia", "PayLumo Africa", "WorkSafe Victoria": a brand's camel-cased word opens a firm's or an
  // agency's name, whatever place or name follows it.)
  if (rest.length >= 2 && rest.length <= 4 && BRAND_WORD.test(rest[0])) return { kind: 'organization', name: rest.join(' '), role: null, gender };
  // ("TRACE Asia", "Refugee Action Pacific", "Radio Free Asia": a continent or ocean after words that do not
  // place it, no "South", "Central", "Latin" or "Asia" before "Pacific", is a body's regional name.)
  if (rest.length >= 2 && REGIONAL_BODY_ENDINGS.has(last) && !lower.slice(0, -1).some((w) => REGION_MODIFIERS.has(w) || REGIONAL_BODY_ENDINGS.has(w) || w === 'of' || w === 'the')) {
    return { kind: 'organization', name: rest.join(' '), role: null, gender };
  }
  // ("HSE Mid West", "NHS South East": a body's initials before the points of the compass are its regional arm;
  // a country's are a region of it, "UK South East".)
  if (rest.length >= 2 && rest.length <= 3 && isAcronym(rest[0]) && !COUNTRY_INITIALS.has(rest[0]) && lower.slice(1).every((w) => COMPASS_REGION_WORDS.has(w))) {
    return { kind: 'organization', name: rest.join(' '), role: null, gender };
  }
  // (Not a place's local government named formally, "City of Thunder Bay", "Town of Happy Valley": read below.)
  if (PLACE_HEADS.has(last) && !surnameLike && !(lower[1] === 'of' && MUNICIPAL_KINDS.has(lower[0]))) return { kind: 'place', name: rest.join(' '), role: null, gender };
  // "County Mayo", "Lake Victoria", "Mount Kenya", "Cape Coast": a kind of place before its name.
  // ("County of Maui", like "City of Cape Town", is the local government: read below.)
  if (rest.length >= 2 && rest.length <= 3 && PLACE_KINDS_FIRST.has(lower[0]) && !(lower[1] === 'of' && MUNICIPAL_KINDS.has(lower[0]))) return { kind: 'place', name: rest.join(' '), role: null, gender };
  // ("NatureScot", "WaterAid": one word with a capital inside it that no surname prefix explains is a body's.)
  if (rest.length === 1) return { kind: INITIAL_JOINED_NAME.test(rest[0]) ? 'person' : BRAND_WORD.test(rest[0]) ? 'organization' : 'single', name: rest[0], role: null, gender };
  // (A Malay or Arab name with its father's name is longer: "Nurul Huda binti Haji Abdul Karim".)
  if (rest.length > 5 && !isPatronymicName(rest, lower)) return { kind: null, name: rest.join(' '), role: null, gender };
  // "Ohio Families for Medical Freedom", "Doctors for Peace", "Brenner Parents for Choice": a plural group
  // "for" a cause is a body.
  const forAt = lower.indexOf('for');
  const groupBeforeFor = forAt >= 1 && /s$/.test(lower[forAt - 1]) && (!isKnownFirstName(rest[0]) || UNNAMED_PERSON_HEADS.has(lower[forAt - 1]) || GROUP_NOUNS.has(lower[forAt - 1]));
  if (groupBeforeFor && forAt < rest.length - 1 && rest.every((w, i) => i === forAt || isCapitalised(w) || /^(?:of|the|and)$/.test(w))) {
    return { kind: 'organization', name: rest.join(' '), role: null, gender };
  }
  // "Voices of Survivors Ghana", "Friends of the Earth", "Mothers of the Disappeared": a plural group "of"
  // someone is a body too.
  const ofAt = lower.indexOf('of');
  // ("Women Victims of War Brčko", "Women Lawyers of Kenya": the group's noun may take a modifier.)
  const groupOf = (ofAt === 1 && PEOPLE_GROUP_HEADS.has(lower[0])) || (ofAt === 2 && (GROUP_NOUNS.has(lower[0]) || PEOPLE_GROUP_HEADS.has(lower[0])) && (GROUP_NOUNS.has(lower[1]) || PEOPLE_GROUP_HEADS.has(lower[1])));
  if (groupOf && rest.length >= ofAt + 2 && /s$/.test(lower[ofAt - 1]) && !lower[ofAt - 1].endsWith('ss') && rest.every((w, i) => i === ofAt || isCapitalised(w) || /^(?:of|the|and)$/.test(w))) {
    return { kind: 'organization', name: rest.join(' '), role: null, gender };
  }
  // "City of Kigali", "Town of Cedar Bluff": a place's local government, named formally, is a body.
  if (ofAt === 1 && rest.length >= 3 && MUNICIPAL_KINDS.has(lower[0]) && rest.slice(2).every((w) => isCapitalised(w))) return { kind: 'organization', name: rest.join(' '), role: null, gender };
  // "Health Canada", "Transport Scotland", "Historic England": a government agency named for its field and
  // its country.
  if (rest.length === 2 && AGENCY_FIELDS.has(lower[0]) && AGENCY_COUNTRIES.has(lower[1])) return { kind: 'organization', name: rest.join(' '), role: null, gender };
  // "New Zealand Cricket", "Cricket Australia", "Netball Scotland": a country's governing body of a sport.
  // ("Athletics Kenya", "World Athletics", "World Rugby": a country's or the world's.)
  if (rest.length <= 3 && ((SPORTS.has(lower[lower.length - 1]) && SPORT_BODY_PLACES.has(lower[lower.length - 2])) || (rest.length === 2 && SPORTS.has(lower[0]) && SPORT_BODY_PLACES.has(lower[1])))) {
    return { kind: 'organization', name: rest.join(' '), role: null, gender };
  }
  // "ACP Justine Mollel", "DIG Asif Kharal": an office's initials before a first name and a surname are a title.
  // (Not initials written with stops: "T.K. Suresh Menon" is a South Indian name's initials, the name's own.)
  // ("DCP South Priya Nair": the office's division, a compass word, is the title's too.)
  const nameAt = rest.length >= 4 && COMPASS_REGION_WORDS.has(lower[1]) ? 2 : 1;
  // ("NCPB North Rift": a compass word after a body's initials opens its region, not a first name "North".)
  if (rest.length >= nameAt + 2 && isAcronym(rest[0]) && !INITIALS_WORD.test(rest[0]) && isKnownFirstName(rest[nameAt]) && !COMPASS_REGION_WORDS.has(lower[nameAt]) && rest.slice(nameAt).every((w) => isCapitalised(w) && !isAcronym(w))) {
    return { kind: 'person', name: rest.slice(nameAt).join(' '), role: rest.slice(0, nameAt).join(' '), gender };
  }
  // ("The Northern Regional branch of the Ghana National Association of Teachers": a region's position and a
  // level of office name no one; they describe what follows.)
  if (rest.length >= 2 && OFFICE_LEVELS.has(lower[lower.length - 1]) && lower.slice(0, -1).every((w) => PLACE_POSITIONS.has(w) || COMPASS_REGION_WORDS.has(w))) return { kind: null, name: rest.join(' '), role: null, gender };
  // "Lower Bavaria", "Upper Silesia", "Northern Bavaria": a part of a region named by its position is a place.
  // (Not a body or a band named so: "Southern Water", "The Northern Halls", "Northern Chambers of Commerce".)
  if (rest.length === 2 && PLACE_POSITIONS.has(lower[0]) && !lower[1].endsWith('s') && !isKnownFirstName(rest[1]) && !ORG_HEADS.has(lower[1]) && !ROLE_HEADS.has(lower[1]) && !TRADE_HEADS.has(lower[1]) && !TITLE_OBJECT_WORDS.has(lower[1])) return { kind: 'place', name: rest.join(' '), role: null, gender };
  // A person's name has no "of"/"for"/"the" and no acronym ("EEZ of Cyprus" is not a person).
  const portfolioName = afterPortfolio(rest, lower);
  if (portfolioName) return { kind: 'person', name: portfolioName.name, role: portfolioName.role, gender };
  // "IG Metall", "SK Hynix": initials (no title's) and one word that is no first name are a body.
  if (rest.length === 2 && isAcronym(rest[0]) && !/\./.test(rest[0]) && !ROLE_HEADS.has(lower[0]) && isCapitalised(rest[1]) && !isAcronym(rest[1]) && !isKnownFirstName(rest[1]) && !lower[1].endsWith('s')) {
    return { kind: 'organization', name: rest.join(' '), role: null, gender };
  }
  // ("Man Kumari BK", "Ram Bahadur KC": Nepali surnames written in capitals end a name that opens with a first name.)
  const capitalSurname = rest.length >= 3 && /^[A-Z]{2}$/.test(rest[rest.length - 1]) && !POSTNOMINALS.has(lower[lower.length - 1]) && isKnownFirstName(rest[0]) && rest.slice(0, -1).every((w) => isCapitalised(w) && !isAcronym(w));
  if (!capitalSurname && rest.some((w) => /^(?:of|for|the|and|&)$/i.test(w) || (isAcronym(w) && !/\./.test(w)))) return { kind: null, name: rest.join(' '), role: null, gender };
  return { kind: 'person', name: rest.join(' '), role: null, gender };
}

/** A nationality before a name: "American Daniel Whitcombe", "Kenyan Purity Jepkosgei". */
// (Only the endings few names have: "Phan", "Ramli", "Ramlan" are names that open a full name; the
// nationalities in "-an" and "-i" are listed.)
const DEMONYM = /^\p{Lu}\p{Ll}{2,}(?:ian|ean|can|ese|ish)$/u;
const LISTED_DEMONYMS: ReadonlySet<string> = new Set(['kenyan', 'ugandan', 'rwandan', 'german', 'korean', 'cuban', 'afghan', 'pakistani', 'israeli', 'iraqi', 'saudi', 'omani', 'yemeni', 'kuwaiti', 'qatari', 'bahraini', 'emirati', 'somali', 'nepali', 'bangladeshi', 'thai', 'bengali', 'punjabi', 'azerbaijani', 'kazakh', 'uzbek',
  'argentine', 'dutch', 'french', 'swiss', 'greek', 'czech', 'welsh', 'filipino', 'filipina', 'malagasy', 'iranian', 'tajik', 'kyrgyz', 'turkmen', 'latvian', 'estonian', 'tanzanian', 'zambian', 'ghanaian', 'nigerian', 'ethiopian', 'eritrean']);
/**
 * Whether a word is a nationality that is only ever an adjective ("Swedish", "Chinese", "French"): a person is
 * "the Italian" or "one Kenyan", never "a Swedish". Listed, since the endings are also surnames' ("Varghese").
 */
export function isNationalityAdjective(word: string): boolean {
  return NATIONALITY_ADJECTIVES.has(word.toLowerCase());
}

const NATIONALITY_ADJECTIVES: ReadonlySet<string> = new Set(['swedish', 'danish', 'finnish', 'polish', 'turkish', 'spanish', 'british', 'irish', 'scottish', 'english', 'kurdish', 'flemish',
  'chinese', 'japanese', 'lebanese', 'portuguese', 'vietnamese', 'sudanese', 'senegalese', 'congolese', 'taiwanese', 'nepalese', 'maltese', 'burmese', 'togolese', 'gabonese',
  'french', 'dutch', 'swiss', 'welsh']);

/** A place in a race or a ranking before a name: "Second-placed Tigist Alemu", "third-placed". */
const PLACED = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)-placed$/;

/** Units of a police force's territory, closing the place an office holds ("DIG Makran Range", "SP City Division"). */
const POLICE_UNIT_WORDS: ReadonlySet<string> = new Set(['range', 'zone', 'division', 'region']);

/**
 * How many words after an office's initials name its territory rather than its holder: a compass division
 * ("DIG East") or up to two words closed by a unit word ("DIG Makran Range"), with a name of two words or more
 * after them. (No first name is needed: many South Asian given names are missing from the lists.)
 */
function officeUnitLength(roleWords: string[], nameWords: string[]): number {
  const title = roleWords[roleWords.length - 1] ?? '';
  // (Not a seat's holder: "MP East Hampshire Damian Hinds" names a constituency, not a division.)
  if (!isAcronym(title) || INITIALS_WORD.test(title) || SEAT_HOLDERS.has(title.toLowerCase()) || nameWords.some((w) => !isCapitalised(w) || isAcronym(w))) return 0;
  if (nameWords.length >= 3 && COMPASS_REGION_WORDS.has(bare(nameWords[0]))) return 1;
  for (let i = 1; i <= 2; i++) if (nameWords.length >= i + 3 && POLICE_UNIT_WORDS.has(bare(nameWords[i]))) return i + 1;
  return 0;
}

/** Words that stand after a given name inside a longer name, never open one: "Tejinder Pal Singh Grewal". */
const SURNAME_AFTER_GIVEN: ReadonlySet<string> = new Set(['singh', 'kaur']);

/** "Muhammad" as Bangladeshi and Malaysian names write it short, before the given name. */
const SHORT_MUHAMMAD: ReadonlySet<string> = new Set(['md', 'mohd', 'muhd']);

/** Branches of an office that go between a title and a name ("DIG Operations Lahore …"). */
const OFFICE_BRANCH_WORDS: ReadonlySet<string> = new Set(['operations', 'investigations', 'traffic', 'crime', 'intelligence', 'logistics', 'administration', 'headquarters', 'range', 'zone', 'division', 'region']);

/**
 * "Youth Thomas Ng Boon Kiat" (the end of "Minister for Culture, Community and Youth"), "Operations Lahore Asif
 * Raza Kharal", "American Daniel Whitcombe": a portfolio or branch word (perhaps with a place after it) or a
 * nationality, before a full name that opens with a known first name, belongs to the title. The name keeps at least two words; a first name inside the leading
 * words means they are a name themselves.
 */

function afterPortfolio(words: string[], lower: string[]): { name: string; role: string } | null {
  // "Deputy Commissioner Lahore Syed Kamran Haider": the office's district, then a name that opens with a South
  // Asian word of lineage or standing (which no district's name is followed by inside a name).
  if (words.length >= 3 && LINEAGE_WORDS.has(lower[1]) && !LINEAGE_WORDS.has(lower[0]) && !isKnownFirstName(words[0]) && words.every((w, i) => isCapitalised(w) && !ORG_HEADS.has(lower[i]) && !ROLE_HEADS.has(lower[i]))) {
    return { name: words.slice(1).join(' '), role: words[0] };
  }
  const leads = TITLE_OBJECT_WORDS.has(lower[0]) || OFFICE_BRANCH_WORDS.has(lower[0]) || (DEMONYM.test(words[0]) && !isKnownFirstName(words[0])) || LISTED_DEMONYMS.has(lower[0]) || PLACED.test(lower[0]);
  if (words.length < 3 || !leads || lower[0] === 'the' || lower[0] === 'and') return null;
  // "Industry and Trade Phumzile Dlamini-Hlophe" (the end of "Minister of Commerce, Industry and Trade"):
  // portfolio words joined by "and", then a name of two or three words that holds no title or body word.
  const and = lower.indexOf('and');
  if (and > 0 && and + 1 < lower.length && lower.slice(0, and + 2).every((w, i) => i === and || TITLE_OBJECT_WORDS.has(w))) {
    const name = words.slice(and + 2);
    const plainName = name.length >= 2 && name.length <= 3 && name.every((w, i) => isHolderNameWord(w, lower[and + 2 + i]));
    if (plainName) return { name: name.join(' '), role: words.slice(0, and + 2).join(' ') };
  }
  // (A listed nationality or a race placing is never part of a name, whatever name follows: "Thai Somchai Wong",
  // "Second-placed Tigist Alemu".)
  const surelyNoName = (LISTED_DEMONYMS.has(lower[0]) || PLACED.test(lower[0])) && words.length <= 4;
  if (surelyNoName && words.slice(1).every((w) => isCapitalised(w) && !ORG_HEADS.has(bare(w)) && !ROLE_HEADS.has(bare(w)) && !/^(?:of|for|the|and|&)$/i.test(w))) {
    return { name: words.slice(1).join(' '), role: words[0] };
  }
  for (let j = 1; j <= 2 && j <= words.length - 2; j++) {
    if (isKnownFirstName(words[j]) && words.slice(j).every((w) => isCapitalised(w) && !ORG_HEADS.has(bare(w)) && !/^(?:of|for|the|and|&)$/i.test(w))) {
      return { name: words.slice(j).join(' '), role: words.slice(0, j).join(' ') };
    }
    if (isKnownFirstName(words[j]) || !isCapitalised(words[j])) return null;
  }
  return null;
}

/** Whether a run opens with an office "of"/"for" ("Deputy Minister of …", "Chairman of the …"). */
function opensWithOffice(run: CapitalRun): boolean {
  return opensWithOfficeWords(mapPacked(run.tokens.slice(0, 4), (t) => bare(t.text)));
}
function opensWithOfficeWords(words: string[]): boolean {
  let t = 0;
  while (t < 2 && OFFICE_MODIFIERS.has(words[t])) t++;
  return OFFICES_OF.has(words[t]) && (words[t + 1] === 'of' || words[t + 1] === 'for');
}

/** Offices held by one person that open a title with "of" or "for" ("Minister of …", "Commissioner for …"). */
const OFFICE_TITLE_HEADS: ReadonlySet<string> = new Set(['minister', 'secretary', 'commissioner', 'governor', 'mayor', 'ombudsman', 'auditor-general', 'attorney-general']);
/** Offices whose title runs on with "of"/"for" and its object before the holder's name: those, and a body's chair or head. */
const OFFICES_OF: ReadonlySet<string> = new Set([...OFFICE_TITLE_HEADS, 'chairman', 'chairwoman', 'chairperson', 'chair', 'head', 'director', 'director-general', 'president', 'minister-counsellor']);
/** Levels of government that may stand before an office "of" a body: "Regional Director of the Ghana Health Service". */
const OFFICE_LEVELS: ReadonlySet<string> = new Set(['regional', 'national', 'district', 'provincial', 'county', 'municipal', 'metropolitan', 'divisional', 'zonal', 'area']);
/** Words that may stand before such an office: "Deputy Minister", "First Deputy Chairman". */
const OFFICE_MODIFIERS: ReadonlySet<string> = new Set(['deputy', 'first', 'vice', 'acting', 'assistant', 'senior', 'former', 'executive', 'state', 'under', 'permanent']);

/**
 * "Minister of Antimonopoly Regulation and Trade Artsiom Karnilau", "Deputy Minister of Labour, Migration and
 * Employment of Population Shahnoza Nurova", "Chairman of the Minsk City Executive Committee Viktar Lahunou":
 * an office "of" or "for" a portfolio or a body, then its holder. The holder's name is the last two words (three
 * when the first of them is a known first name), whatever words the portfolio has; none of them may be a
 * title, body, portfolio or place word, a small word or a possessive ("… of the Board of Directors", "… for
 * Human Rights" name no one).
 */
function officeHolder(input: string[], inputBare: string[]): { name: string; role: string } | null {
  if (!opensWithOfficeWords(inputBare)) return null;
  let t = 0;
  while (t < 2 && OFFICE_MODIFIERS.has(inputBare[t])) t++;
  const n = input.length;
  const size = n - 3 > t + 2 && isPlainNameWord(input, inputBare, n - 3) && isKnownFirstName(input[n - 3]) ? 3 : 2;
  // (The title keeps at least one word after "of": "Minister of Health Jane Doe", not "Minister of".)
  if (n - size < t + 3) return null;
  for (let i = n - size; i < n; i++) if (!isPlainNameWord(input, inputBare, i)) return null;
  return { name: input.slice(n - size).join(' '), role: input.slice(0, n - size).join(' ') };
}

/**
 * Whether word `i` can be part of an office holder's name: a holder's name word with no comma or apostrophe,
 * and no connector or small word. (A module function, not a closure in `officeHolder`: under tsx each named
 * closure created costs a `defineProperty` call for its name.)
 */
function isPlainNameWord(input: string[], inputBare: string[], i: number): boolean {
  return isHolderNameWord(input[i], inputBare[i]) && !/[,'’]/.test(input[i]) && !NAME_CONNECTORS.has(inputBare[i]) && !['of', 'for', 'and', 'the', '&'].includes(inputBare[i]);
}


/** Kinds of place whose formal name ("City of …") is its local government's. */
const MUNICIPAL_KINDS: ReadonlySet<string> = new Set(['city', 'town', 'county', 'borough', 'village', 'district', 'municipality', 'shire']);

/** Titles whose last words are no title alone: "Ketua Kampung" (village head), "Tuai Rumah" (longhouse chief). */
const TITLE_TAILS: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = new Map([
  ['ketua', [['kampung'], ['kampong']]],
  ['tuai', [['rumah']]],
  // Fijian: the village headman, "Turaga ni Koro".
  ['turaga', [['ni', 'koro']]],
  // Ghana's fire-service ranks take their grade: "ACFO I Yaw Nkansah Ofosu".
  ['acfo', [['i'], ['ii']]],
  ['dcfo', [['i'], ['ii']]],
  // The naval and coast-guard rank "Lieutenant Junior Grade" ("Lt. Junior Grade Arvin Lacsamana").
  ['lt', [['junior', 'grade']]],
  ['lieutenant', [['junior', 'grade']]],
]);

/** How many of the words after the title word at `at` are its fixed tail (0 when none). */
function titleTailLength(lower: readonly string[], at: number): number {
  const tail = TITLE_TAILS.get(lower[at])?.find((words) => words.every((w, i) => lower[at + 1 + i] === w));
  return tail ? tail.length : 0;
}

/** "Nurul Huda binti Haji Abdul Karim": a given name of up to four words, "bin"/"binti", and the father's. */
const PATRONYMIC_CONNECTORS: ReadonlySet<string> = new Set(['bin', 'binti', 'bint', 'ibn', 'bte', 'anak']);
function isPatronymicName(words: string[], lower: string[]): boolean {
  const at = lower.findIndex((w) => PATRONYMIC_CONNECTORS.has(w));
  return at >= 1 && at <= 4 && words.length - at - 1 >= 1 && words.length - at - 1 <= 4 && words.every((w, i) => i === at || isCapitalised(w));
}

/** Kinds of place written before the place's name: "County Mayo", "Lake Victoria", "Mount Kenya", "Rumah Ngelai" (a longhouse). */
const PLACE_KINDS_FIRST: ReadonlySet<string> = new Set(['county', 'lake', 'mount', 'cape', 'barangay', 'rumah']);

/** "St", "St.", "Saint": a saint's name opens a body's name ("St Colman's University Hospital"). */
const SAINT = /^(?:St\.?|Saint|Ste\.?)$/;
/** The English honorifics, which open a name and never stand inside one. */
const ENGLISH_HONORIFICS: ReadonlySet<string> = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'professor']);
/** The words for a country's divisions, which end a place's name ("Southern Province") and are no one's name. */
const DIVISION_WORDS: ReadonlySet<string> = new Set(['province', 'district', 'region', 'division', 'county', 'prefecture', 'governorate', 'municipality', 'constituency']);
/**
 * A plural of people in the possessive, whom a body is for rather than who owns it: "Women's", "People's",
 * "Malaysian Fishermen's Association" (an irregular plural in "-men": the regular ones end "s'" and are read
 * as plurals already).
 */
const PEOPLE_IN_POSSESSIVE = /^(?:\p{L}*(?:fisher|fire|service|crafts|trades|sales|business|police|clergy|country|gentle|kins|herds|lines|chair|council|alder|sports|yeo|work|wo)men|men|people|children|veterans)['’]s$/iu;

/** The Arabic article written as a word of its own: "Al", "El". */
const ARABIC_ARTICLE_WORD = /^(?:Al|El)$/;

/** The words before "Area" in a local government's place: "Local Government Area", "Local Council Development Area". */
const AREA_OF_GOVERNMENT: ReadonlySet<string> = new Set(['government', 'development']);
/** Buildings named for the body that uses them ("Police Headquarters", "Kasarani Barracks"). */
const BUILDING_OF_BODY: ReadonlySet<string> = new Set(['headquarters', 'hq', 'barracks']);

/** Plural nouns for groups of people that open a body's name before "of" ("Voices of …", "Friends of …"). */
const PEOPLE_GROUP_HEADS: ReadonlySet<string> = new Set(['voices', 'friends', 'mothers', 'sons', 'daughters', 'children', 'survivors', 'victims', 'defenders', 'guardians', 'champions', 'allies', 'sisters', 'brothers', 'families', 'fathers', 'parents', 'wives', 'widows', 'veterans', 'women', 'grandmothers']);
/** Fields and countries of agencies named "<field> <country>" ("Health Canada", "Transport Scotland"). */
const AGENCY_FIELDS: ReadonlySet<string> = new Set(['health', 'transport', 'statistics', 'parks', 'sport', 'historic', 'heritage', 'environment', 'fisheries', 'arts', 'water', 'forestry', 'energy', 'education', 'universities']);
// ("Water UK", "Universities UK": British sector bodies are named for the whole kingdom.)
const AGENCY_COUNTRIES: ReadonlySet<string> = new Set(['canada', 'england', 'scotland', 'wales', 'ireland', 'australia', 'zealand', 'uk']);
/** Where a sport's governing body governs, as its name says: a country's, a continent's or the world's. */
const SPORT_BODY_PLACES: ReadonlySet<string> = new Set([...AGENCY_COUNTRIES, 'kenya', 'nigeria', 'ghana', 'uganda', 'tanzania', 'ethiopia', 'india', 'pakistan', 'jamaica', 'japan', 'usa', 'africa', 'world', 'europe', 'asia']);
/** Sports whose national governing bodies are named for the sport and the country. */
const SPORTS: ReadonlySet<string> = new Set(['cricket', 'rugby', 'football', 'netball', 'hockey', 'athletics', 'swimming', 'cycling', 'rowing', 'tennis', 'golf', 'basketball', 'squash', 'sailing', 'triathlon', 'gymnastics', 'boxing', 'bowls', 'softball', 'baseball', 'volleyball']);

/** Plural nouns for people that name a group before "for" ("Parents for …", "Families for …"). */
/** Plurals of people a body's name may list after others ("Nurses and Midwives", "Teachers and Lecturers"). */
const MEMBER_PLURALS: ReadonlySet<string> = new Set(['midwives', 'lecturers', 'pharmacists', 'paramedics', 'technicians', 'engineers', 'journalists', 'traders', 'drivers', 'miners', 'artisans', 'pensioners']);
const GROUP_NOUNS: ReadonlySet<string> = new Set(['parents', 'families', 'mothers', 'fathers', 'doctors', 'nurses', 'teachers', 'citizens', 'residents', 'friends', 'scientists', 'lawyers', 'veterans', 'students', 'women', 'men', 'neighbours', 'neighbors', 'workers', 'farmers', 'voters', 'taxpayers']);

/** Descriptions of a body that may stand capitalised before its name ("Owner Coastline Resorts"). */
const BODY_DESCRIPTORS: ReadonlySet<string> = new Set(['owner', 'operator', 'landlord', 'parent', 'developer', 'retailer', 'insurer', 'carrier', 'manufacturer', 'broadcaster', 'publisher', 'lender', 'bank', 'airline', 'supermarket', 'chain', 'promoter', 'organiser', 'organizer', 'charity', 'ngo']);

/** Descriptions that also open bodies' names ("Bank Negara Malaysia") or are given names ("Charity Mwansa"). */
const NAME_OPENING_DESCRIPTORS: ReadonlySet<string> = new Set(['bank', 'charity', 'chain', 'parent']);

/** Words that open a title and also occur as first names ("Prime Minister", "Grand Master"). */
const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['prime', 'first', 'vice', 'deputy', 'chief', 'lord', 'grand', 'high', 'general', 'senior', 'junior', 'acting', 'interim', 'foreign', 'home', 'supreme', 'head', 'former', 'royal', 'young', 'major', 'private', 'justice', 'lady', 'sir', 'king', 'queen', 'prince', 'princess']);

/** Drop words that open a run but are never part of a name ("The", "In", "Monday"). */
export function trimRunWords(words: string[]): string[] {
  let i = 0;
  while (i < words.length && NOT_NAME_WORDS.has(bare(words[i])) && !isAcronym(words[i]) && !opensBalineseName(words[i], words[i + 1], words.length - i) && !opensIrishName(words[i], words.slice(i + 1))) i++;
  return words.slice(i);
}

/** A nickname in quotation marks (masked) between a first name and a surname: 'Ramon "Monching" Villareal'. */
const NICKNAME_GAP = /^\s+["“'‘]…{1,24}["”'’]\s+$/;

/** Whether text[from, to) holds a "…" (a masked quoted character), as every NICKNAME_GAP match does. */
function holdsMask(text: string, from: number, to: number): boolean {
  const at = text.indexOf('…', from);
  return at !== -1 && at < to;
}

/** A word written as a name: a capital, then lower-case letters. */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Particles that open a surname and are also first names in the lists ("Dela", "Del"). */
const NICKNAME_SURNAME_PARTICLE = /^(?:de|dela|del|delos|della|van|von|da|di|dos|le|la|mac|mc)$/i;

/** Join a first name and a surname around a quoted nickname; the nickname is no part of the name. */
function joinNicknames(text: string, runs: CapitalRun[]): CapitalRun[] {
  const joined: CapitalRun[] = [];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    const next = runs[r + 1];
    const last = run.tokens[run.tokens.length - 1];
    // (The gap is tested first: a quoted nickname between two runs is rare, a first-name lookup is not cheap.)
    // ("Marcelino “Mars” Reyes", "Ramon “Monching” Dela Peña": a short run of name words before the nickname
    // will do when the first-name lists miss it; a surname particle may open the surname, and a lone word after
    // the nickname is a surname even if the lists hold it as a first name too: "Juan Miguel “Migz” Albano".)
    if (next && !run.possessive && holdsMask(text, run.end, next.start) && NICKNAME_GAP.test(text.slice(run.end, next.start)) && (isKnownFirstName(last.text) || (run.tokens.length <= 3 && NAME_WORD.test(last.text))) && (next.tokens.length === 1 || !isKnownFirstName(next.tokens[0].text) || NICKNAME_SURNAME_PARTICLE.test(next.tokens[0].text))) {
      joined.push({ tokens: [...run.tokens, ...next.tokens], start: run.start, end: next.end, possessive: next.possessive });
      r++;
      continue;
    }
    joined.push(run);
  }
  return joined;
}

/** Whether a run is a name in brackets after another: an affiliation ("Senator Olumide Adeyemi-Bakare (Ogun Central)"). */
function isBracketedAffiliation(text: string, run: CapitalRun): boolean {
  // A bracketed acronym is an alias, read elsewhere.
  return text.charCodeAt(run.start - 1) === 40 && /^\s*[),]/.test(text.slice(run.end, run.end + 2)) && !(run.tokens.length === 1 && isAcronym(run.tokens[0].text));
}

/** "the" or a preposition right before a run. */
const THE_OR_PREPOSITION_BEFORE = /\b(?:the|for|of|by|from|with|at)\s+$/;

/** Whether the run opens with "The" or follows a lower-case "the": such a run names one thing, not an owner's. */
function followsThe(text: string, run: CapitalRun): boolean {
  return /^the$/i.test(run.tokens[0].text) || /\bthe\s+$/.test(text.slice(Math.max(0, run.start - 5), run.start));
}

/**
 * The words of a run that belong to a name: without the words that open a sentence or a clause ("The", "In",
 * "Monday") — unless, after "the", they open a body's name ("the All Pakistan Private Schools Alliance", "The
 * Local Government Funding Network").
 */
/** Participles that open a sentence capitalised and are names only with a surname after them. */
const OPENING_PARTICIPLES: ReadonlySet<string> = new Set(['Given', 'Granted', 'Provided', 'Faced', 'Pressed', 'Backed', 'Led', 'Armed', 'Born']);

/** A lower-case letter or a comma, then a blank, right before a run. */
const LOWER_OR_COMMA_BEFORE = /[\p{Ll},]\s$/u;

/** "Dr. A. Meenakshi": a capital with its full stop before more of the name is an initial, not the article "A". */
/** Balinese names of birth order, which follow the prefix "I" (a man) or "Ni" (a woman): "I Made Sudarsana". */
const BALINESE_BIRTH_ORDER: ReadonlySet<string> = new Set(['Wayan', 'Gede', 'Putu', 'Made', 'Kadek', 'Nengah', 'Nyoman', 'Komang', 'Ketut', 'Gusti']);

/** "I Made Sudarsana", "I Wayan Sumertha": a Balinese name's prefix "I" is part of the name, not the pronoun. */
function opensBalineseName(word: string, next: string | undefined, wordsLeft: number): boolean {
  return word === 'I' && wordsLeft >= 3 && next !== undefined && BALINESE_BIRTH_ORDER.has(next);
}

/**
 * Irish words that follow the article "An" in the names of bodies and places ("An Taisce", "An Bord Pleanála",
 * "An Garda Síochána", "An Cheathrú Rua"); an English "An" never opens a name.
 */
const IRISH_PLACE_AFTER_AN: ReadonlySet<string> = new Set(['Bun', 'Cheathrú', 'Daingean', 'Spidéal', 'Uaimh', 'Clochán', 'Fál', 'Rinn', 'Tulach', 'Mhuileann']);
const IRISH_AFTER_AN: ReadonlySet<string> = new Set(['Taisce', 'Post', 'Bord', 'Foras', 'Garda', 'Chomhairle', 'Comhairle', 'Roinn', 'Coimisiún', 'Óige', 'Chúirt', ...IRISH_PLACE_AFTER_AN]);
/** Irish spelling: a long vowel ("á", "é", "í", "ó", "ú"). */
const IRISH_LONG_VOWEL = /[áéíóúÁÉÍÓÚ]/;

/**
 * "An Taisce", "An Bord Pleanála": the Irish article is part of the name when an Irish word follows it, and,
 * for the words that are also English or may stand alone ("Garda", "Post"), when what follows is spelled in
 * Irish or is "Taisce"/"Post" itself ("An Garda spokesman" is the English article and a garda).
 */
function opensIrishName(word: string, rest: readonly string[]): boolean {
  if (word !== 'An' || rest.length === 0 || !IRISH_AFTER_AN.has(rest[0])) return false;
  return rest[0] === 'Taisce' || rest[0] === 'Post' ? rest.length === 1 : rest.slice(rest[0] === 'Garda' ? 1 : 0).some((w) => IRISH_LONG_VOWEL.test(w));
}

function isInitialBeforeName(tokens: readonly Token[], at: number): boolean {
  return at + 1 < tokens.length && INITIAL_WITH_STOP.test(tokens[at].text);
}

/** "Dr Sunday Ajilore": a day's name after an honorific, before more of the name, is a given name. */
function isDayNameAfterHonorific(tokens: readonly Token[], at: number): boolean {
  return at > 0 && at + 1 < tokens.length && HONORIFICS.has(bare(tokens[at - 1].text)) && isCalendarWord(tokens[at].text);
}

function nameTokens(text: string, run: CapitalRun): Token[] {
  const tokens = run.tokens;
  // ("Given the floor, he addressed the bench": a participle alone that opens a sentence; "Given Chisanga" with
  // a surname stays a name.)
  if (tokens.length === 1 && OPENING_PARTICIPLES.has(tokens[0].text)) return [];
  let skip = 0;
  // ("The Minister of Islamic Affairs, Said Ahmed Abdallah,": a first name that is also such a word opens a name
  // given in apposition, after a comma.)
  // ("The Ogun State commander of the Amotekun Corps, Sunday Okewole, a retired …": or a name of two words set
  // off by commas on both sides.)
  const inApposition = (tokens.length >= 3 || (tokens.length === 2 && text.charCodeAt(run.end) === 44)) && AFTER_COMMA.test(text.slice(Math.max(0, run.start - 3), run.start));
  // ("said He Xiuying", "NPC deputy He Lifeng": a capitalised "He" inside a sentence, before a name, is the
  // Chinese surname; the pronoun is written so only where a sentence opens.)
  const surnameHe = tokens.length >= 2 && tokens[0].text === 'He' && LOWER_OR_COMMA_BEFORE.test(text.slice(Math.max(0, run.start - 2), run.start));
  // ("Said Ait Ammi, a Justice and Development Party MP, …": the given name "Said" before two more capitalised
  // words opens a name; the verb opens a sentence before "the" or a title.)
  const givenSaid = tokens.length >= 3 && tokens[0].text === 'Said' && !ROLE_HEADS.has(bare(tokens[1].text)) && !TITLE_MODIFIERS.has(bare(tokens[1].text));
  while (skip < tokens.length && NOT_NAME_WORDS.has(bare(tokens[skip].text)) && !isAcronym(tokens[skip].text) && !(inApposition && skip === 0 && isKnownFirstName(tokens[0].text)) && !(surnameHe && skip === 0) && !(givenSaid && skip === 0) && !isInitialBeforeName(tokens, skip) && !isDayNameAfterHonorific(tokens, skip) && !opensBalineseName(tokens[skip].text, tokens[skip + 1]?.text, tokens.length - skip) && !opensIrishName(tokens[skip].text, mapPacked(tokens.slice(skip + 1), (t) => t.text))) skip++;
  const from = skip > 1 && /^the$/i.test(tokens[0].text) ? 1 : 0;
  // (Or after a preposition: "a spokesperson for Local Government Employers Scotland"; or where "Local Government"
  // opens a sentence: "Local Government New Zealand (LGNZ), which represents the country's 78 councils, said".)
  const opensLocalGovernment = skip === 1 && tokens[0].text === 'Local' && tokens[1]?.text === 'Government';
  if (skip > from && skip < tokens.length && (from === 1 || opensLocalGovernment || THE_OR_PREPOSITION_BEFORE.test(text.slice(Math.max(0, run.start - 6), run.start)))) {
    const kept = tokens.slice(from);
    const whole = classifiedWords(mapPacked(kept, (t) => t.text));
    // ("The Local Government Integrity Commission’s report": the owner's "’s" is no part of the name.)
    if (whole.kind === 'organization' && whole.name === kept.map((t) => t.text).join(' ').replace(POSSESSIVE_ENDING, '')) return kept;
  }
  // (The run's own array when nothing is skipped, as most runs: no caller changes it.)
  return skip === 0 ? tokens : tokens.slice(skip);
}

/**
 * "the Alzheimer’s Families Alliance": after "the", a possessive inside a body's name is part of it ("the
 * Taiwan's Constitutional Court" is never written; "Taiwan's Constitutional Court" is the court of a place,
 * and so is "the UK's Foreign Office" of a country's initials). The whole name, or the name as classified.
 */
function withOwnerWord(text: string, run: CapitalRun, tokens: Token[], name: string): string {
  if (!followsThe(text, run)) return name;
  const words = mapPacked(tokens, (t) => t.text);
  const owner = words.findIndex((w, i) => i < words.length - 1 && POSSESSIVE_WORD.test(w) && !isAcronym(w.replace(/['’]s$/, '')));
  const whole = words.join(' ');
  return owner >= 0 && whole.endsWith(name) && whole !== name ? whole : name;
}

/** A comma right before a run. */
const AFTER_COMMA = /,\s*$/;

/** Every name mention in a text. Offsets are relative to `text`. */
export function findNames(text: string): NameMention[] {
  const mentions: NameMention[] = [];
  const runs = joinInstitutionalAnd(text, joinTopicOn(text, joinForeignBody(text, joinNicknames(text, capitalRuns(text)))));
  // (Most sentences hold no bracket: the acronym join is not tried on them.)
  const spelledRuns = text.includes('(') ? joinAcronymSpelled(text, runs) : runs;
  // (The bracket and the legal form that ended the body before: read with it.)
  let readWithBody = -1;
  // (The last run that ended in an office's word, and where its mention went, if any: its holder may follow.)
  let roleRunBefore: { role: string; end: number; at: number } | null = null;
  for (const run of spelledRuns) {
    if (run.start < readWithBody) continue;
    // "US$780 million", "A$2 billion": a currency's country letters, not a body.
    if (isBracketedAffiliation(text, run) || text.charCodeAt(run.end) === 36) continue;
    // ("the Dangerous Drugs (Forfeiture of Property) Act 1988": a law's name around its bracketed part is no one's.)
    if (text.charCodeAt(run.end + 1) === 40 && LAW_AFTER_BRACKET.test(text.slice(run.end, run.end + 90))) continue;
    const tokens = nameTokens(text, run);
    if (tokens.length === 0) continue;
    // ("since St Stephen's Day": a saint's feast is a date, no one's name.)
    if (tokens.length >= 3 && SAINT.test(tokens[0].text) && FEAST_ENDS.has(tokens[tokens.length - 1].text)) continue;
    // "Meridian Semiconductor (M) Sdn Bhd": a legal form after a bracketed place or country makes the words before
    // a company's name (and is no name of its own).
    const bracket = text.charCodeAt(run.end + 1) === 40 || text.charCodeAt(run.end) === 40 ? BRACKET_THEN_LEGAL_FORM.exec(text.slice(run.end, run.end + 48)) : null;
    if (bracket) readWithBody = run.end + bracket[0].length;
    const classified = bracket ? { kind: 'organization' as const, name: tokens.map((t) => t.text).join(' '), role: null, gender: 'unknown' as const } : classifiedWords(mapPacked(tokens, (t) => t.text));
    // ("UN Mission in South Sudan (UNMISS)": words a bracketed acronym spells are a body's name.)
    // (Unless a person is named before the body the acronym spells: "Congressman Edwin Huamán Poma of Alianza
    // para el Progreso (APP)".)
    const personOfBody = run.spelled && classified.kind === 'person' && tokens.length > 3 && personThenOf(tokens, classified.name);
    const spelledAlone = classified.kind === null && tokens.length >= 2 && !tokens.some((t) => ROLE_HEADS.has(bare(t.text))) && spelledWhole(text, run, tokens);
    const c = (run.spelled && classified.kind !== 'organization' && !personOfBody) || spelledAlone ? { kind: 'organization' as const, name: tokens.map((t) => t.text).join(' '), role: null, gender: classified.gender } : classified;
    // ("Raipura Upazila Nirbahi Officer (UNO) Nusrat Jahan": an office, its initials in brackets, then its holder.)
    const officeBefore = roleRunBefore;
    const bracketed = text.charCodeAt(run.start - 1) === 40 && text.charCodeAt(tokens[tokens.length - 1].end) === 41;
    if (!bracketed) roleRunBefore = (c.kind === null || c.kind === 'organization') && ROLE_HEADS.has(bare(tokens[tokens.length - 1].text)) ? { role: mapPacked(tokens, (t) => t.text).join(' '), end: tokens[tokens.length - 1].end, at: c.kind === null ? -1 : mentions.length } : null;
    if (c.kind === null || c.kind === 'place') continue;
    let name = c.kind === 'organization' ? withOwnerWord(text, run, tokens, c.name) : c.name;
    let end = tokens[tokens.length - 1].end;
    // A union local's number is part of its name: "Amalgamated Transit Workers Local 1142"; so is a regional
    // office's ("Police Regional Office 7", "Regional Office 12").
    const local = c.kind === 'organization' && NUMBERED_BODY_END.test(name) ? /^\s+(\d{1,5})\b(?![.,:]\d)/.exec(text.slice(end, end + 8)) : null;
    if (local) {
      name = `${name} ${local[1]}`;
      end += local[0].length;
    }
    // "Independent member for Murchison Colin Pryce", "Congress MLA from Barpeta Nazrul Haque Barbhuiya": after a
    // seat holder's "for" or "from", the seat's place, then its holder.
    // ("District Police Officer (DPO) Bannu Ziaullah Khan Marwat": after a district office's bracketed
    // initials, the district, then the holder.)
    // ("member for Disaster Management Lilian Akinyi Ouma": or when the words read as a title over a name that opens
    // with no given name, as a portfolio before its holder does.)
    const seat = c.kind === 'person' && (!c.role || !hasKnownFirstName(c.name)) && tokens.length >= 3 ? seatThenHolder(text, tokens) ?? districtAfterOfficeInitials(text, tokens) : null;
    if (seat) {
      mentions.push({ kind: 'person', name: seat.name, role: seat.role, gender: c.gender, start: seat.start, end });
      continue;
    }
    // (An office's initials, then its holder: when no district stands between them, which the seat's reading above took.)
    if (c.kind === 'person' && !c.role && officeBefore && initialsBetween(text, officeBefore.end, tokens[0].start)) {
      if (officeBefore.at >= 0) mentions.splice(officeBefore.at, 1);
      mentions.push({ kind: 'person', name, role: `${officeBefore.role} ${text.slice(officeBefore.end, tokens[0].start).trim()}`, gender: c.gender, start: tokens[0].start, end });
      continue;
    }
    mentions.push({ kind: c.kind, name, role: c.role, gender: c.gender, start: tokens[0].start, end });
    // "Dr Keiko Nakamura of the Tasman Institute for Polar Research": the body a person is "of" is mentioned
    // too ("the institute said" later means it).
    // (Only a run longer than the name can hold an affiliation.)
    const affiliation = c.kind === 'person' && tokens.length > 3 && end - tokens[0].start > c.name.length + 4 ? affiliationOf(tokens, c.name) : null;
    if (affiliation) mentions.push(affiliation);
  }
  return mentions;
}

/** Whether only an office's initials in brackets stand between it and its holder: " (UNO) ". */
function initialsBetween(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  return between.trimStart().startsWith('(') && OFFICE_INITIALS_BEFORE.test(between);
}

/** A word and "for" or "from" right before a run ("member for ", "MLA from "): the word (group 1), a seat holder's if `LOWER_CASE_SEAT_HOLDERS` has it, and the preposition (2). */
const SEAT_FOR_BEFORE = /\b([\p{L}-]+)\s+(for|from)\s+$/u;

/**
 * "member for | Murchison | Colin Pryce": the place of a seat, then a full name that opens with a known first name
 * ("legislator for | Gwanda North | Bekezela Mpofu", "spokesperson in the | Free State | Mojalefa Tsiu": or that
 * follows a place of two words whose second is a point of the compass or a place's kind).
 */
function seatThenHolder(text: string, tokens: Token[]): { name: string; role: string; start: number } | null {
  const before = text.slice(Math.max(0, tokens[0].start - 28), tokens[0].start);
  const seat = SEAT_FOR_BEFORE.exec(before);
  // ("NPA regional spokesperson in the Free State Mojalefa Tsiu": an office's place after "in" reads the same way.)
  const office = seat ? null : OFFICE_IN_BEFORE.exec(before);
  if (!(seat && (LOWER_CASE_SEAT_HOLDERS.has(seat[1].toLowerCase()) || seat[1] === 'candidate')) && !office) return null;
  // (The seat's place is one word or two.)
  const given = givenNameInside(mapPacked(tokens, (t) => t.text));
  // ("North" is a given name too; "Free State" ends in a place's kind.)
  const placeOfTwo = tokens.length >= 4 && (COMPASS_REGION_WORDS.has(tokens[1].text.toLowerCase()) || PLACE_HEADS.has(tokens[1].text.toLowerCase()));
  // ("councillor for | Athlone | Tríona Geraghty", "chairperson in | Lejweleputswa | Kabelo Ntsane": three words, none
  // a given name the lists know, are a place of one and a name of two, as most seats' holders are written.)
  // (Not a place of three: "member for Ogmore Vale Central".)
  const j = placeOfTwo ? 2 : given < 1 && tokens.length === 3 && !CONSTITUENCY_QUALIFIERS.has(tokens[2].text.toLowerCase()) ? 1 : given;
  if (j < 1 || j > 2) return null;
  return holderFrom(tokens, j, `${(seat ?? office)![0].trim()} ${mapPacked(tokens.slice(0, j), (t) => t.text).join(' ')}`);
}

/** An office and "in" (perhaps "the") right before a run: "spokesperson in the " (before "Free State"). */
const OFFICE_IN_BEFORE = /\b(?:spokesperson|spokesman|spokeswoman|commissioner|commander|coordinator|chairperson|chairman|director|manager)\s+in\s+(?:the\s+)?$/;

/** The holder whose name is the run's tokens from `from` on, after the words of their seat or district; null when a word of it is no name's. */
function holderFrom(tokens: Token[], from: number, role: string): { name: string; role: string; start: number } | null {
  const rest = tokens.slice(from);
  if (!rest.every((t) => isCapitalised(t.text) && !isAcronym(t.text) && !ORG_HEADS.has(bare(t.text)))) return null;
  return { name: mapPacked(rest, (t) => t.text).join(' '), role, start: rest[0].start };
}

/** A district or province office's initials in brackets right before a run: "(DPO) ", "(SSP) " (group 1 the initials). */
const OFFICE_INITIALS_BEFORE = /\(([A-Z]{2,4})\)\s+$/;

/**
 * "(DPO) | Bannu | Ziaullah Khan Marwat", "(SSP) | South | Asad Raza Jatoi": after a district office's bracketed
 * initials, one word of place, then a full name of three words or more (the lists lack many of these given
 * names, so the length decides); a compass word is a division before a name of two. The first word stays the
 * name's when it is a known first name, a compound one ("Abdul-Rahman") or a word of lineage.
 */
function districtAfterOfficeInitials(text: string, tokens: Token[]): { name: string; role: string; start: number } | null {
  const office = OFFICE_INITIALS_BEFORE.exec(text.slice(Math.max(0, tokens[0].start - 8), tokens[0].start));
  const initials = office?.[1].toLowerCase() ?? '';
  if (!office || !(DISTRICT_OFFICES.has(initials) || PROVINCIAL_OFFICES.has(initials))) return null;
  const first = tokens[0].text;
  const compass = COMPASS_REGION_WORDS.has(first.toLowerCase());
  if (!compass && (isKnownFirstName(first) || first.includes('-') || LINEAGE_WORDS.has(first.toLowerCase()) || HONORIFICS.has(first.toLowerCase().replace(/\.$/, '')))) return null;
  return tokens.length - 1 < (compass ? 2 : 3) ? null : holderFrom(tokens, 1, `${office[1]} ${first}`);
}

/** The last word of a body's name that a number after it belongs to: "Local 1142", "Regional Office 7", "Court District 28". */
const NUMBERED_BODY_END = /\b(?:Local|Office|District)$/;

/** Whether a run opens with a person's name (after a title) and goes on with "of" or "from". */
function personThenOf(tokens: Token[], personName: string): boolean {
  const at = tokens.findIndex((t, i) => i >= 2 && (t.text === 'of' || t.text === 'from'));
  return at > 0 && mapPacked(tokens.slice(0, at), (t) => t.text).join(' ').endsWith(personName);
}

/** The body after a person's name and "of"/"from"/"at" in one run, when its words name a body. */
function affiliationOf(tokens: Token[], personName: string): NameMention | null {
  const at = tokens.findIndex((t, i) => i >= 2 && (t.text === 'of' || t.text === 'from' || t.text === 'at'));
  if (at < 0 || !mapPacked(tokens.slice(0, at), (t) => t.text).join(' ').endsWith(personName)) return null;
  const rest = tokens.slice(tokens[at + 1]?.text.toLowerCase() === 'the' ? at + 2 : at + 1);
  if (rest.length < 2) return null;
  const body = classifiedWords(mapPacked(rest, (t) => t.text));
  if (body.kind !== 'organization' || body.name !== mapPacked(rest, (t) => t.text).join(' ').replace(POSSESSIVE_ENDING, '')) return null;
  return { kind: 'organization', name: body.name, role: null, gender: 'unknown', start: rest[0].start, end: rest[rest.length - 1].end };
}

/** Short words an acronym skips: "Union nationale des cheminots autonomes (UNCA)", "Ministry of Defence (MoD)", "Kenya National Commission on Human Rights (KNCHR)". */
// (With other languages' small words: "Réseau citoyen pour la transparence (RCT)", "Instituto para el Desarrollo".)
const ACRONYM_SKIPS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'des', 'du', 'del', 'la', 'le', 'les', 'y', 'e', 'da', 'do', 'dos', 'das', 'für', 'der', 'und', '&', 'pour', 'par', 'sur', 'et', 'au', 'aux', 'en', 'à', 'para', 'por', 'el', 'los', 'las', 'al', 'per', 'di', 'della', 'dei', 'em', 'ao', 'na', 'nas', 'nos']);

/** A capital first. (A module constant: under tsx, a `\p{…}` outside brackets inside a function is rebuilt on every call.) */
const OPENS_CAPITAL = /^\p{Lu}/u;

/** A space, tab, newline or no-break space. */
const isBlankCode = (code: number): boolean => code === 32 || code === 10 || code === 9 || code === 13 || code === 160;

/** Where in `textBefore` the words an acronym spells begin, read back by their initials; -1 if they do not spell it. */
export function acronymStart(textBefore: string, acronym: string): number {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2) return -1;
  // The words before, read backwards one at a time (no split of the whole text: it may be a long sentence),
  // as many as the acronym could spell with small words between.
  const words: Array<{ text: string; start: number }> = [];
  let end = textBefore.length;
  while (words.length < letters.length * 2 + 2) {
    while (end > 0 && isBlankCode(textBefore.charCodeAt(end - 1))) end--;
    if (end === 0) break;
    let start = end;
    while (start > 0 && !isBlankCode(textBefore.charCodeAt(start - 1))) start--;
    words.push({ text: textBefore.slice(start, end), start });
    end = start;
  }
  const first = spelledFrom(words, 0, letters, letters.length - 1);
  return first >= 0 && OPENS_CAPITAL.test(textBefore.slice(first, first + 2)) ? first : -1;
}

/** A short word in capitals that gives all its letters to an acronym ("UN"). (A module constant: see `OPENS_CAPITAL`.) */
const ACRONYM_WORD = /^\p{Lu}{2,4}$/u;

/**
 * Where the words (read backwards from `w`) that spell `letters` up to `k` start, or -1. A small word may be
 * passed over or give its initial ("UN Mission in South Sudan" is UNMISS); a word in capitals gives all its
 * letters ("UN").
 */
function spelledFrom(words: ReadonlyArray<{ text: string; start: number }>, w: number, letters: string, k: number): number {
  if (k < 0) return words[w - 1]?.start ?? -1;
  const word = words[w];
  if (!word) return -1;
  const small = ACRONYM_SKIPS.has(word.text.toLowerCase());
  if (small) {
    const passed = spelledFrom(words, w + 1, letters, k);
    if (passed >= 0) return passed;
  }
  // ("Observatoire citoyen des élections (OCE)": an accented initial spells its plain letter.)
  const initial = plainInitial(word.text);
  if (ACRONYM_WORD.test(word.text) && k + 1 >= word.text.length && letters.slice(k + 1 - word.text.length, k + 1) === word.text) {
    const whole = spelledFrom(words, w + 1, letters, k - word.text.length);
    if (whole >= 0) return whole;
  }
  return initial === letters[k] ? spelledFrom(words, w + 1, letters, k - 1) : -1;
}

/**
 * Whether initials written as a word ("Zinwa", "Nafdac") spell a name (folded): each of its words but the small
 * ones gives its first letter, then perhaps more of its next letters ("zi", "n", "w", "a" from "zimbabwe national
 * water authority"). Every such word gives one.
 */
export function spelledAsWord(acronym: string, foldedName: string): boolean {
  const letters = acronym.toLowerCase();
  const words = foldedName.split(' ').filter((w) => !SPELLING_SKIPS.has(w));
  const spell = (at: number, word: number): boolean => {
    if (word === words.length) return at === letters.length;
    const w = words[word];
    for (let take = 1; take <= w.length && at + take <= letters.length; take++) {
      if (w[take - 1] !== letters[at + take - 1]) break;
      if (spell(at + take, word + 1)) return true;
    }
    return false;
  };
  return words.length >= 2 && spell(0, 0);
}
/** Small words initials written as a word leave out. */
const SPELLING_SKIPS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'on', 'in']);

/** A word's initial in capitals without its accent ("é" → "E"). */
function plainInitial(word: string): string {
  const initial = word[0].toUpperCase();
  return initial.charCodeAt(0) < 128 ? initial : initial.normalize('NFD')[0];
}

/**
 * The name a bracketed acronym stands for, read back from the words before it by their initials:
 * "the Société nationale ferroviaire (SNF)" → "Société nationale ferroviaire". Null when the initials do not
 * spell the acronym or the name does not open with a capital.
 */
export function acronymExpansion(textBefore: string, acronym: string): string | null {
  const start = acronymStart(textBefore, acronym);
  // ("the Federal Board of Revenue’s (FBR) new regime": the possessive belongs to the sentence, not the name.)
  return start === -1 ? null : textBefore.slice(start).trim().replace(POSSESSIVE_ENDING, '').split(/\s+/).join(' ');
}

/** The words between two runs, as tokens with their offsets (" and ", " on ", " québécoise des "). */
function gapTokens(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  for (const m of text.slice(from, to).matchAll(/\S+/g)) tokens.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  return tokens;
}

/** Two runs and the words between them as one run (the second's possessive ends it). */
function joinedRun(text: string, first: CapitalRun, second: CapitalRun): CapitalRun {
  return { tokens: [...first.tokens, ...gapTokens(text, first.end, second.start), ...second.tokens], start: first.start, end: second.end, possessive: second.possessive };
}

/** A bracketed acronym right after a name: "(KNCHR)". */
const ACRONYM_AFTER = /^\s*\(([\p{Lu}][\p{Lu}\p{Ll}&.]{1,8}(?:\s\p{Lu}[\p{Lu}&]{1,8})?)\)/u;

/**
 * "PKP Polskie Linie Kolejowe (PKP PLK)": whether the bracketed acronym right after a run spells the run's
 * words from its first, which makes words read as no one's name a body's.
 */
function spelledWhole(text: string, run: CapitalRun, tokens: readonly Token[]): boolean {
  const acronym = acronymAfter(text, run);
  return acronym !== null && acronymStart(text.slice(0, run.end), acronym) === tokens[0].start;
}

/** The bracketed acronym right after a run ("(" after at most one blank), or null. */
function acronymAfter(text: string, run: CapitalRun): string | null {
  const bracketNext = text.charCodeAt(run.end) === 40 || (text.charCodeAt(run.end) === 32 && text.charCodeAt(run.end + 1) === 40);
  return bracketNext ? (ACRONYM_AFTER.exec(text.slice(run.end, run.end + 20))?.[1] ?? null) : null;
}

/** A gap of small words an acronym skips, and blanks: " on ", " in the ". */
function isAcronymSkipGap(text: string, from: number, to: number): boolean {
  const words = text.slice(from, to).trim();
  return words !== '' && words.split(/\s+/).every((w) => ACRONYM_SKIPS.has(w) && w !== '&' && w === w.toLowerCase());
}

/**
 * "Kenya National Commission on Human Rights (KNCHR)", "Royal College of Emergency Clinicians in Scotland
 * (RCECS)": runs of capitals that the bracketed acronym after the last of them spells, with only small
 * lower-case words between them, are one body's name (the acronym tells where the name begins).
 */
function joinAcronymSpelled(text: string, runs: CapitalRun[]): CapitalRun[] {
  const joined: CapitalRun[] = [];
  for (const run of runs) {
    const acronym = joined.length > 0 && !run.possessive ? acronymAfter(text, run) : null;
    const start = acronym ? acronymStart(text.slice(0, run.end), acronym) : -1;
    if (start === -1 || start >= run.start) {
      joined.push(run);
      continue;
    }
    // The first run the spelled words reach into, and only small words in every gap up to this one.
    let k = joined.length - 1;
    while (k > 0 && joined[k].start > start) k--;
    const parts = [...joined.slice(k), run];
    const spelled = joined[k].start <= start && joined[k].end > start && !joined[k].possessive && parts.every((p, i) => i === 0 || isAcronymSkipGap(text, parts[i - 1].end, p.start));
    if (!spelled) {
      joined.push(run);
      continue;
    }
    joined.splice(k, joined.length - k, { ...parts.reduce((whole, part) => joinedRun(text, whole, part)), spelled: true });
  }
  return joined;
}

/** Lower-case adjectives and a "des"/"de la"/"del" between a body's opening word and the capitals of its name. */
const FOREIGN_BODY_GAP = /^\s+(?:\p{Ll}[\p{Ll}'’-]*\s+){0,2}(?:des|du|de\s+la|de|del|de\s+los|de\s+las|dos|das|da|do|della|dei|degli|di)\s+$/u;

/** Particles of other languages' body names (" des ", " del ", " da ", " di "). */
const FOREIGN_PARTICLES: ReadonlySet<string> = new Set(['des', 'du', 'de', 'del', 'da', 'do', 'dos', 'das', 'della', 'dei', 'degli', 'di']);

/**
 * Whether a text holds such a particle between plain spaces: one of FOREIGN_PARTICLES' words as a pattern,
 * which opens with a literal " d" that the engine finds by a fast search (a slice and a lookup at every " d"
 * cost more than the whole join on most sentences).
 */
const FOREIGN_PARTICLE_BETWEEN_SPACES = new RegExp(` (?:${[...FOREIGN_PARTICLES].join('|')}) `);
const hasForeignParticle = (text: string): boolean => FOREIGN_PARTICLE_BETWEEN_SPACES.test(text);

/** Whether " d…" (a "des"/"del"/"de la" particle) starts within the nine characters before `at` (read in place). */
function particleBefore(text: string, at: number): boolean {
  for (let i = Math.max(0, at - 9); i < at - 2; i++) if (text.charCodeAt(i) === 32 && text.charCodeAt(i + 1) === 100) return true;
  return false;
}

/**
 * "Fédération québécoise des PME", "Confederación general del Trabajo": a body's opening word, lower-case
 * adjectives and a "des"/"del", then capitals, are one name (as other languages write them).
 */
function joinForeignBody(text: string, runs: CapitalRun[]): CapitalRun[] {
  // (Most sentences hold no such particle: they keep their runs as they are.)
  if (!hasForeignParticle(text)) return runs;
  const joined: CapitalRun[] = [];
  for (const run of runs) {
    const last = joined[joined.length - 1];
    // (Cheap tests first: a short gap that ends in a "d…" particle or "di"/"do"; then the opener.)
    const gapEndsInParticle = last !== undefined && run.start - last.end <= 40 && particleBefore(text, run.start);
    // ("Union Nationale des Travailleurs du Sénégal": the opener may stand anywhere in the run before the
    // particle, and the joined name goes on over the next one.)
    const opener = gapEndsInParticle && !last.possessive ? last.tokens.find((t) => FOREIGN_BODY_OPENERS.has(t.text.toLowerCase())) : undefined;
    if (last && opener && FOREIGN_BODY_GAP.test(text.slice(last.end, run.start))) {
      joined[joined.length - 1] = withClosingAdjective(text, joinedRun(text, last, run));
      continue;
    }
    joined.push(run);
  }
  return joined;
}

/** Bodies named for their subject with "on": "Committee on Health", "Commission on Human Rights", "Council on Foreign Relations". */
const TOPIC_BODY_HEADS: ReadonlySet<string> = new Set(['committee', 'subcommittee', 'commission', 'council', 'panel', 'conference', 'convention', 'forum', 'board', 'tribunal', 'inquiry', 'taskforce', 'force', 'institute', 'centre', 'center', 'office', 'caucus', 'coalition', 'network']);

/** Subjects that bodies are named for, beyond a ministry's portfolio words ("Foreign Relations", "Hospital Workforce"). */
const TOPIC_WORDS: ReadonlySet<string> = new Set(['relations', 'workforce', 'lands', 'ethics', 'standards', 'climate', 'change', 'security', 'safety', 'development', 'disability', 'equality', 'aging', 'ageing', 'poverty', 'hunger', 'refugees', 'migration', 'corruption', 'reform', 'trade', 'budget', 'appropriations', 'intelligence', 'oversight',
  // ("Commission of Inquiry on Drug Trafficking", "Select Committee on Gender-Based Violence".)
  'trafficking', 'drug', 'drugs', 'narcotics', 'crime', 'violence', 'abuse', 'terrorism', 'fraud', 'laundering']);

/**
 * Whether a run after "on" reads as a subject ("Human Rights", "Tertiary Education", "Hospital Workforce"): a
 * portfolio or subject word in it, no first name opening it ("a fine imposed by the European Commission on
 * Altamira Systems" names a firm).
 */
function namesASubject(run: CapitalRun): boolean {
  if (isKnownFirstName(run.tokens[0].text)) return false;
  return run.tokens.some((t) => {
    const word = t.text.toLowerCase();
    return TITLE_OBJECT_WORDS.has(word) || TOPIC_WORDS.has(word);
  });
}

/** " on " between a word and a capital: where a body named for a subject may go on. */
const ON_BEFORE_CAPITAL = /\p{L} on \p{Lu}/u;

/** Whether text[from, to) is " on " (one blank either side, as names are written). */
function isOnGap(text: string, from: number, to: number): boolean {
  return to - from === 4 && text.charCodeAt(from) === 32 && text.charCodeAt(from + 1) === 111 && text.charCodeAt(from + 2) === 110 && text.charCodeAt(from + 3) === 32;
}

/**
 * "Parliamentary Standing Committee on Health and Family Welfare", "Kenya National Commission on Human
 * Rights": a body whose kind is named for a subject goes on over "on" (the "and" after it is joined by
 * `joinInstitutionalAnd`).
 */
function joinTopicOn(text: string, runs: CapitalRun[]): CapitalRun[] {
  // (Most sentences hold no " on " between capitals: they keep their runs as they are.)
  // (Every match holds " on ", which a plain search finds faster than the pattern, led by a letter class, can.)
  if (!text.includes(' on ') || !ON_BEFORE_CAPITAL.test(text)) return runs;
  // (Nor do most that hold one: the runs are copied only when two of them stand either side of an " on ".)
  let gap = false;
  for (let r = 1; r < runs.length && !gap; r++) gap = isOnGap(text, runs[r - 1].end, runs[r].start);
  if (!gap) return runs;
  const joined: CapitalRun[] = [];
  for (const run of runs) {
    const last = joined[joined.length - 1];
    // (Not a body or a person after "on": "a fine imposed by the European Commission on Altamira Systems".)
    if (last && !last.possessive && isOnGap(text, last.end, run.start) && last.tokens.length >= 2 && TOPIC_BODY_HEADS.has(bare(last.tokens[last.tokens.length - 1].text)) && !isCalendarWord(run.tokens[0].text) && namesASubject(run)) {
      joined[joined.length - 1] = joinedRun(text, last, run);
      continue;
    }
    joined.push(run);
  }
  return joined;
}

/**
 * Whether `first`, "and", `titled` read as one title before a name: the first part ends in a portfolio word
 * ("Digital Economy") and opens with no first name, and the second holds a title word after more portfolio
 * words and before a name ("Society Minister Prasert Manoonsin").
 */
function joinsPortfolio(first: CapitalRun, titled: CapitalRun): boolean {
  const own = trimRunWords(mapPacked(first.tokens, (t) => t.text));
  if (own.length === 0 || own.length > 3 || !TITLE_OBJECT_WORDS.has(own[own.length - 1].toLowerCase()) || isKnownFirstName(own[0])) return false;
  const words = mapPacked(titled.tokens, (t) => t.text.toLowerCase());
  const title = words.findIndex((w, i) => i >= 1 && ROLE_HEADS.has(w));
  return title >= 1 && title <= 3 && words.length - title >= 2 && !isKnownFirstName(titled.tokens[0].text);
}

/**
 * Whether the run before a comma is a field or two ("Meteorology" in "the Meteorology, Climatology and Geophysics
 * Agency") that opens a list ending in ", Y and Z <head>": the run after the comma, "and", then a body's name.
 */
function fieldsBeforeBodyList(text: string, last: CapitalRun, runs: readonly CapitalRun[], r: number): boolean {
  const own = trimRunWords(mapPacked(last.tokens, (t) => t.text));
  if (own.length === 0 || own.length > 2 || !own.every((w) => TITLE_OBJECT_WORDS.has(w.toLowerCase()))) return false;
  const closing = runs[r + 1];
  if (!closing || !/^,?\s+and\s+$/.test(text.slice(runs[r].end, closing.start)) || !runs[r].tokens.every((t) => TITLE_OBJECT_WORDS.has(t.text.toLowerCase()))) return false;
  return ORG_HEADS.has(bare(closing.tokens[closing.tokens.length - 1].text));
}

/** Institutions named for their place ("University of Otago", "Museum of London"), listed with others by "and". */
const INSTITUTIONS_OF_PLACES: ReadonlySet<string> = new Set(['university', 'college', 'institute', 'museum', 'hospital', 'academy', 'observatory', 'zoo', 'library']);

/** Whether `first`, "and", `body` read as one body's name (see `joinInstitutionalAnd`). */
function joinsBodyName(first: CapitalRun, body: CapitalRun): boolean {
  // The words of the first part without a sentence's opening "The".
  const own = trimRunWords(mapPacked(first.tokens, (t) => t.text));
  // ("Lusaka Water Supply and Sanitation Company": a place and two field words, as a utility is named.)
  // ("Dar es Salaam Water Supply and Sanitation Authority": a place of three words.)
  // ("Korea Disease Control and Prevention Agency": a place that the lists hold as a given name too; no one's
  // name goes on with two field words.)
  const placeAndFields = own.length >= 3 && own.length <= 5 && own.slice(-2).every((w) => TITLE_OBJECT_WORDS.has(w.toLowerCase()));
  // ("Northern Unpaid Nurses and Midwives Coalition": the members of a body named as two kinds of people, the
  // first with its own modifiers.)
  const twoKindsOfPeople = own.length >= 2 && own.length <= 4 && !isKnownFirstName(own[0]) && GROUP_NOUNS.has(own[own.length - 1].toLowerCase()) && (GROUP_NOUNS.has(bare(body.tokens[0].text)) || MEMBER_PLURALS.has(bare(body.tokens[0].text)));
  if (own.length === 0 || (own.length > 2 && !placeAndFields && !twoKindsOfPeople) || body.tokens.length < 2) return false;
  // The body's head: its last word, or the word before its "of"/"for" ("Allied Workers Union of South Africa").
  const of = body.tokens.findIndex((t, i) => i > 0 && (t.text === 'of' || t.text === 'for'));
  // ("Environment and Climate Change Canada": a Canadian federal department, portfolios before "Canada".)
  const canadian = bare(body.tokens[body.tokens.length - 1].text) === 'canada' && own.every((w) => TITLE_OBJECT_WORDS.has(w.toLowerCase()));
  if (!canadian && !ORG_HEADS.has(bare(body.tokens[of > 0 ? of - 1 : body.tokens.length - 1].text))) return false;
  if (own.length === 2) {
    const alone = classifyWords(own);
    // (A trade alone makes no whole body before "and": "Malnad Minerals and Logistics Pvt Ltd".)
    // ("Irish Nurses and Midwifery Organisation": a demonym that is also a first name names no one here.)
    // ("Texas Health and Human Services Commission": a place that is also a given name, before a field's word,
    // names no one.)
    if ((alone.kind === 'organization' && !TRADE_HEADS.has(own[1].toLowerCase())) || (isKnownFirstName(own[0]) && !isNationalityAdjective(own[0]) && !TITLE_OBJECT_WORDS.has(own[1].toLowerCase()))) return false;
    // ("Swiftline Parcels and Corrigan Logistics": two firms, each a name and a trade; the second opens with a
    // name of its own, not another trade.)
    const second = bare(body.tokens[0].text);
    if (alone.kind === 'organization' && body.tokens.length === 2 && !TRADE_HEADS.has(second) && !ORG_HEADS.has(second)) return false;
  }
  return classifyWords(trimRunWords(mapPacked(body.tokens, (t) => t.text))).kind === 'organization';
}

/** "between" (perhaps with "the") right before a run: the run is one of two sides. */
const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?$/i;

/** A run between commas that names a person ("Dr Ewan Fraser"), not a portfolio ("Animal Industry", "Knowledge"). */
function namesPersonInList(run: CapitalRun): boolean {
  const words = mapPacked(run.tokens, (t) => t.text);
  const read = classifyWords(words);
  return read.kind === 'person' && isKnownFirstName(read.name.split(' ')[0]);
}

/**
 * "Office of Management and Budget", "Minister for Health and Family Welfare Kavita Solanki": an institution's
 * name (a run with "of", "for" or "on" that names no person by itself) goes on over "and". Two people ("Alan
 * Whitfield and Peter Jonas", "Secretary of State Mike Pompeo and …") stay two runs.
 */
function joinInstitutionalAnd(text: string, runs: CapitalRun[]): CapitalRun[] {
  const joined: CapitalRun[] = [];
  // Lists of portfolios already closed by their "and": a further "and" joins another body, not the list
  // ("the Department of Forestry, Fisheries and the Environment and Kopano Power" are two).
  const closedLists = new Set<CapitalRun>();
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    const last = joined[joined.length - 1];
    // The gap between the two runs, read in place (no slice: this runs for every run of every sentence).
    const commaGap = last !== undefined && isCommaGap(text, last.end, run.start);
    const andGap = last !== undefined && !commaGap && !closedLists.has(last) && isAndGap(text, last.end, run.start);
    // "Department for Culture, Media and Sport", "Ministry of Land, Infrastructure, Transport and Tourism":
    // an institution's list of portfolios, commas and a final "and", is one name.
    // ("Meteorology, Climatology and Geophysics Agency": or fields alone, when the list closes on a body's head.)
    if (last && commaGap && !last.possessive && (last.tokens.some((t) => /^(?:of|for|on)$/.test(t.text)) || fieldsBeforeBodyList(text, last, runs, r)) && run.tokens.length <= 3 && !namesPersonInList(run)) {
      let k = r;
      // ("Department of Climate Change, Energy, the Environment and Water": a portfolio inside the list may take
      // "the". A name in apposition is no portfolio: "the head of the Department of Health, Dr Ewan Fraser, the …".)
      while (k + 1 < runs.length && /^,\s+(?:the\s+)?$/.test(text.slice(runs[k].end, runs[k + 1].start)) && runs[k + 1].tokens.length <= 3 && !namesPersonInList(runs[k + 1])) k++;
      const closing = runs[k + 1];
      // (The closing run may go on with the office holder's name: "… and Employment of Population Shahnoza Nurova".)
      // ("Department of Agriculture, Food and the Marine": the last portfolio may take "the", after no comma.)
      if (closing && /^(?:,?\s+and|\s+and\s+the)\s+$/.test(text.slice(runs[k].end, closing.start)) && (closing.tokens.length <= 4 || (closing.tokens.length <= 7 && opensWithOffice(last)))) {
        // The commas stay on the words before them, so the name reads as written.
        const tokens = [...last.tokens];
        let previousEnd = last.end;
        for (let j = r; j <= k + 1; j++) {
          const gap = text.slice(previousEnd, runs[j].start);
          if (gap.trimStart().startsWith(',')) tokens[tokens.length - 1] = { ...tokens[tokens.length - 1], text: `${tokens[tokens.length - 1].text},` };
          const and = /\band\b/.exec(gap);
          if (and) tokens.push({ text: 'and', start: previousEnd + and.index, end: previousEnd + and.index + 3 });
          const the = /\bthe\b/.exec(gap);
          if (the) tokens.push({ text: 'the', start: previousEnd + the.index, end: previousEnd + the.index + 3 });
          tokens.push(...runs[j].tokens);
          previousEnd = runs[j].end;
        }
        joined[joined.length - 1] = { tokens, start: last.start, end: closing.end, possessive: closing.possessive };
        closedLists.add(joined[joined.length - 1]);
        r = k + 1;
        continue;
      }
    }
    // "Digital Economy and Society Minister Prasert Manoonsin": portfolio words, "and", more portfolio words,
    // a title and a name are one person's title and name.
    // "Port and Allied Workers' Union", "Kyoto Ryokan and Hotel Association": a word or two that name no
    // body or person of their own, "and", then a body's name of a modifier and a generic head. ("Microsoft and
    // Google", "Amnesty International and Human Rights Watch" stay two.)
    // ("talks between Unifor and Norvale Automotive Systems": after "between", the two sides of "and" are two.)
    if (last && andGap && !last.possessive && (joinsPortfolio(last, run) || (joinsBodyName(last, run) && !BETWEEN_BEFORE.test(text.slice(Math.max(0, last.start - 14), last.start))))) {
      joined[joined.length - 1] = joinedRun(text, last, run);
      continue;
    }
    // ("the Department of Health and Wellness and Nova Scotia Health": a name already joined over "and" takes a
    // second "and" only for more portfolio words.)
    const secondAnd = andGap && last.tokens.some((t) => t.text === 'and') && !TITLE_OBJECT_WORDS.has(bare(run.tokens[0].text));
    if (last && andGap && !last.possessive && !secondAnd && last.tokens.some((t) => /^(?:of|for|on)$/.test(t.text))) {
      const alone = classifyWords(trimRunWords(mapPacked(last.tokens, (t) => t.text)));
      // "Minister for Health" alone reads as a title over a one-word name; the word is the title's object.
      const titleOnly = alone.kind === 'single' && alone.role !== null && TITLE_OBJECT_WORDS.has(alone.name.toLowerCase());
      // ("Minister of Antimonopoly Regulation" is no person "Antimonopoly Regulation": an office "of" something
      // goes on over "and" to the rest of its portfolio and its holder.)
      // ("Minister of State for Manicaland Provincial Affairs" is no person "Provincial Affairs" either: a name that
      // ends in a portfolio's last word is the portfolio, after the province it is for.)
      const officeObject = alone.kind === 'person' && opensWithOffice(last) && (/\b(?:of|for)$/.test(alone.role ?? '') || PORTFOLIO_ENDINGS.has(bare(last.tokens[last.tokens.length - 1].text)));
      // ("the University of Otago and Canterbury Museum": a university, museum or other institution of a place,
      // and after "and" a body of its own, not more portfolio words, are two; "Association of Small and Medium
      // Enterprises" is one.)
      const secondBody = alone.kind === 'organization' && INSTITUTIONS_OF_PLACES.has(bare(trimRunWords(mapPacked(last.tokens, (t) => t.text))[0] ?? '')) && !TITLE_OBJECT_WORDS.has(bare(run.tokens[0].text)) && classifyWords(trimRunWords(mapPacked(run.tokens, (t) => t.text))).kind === 'organization';
      if ((alone.kind !== 'person' || officeObject) && (alone.kind !== 'single' || titleOnly) && !secondBody) {
        joined[joined.length - 1] = joinedRun(text, last, run);
        continue;
      }
      // ("Detective Chief Superintendent Fergal Brophy of the Garda National Drugs and Organised Crime Bureau": a
      // person "of" a body whose name goes on over "and" to its head; the whole reads as that person.)
      if (alone.kind === 'person' && ORG_HEADS.has(bare(run.tokens[run.tokens.length - 1].text))) {
        const whole = classifyWords(trimRunWords([...mapPacked(last.tokens, (t) => t.text), 'and', ...mapPacked(run.tokens, (t) => t.text)]));
        // (Whether or not the run alone reads the person already: the body after "of" has no head yet.)
        const of = lastIndexWhere(last.tokens, (t) => t.text === 'of' || t.text === 'from');
        const bodyUnfinished = of >= 0 && !last.tokens.slice(of + 1).some((t) => ORG_HEADS.has(bare(t.text)));
        if (whole.kind === 'person' && (whole.name !== alone.name || bodyUnfinished)) {
          joined[joined.length - 1] = joinedRun(text, last, run);
          continue;
        }
      }
    }
    joined.push(run);
  }
  return joined;
}
