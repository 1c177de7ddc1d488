/**
 * When two ways of naming refer to one speaker: surname-only or first-name-only later mentions, small
 * misspellings ("Rajanth" for "Rajnath"), and organisation variants ("the defence ministry" for
 * "Ministry of Defence"). Pure comparisons; the registry decides which entity to pick.
 */
import { editDistance } from './editDistance';
import { memoize, memoize2 } from './memo';
import { NOMINAL_ORG_HEADS, REGNAL_NUMBER, STOOL_TITLES } from './lexicon';

/** Names recur constantly within an article; folding is memoised. */
export const foldName: (name: string) => string = memoize((name) => foldUncached(name));

/**
 * Whether folding `name` only lower-cases it: plain ASCII letters, digits, apostrophes, hyphens and single
 * spaces between words (most names). The general folding below gives exactly `name.toLowerCase()` for these,
 * without normalising and four pattern replacements.
 */
function foldsToLowerCase(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45) continue;
    // A space only between two kept characters: not first, not last, not after another space.
    if (c === 32 && i > 0 && i < name.length - 1 && name.charCodeAt(i - 1) !== 32) continue;
    return false;
  }
  return true;
}

/** Combining marks (used with replace only, which resets lastIndex). (A module constant: under tsx, a `\p{…}` outside brackets inside a function is rebuilt on every call.) */
const COMBINING_MARKS = /\p{M}/gu;

const INITIAL_AGAINST_NAME = /(?<![\p{L}.])(\p{L}{1,2})\.(?=\p{L}{2})/gu;

