/**
 * A person's likely gender from their first name ("Jacinda Ardern" → female), from the
 * gender-detection-from-name lists (English, Italian, Spanish, French, German, Turkish names).
 *
 * Only a weak hint: many names are shared, and in some naming orders the first word is the family name
 * ("Moon Jae-in", "Xi Jinping"). Pronoun resolution therefore uses it only to PREFER one candidate over
 * another when the article itself has said nothing about either; it never rules a candidate out.
 */
import type { Gender } from './lexicon';
import { LINEAGE_WORDS } from './lexicon';
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
const firstWordLookup = memoize((word: string): { known: boolean; gender: Gender; lists: number } => {
  const found = lookUp(word.toLowerCase());
  // ("Hélder", "Inês", "Zoë": the lists hold most accented names without their accents.)
  return found.known || !NON_ASCII.test(word) ? found : lookUp(word.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase());
});

/**
 * The package's lists, read one by one (its `getGender` answers from the first list that holds a name, English
 * first). A name two lists give opposite genders is a first name but no hint of gender: "Michele", "Andrea" and
 * "Nicola" are men in Italian copy and women in English. The French list marks every name ever given to a girl
 * female ("Pierre", "Roger", "Gilles", "Aaron"), so it is asked only about names the others lack, and only its
 * "male" is a hint.
 */
const LISTS: ReadonlyArray<ReadonlyMap<string, 'male' | 'female'>> = ['en', 'it', 'es', 'de', 'tr'].map(namesOf);
const FRENCH = namesOf('fr');
function namesOf(language: string): ReadonlyMap<string, 'male' | 'female'> {
  return require(`gender-detection-from-name/names/${language}`) as ReadonlyMap<string, 'male' | 'female'>;
}
/**
 * First names the lists give one gender that another naming culture the news reports gives the other: "Dewi"
 * is a Welsh man and an Indonesian woman ("Dewi Kartika"). A first name, but no hint of gender.
 */
// ("Nurul": a Malaysian woman, "Nurul Aisyah"; a Bangladeshi or Assamese man, "Nurul Islam".)
const GENDER_DIFFERS_BY_CULTURE: ReadonlySet<string> = new Set(['dewi', 'nurul']);

/**
 * Irish-language first names, which none of the package's lists holds ("Bríd Uí Cheallaigh", "Tadhg Ó Súilleabháin"),
 * looked up like theirs, without accents. One list's word: a hint of gender, not a sure one.
 */
const IRISH_FEMALE = ['aoife', 'aine', 'ailbhe', 'blathnaid', 'brid', 'caitriona', 'caoimhe', 'ciara', 'cliona', 'clodagh', 'deirbhile', 'deirdre', 'eimear', 'eithne', 'fionnuala', 'grainne', 'mairead', 'maire', 'meabh', 'muireann', 'niamh', 'nora', 'nuala', 'orla', 'riona', 'roisin', 'saoirse', 'sile', 'sinead', 'siobhan', 'sorcha', 'treasa', 'una'];
const IRISH_MALE = ['cathal', 'cian', 'ciaran', 'colm', 'conall', 'cormac', 'darragh', 'diarmuid', 'donal', 'donncha', 'eamon', 'eanna', 'eoghan', 'eoin', 'fergal', 'feargal', 'fiachra', 'gearoid', 'lorcan', 'micheal', 'oisin', 'padraig', 'peadar', 'pol', 'ronan', 'ruairi', 'seamus', 'sean', 'seosamh', 'tadhg', 'tomas'];
/**
 * Nordic first names the lists lack ("Inger Lise Hovden", "Øyvind Berg", "Pekka Virtanen"), with and without
 * their own letters ("ø", "å" and "ä" are not accents the look-up removes).
 */
const NORDIC_FEMALE = ['inger', 'tove', 'gunhild', 'turid', 'hege', 'ragnhild', 'tuva', 'synnøve', 'synnove', 'åse', 'ase', 'sølvi', 'solvi', 'gro', 'bodil', 'birgitta', 'agneta', 'sirpa', 'tuula', 'annukka', 'aino', 'liisa', 'marjatta', 'päivi', 'paivi', 'riitta', 'satu', 'tarja'];
const NORDIC_MALE = ['asger', 'steinar', 'torstein', 'bjørn', 'bjorn', 'øyvind', 'oyvind', 'torbjørn', 'torbjorn', 'trond', 'geir', 'terje', 'arild', 'frode', 'sindre', 'vegard', 'eskil', 'brynjar', 'jostein', 'kjetil', 'stig', 'vidar', 'yngve', 'pelle', 'sune', 'jukka', 'juha', 'pekka', 'ilkka', 'tapio'];
/**
 * North Indian given names the lists lack ("Satish Kumar Bhardwaj", "Rekha Sharma"): without them a known
 * middle name ("Kumar") is taken for where the name starts.
 */
