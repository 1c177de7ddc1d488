/**
 * A person's likely gender from their first name ("Jacinda Ardern" → female), from the
 * gender-detection-from-name lists (English, Italian, Spanish, French, German, Turkish names).
 *
 * Only a weak hint: many names are shared, and in some naming orders the first word is the family name
 * ("Moon Jae-in", "Xi Jinping"). Pronoun resolution therefore uses it only to PREFER one candidate over
 * another when the article itself has said nothing about either; it never rules a candidate out.
 */
import { getGender } from 'gender-detection-from-name';
import type { Gender } from './lexicon';
import { memoize } from './memo';

/** Hyphenated or one-syllable second parts hint at a family-name-first order ("Moon Jae-in", "Kim Jong-un"). */
const FAMILY_NAME_FIRST = /^\p{Lu}\p{Ll}*-\p{Ll}+$/u;
/**
 * A capitalised word of three letters or more, as a first name looked up must be. (A module constant: tsx
 * compiles a `\p{…}` pattern written inside a function to `new RegExp(…)`, built again on every call.)
 */
const FIRST_NAME_SHAPE = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * The gender the lists give a first name, looked up once per word: the same word is asked about by itself
 * (`isKnownFirstName`) and as the first word of full names (`firstNameGender`), and each look-up probes up
 * to six large tables.
 */
const firstWordGender = memoize((word: string): Gender => {
  // ("Hélder", "Inês", "Zoë": the lists hold most accented names without their accents.)
  const guess = getGender(word);
  const plain = guess === 'male' || guess === 'female' || !NON_ASCII.test(word) ? guess : getGender(word.normalize('NFD').replace(COMBINING_MARKS, ''));
  return plain === 'male' || plain === 'female' ? plain : 'unknown';
});
const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARKS = /\p{M}+/gu;

export const firstNameGender = memoize((fullName: string): Gender => {
  const words = fullName.split(/\s+/).filter((w) => w.length > 0);
  let gender: Gender = 'unknown';
  // A lone word is a surname as often as a first name; two-letter words are mostly initials or family names.
  if (words.length >= 2 && FIRST_NAME_SHAPE.test(words[0]) && !FAMILY_NAME_FIRST.test(words[1])) gender = firstWordGender(words[0]);
  // "Jean-Pierre Mbala", "Anne-Sophie Roy": a compound first name whose parts the lists agree on.
  else if (words.length >= 2 && COMPOUND_FIRST_NAME.test(words[0]) && !FAMILY_NAME_FIRST.test(words[1])) gender = compoundGender(words[0]);
  return gender;
});

/** Two capitalised first-name parts joined by a hyphen ("Jean-Pierre"). */
const COMPOUND_FIRST_NAME = /^\p{Lu}\p{Ll}{2,}-\p{Lu}\p{Ll}{2,}$/u;

/** The gender both parts of a compound first name give; unknown when either is unknown or they differ ("Jean-Marie"). */
function compoundGender(compound: string): Gender {
  const [a, b] = compound.split('-');
  const first = firstWordGender(a);
  return first !== 'unknown' && firstWordGender(b) === first ? first : 'unknown';
}

const HAS_BLANK = /\s/;

/** Whether a single word is a first name the lists know ("Aisling", "Sterling"), whatever its ending. */
export function isKnownFirstName(word: string): boolean {
  // The same answer as `firstNameGender(`${word} _`) !== 'unknown'` without building and hashing that key: for
  // a word with no blank, its words are the word and "_" (never a family-name-first second word), so only the
  // word's shape and its gender count; most words (lower case, capitals, initials) fail the shape at once.
  if (FIRST_NAME_SHAPE.test(word)) return firstWordGender(word) !== 'unknown';
  return HAS_BLANK.test(word) && firstNameGender(`${word} _`) !== 'unknown';
}