function foldUncached(name: string): string {
  if (foldsToLowerCase(name)) return name.toLowerCase();
  return name
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    // (An initial written against the name, "D.Gansukh" in Mongolian copy, is a word of its own: "d gansukh".)
    .replace(INITIAL_AGAINST_NAME, '$1 ')
    .replace(/[^\p{L}\p{N}' -]/gu, '')
    .replace(/ {2,}/g, ' ') // the only blank left is the plain space
    .trim();
}

/**
 * Whether two different strings are one edit apart (a substitution, an insertion or deletion, or a swap of
 * neighbours): the same answer as an edit distance of at most 1, in one pass without the table.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a.length < b.length) return oneEditApart(b, a);
  if (a.length - b.length > 1) return false;
  let i = 0;
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === b.length) return a.length - b.length <= 1; // equal, or one character added at the end
  if (a.length > b.length) return a.slice(i + 1) === b.slice(i); // one character inserted at i
  if (a.slice(i + 1) === b.slice(i + 1)) return true; // one substitution at i
  // One swap of neighbours at i.
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Two spellings of one word: equal, or one slip (transposition, typo) in a word long enough to tell. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || a[0] !== b[0]) return false;
  return oneEditApart(a, b);
}

/** The Arabic article joined to a surname by a hyphen, as news writes it: "al-", "el-", and its assimilated forms. */
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an)-(?=\p{L}{3})/u;

/** Generational suffixes are not surnames: "Robert Downey Jr." is "Downey". */
const SUFFIX = /^(?:jr|sr|ii|iii|iv|jnr|snr)\.?$/;
const words: (name: string) => string[] = memoize((name) => {
  // Filled by `push` rather than `filter`, whose empty result has one array shape in optimised code and another
  // in the interpreter (see `mapPacked` in names.ts).
  const kept: string[] = [];
  for (const w of foldName(name).split(' ')) if (w && !SUFFIX.test(w)) kept.push(w);
  return kept;
});

/**
 * Whether `mention` can name the person introduced as `full`: the same name, its surname, its first name,
 * a subset of its words ("Lloyd Austin" for "Lloyd J. Austin"), each word allowing one slip.
 */
/** Memoised: the registry asks the same pairs again and again. */
const personPairs = memoize2((full, mention) => personMatchesUncached(full, mention));
const organizationPairs = memoize2((full, mention) => organizationMatchesUncached(full, mention));

export function personMatches(full: string, mention: string): boolean {
  return personPairs(full, mention);
}

function personMatchesUncached(full: string, mention: string): boolean {
  const f = words(full);
  const m = words(mention);
  if (m.length === 0 || f.length === 0) return false;
  if (m.length === 1) {
    if (sameWord(f[f.length - 1], m[0]) || sameWord(f[0], m[0])) return true;
    // "Jubouri" for "Hanan al-Jubouri": an Arabic surname is also written without its article.
    if (ARABIC_ARTICLE.test(f[f.length - 1]) && sameWord(f[f.length - 1].replace(ARABIC_ARTICLE, ''), m[0])) return true;
    // Spanish and Portuguese names carry two surnames; the first is the one used alone ("Camila Reyes
    // Ortúzar" is "Reyes"). Exact only: a slip in a middle word is too loose a match.
    // ("Thomas Ng Boon Kiat" is "Ng": a two-letter surname after a Western first name, in a long name, or
    // before a hyphenated Cantonese given name: "Alice Ng Wing-sze".)
    return f.length >= 3 && (m[0].length >= 3 || f.length >= 4 || f[f.length - 1].includes('-')) && m[0].length >= 2 && f.slice(1, -1).includes(m[0]);
  }
  // "Nana Ababio" for "Kwaku Bonsu Ababio II": a chief's title and the surname of a numbered name.
  // ("Nana Kwegyir Essel" for "Kojo Kwegyir Essel II": the title and more than the surname.)
  if (m.length >= 2 && STOOL_TITLES.has(m[0]) && f.length >= 2 && REGNAL_NUMBER.test(full.slice(full.lastIndexOf(' ') + 1)) && (m.length === 2 ? m[1] === f[f.length - 1] : personMatches(full, m.slice(1).join(' ')))) return true;
  // The leading given names ("Nik Azman" for "Nik Azman Nik Mahmud").
  if (m.length >= 2 && m.length < f.length && m.every((w, k) => w === f[k])) return true;
  // A double-barrelled surname written without its hyphen ("Trotman Reid" for "Alicia Trotman-Reid").
  if (m.length === 2 && f.length >= 2 && f[f.length - 1] === `${m[0]}-${m[1]}`) return true;
  // Every word of the mention must appear, in order, in the full name.
  let i = 0;
  for (const w of m) {
    while (i < f.length && !sameWord(f[i], w)) i++;
    if (i === f.length) return false;
    i++;
  }
  return sameWord(f[f.length - 1], m[m.length - 1]);
}

/**
 * Whether a mention is a misspelling or a short form of the name of the person introduced as `full` ("Ruis" for "Anthony
 * Ruiz", "Ruggerio" for "Tom Ruggiero", "Nurul Asiyah" for "Nurul Aisyah Kamaruddin"), by a looser test than
 * `personMatches`: one slipped word, one slip from four letters, two from seven (not an added ending), the
 * first letter kept. Only a fallback: the registry asks it for a name that names nobody in the article,
 * because news introduces every person by full name, so a name that matches no one is far likelier a slip
 * than a new person.
 */
export function misspeltSurname(full: string, mention: string): boolean {
  const f = words(full);
  const m = words(mention);
  if (f.length < 2 || m.length === 0 || m.length > f.length) return false;
  // "Berkes" for "László Berkes-Tóth": the first half of a double surname, written alone (a looser reading than
  // the surname itself, so only when no one else has that surname).
  if (m.length === 1 && m[0].length >= 3 && f[f.length - 1].startsWith(`${m[0]}-`)) return true;
  // "Dalmaso" for "Elena Dal Maso": a surname with its particle, written as one word.
  if (m.length === 1 && f.length >= 3 && m[0] === f[f.length - 2] + f[f.length - 1]) return true;
  // A lone word is any of the surnames ("Perreyra" for "Washington Pereyra Cabrera"); a longer mention is a run
  // of the full name's words with exactly one slipped ("Nurul Asiyah" for "Nurul Aisyah Kamaruddin").
  for (let at = m.length === 1 ? 1 : 0; at + m.length <= f.length; at++) {
    let slips = 0;
    for (let k = 0; k < m.length && slips <= 1; k++) if (f[at + k] !== m[k]) slips += isSlip(f[at + k], m[k]) ? 1 : 2;
    if (slips === 1) return true;
  }
  return false;
}

/** One word written for another by a slip of the pen: one edit, or two in a long word (not as an ending). */
function isSlip(word: string, written: string): boolean {
  if (Math.min(word.length, written.length) < 4 || word[0] !== written[0]) return false;
  const distance = editDistance(word, written, 2);
  if (distance <= 1) return true;
  // ("Environment" is not "Environmental".)
  return distance === 2 && Math.min(word.length, written.length) >= 7 && Math.abs(word.length - written.length) <= 1 && !word.startsWith(written) && !written.startsWith(word);
}

const ORG_STOP = new Set(['the', 'of', 'for', 'and', '&', 'a', 'an', 'its', 'state', 'national', 'federal']);

/** Singular form of an organisation head ("authorities" → "authority", "charities" → "charity"), for matching variants. */
export function stem(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** A name's words without stop words, singular. Filled by `push`: one array shape (see `mapPacked` in names.ts). */
function contentWords(name: string): string[] {
  const content: string[] = [];
  for (const w of words(name)) if (!ORG_STOP.has(w)) content.push(stem(w));
  return content;
}

/**
 * Whether a description ("the defence ministry", "the ministry") names the organisation `full`
 * ("Ministry of Defence"): every content word of the description occurs in the organisation's name.
 */
export function organizationMatches(full: string, mention: string): boolean {
  return organizationPairs(full, mention);
}

function organizationMatchesUncached(full: string, mention: string): boolean {
  const f = new Set(contentWords(full));
  const m = contentWords(mention);
  if (m.length === 0) return false;
  // (A kind of body, "the government", is what a body is, not what it is of; a name's last word after "and",
  // "Energy" for the "Department of Mineral Resources and Energy", may still be all a subject kept of it.)
  return m.every((w) => f.has(w) || someSameWord(f, w)) && !(m.length === 1 && NOMINAL_ORG_HEADS.has(m[0]) && (onlyInObject(full, m[0]) || onlyAsModifier(full, m[0])));
}

/** Whether a word of the set is `word` or a slip of it (read in place: no array of the set per word). */
function someSameWord(words: ReadonlySet<string>, word: string): boolean {
  for (const x of words) if (sameWord(x, word)) return true;
  return false;
}

/**
 * Whether a kind of body occurs in a name only as a modifier of another kind, the name's own head: the
 * "Southern Africa Airline Pilots' Union" is a union, not "the airline"; the "Police Federation" is not "the
 * police". (The head is the last word before the first "of"/"for"/"on": "Bank of England" is a bank.) A head
 * that only says how a body is run leaves the modifier its kind: the "Royal Eswatini Police Service" is the police.
 */
function onlyAsModifier(full: string, word: string): boolean {
  const all = words(full);
  const of = all.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for' || w === 'on'));
  const own = of < 0 ? all : all.slice(0, of);
  const head = stem(own[own.length - 1]?.replace(POSSESSIVE_END, '') ?? '');
  const stemmed = stem(foldName(word));
  if (head === stemmed || sameWord(head, stemmed) || !NOMINAL_ORG_HEADS.has(head) || ADMINISTRATIVE_HEADS.has(head)) return false;
  return own.slice(0, -1).some((w) => { const x = stem(w.replace(POSSESSIVE_END, '')); return x === stemmed || sameWord(x, stemmed); });
}
const POSSESSIVE_END = /['’]s?$/;
/** Heads that say how a body is run, not what it is: the "Royal Eswatini Police Service" is the police. */
const ADMINISTRATIVE_HEADS: ReadonlySet<string> = new Set(['service', 'department', 'force', 'agency', 'office', 'authority', 'administration', 'company', 'corporation', 'bureau', 'directorate', 'division', 'unit', 'ministry']);

/**
 * Whether one word of a body's name occurs only after its first "of"/"for"/"on": "Government" is not the
 * "All India Federation of Government Medical Officers", nor "the police" the "Association of Chief Police
 * Officers" (the words before "of" are what the body is; those after, what it is of).
 */
export function onlyInObject(full: string, word: string): boolean {
  const all = words(full);
  const of = all.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for' || w === 'on'));
  if (of < 0) return false;
  const stemmed = stem(foldName(word));
  const has = (ws: string[]) => ws.some((w) => { const x = stem(w); return x === stemmed || sameWord(x, stemmed); });
  return !has(all.slice(0, of)) && has(all.slice(of + 1));
}

/** The acronym of a name: "Federal Security Service" → "FSS"; used to link "(FSB)"-style aliases loosely. */
export function acronymOf(name: string): string {
  return words(name)
    .filter((w) => !ORG_STOP.has(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}