const INDIAN_FEMALE = ['savita', 'rekha', 'shweta', 'swati', 'usha'];
// (And eastern ones, Bengali, Assamese and Nepali: "Dilip Kumar Bordoloi", "Nazrul Haque Barbhuiya", "Binod Kumar Ghimire".)
const INDIAN_MALE = ['dilip', 'binod', 'nazrul', 'pradip', 'pranab', 'bimal', 'sanjib', 'pramod', 'bhupendra', 'debashish', 'subrata', 'tapan', 'biswajit', 'hemant', 'himanta', 'kishore', 'satish', 'rajesh', 'naresh', 'mukesh', 'umesh', 'hitesh', 'nilesh', 'yogesh', 'pradeep', 'kuldeep', 'alok', 'lalit', 'girish', 'jagdish', 'devendra', 'surendra', 'narendra', 'jitendra', 'virendra', 'dharmendra', 'shailesh', 'kamlesh', 'brijesh', 'rakesh', 'prakash', 'subhash', 'sushil'];
/**
 * Māori given names the lists lack ("Aroha Whaanga", "Rewi Tūhoro"): many are Māori forms of English names
 * ("Wiremu" William, "Hemi" James, "Rawiri" David, "Mereana" Marianne).
 */
const MAORI_FEMALE = ['aroha', 'mereana', 'huia', 'ngaire', 'hine', 'hinemoa', 'anahera', 'kiri', 'marama'];
const MAORI_MALE = ['hemi', 'wiremu', 'rawiri', 'tamati', 'pita', 'matiu', 'mikaere', 'rewi', 'hone', 'tipene', 'hohepa', 'tama'];
/** The Irish, Nordic, Indian and Māori names together, looked up before the package's lists. */
const NAMES_THE_LISTS_LACK: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...[...IRISH_FEMALE, ...NORDIC_FEMALE, ...INDIAN_FEMALE, ...MAORI_FEMALE].map((n) => [n, 'female'] as const),
  ...[...IRISH_MALE, ...NORDIC_MALE, ...INDIAN_MALE, ...MAORI_MALE].map((n) => [n, 'male'] as const),
]);

function lookUp(name: string): { known: boolean; gender: Gender; lists: number } {
  if (GENDER_DIFFERS_BY_CULTURE.has(name)) return { known: true, gender: 'unknown', lists: 0 };
  const added = NAMES_THE_LISTS_LACK.get(name);
  if (added !== undefined) return { known: true, gender: added, lists: 1 };
  let gender: Gender | null = null;
  let lists = 0;
  for (const list of LISTS) {
    const said = list.get(name);
    if (said === undefined) continue;
    if (gender !== null && said !== gender) return { known: true, gender: 'unknown', lists: 0 };
    gender = said;
    lists++;
  }
  if (gender !== null) return { known: true, gender, lists };
  const french = FRENCH.get(name);
  return french === undefined ? NOT_A_FIRST_NAME : { known: true, gender: french === 'male' || FEMININE_ENDING.test(name) ? french : 'unknown', lists: 1 };
}
/** How French women's names end ("Agnès", "Inês", "Aurélie", "Fatoumata"); "Gilles", "Anicet" and "Aaron" do not. */
const FEMININE_ENDING = /(?:a|e|è|ès|ê|ês|ée)$/;
const NOT_A_FIRST_NAME = { known: false, gender: 'unknown' as Gender, lists: 0 };
const firstWordGender = (word: string): Gender => firstWordLookup(word).gender;
const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARKS = /\p{M}+/gu;

/**
 * The first name a full name opens with, as the lists may hold it: a capitalised word of three letters or more,
 * or two such joined by a hyphen ("Jean-Pierre Mbala", "Anne-Sophie Roy"). None for a lone word (a surname as
 * often as a first name), short words (mostly initials or family names) or a family-name-first order ("Moon
 * Jae-in").
 */
function openingFirstName(fullName: string): string | null {
  const words = fullName.split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 2 || FAMILY_NAME_FIRST.test(words[1])) return null;
  return FIRST_NAME_SHAPE.test(words[0]) || COMPOUND_FIRST_NAME.test(words[0]) ? words[0] : null;
}

/** "Kaur" as a second or later word of a name: the name every Sikh woman bears. */
const KAUR_AFTER_GIVEN_NAME = /\s(?:Kaur)(?:\s|$)/;

export const firstNameGender = memoize((fullName: string): Gender => {
  // ("Harvinder Kaur Gill": a Sikh woman's "Kaur" after a given name both genders bear says who she is.)
  if (KAUR_AFTER_GIVEN_NAME.test(fullName)) return 'female';
  const first = openingFirstName(fullName);
  if (first === null) return 'unknown';
  // (A compound first name takes the gender its parts agree on.)
  const gender = FIRST_NAME_SHAPE.test(first) ? firstWordGender(first) : compoundGender(first);
  // ("Rana Nadeem Akhtar": a word of lineage that is a given name elsewhere, before a given name of the other
  // gender, may be either; "Rana Abdel Hamid" may be a woman, "Syed Ali Raza" is a man either way.)
  if (LINEAGE_WORDS.has(first.toLowerCase())) {
    const words = fullName.split(/\s+/);
    const nextGender = words.length >= 3 && FIRST_NAME_SHAPE.test(words[1]) ? firstWordGender(words[1]) : 'unknown';
    if (nextGender !== 'unknown' && nextGender !== gender) return 'unknown';
  }
  return gender;
});

/**
 * Whether a full name opens with a first name the lists know, of whatever gender ("Michele Sorrentino", "Jean-Marie
 * Le Pen"): the sign that the words are a person's name, which a name of no agreed gender gives as well.
 */
export const hasKnownFirstName = memoize((fullName: string): boolean => {
  const first = openingFirstName(fullName);
  if (first === null) return false;
  return FIRST_NAME_SHAPE.test(first) ? firstWordLookup(first).known : first.split('-').every((part) => firstWordLookup(part).known);
});

/**
 * Whether the gender a full name's first name gives is one at least two languages' lists agree on ("Gabriel",
 * "Tomás"): a surer sign than a name one list alone holds ("Anicet", which the French list gives a woman).
 */
export function firstNameGenderIsSure(fullName: string): boolean {
  const first = openingFirstName(fullName);
  if (first === null || !FIRST_NAME_SHAPE.test(first)) return false;
  const found = firstWordLookup(first);
  return found.gender !== 'unknown' && found.lists >= 2;
}

/** Two capitalised first-name parts joined by a hyphen ("Jean-Pierre"). */
const COMPOUND_FIRST_NAME = /^\p{Lu}\p{Ll}{2,}-\p{Lu}\p{Ll}{2,}$/u;

/** The gender both parts of a compound first name give; unknown when either is unknown or they differ ("Jean-Marie"). */
function compoundGender(compound: string): Gender {
  const [a, b] = compound.split('-');
  const first = firstWordGender(a);
  return first !== 'unknown' && firstWordGender(b) === first ? first : 'unknown';
}

const HAS_BLANK = /\s/;

/**
 * Where a full name starts inside words that open with something else (a place, a portfolio's last word): the
 * first known given name after the first word that leaves a name of two words or more ("Murchison | Colin Pryce",
 * "Boards | Shahid Hussain Dharejo"); -1 if there is none.
 */
export function givenNameInside(words: readonly string[]): number {
  return words.findIndex((w, i) => i >= 1 && i <= words.length - 2 && isKnownFirstName(w));
}

/** Whether a single word is a first name the lists know ("Aisling", "Sterling"), whatever its ending. */
export function isKnownFirstName(word: string): boolean {
  // The same answer as `firstNameGender(`${word} _`) !== 'unknown'` without building and hashing that key: for
  // a word with no blank, its words are the word and "_" (never a family-name-first second word), so only the
  // word's shape and its gender count; most words (lower case, capitals, initials) fail the shape at once.
  if (FIRST_NAME_SHAPE.test(word)) return firstWordLookup(word).known;
  return HAS_BLANK.test(word) && firstNameGender(`${word} _`) !== 'unknown';
}

