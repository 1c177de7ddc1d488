/**
 * Word lists the sieves share. One place for each list, so a new speech verb or role word is added once.
 * All entries are lower case; lookups lower-case the word first.
 */

/** Speech verbs as base forms; `speechVerbForms` expands them to every tense the news uses. */
/** Speech verbs whose other forms are mostly nouns. */
// ("“How do you expect people to be patient?” posed Mghanga": Kenyan copy's "posed" for a question asked.)
const SPEECH_ONLY_FORMS = ['countered', 'counters', 'ruled', 'ruling', 'posed'];

const SPEECH_VERB_BASES = [
  'say', 'tell', 'add', 'state', 'note', 'explain', 'ask', 'write', 'tweet', 'post', 'warn', 'insist',
  'declare', 'announce', 'claim', 'argue', 'comment', 'remark', 'reply', 'respond', 'continue', 'conclude',
  'confirm', 'admit', 'acknowledge', 'agree', 'recall', 'report', 'describe', 'call', 'urge', 'suggest',
  'observe', 'assert', 'maintain', 'emphasise', 'emphasize', 'stress', 'point', 'predict', 'promise',
  'vow', 'pledge', 'contend', 'allege', 'deny', 'boast', 'complain', 'lament', 'joke', 'quip', 'cry',
  'shout', 'yell', 'scream', 'whisper', 'mutter', 'exclaim', 'tell', 'testify', 'concede', 'reiterate',
  'indicate', 'mention', 'elaborate', 'caution', 'plead', 'demand', 'question', 'wonder', 'thank', 'praise',
  'criticise', 'criticize', 'condemn', 'accuse', 'label', 'term', 'dub', 'hail', 'brand', 'characterise',
  'characterize', 'speak', 'announce', 'read', 'summarise', 'summarize', 'reveal', 'disclose',
  'recount', 'share', 'told', 'express', 'inform', 'underline', 'highlight', 'reaffirm', 'pray', 'sing', 'chant', 'proclaim', 'tout', 'add', 'affirm',
  'retort', 'answer', 'interject',
  // French copy in translation: "the governor specified", "the minister assured reporters".
  'specify', 'assure',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  read: ['read', 'reads', 'reading'],
  cry: ['cry', 'cries', 'cried', 'crying'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  sing: ['sing', 'sings', 'sang', 'sung', 'singing'],
  plead: ['plead', 'pleads', 'pleaded', 'pled', 'pleading'],
  specify: ['specify', 'specifies', 'specified', 'specifying'],
  told: [],
};

/**
 * Verbs of more than one syllable stressed on the last, whose last consonant doubles ("admitted", "referred"),
 * and "quip", whose "u" is no vowel to the one-syllable rule below.
 */
const DOUBLES_FINAL_CONSONANT: ReadonlySet<string> = new Set(['admit', 'quip', 'refer', 'regret', 'rebut', 'submit', 'commit', 'confer']);

function regularForms(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  // "decry" → "decries", "decried" (a consonant's "y"; "pray", a vowel's, keeps it).
  if (/[^aeiou]y$/.test(base)) return [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
  const doubles = DOUBLES_FINAL_CONSONANT.has(base) || (/^(?:[^aeiou]*[aeiou][^aeiouwxy])$/.test(base) && base.length <= 4);
  const doubled = doubles ? base + base.slice(-1) : base;
  const third = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
  const past = base.endsWith('e') ? `${base}d` : `${doubled}ed`;
  const ing = base.endsWith('e') && !base.endsWith('ee') ? `${stem}ing` : `${doubled}ing`;
  // British copy doubles an unstressed final "l" too: "labelled" beside "labeled".
  const british = /[^aeiou][aeiou]l$/.test(base) && !doubles && base.length > 4 ? [`${base}led`, `${base}ling`] : [];
  return [base, third, past, ing, ...british];
}

export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  ...SPEECH_VERB_BASES.flatMap((base) => IRREGULAR[base] ?? regularForms(base)),
  // Only the forms that are verbs in news copy ("a counter-proposal", "the ruling said", "a new rule" are not).
  ...SPEECH_ONLY_FORMS,
]);

/** The verbs that introduce speech most reliably (used where a looser verb would over-attribute). */
export const CORE_SPEECH_VERBS: ReadonlySet<string> = new Set(
  ['say', 'tell', 'add', 'state', 'write', 'tweet', 'post', 'warn', 'explain', 'note', 'insist', 'declare',
    'announce', 'claim', 'argue', 'comment', 'remark', 'reply', 'respond', 'continue', 'conclude', 'confirm',
    'admit', 'acknowledge', 'recall', 'ask', 'assert', 'emphasise', 'emphasize', 'stress', 'reiterate',
    'testify', 'concede', 'exclaim', 'joke', 'quip', 'vow', 'promise', 'predict', 'allege', 'contend',
    'observe', 'indicate', 'mention', 'elaborate', 'caution', 'urge', 'suggest', 'report', 'reveal',
    'agree', 'lament', 'complain', 'boast', 'plead', 'recount', 'affirm', 'proclaim', 'speak', 'underline', 'reaffirm',
    'retort', 'answer', 'interject']
    .flatMap((base) => IRREGULAR[base] ?? regularForms(base))
    .concat(['countered', 'counters']),
);

/** Verbs that weave a short quoted fragment into a sentence: "called it “distressing”". */
export const DESCRIBING_VERBS: ReadonlySet<string> = new Set(
  ['call', 'describe', 'label', 'term', 'dub', 'brand', 'characterise', 'characterize', 'hail', 'deem',
    'praise', 'condemn', 'criticise', 'criticize', 'dismiss', 'reject', 'denounce', 'decry', 'slam']
    .flatMap((base) => regularForms(base)),
);

/**
 * Abbreviations written with a full stop before a name or after a company's name ("Hon. Louise Mulbah",
 * "Supt. Ray Kemp", "Acme Ltd."): the full stop neither ends the sentence nor the name. Read by the sentence
 * splitter and by the name scanner, so the two never disagree on where a name stops.
 */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'sta', 'sto', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev',
  'hon', 'supt', 'insp', 'det', 'cpl', 'pvt', 'adm', 'cmdr', 'maj', 'engr', 'barr', 'atty', 'adv', 'amb', 'pst',
  'inc', 'ltd', 'co', 'corp',
  // South Asian honorifics written with a stop ("Smt. Lathika Sreedharan", "Kum. Priya"), and "Cllr." ("Cllr. Gbollie").
  // ("Coun. Marisa Delorme (Point Douglas)": Canadian papers write a councillor's title so.)
  'smt', 'smti', 'tmt', 'kum', 'cllr', 'coun', 'clr', 'mgr', 'msgr', 'fr', 'lic', 'ing', 'eng',
  // (Buganda's "Owek." for Owekitiibwa: "The Katikkiro of Buganda, Owek. Joseph Kiwanuka Ssemakula".)
  'owek',
  // Argentine and Uruguayan "Cra." (contadora, a public accountant): "Economy Minister Cra. Lorena Vitale Bordón".
  'cra',
  // A Chicago alderman ("said Ald. Hannah Lieberman, 49th,") and a police constable ("Cst. Amrit Dhillon").
  'ald', 'cst',
]);

/**
 * A two-letter initial with its full stop: of a Manipuri clan or a Mongolian patronymic ("Kh. Joykumar Singh",
 * "Th. Biswajit", "Ts. Batbayar"). Part of the name, and no sentence ends at its stop.
 */
/**
 * Ghanaian chiefs' titles that are also first names ("Nana Ama", "Nii Lante"): a title before a numbered name
 * ("Nana Kwamena Essuman III"), and before the surname of one ("Nana Essuman").
 */
export const STOOL_TITLES: ReadonlySet<string> = new Set(['nana', 'nii', 'naa', 'nene']);
/** A ruler's or chief's number after the name: "Togbe Kodzo Adzraku IV", "Nana Osei Tutu II". */
export const REGNAL_NUMBER = /^(?:II|III|IV|VI|VII|VIII|IX)$/;

/** An American legislator's party and home ("R-Lubbock", "D-San Antonio", "R-Fond du Lac"): a place, never a name. */
export const PARTY_AND_HOME = /[RDI]-\p{Lu}[\p{L}.]*(?:\s(?:(?:du|de|la|del|des)\s)?\p{Lu}[\p{L}.]*)?/u;
/** A word that opens with a party and home ("R-Castle" of "R-Castle Rock"). */
export const OPENS_PARTY_AND_HOME = new RegExp(`^${PARTY_AND_HOME.source}`, 'u');

export const TWO_LETTER_INITIAL = /^(?:Kh|Th|Ch|Sh|Ts|Zh|Ng)\.$/;

export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'rev', 'fr', 'mme', 'mlle', 'herr',
  'shri', 'smt', 'smti', 'tmt', 'cra', 'sheikh', 'malam', 'mallam', 'alhaji', 'hajiya', 'hajia', 'alhaja', 'comrade', 'mzee',
  // ("Bi Zawadi Kabourou": Swahili for a woman; "Cde": comrade in Zimbabwe; "Eng": an engineer in East Africa.)
  // ("Opanin Kwame Adu-Gyamfi": the Akan elder's style.)
  'bi', 'cde', 'eng', 'opanin',
  // ("Mheshimiwa Nyalali": Swahili for "the Honourable", before an MP's or a minister's name.)
  'mheshimiwa',
  // Ethiopian and Somali: "Ato" (Mr), "W/ro" or "Weizero" (Mrs), "W/rt" (Miss); "Islaan", "Ugaas", "Suldaan" for elders.
  'ato', 'w/ro', 'w/rt', 'weizero', 'woizero', 'weyzero', 'islaan', 'ugaas', 'suldaan',
  'rt', 'hon', 'honourable', 'honorable', 'engr', 'barr', 'madam', 'madame', 'mdm', 'datuk', 'dato', 'datin', 'tun', 'puan', 'encik', 'haji', 'hajji', 'hajah', 'hajj', 'hajja',
  // Terms of respect for Aboriginal and Torres Strait Islander elders ("Aunty Dorothy Kelly-Mallard").
  'aunty', 'auntie',
  // South Asian: "Begum Rukhsana Qureshi" (at the end of a name it is a surname: "Farida Begum").
  'begum',
  // Pakistani and South African terms of respect before a name ("Mian Nadeem Akram", "Oom Faried"). (Not
  // "Sardar", which the press writes as part of a name as often as before it.)
  'mian', 'oom', 'tannie',
  // Styles of rulers and prelates ("His Highness Sheikh Saif", "His Excellency", "His Holiness"), and of
  // clergy and teachers of many faiths ("Mgr Andrew Fuh Nkwenti", "Ustaz Hadi", "Maulana Fazlur Rehman",
  // "Swami Nityananda", "Pandit Ravi Shankar").
  'highness', 'excellency', 'holiness', 'eminence', 'majesty', 'mgr', 'msgr', 'monsignor', 'ustaz', 'ustadh',
  'mufti', 'maulana', 'swami', 'pandit',
  // Traditional rulers' styles before a name ("Kgosi Mosadi Seboko", "Inkosi Mzimela", "Togbe Afede", "Oba
  // Adeyemi"), and Burmese and Thai forms of address ("Daw Aung San Suu Kyi", "Khun Somchai").
  'kgosi', 'inkosi', 'togbe', 'togbui', 'oba', 'daw', 'khun',
  // Aboriginal and Torres Strait Islander "Uncle" for an elder ("Uncle Lester Doolan"); the Khmer "Chumteav" (Madam; not
  // "Lok", which opens Indian bodies' names: "Lok Sabha", "Jharkhand Lok Manch").
  'uncle', 'chumteav',
  // The Fon "Dah" before a dignitary's name ("Dah Sagbo Hounnongan"); the Portuguese rank "Coronel" before a
  // name (also a surname inside one: "Ximena Coronel Aguirre", see ALSO_NAMES).
  'dah', 'coronel',
  // The pilgrim's honour of the Sahel and Guinea ("Elhadj", "Hadja"; "El Hadj" as a pair, see names.ts),
  // and the Indonesian "Bu" (Ibu) for a woman.
  'elhadj', 'hadja', 'haj', 'alhaj', 'bu', 'ibu',
  // The Congolese "Mâ" for an older woman, the Kurdish "Kak" (Mr) and "Xanim" (Mrs).
  'mâ', 'kak', 'xanim',
  // An Igbo king's title ("Igwe Anthony Nnabuife"); a Pakistani nawab's son's ("Nawabzada Farhan Ali Domki").
  'igwe', 'nawabzada',
  // Forms of address of the Pacific, southern Africa and the Gulf: Kiribati "Nei" (a woman), siSwati
  // "Make" (Mrs), "Sayyid" for a descendant of the Prophet, Tuvalu's "Ulu Aliki" (chief).
  'nei', 'make', 'sayyid', 'sayyida', 'ulu', 'aliki', 'malama', 'mallama',
  // Māori terms of respect for an elder ("Whaea Rangimārie Paku", "Matua Hemi"); Akan titles of a chief's
  // spokesman and of a paramount chief ("Okyeame Kwame Nkansah", "Odeefuo Amponsah-Darko").
  'whaea', 'matua', 'okyeame', 'odeefuo',
  // Akan chiefs' styles before a stool name ("Osabarima Kwame Adu Gyamfi III", "Daasebre Oti Boateng").
  'osabarima', 'daasebre', 'okatakyie', 'osagyefo', 'barima',
  // Cambodian honorifics ("Samdech Pen Sovannara", "Oknha Ly Yong Phat") and the Fijian chiefly "Ratu".
  'samdech', 'oknha', 'ratu',
  // Setswana forms of address: "Mma" (Mrs), "Rra" or "Rre" (Mr); the Sesotho chief's "Morena"; "Adv" for an advocate.
  'mma', 'rra', 'rre', 'morena', 'adv',
  // Bhutanese: "Dasho" (an honour the King confers), "Lyonpo" (minister), "Aum" (Mrs), "Lopen" (master).
  'dasho', 'lyonpo', 'aum', 'lopen',
  // Sri Lanka's national honours, written before the holder's name ("Deshamanya R. M. Wickramaratne").
  'deshamanya', 'deshabandu', 'deshabandhu',
  // French, Belgian and Mauritian copy: "Me" (Maître) before a lawyer's name ("Me Anne-Sophie Lagesse").
  'me', 'maître', 'maitre',
  // And of a pastor, a priest, an abbot and a professor in the same copy ("Pasteur Lucner Jean-Baptiste", "Pr Léonce Dabiré").
  'pasteur', 'père', 'abbé', 'pr',
  // Spanish-speaking countries' degree titles before a name ("Licenciada Gloria Midence", "Ing. Carlos Flores").
  'licenciada', 'licenciado', 'lic', 'ingeniero', 'ingeniera', 'ing', 'doctora',
  // Bruneian and Malay forms of address: "Awang" (Mr), "Dayang" (Ms), and "Pehin", a title the Sultan confers
  // (the words of the longer titles after it are read in names.ts).
  'awang', 'dayang', 'pehin',
  // (A Malaysian or Indonesian professional engineer's title: "Ir Mohd Shahrizal Yusof", "Ir. Basuki".)
  'ir',
  // Samoan forms of address for holders of matai titles: "Afioga" (for a high chief), "Tofa", "Susuga".
  'afioga', 'tofa', 'susuga',
  // A gazetteer of forms of address written before names in English-language copy worldwide, compiled by region
  // (South, South-East and East Asia, the Pacific, the Middle East; Africa, Europe, the Americas), keeping only
  // words that are neither a common name nor an everyday English word ("Tengku", "Sayadaw", "Otumfuo", "Revd").
  'yb', 'tengku', 'tunku', 'teungku', 'bapak', 'hj', 'hjh', 'ibu', 'kiai', 'kh', 'ka', 'phra', 'ajahn', 'khunying', 'ml',
  'sayadaw', 'ven', 'geshe', 'ashi', 'shrimati', 'thiru', 'mahatma', 'sadhvi', 'sant', 'giani', 'mohtarma',
  'hazrat', 'pir', 'makhdoom', 'allama', 'mullah', 'mawlawi', 'maulvi', 'ustad', 'sheikha', 'hh', 'hrh',
  'ayatollah', 'hojatoleslam', 'hojjatoleslam', 'anba', 'lalla', 'matua', 'tā', 'ro', 'otumfuo', 'osagyefo',
  'daasebre', 'torgbui', 'mazi', 'nze', 'ichie', 'olori', 'otunba', 'asiwaju', 'aare', 'alh', 'abbé', 'abbe',
  'mwalimu', 'owek', 'omutaka', 'nalongo', 'ssalongo', 'hajjat', 'abune', 'garaad', 'ntate', 'gogo', 'amai', 'sekuru',
  'ambuya', 'ngwazi', 'revd', 'hm', 'frau', 'doña',
  // (The Fulani "Ardo", a herders' chief: "Ardo Bello Jauro".)
  'ardo',
]);

/**
 * Words whose presence makes a title: "Defence Minister", "Deputy Governor", "chief executive".
 * Not "dean": before a name it is far more often a first name ("Rovers coach Dean Whitaker").
 */
const ROLE_WORDS: readonly string[] = [
  // Community titles before a name ("Elder Agnes Meekis", "Kaumātua Wiremu Paewai", "County Warden Ronald Chisholm").
  'elder', 'kaumatua', 'kaumātua', 'warden', 'undersheriff', 'jailer', 'jailor', 'vice-captain', 'co-captain', 'captain',
  'minister', 'president', 'vice-president', 'secretary', 'governor', 'senator', 'representative', 'congressman',
  'congresswoman', 'mayor', 'chancellor', 'premier', 'chief', 'director', 'spokesman', 'spokeswoman',
  'spokesperson', 'spokespeople', 'chairman', 'chairwoman', 'chair', 'chairperson', 'ceo', 'cfo', 'coo', 'cto',
  'founder', 'co-founder', 'judge', 'justice', 'justices', 'commissioner', 'officer', 'ambassador', 'envoy', 'professor',
  'captain', 'general', 'colonel', 'lieutenant', 'sergeant', 'major', 'admiral', 'commander', 'inspector',
  // (A title "in chief" or "in charge": "General Officer Commanding-in-Chief", "Commander-in-Chief", "Editor-in-Chief", "Officer-in-Charge".)
  'commander-in-chief', 'commanding-in-chief', 'editor-in-chief', 'officer-in-charge', 'officer-in-command',
  // Ranks as the press abbreviates them ("Cdr", and "Col." with its stop: names.ts), and under-secretaries.
  'cdr', 'commodore', 'critic', 'undersecretary', 'under-secretary', 'usec', 'asec',
  // Ranks written as one word or hyphenated ("Brigadier Nomsa Mkhabela", "Lieutenant-General Thulani Masemola").
  'brigadier', 'lieutenant-general', 'major-general', 'brigadier-general', 'lieutenant-colonel', 'lieutenant-commander', 'air-marshal', 'marshal', 'corporal',
  'detective', 'constable', 'garda', 'superintendent', 'supervisor', 'coordinator', 'co-ordinator', 'turaga', 'team-mate', 'teammate', 'sheriff', 'reeve', 'headman', 'mmc', 'king', 'queen', 'prince', 'princess', 'pope',
  'cardinal', 'bishop', 'archbishop', 'metropolitan', 'patriarch', 'abbot', 'archimandrite',
  // Governors and mayors under their own languages' titles ("Landeshauptfrau Martina Ebner-Schuh", "Wali Ahmed
  // Mebarki", "Bourgmestre Grégoire de Villers", "Hejtman Josef Suchánek", "Župan Ivan Perković").
  'landeshauptmann', 'landeshauptfrau', 'bürgermeister', 'bürgermeisterin', 'bourgmestre', 'burgemeester',
  'alcalde', 'alcaldesa', 'granman', 'kapitein',
  // German district administrators, lord mayors, state premiers and state secretaries ("Landrat Dr. Konstantin von Erlach").
  'landrat', 'landrätin', 'oberbürgermeister', 'oberbürgermeisterin', 'ministerpräsident', 'ministerpräsidentin', 'staatssekretär', 'staatssekretärin',
  // Malaysian and Philippine offices: the "Menteri Besar" (a state's chief minister), the "Punong Barangay" (village chief).
  'menteri', 'besar', 'punong',
  // Ghana police ranks ("DCOP Darko-Mensah", "ACP"), and musicians named by their voice or instrument.
  'dcop', 'acop', 'sacp', 'dce', 'mce', 'mca', 'soprano', 'mezzo-soprano', 'tenor', 'baritone', 'cellist', 'violinist', 'pianist',
  'wethouder', 'hejtman', 'župan', 'wali', 'voivode', 'starosta', 'reverend', 'rabbi', 'imam', 'leader', 'head', 'manager', 'coach',
  // (A curling rink's second in command, "Vice-skip Aimee Bouchard"; not "skip", a given name too.)
  'vice-skip',
  'executive', 'editor', 'correspondent', 'reporter', 'researcher', 'scientist', 'author', 'lawyer', 'attorney',
  // (Caribbean and West African papers: "Attorney-at-law Compton Bacchus", "Barrister-at-law Ada Obi".)
  'attorney-at-law', 'barrister-at-law',
  'prosecutor', 'counsel', 'adviser', 'advisor', 'analyst', 'economist', 'deputy', 'mp', 'mep', 'mla', 'speaker',
  'candidate', 'nominee', 'councillor', 'councilor', 'councilman', 'councilwoman', 'official', 'administrator',
  // (A family doctor of British, Irish and Australasian copy: "Dandenong GP Farid Haidari".)
  'physician', 'doctor', 'gp', 'surgeon', 'nurse', 'teacher', 'student', 'astronomer', 'astronaut', 'engineer',
  // (Philippine local offices: "Provincial Agriculturist Fernando Gatchalian", "Municipal Veterinarian …".)
  'agriculturist', 'veterinarian', 'agronomist',
  // (South Africa's Public Protector, a Conservator of Forests: offices held by one person.)
  'protector', 'conservator',
  // (Plural titles before two names: "Councilmembers Brent Halvorsen and Priya Venkataraman".)
  'councilmembers', 'councillors', 'councilors', 'senators', 'commissioners', 'supervisors', 'aldermen',
  'emir', 'omanhene', 'sultan', 'sheikh', 'duke', 'duchess', 'earl', 'baron', 'baroness', 'lord', 'senior', 'assistant',
  'associate', 'actor', 'actress', 'singer', 'player', 'captain', 'striker', 'goalkeeper', 'substitute', 'athlete', 'runner',
  'wrestler', 'boxer', 'champion', 'owner', 'partner', 'president-elect', 'chief-executive', 'marshal',
  'trooper', 'agent', 'investigator', 'coroner', 'pastor', 'priest', 'father', 'vicar', 'provost',
  'rector', 'principal', 'headmaster', 'headmistress', 'headteacher', 'treasurer', 'auditor', 'clerk', 'registrar', 'solicitor', 'barrister', 'magistrate',
  'chairs', 'producer', 'organiser', 'organizer', 'activist', 'campaigner', 'witness', 'resident', 'spokesmen',
  'paramedic', 'firefighter', 'historian', 'professor', 'lecturer', 'fellow', 'member', 'expert', 'professor',
  'biologist', 'physicist', 'chemist', 'geologist', 'oceanographer', 'climatologist', 'epidemiologist',
  'virologist', 'writer', 'journalist', 'columnist', 'photographer', 'director-general', 'secretary-general',
  'attorney-general', 'solicitor-general', 'governor-general', 'auditor-general', 'inspector-general', 'surgeon-general', 'taoiseach', 'chief-of-staff', 'whip', 'monarch',
  // Yoruba traditional rulers' and family heads' titles ("The Baale of Arepo, Chief Samuel Odunuga"; "the Mogaji
  // of the house"). (Not "Olu" or "Obi": first names and surnames as often.)
  'baale', 'mogaji', 'olubadan', 'oluwo', 'awujale', 'alake',
  // Kazakh and Kyrgyz: the "akim" heads a city's or region's administration ("Akim of Astana Yerlan Temirkhanov").
  'akim',
  'commissioner-general', 'accountant-general', 'registrar-general', 'comptroller-general', 'controller-general', 'postmaster-general', 'prosecutor-general', 'procurator-general', 'advocate-general',
  'developer', 'co-developer', 'co-author', 'broadcaster', 'presenter', 'host', 'designer', 'creator',
  'inventor', 'architect', 'artist', 'musician', 'comedian', 'novelist', 'poet', 'filmmaker', 'businessman',
  'businesswoman', 'entrepreneur', 'investor', 'billionaire', 'footballer', 'cricketer', 'golfer', 'swimmer',
  // (Athletes of other sports: "Former Olympic steeplechaser Sinead Farrelly".)
  'steeplechaser', 'hurdler', 'marathoner', 'jumper', 'thrower', 'rower', 'sailor', 'gymnast', 'climber', 'mountaineer',
  'skater', 'snowboarder', 'surfer', 'weightlifter', 'fencer', 'archer', 'triathlete', 'decathlete', 'heptathlete',
  'cyclist', 'skier', 'sprinter', 'scholar', 'academic', 'assemblywoman', 'assemblyman', 'assemblymember',
  'legislator', 'lawmaker', 'politician', 'diplomat', 'envoy', 'minister-president', 'chairperson', 'ceo',
  'president-elect', 'mp-elect', 'chef', 'manager', 'staffer', 'aide', 'adviser', 'cardinal', 'archbishop',
  'democrat', 'republican', 'spokesperson', 'representative', 'commentator', 'pundit', 'forecaster',
  'meteorologist', 'seismologist', 'volcanologist', 'criminologist', 'psychologist', 'sociologist',
  // (More sciences: "Marine ecologist Helen Marsh-Tully of the University of Otago".)
  'ecologist', 'hydrologist', 'glaciologist', 'ornithologist', 'entomologist', 'archaeologist', 'anthropologist',
  'toxicologist', 'pathologist', 'cardiologist', 'neurologist', 'oncologist', 'paleontologist', 'palaeontologist',
  'primatologist', 'zoologist', 'botanist', 'astrophysicist', 'geneticist', 'immunologist', 'microbiologist',
  'demographer', 'statistician', 'mathematician', 'linguist',
  // (Officers of valuation and public audit: "Chief Appraiser Melinda Soto", "the chief actuary".)
  'appraiser', 'assessor', 'valuer', 'actuary', 'surveyor',
  'director-general', 'head', 'boss', 'skipper', 'co-founder', 'cofounder', 'vice-chair', 'vice-chairman',
  // Abbreviated titles of wire and British copy ("Gov. Clayton Meeks", "Det Insp Mark Fenwick", "Cllr Sarah Blake").
  'gov', 'sen', 'rep', 'lt', 'gen', 'brig', 'capt', 'cpl', 'sgt', 'maj', 'adm', 'cmdr', 'atty', 'supt', 'insp', 'det',
  // (South African and British copy hyphenates the two-part ranks: "Lt-Gen Bhekisisa Ngcobo", "Maj-Gen …".)
  'lt-gen', 'maj-gen', 'brig-gen', 'lt-col', 'lt-cdr', 'lt-cmdr', 'rear-adm', 'vice-adm',
  // (A commodore, abbreviated as the Irish and British navies write it: "Cdre Aoife Twomey"; a garda, as Irish
  // papers shorten the rank after "Det": "Det Gda Kieran Foley".)
  'cdre', 'gda',
  'cllr', 'clr', 'coun', 'cr', 'advocate', 'mpp', 'mha', 'mna', 'mec', 'mla', 'mpl', 'pc', 'dci', 'dcs', 'dsupt', 'amb', 'opposition', 'sp', 'dsp', 'asp', 'ssp', 'igp', 'dig', 'cp',
  // Singaporean, Pakistani and Indian police and prosecutors' titles ("DPP Teo", "SHO Amjad Ali", "ASI Ghulam Rasool").
  'dpp', 'sho', 'dpo', 'ccpo', 'aig', 'si', 'asi',
  // Indonesian police ranks and regional heads ("Sr. Comr. Nugroho Adiwijaya", "West Bandung Regent Dadang Suhendar").
  'comr', 'regent', 'vice-regent',
  // Kenyan and Malaysian titles ("Ekerenyo MCA Kennedy Mokaya", "Interior CS Kipchumba Murkomen", "Comm Datuk Seri …").
  'mca', 'cs', 'comm',
  // Bhutanese local offices: the gup (head of a gewog) and mangmi (deputy), the dzongdag (district governor) and
  // dzongrab (deputy), the thrompon (mayor), the drangpon (judge), the tshogpa (village representative).
  'gup', 'mangmi', 'dzongdag', 'dzongrab', 'thrompon', 'drangpon', 'tshogpa',
  // Malay village offices: the ketua kampong (village head) and the penghulu (head of a mukim); in Sarawak the tuai
  // rumah (longhouse chief) and the temenggong (paramount chief of a community).
  'ketua', 'penghulu', 'tuai', 'temenggong',
  'collector', 'tahsildar', 'commissioner', 'ombudsman', 'ombud', 'td', 'taoiseach', 'tánaiste',
  // Descriptions a sentence may open with, capitalised only by that position ("Pensioner Derek Holloway").
  'pensioner', 'retiree', 'shopkeeper', 'farmer', 'defender', 'midfielder', 'winger', 'forward', 'fullback',
  // (Rugby's positions, hyphenated: "Half-back Ryan Docherty converted both tries".)
  'half-back', 'full-back', 'fly-half', 'scrum-half', 'stand-off', 'wing-back', 'centre-back', 'flanker',
  'quarterback', 'pitcher', 'batsman', 'bowler', 'jockey', 'referee', 'umpire', 'veteran', 'survivor',
  // (Not the trades that are also surnames: "Baker", "Tailor", "Fisher".)
  'schoolteacher', 'fisherman', 'fisherwoman', 'midwife', 'labourer', 'laborer', 'herder', 'housewife', 'homemaker',
  // Municipal and church offices ("Alderwoman Maryse Thill-Becker", "Archpriest Andria Tsintsadze").
  'alderman', 'alderwoman', 'alderperson', 'archpriest', 'archdeacon', 'deacon',
  // The same gazetteer's titles and offices ("Hokim", "Sarpanch", "Asantehene", "Custos", "Cathaoirleach").
  'agong', 'mb', 'assoc', 'asst', 'kagawad', 'pcol', 'pbgen', 'bogyoke', 'lyonchhen', 'cm', 'dm', 'dgp',
  'controller',
  'mlc', 'dc', 'cji', 'sarpanch', 'tehsildar', 'subedar', 'havildar', 'sepoy', 'corporator', 'mahant',
  'shankaracharya', 'jathedar', 'mirwaiz', 'maharaja', 'cdo', 'mpa', 'cjp', 'patriarch', 'mk', 'counsellor',
  'counselor', 'hokim', 'emperor', 'empress', 'kiingi', 'const', 'sen-sgt', 'sen-const', 'det-sgt', 'det-insp',
  'iroij', 'asantehene', 'ooni', 'alaafin', 'iyaloja', 'pst', 'evang', 'csp', 'acp', 'acfo', 'dcfo', 'seyfo', 'alkalo',
  'pro-tempore', 'fon', 'kabaka', 'katikkiro', 'rwot', 'rdc', 'rc', 'rpc', 'ocs', 'ocpd', 'dcio', 'cec', 'kgosikgolo', 'kgoshi',
  'indvuna', 'induna', 'catholicos', 'nuncio', 'chaplain', 'reis-ul-ulema', 'sheikh-ul-islam', 'viscount',
  'countess', 'convener', 'hhj', 'cathaoirleach', 'ds', 'wpc', 'commandant', 'général', 'capitaine', 'lieutenant-colonel', 'prefect', 'custos', 'councilmember',
  'rotulorum', 'selectman', 'comptroller', 'ald', 'cst', 'pfc', 'spc', 'pvt', 'comandante', 'cacique', 'delegado', 'delegada',
  // Brazilian titles kept in translation ("Vereadora Ana Luíza Fagundes", "Prefeito João Campos").
  'vereador', 'vereadora', 'prefeito', 'prefeita', 'ministre', 'rank', 'ombudswoman', 'ombudsperson',
  // A detective inspector in British copy ("DI Paul Ferro"); a member of Palau's Congress ("Delegate Jerome Tabelual").
  'di', 'delegate',
  // Bangladesh: a police station's officer-in-charge ("the OC said") and an upazila's executive officer ("the
  // UNO said"); a chess title ("International Master Kofi Mensah-Larsen").
  'oc', 'uno', 'master', 'grandmaster',
  // The head of a Paraguayan or Uruguayan department or municipality ("Intendente Cardozo").
  'intendente', 'intendenta',
  // A customary king or chief in eastern Congo, Rwanda and Burundi ("Mwami Alexis Longangi", "said the Mwami").
  'mwami',
  // A Cree chief ("Okimaw Daniel Mistasinew"); a Kentucky county's chief executive ("Judge-Executive Ronnie Sturgill").
  'okimaw', 'judge-executive',
  // Members of the Scottish and European parliaments before a name ("Fife Labour MSP Claire Baxter").
  'msp', 'mep',
];
/** Prefixes a title takes with a hyphen: "Vice-chancellor", "Co-chair", "Deputy-governor", "Pro-vice-chancellor". */
const TITLE_PREFIXES: readonly string[] = ['vice', 'co', 'deputy', 'sub', 'pro', 'acting', 'under', 'pro-vice'];
export const ROLE_HEADS: ReadonlySet<string> = new Set([...ROLE_WORDS, ...TITLE_PREFIXES.flatMap((prefix) => ROLE_WORDS.map((word) => `${prefix}-${word}`))]);

/**
 * Letters after a name that are honours or offices, not part of it: "Caroline Ashdown KC", "Jo Cox MP".
 */
export const POSTNOMINALS: ReadonlySet<string> = new Set([
  'kc', 'qc', 'sc', 'bl', 'mp', 'msp', 'mep', 'mla', 'td', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'frs', 'phd', 'md', 'esq',
  // Members of the Senedd (and of its Assembly before), of Ontario's, Quebec's and Tasmania's parliaments:
  // capitals after a full name ("Rhodri Gethin Price MS"), never the honorific "Ms".
  'ms', 'am', 'mpp', 'mna', 'mha',
  // President's Counsel (Sri Lanka), Senior Advocate of Nigeria, Privy Counsellor: after a full name, not before.
  'pc', 'san',
]);

/** Offices held for a seat ("MP for …", "Member of Parliament for …", "Senator for …"). */
export const SEAT_HOLDERS: ReadonlySet<string> = new Set(['mp', 'member', 'senator', 'td', 'mla', 'mna', 'mpp', 'msp', 'ms', 'mhk', 'congressman', 'congresswoman', 'representative', 'councillor', 'councilor']);

/** Holders of a seat "for" a place or "of" a chamber, as written in lower case before the place and their name ("legislator for Gwanda North"). */
export const LOWER_CASE_SEAT_HOLDERS: ReadonlySet<string> = new Set([...SEAT_HOLDERS, 'deputy', 'legislator', 'assemblyman', 'assemblywoman', 'lawmaker', 'mep']);

/** Trades that end a firm's name ("Northline Trains"); after a first name they are a surname ("Anna Steel"). */
export const TRADE_HEADS: ReadonlySet<string> = new Set([
  'rail', 'trains', 'buses', 'parcels', 'couriers', 'deliveries', 'ferries', 'seaways', 'transit', 'metro', 'trams', 'shipping', 'freight', 'telecom', 'telecoms',
  'pharma', 'pharmaceuticals', 'foods', 'brewing', 'mining', 'minerals', 'resources', 'petroleum', 'steel',
  'chemicals', 'homes', 'properties', 'developments', 'utilities', 'electric', 'resorts', 'hotels', 'cruises',
  'holidays', 'tours', 'transport', 'aviation', 'aerospace', 'software', 'games',
  'power', 'appliances', 'electronics', 'networks', 'brands', 'insurance', 'enterprises', 'solutions', 'supermarkets',
  'apparel', 'textiles', 'cement', 'plastics', 'automotive', 'construction', 'engineering', 'healthcare', 'dairy',
  'beverages', 'breweries', 'devices', 'robotics', 'semiconductors', 'batteries', 'utility', 'lines',
  'alloys', 'metals', 'materials', 'estates', 'payments', 'pay', 'farms', 'fisheries', 'foundry', 'logistics', 'biotech', 'biosciences', 'therapeutics',
]);

/** Words that name a newspaper in other languages: outlets (they carry others' words) and bodies. */
const FOREIGN_PAPER_WORDS = ['zeitung', 'tageblatt', 'abendblatt', 'rundschau', 'kurier', 'presse', 'nachrichten', 'diario', 'gazeta', 'gazzetta', 'corriere', 'repubblica', 'dagblad', 'dagbladet', 'aftenposten', 'sanomat', 'shimbun', 'ilbo', 'tidende', 'monde', 'figaro', 'libération', 'país', 'clarín', 'nación', 'folha', 'estadão', 'kommersant', 'izvestia', 'pravda'];

/** Words that make a capitalised phrase an organisation ("Ministry of Defence", "Investigative Committee"). */
/** Words that open a body's name in French, Spanish, Portuguese and Italian, before lower-case adjectives. */
export const FOREIGN_BODY_OPENERS: ReadonlySet<string> = new Set([
  'fédération', 'confédération', 'union', 'association', 'syndicat', 'société', 'conseil', 'ministère', 'banque', 'caisse',
  'institut', 'comité', 'commission', 'agence', 'autorité', 'chambre', 'collectif', 'mouvement', 'parti', 'ordre',
  'federación', 'confederación', 'asociación', 'sindicato', 'comisión', 'instituto', 'consejo', 'ministerio', 'partido',
  'movimiento', 'cámara', 'federação', 'confederação', 'associação', 'conselho', 'ministério', 'câmara', 'federazione',
  'confederazione', 'associazione', 'sindacato', 'consiglio', 'ministero', 'camera', 'istituto',
  // Public bodies and firms of the Spanish- and Portuguese-speaking press ("Infraestruturas do Norte", "Unión de
  // Transportistas del Cono Norte", "Fiscalía General de la Nación").
  'unión', 'união', 'infraestruturas', 'infraestructuras', 'empresa', 'companhia', 'compañía', 'cooperativa',
  'corporación', 'corporação', 'coordinadora', 'colectivo', 'fiscalía', 'procuraduría', 'defensoría', 'contraloría',
  'superintendencia', 'secretaría', 'autoridad', 'autoridade', 'agencia', 'agência', 'fundación', 'fundação',
]);
export const ORG_HEADS: ReadonlySet<string> = new Set([
  ...FOREIGN_BODY_OPENERS,
  'ministry', 'department', 'dept', 'committee',
  // (A military command: "South Western Command", "Eastern Theater Command".)
  'command', 'collective', 'police', 'service', 'services', 'agency', 'council', 'chamber',
  // A ministry's or a committee's subordinate bodies ("Vice-Ministry of Drinking Water and Basic Sanitation").
  'vice-ministry', 'sub-committee', 'subcommittee',
  // East Africa's savings and credit co-operatives, which run matatu fleets ("Rift Connect Sacco").
  'sacco', 'partnership',
  // The same heads in Spanish and Portuguese names kept untranslated ("Sporting Clube de Braga").
  'clube', 'instituto', 'partido', 'ministerio', 'ministério', 'fundación', 'fundação', 'asociación', 'associação',
  'sociedad', 'universidad', 'universidade', 'comisión', 'comissão', 'consejo', 'conselho', 'sindicato',
  'federación', 'federação', 'movimiento', 'movimento',
  'court', 'company', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'ltd', 'ltd.', 'llc', 'plc', 'university',
  'college', 'school', 'party', 'government', 'office', 'commission', 'organisation', 'organization',
  // Secondary schools named in the continental way ("Naxos General Lyceum", "Lycée Henri-IV").
  'lyceum', 'lycée', 'gymnasium',
  // (West African and British tertiary colleges: "Moshood Abiola Polytechnic", "the polytechnic said".)
  'polytechnic',
  'association', 'institute', 'institution', 'bank', 'board', 'union', 'federation', 'group', 'foundation',
  'news', 'times', 'post', 'journal', 'press', 'agency', 'bureau', 'authority', 'parliament', 'congress',
  'senate', 'assembly', 'army', 'navy', 'force', 'forces', 'guard', 'church', 'team', 'club', 'league',
  'society', 'trust', 'fund', 'network', 'channel', 'broadcasting', 'television', 'radio',
  'magazine', 'newspaper', 'tribunal', 'cabinet', 'administration', 'airline', 'airlines', 'airways',
  'hospital', 'centre', 'center', 'laboratory', 'observatory', 'museum', 'library', 'brigade', 'commission',
  // ("Amotekun Corps", "Peace Corps", "Federal Road Safety Corps": a corps is a body.)
  'corps',
  // ("the Undersecretariat of Fisheries", "the House Republican Caucus".)
  'undersecretariat', 'subsecretariat', 'caucus',
  'secretariat', 'directorate', 'directorate-general', 'secretariat-general', 'inspectorate', 'commissariat', 'procuratorate', 'concern', 'staff', 'delegation', 'division', 'coalition', 'alliance', 'movement', 'front', 'house',
  // ("Press Freedom Platform", "Taksim Solidarity Platform": a platform of groups, capitalised in its name.)
  'platform',
  'embassy', 'consulate', 'presidency', 'kremlin', 'pentagon', 'unit', 'squad', 'program', 'programme',
  'project', 'nasa', 'fbi', 'cia', 'bbc', 'nato', 'reuters', 'tass', 'afp',
  'facebook', 'google', 'github', 'twitter', 'microsoft', 'apple', 'amazon', 'spacex', 'boeing', 'ford',
  // Platforms, which a role word before them ("her official Instagram account") must not make a person.
  'instagram', 'tiktok', 'youtube', 'linkedin', 'weibo', 'wechat', 'bluesky', 'whatsapp', 'snapchat', 'reddit', 'mastodon',
  'vatican', 'interpol', 'europol', 'fsb', 'riaa', 'ifrs', 'wikinews', 'wikipedia', 'zoo', 'station',
  'prosecutors', 'prosecution', 'court', 'firm', 'brewery', 'cooperative', 'co-operative', 'consortium',
  'forum', 'mail', 'herald', 'telegraph', 'guardian', 'tribune', 'gazette', 'observer', 'chronicle', 'express',
  'daily', 'rally', 'bloc', 'institute', 'academy', 'ministries', 'interconnector', 'pipeline', 'exchange',
  'railway', 'railways', 'motors', 'industries', 'holdings', 'systems', 'technologies', 'labs', 'studios',
  'records', 'pictures', 'entertainment', 'media', 'communications', 'energy', 'oil', 'gas', 'airport',
  // Sports clubs and trade unions whose names carry no other head ("Canterbury Rovers", "Harbour FC").
  'fc', 'afc', 'rovers', 'wanderers', 'athletic', 'albion', 'workers', 'sporting',
  // Urdu names of unions, movements and parties kept untranslated ("All Pakistan Traders Ittehad").
  'ittehad', 'tehreek', 'jamaat', 'majlis', 'traders',
  // Local government ("eThekwini Municipality", "Shire of Koolyanup", "Governorate of Anjouan").
  'municipality', 'shire', 'governorate', 'prefecture',
  // Firms of the financial and business press ("Brennan Walsh Advisory", "Bramante Securities", "Corvin Ratings").
  'advisory', 'consulting', 'consultants', 'partners', 'securities', 'ratings', 'capital', 'associates', 'llp',
  'investments', 'ventures', 'logistics', 'partnership',
  // Watchdogs and international NGOs ("Human Rights Watch", "Amnesty International").
  'watch', 'international',
  // Newspapers in other languages ("Süddeutsche Zeitung", "Corriere della Sera", "Helsingin Sanomat").
  ...FOREIGN_PAPER_WORDS,
  // Fraternal bodies ("Fraternal Order of Deputies", "Brotherhood of Track and Signal Workers").
  'order', 'brotherhood', 'sisterhood', 'fraternity', 'fraternal', 'guild',
  // Unions and police bodies of other presses ("General Syndicate of Land Transport Workers", "İzmir Gendarmerie Command").
  'syndicate', 'gendarmerie', 'confederation',
  // Church bodies ("Catholic Diocese of Wabag", "Anglican Synod").
  'diocese', 'archdiocese', 'synod', 'eparchy',
  // Indigenous nations and tribal bodies ("Migizi Lake First Nation", "Te Rūnanga o Ngāti Hinewai").
  'nation', 'nations', 'rūnanga', 'runanga', 'ngāti', 'ngati', 'ngāi', 'ngai', 'iwi', 'hapū', 'hapu',
  // Operators and firms named by their trade ("Northline Trains", "Larkspur Homes", "Horizon Coast Developments").
  ...TRADE_HEADS,
]);

/** Time zones after a clock time ("14:32 GMT", "9am AEST"): capitals that name no body. */
export const TIME_ZONES: ReadonlySet<string> = new Set(['GMT', 'BST', 'UTC', 'AEST', 'AEDT', 'ACST', 'AWST', 'NZST', 'NZDT', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'CET', 'CEST', 'EET', 'EEST', 'IST', 'JST', 'KST', 'HKT', 'WIB', 'PKT', 'MSK', 'SAST', 'WAT', 'EAT']);

/** Lower-case heads of a definite organisation description: "the defence ministry", "the company". */
export const NOMINAL_ORG_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'committee', 'police', 'agency', 'council', 'court', 'company', 'government', 'chamber',
  'office', 'commission', 'organisation', 'organization', 'association', 'institute', 'bank', 'board', 'union',
  'federation', 'group', 'foundation', 'firm', 'party', 'army', 'military', 'navy', 'team', 'club', 'league',
  'university', 'hospital', 'authority', 'authorities', 'service', 'parliament', 'cabinet', 'administration',
  'airline', 'network', 'broadcaster', 'newspaper', 'magazine', 'website', 'site', 'embassy', 'church',
  'prosecutors', 'prosecution', 'statement', 'report', 'campaign', 'coalition', 'alliance', 'tribunal',
  'channel', 'station', 'ministers', 'regulator', 'watchdog', 'zoo', 'school', 'college', 'museum', 'brigade', 'corps',
  'lobby', 'charity', 'platform', 'startup', 'start-up', 'maker', 'operator', 'retailer', 'chain', 'insurer',
  'developer', 'manufacturer', 'brand', 'publisher', 'label', 'broadcaster', 'cooperative', 'co-operative',
  'municipality', 'shire', 'district', 'app',
  // Bodies that speak as "the trust", "the society", "the archive", "the family" once named in full.
  'trust', 'society', 'archive', 'archives', 'fund', 'bureau', 'directorate', 'secretariat',
  'consortium', 'forum', 'family', 'institution', 'observatory', 'laboratory', 'syndicate', 'gendarmerie', 'utility',
  'carrier', 'airport', 'guild', 'partnership', 'confederation', 'concessionaire', 'polytechnic',
  // Campaigns of citizens and regional governments ("the movement Families of the Defenders", "the governorate").
  'movement', 'initiative', 'collective', 'governorate', 'prefecture',
]);

/** Words for people who are not named: "an official said", "a witness told". */
export const UNNAMED_PERSON_HEADS: ReadonlySet<string> = new Set([
  'official', 'officials', 'source', 'sources', 'witness', 'witnesses', 'spokesman', 'spokeswoman',
  'spokesperson', 'resident', 'residents', 'expert', 'experts', 'analyst', 'analysts', 'observer',
  'observers', 'diplomat', 'diplomats', 'officer', 'officers', 'man', 'woman', 'people', 'person', 'member',
  'members', 'student', 'students', 'worker', 'workers', 'doctor', 'doctors', 'passenger', 'passengers',
  'neighbour', 'neighbor', 'neighbours', 'neighbors', 'friend', 'friends', 'relative', 'relatives', 'fan',
  'fans', 'protester', 'protesters', 'protestor', 'protestors', 'lawyer', 'lawyers', 'researcher',
  'researchers', 'scientist', 'scientists', 'investigator', 'investigators', 'authorities', 'rescuer',
  'rescuers', 'survivor', 'survivors', 'victim', 'victims', 'organiser', 'organisers', 'organizer',
  'organizers', 'participant', 'participants', 'attendee', 'attendees', 'employee', 'employees', 'staff',
  'critic', 'critics', 'supporter', 'supporters', 'activist', 'activists', 'parent', 'parents', 'family',
  'statement', 'report', 'reports', 'police', 'paramedics', 'firefighters', 'medics', 'prosecutors', 'insider',
  'insiders', 'leader', 'leaders', 'representative', 'representatives', 'minister', 'ministers', 'reporter',
  'reporters', 'user', 'users', 'commentator', 'commentators',
]);

/**
 * Nouns for a person the news describes without naming, met in the street, at work or in a crowd ("a retired
 * bus driver", "one Avon supporter", "a 45-year-old office worker"): the unnamed speakers' heads that name a
 * person, and trades and callings beside them. Singular: the description is of one person.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...[...UNNAMED_PERSON_HEADS].filter((w) => !/s$/.test(w) && !['statement', 'report', 'police', 'family', 'staff', 'people', 'member'].includes(w)),
  'driver', 'headmaster', 'headmistress', 'headteacher', 'supporter', 'nurse', 'teacher', 'farmer', 'owner', 'shopkeeper', 'trader', 'vendor', 'mother', 'father',
  'grandmother', 'grandfather', 'pensioner', 'retiree', 'veteran', 'volunteer', 'villager', 'shopper', 'customer',
  'commuter', 'motorist', 'fisherman', 'miner', 'builder', 'labourer', 'laborer', 'tenant', 'patient', 'mourner',
  'onlooker', 'bystander', 'homeowner', 'landlord', 'voter', 'resident', 'widow', 'widower', 'rider', 'seller',
  'player', 'developer', 'backbencher', 'visitor', 'tourist', 'soldier', 'guard', 'campaigner', 'engineer', 'pilot',
  'reader', 'viewer', 'refugee', 'migrant', 'evacuee', 'stallholder', 'cyclist', 'worshipper', 'parishioner',
  'colleague', 'classmate', 'teammate', 'midwife', 'gp', 'paramedic', 'firefighter', 'medic', 'surgeon', 'economist',
  'historian', 'academic', 'herder', 'operator', 'manager', 'director', 'executive', 'lawmaker', 'councillor',
  'councilor', 'mp', 'senator', 'delegate', 'negotiator', 'spectator', 'dockworker', 'man', 'woman', 'boy', 'girl',
  // (Trades of plantations, markets and rivers: "One tea plucker on an estate near Maskeliya".)
  'plucker', 'picker', 'tapper', 'grower', 'planter', 'weaver', 'boatman', 'hawker', 'porter',
  // (Trades of a street and a shop, and kin: "A retired schoolteacher waiting behind her", "Another buyer, a
  // pharmacist who asked not to be named".)
  'schoolteacher', 'lecturer', 'professor', 'pupil', 'pharmacist', 'buyer', 'investor', 'mechanic', 'baker', 'butcher',
  'cleaner', 'clerk', 'cashier', 'waiter', 'waitress', 'accountant', 'electrician', 'plumber', 'carpenter', 'tailor',
  'chef', 'jeweller', 'welder', 'caretaker', 'journalist', 'photographer', 'demonstrator', 'policeman', 'policewoman',
  'entrepreneur', 'businessman', 'businesswoman', 'consultant', 'witness', 'son', 'daughter', 'brother', 'sister',
  'husband', 'wife', 'uncle', 'aunt', 'cousin',
]);

// (Not "chairman": Malaysian, Nigerian, Ghanaian and Indian papers give women that title too, "committee chairman
// Datuk Hasnah Abdul Ghani … she told". Nor "actor", which papers now use for women too: "Lead actor Sanam
// Jahangir … she said".)
export const MALE_WORDS: ReadonlySet<string> = new Set([
  'mr', 'ato', 'rra', 'rre', 'sir', 'lord', 'he', 'him', 'his', 'himself', 'spokesman', 'king', 'prince', 'duke',
  'earl', 'baron', 'father', 'son', 'brother', 'husband', 'boy', 'man', 'congressman', 'councilman',
  'pope', 'uncle', 'nephew', 'grandfather', 'businessman', 'sheikh', 'emir', 'sultan', 'herr',
  'fr', 'père', 'abbé', 'monk', 'bishop', 'cardinal', 'archbishop', 'metropolitan', 'patriarch', 'abbot', 'archimandrite', 'priest', 'shri', 'malam', 'mallam', 'alhaji',
]);
export const FEMALE_WORDS: ReadonlySet<string> = new Set([
  'mrs', 'ms', 'miss', 'mma', 'w/ro', 'w/rt', 'weizero', 'woizero', 'weyzero', 'bi', 'dame', 'lady', 'she', 'her', 'hers', 'herself', 'spokeswoman', 'chairwoman', 'queen',
  'princess', 'duchess', 'baroness', 'mother', 'daughter', 'sister', 'wife', 'girl', 'woman', 'congresswoman',
  'councilwoman', 'actress', 'aunt', 'niece', 'grandmother', 'businesswoman', 'mme', 'mlle', 'nun', 'smt', 'smti', 'tmt', 'cra',
  'fiancee', 'fiancée', 'widow', 'hajiya', 'hajia', 'hajja', 'madam', 'madame', 'mdm', 'datin', 'puan', 'begum',
]);

export type Gender = 'male' | 'female' | 'unknown';

/** The courtesy titles that tell two women of one surname apart: an article gives each woman one of them. */
export type WomansCourtesyTitle = 'mrs' | 'ms' | 'miss';
const WOMANS_COURTESY_TITLES: ReadonlySet<string> = new Set(['mrs', 'ms', 'miss']);

/** The woman's courtesy title `word` is ("Mrs", "Ms.", "Miss"), if it is one. */
export function womansCourtesyTitle(word: string | undefined): WomansCourtesyTitle | undefined {
  const lower = word?.replace(/\.$/, '').toLowerCase();
  return lower !== undefined && WOMANS_COURTESY_TITLES.has(lower) ? (lower as WomansCourtesyTitle) : undefined;
}

/** Personal pronouns that can be a speaker, with gender and number. */
export const PRONOUNS: Readonly<Record<string, { gender: Gender; plural: boolean }>> = {
  he: { gender: 'male', plural: false },
  she: { gender: 'female', plural: false },
  they: { gender: 'unknown', plural: true },
  it: { gender: 'unknown', plural: false },
  i: { gender: 'unknown', plural: false },
  we: { gender: 'unknown', plural: true },
};

/**
 * A lookup of a record's own entries only, with no word used as a property key: V8 interns every string used as a
 * key, and the interned string is then slower for what follows (splitting a phrase took twice as long); and
 * "constructor" or "toString", read from an article ("the constructor said"), finds nothing rather than a
 * function every object inherits.
 */
export function ownWordTable<T>(record: Readonly<Record<string, T>>): (word: string) => T | undefined {
  const own = new Map(Object.entries(record));
  return (word) => own.get(word);
}

/** `PRONOUNS[word]`, own entries only. */
export const pronounOf = ownWordTable(PRONOUNS);

/** Lower-case words that may sit inside a capitalised name or organisation ("Ministry of Defence"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'de', 'del', 'della',
  'da', 'dos', 'das', 'do', 'van', 'von', 'der', 'den', 'ter', 'ten', 'te', 'á', 'e', 'bin', 'bint', 'binti', 'ibn', 'al', 'el', 'la', 'le', 'du',
  'di', 'y', '&', 'ole', 'o', 'et',
  // Fijian "ni", "of", inside a title or a body's name ("Turaga ni Koro", "Bose ni Vanua").
  'ni',
  // Welsh "yr", "the", inside a body's name ("Cymdeithas yr Iaith").
  'yr',
  // Welsh patronymics: "Gareth ap Dafydd", "Elen ferch Owain"; Mauritanian ones, "son of" and "daughter of"
  // ("Cheikh Tourad ould Bowba", "Mariem mint Abdallahi"); Spanish "de los", "de las" ("María de los Ángeles Chávez").
  'ap', 'ferch', 'ould', 'mint', 'los', 'las',
  // Iban "anak", "child of" ("Simon Jelani anak Bugat"); Filipino "dela", "delos" ("Lorenzo dela Paz", "Ana delos Santos").
  'anak', 'dela', 'delos',
  // The Arabic "es" of "Dar es Salaam" (the city's name opens bodies' names: "Dar es Salaam Water Supply and Sanitation Authority").
  'es',
  // Spanish "en" inside a body's name ("Comité de Familias Haitianas en Tapachula").
  'en',
  // Spanish "por" inside a body's name ("Madres Unidas por Tlajomulco"); Italian "delle", "degli", "dei", "dello"
  // ("Associazione Sammarinese delle Imprese").
  'por', 'delle', 'degli', 'dei', 'dello',
  // Gaelic "na", "nan" ("Bòrd na Gàidhlig", "Comhairle nan Eilean Siar").
  'na', 'nan']);

/** Capitalised words that start sentences or titles but are never part of a name. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her',
  'its', 'their', 'our', 'my', 'your', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'after', 'before',
  'during', 'while', 'when', 'where', 'why', 'how', 'what', 'who', 'which', 'but', 'and', 'or', 'so', 'yet',
  'if', 'as', 'although', 'though', 'because', 'since', 'until', 'also', 'however', 'meanwhile', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'there', 'here',
  'both', 'all', 'some', 'many', 'most', 'several', 'one', 'two', 'three', 'four', 'five', 'among', 'about',
  'according', 'speaking', 'asked', 'earlier', 'later', 'last', 'next', 'today', 'yesterday', 'tomorrow',
  'according', 'despite', 'under', 'over', 'following', 'upon', 'into', 'to', 'of', 'then', 'now', 'once',
  'other', 'others', 'another', 'each', 'every', 'no', 'not', 'such', 'said', 'says', 'told', 'we', 'us', 'mr', 'mrs',
  'few', 'fewer', 'more', 'nobody', 'everyone', 'everybody', 'anyone', 'someone', 'somebody', 'none', 'neither',
  'either', 'local', 'locals', 'born',
  // (A party's standing, capitalised only to open a sentence: "Opposition Patriotic Front members walked out".)
  'opposition',
  'ms', 'dr', 'sir', 'between', 'against', 'around', 'through', 'throughout', 'without', 'within', 'via',
  'talking', 'addressing', 'writing', 'responding', 'reacting', 'commenting', 'referring', 'citing',
  'having', 'being', 'unlike', 'like', 'whether', 'instead', 'indeed', 'still', 'even', 'just', 'only',
  'amongst', 'amid', 'amidst', 'towards', 'toward', 'beyond', 'besides', 'nevertheless', 'nonetheless',
  'furthermore', 'moreover', 'thus', 'hence', 'therefore', 'overall', 'regardless', 'regarding', 'concerning',
  'additionally', 'ultimately', 'eventually', 'initially', 'finally', 'currently', 'recently', 'previously',
  'officially', 'reportedly', 'apparently', 'notably', 'separately', 'similarly', 'likewise', 'otherwise',
  'perhaps', 'yes', 'please', 'thanks', 'though', 'whereas', 'while', 'whilst', 'upon', 'across', 'along',
  // (A question's opening auxiliary: "Q: Has Pakistan summoned the Afghan chargé d'affaires?" Not "Do" or
  // "Were", which are Vietnamese and Kenyan surnames, nor "Will", a first name.)
  'has', 'have', 'did', 'does', 'should', 'could', 'would',
  // Words of place and time that open a sentence before a comma ("Inside, one nurse …", "Overnight, police …").
  'inside', 'outside', 'elsewhere', 'nearby', 'overnight', 'afterwards', 'afterward', 'upstairs', 'downstairs',
  'abroad', 'behind', 'beneath', 'below', 'above', 'beside', 'opposite',
]);

/** Adjuncts that may sit between a speaker and the speech verb: "Rajnath Singh on Friday said". */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'earlier', 'later', 'recently', 'previously', 'also', 'then', 'again', 'once', 'further',
  'additionally', 'subsequently', 'afterwards', 'afterward', 'reportedly', 'publicly', 'separately', 'first',
  'last', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'day', 'initially', 'finally',
  'simply', 'only', 'repeatedly', 'frequently', 'often', 'always', 'never', 'previously', 'already', 'still',
  'has', 'had', 'have', 'was', 'were', 'is', 'been', 'would', 'will', 'could', 'did', 'does', 'do', 'not',
  'reportedly', 'allegedly', 'openly', 'directly', 'personally', 'formally', 'officially', 'privately',
]);

/**
 * Role words that name the same office in different countries' usage: a "minister" in one sentence is the
 * "Secretary for Housing" of another; "the judge" is "Justice Okafor". Symmetric lists, by head word.
 */
const SAME_OFFICE: ReadonlyArray<readonly string[]> = [
  // "the lawmaker" is any member of a legislature ("Rep. Yoon Seo-jin", "MP Sarah Blake"); the groups after
  // this one keep "rep" and "senator" to their own offices.
  ['lawmaker', 'legislator', 'rep', 'representative', 'senator', 'sen', 'mp', 'mla', 'mna', 'mpp', 'mca', 'msp', 'mep', 'td', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman'],
  ['minister', 'secretary'],
  ['judge', 'justice', 'magistrate'],
  ['executive', 'ceo'],
  ['chairman', 'chairwoman', 'chair', 'chairperson'],
  ['spokesman', 'spokeswoman', 'spokesperson'],
  ['councillor', 'councilor', 'cllr', 'coun', 'cr', 'councilman', 'councilwoman'],
  ['senator', 'sen'],
  ['sp', 'superintendent'],
  ['governor', 'gov'],
  ['representative', 'rep', 'congressman', 'congresswoman'],
  // "the monarch" is the ruler named by a traditional title ("the Baale of Arepo", "the Emir of Kano").
  ['monarch', 'king', 'emir', 'ooni', 'alaafin', 'baale', 'olubadan', 'oluwo', 'awujale', 'alake', 'sultan', 'kabaka'],
];
const OFFICE_OF = new Map<string, readonly string[]>(SAME_OFFICE.flatMap((group) => group.map((w) => [w, group] as const)));

/** The names of the office `head` names: "minister" → minister, secretary. */
export function officeNames(head: string): readonly string[] {
  return OFFICE_OF.get(head) ?? [head];
}

/** Whether a role (lower-cased words) holds the office `head` names, under any of its names. */
export function roleHolds(roleWords: readonly string[], head: string): boolean {
  const names = officeNames(head);
  if (!roleWords.some((w) => names.includes(w.replace(/\.$/, '')))) return false;
  // A secretary is "the minister" as a government's ("Health Secretary"), not as a body's own officer ("the
  // union's secretary", "its general secretary").
  if (head === 'minister' && !roleWords.includes('minister')) {
    return !roleWords.some((w, i) => OWNER_WORD.test(w) || (w === 'general' && roleWords[i + 1] === 'secretary') || (w === 'secretary' && roleWords[i + 1] === 'general') || w === 'secretary-general');
  }
  return true;
}
/** A word that makes a role a body's own: "union's", "workers'", "its", "their". */
const OWNER_WORD = /^(?:[\p{L}-]+['’]s?|its|their)$/u;

/** Descriptions that stand as a speaker's name when the article names no more specific body. */
export const GENERIC_BODIES: ReadonlySet<string> = new Set(['police', 'government', 'military', 'army', 'navy', 'prosecutors', 'prosecution', 'authorities']);
/** Heads of a public body that a qualified description names well enough: "the foreign ministry". */
export const PUBLIC_BODY_HEADS: ReadonlySet<string> = new Set(['ministry', 'department', 'agency', 'commission', 'court', 'government', 'police', 'army', 'navy', 'military', 'authority', 'embassy', 'parliament', 'cabinet', 'tribunal', 'regulator', 'prosecutors']);
/**
 * Words in an organisation's name that show what kind of body it is, for descriptions that do not repeat
 * the name: "the club" is "Wellington Harbour FC", "the company" is "Calder Alloys Ltd".
 */
export const KIND_MARKERS: Readonly<Record<string, readonly string[]>> = {
  // (With the legal forms of other countries' companies: "PT Lintas Teluk Nusantara", "Sarine Energie SA", "Kessler GmbH".)
  company: ['ltd', 'limited', 'inc', 'corp', 'corporation', 'plc', 'llc', 'co', 'company', 'holdings', 'industries', 'group', 'airlines', 'airways', 'motors', 'bank', 'pt', 'tbk', 'bhd', 'sdn', 'gmbh', 'ag', 'sa', 'spa', 'nv', 'bv', 'asa', 'pty', 'pvt', 'kk', 'oyj', 'ab',
    // (A kind of business the article called it: "the regional concessionaire Infraestruturas do Norte", "the developer, Fortmar Holdings"; not "operator", which may be a port's or a network's public operator.)
    'concessionaire', 'contractor', 'developer', 'retailer', 'insurer', 'lender', 'manufacturer', 'maker', 'firm',
    // (And the word in the languages whose bodies keep their own names: "Companhia Energética Vale Verde". Names
    // are compared folded, without accents: "société" is "societe".)
    'companhia', 'compania', 'compagnie', 'compagnia', 'empresa', 'societe', 'sociedade', 'sociedad'],
  firm: ['ltd', 'limited', 'inc', 'corp', 'corporation', 'plc', 'llc', 'co', 'company', 'holdings', 'industries', 'group', 'llp', 'partners', 'advisory', 'consulting', 'consultants', 'securities', 'ratings', 'capital', 'associates', 'investments'],
  // ("The airline said": "Kalahari Link Airways".)
  airline: ['airline', 'airlines', 'airways'],
  carrier: ['airline', 'airlines', 'airways'],
  club: ['fc', 'afc', 'cf', 'sc', 'club', 'united', 'town', 'city', 'rovers', 'athletic', 'wanderers', 'albion', 'county'],
  team: ['fc', 'afc', 'cf', 'sc', 'club', 'united', 'town', 'city', 'rovers', 'athletic', 'wanderers', 'team'],
  // (A body named for an occupation is its union: "Kenya Secondary Teachers' Association", "NWBL Players Association".)
  union: ['union', 'workers', 'employees', 'federation', 'guild', 'confederation', 'congress', 'syndicate', 'teachers', 'nurses', 'midwives', 'players', 'pilots', 'miners', 'drivers', 'doctors', 'guards', 'dockers', 'journalists', 'educators'],
  council: ['council', 'shire', 'borough', 'municipality', 'municipal'],
  // (A council is a local authority: "Nottinghamshire County Council said …. the authority added".)
  authority: ['authority', 'council'],
  group: ['group', 'coalition', 'alliance', 'campaign', 'association', 'users', 'action', 'network', 'now', 'watch', 'trust'],
  campaign: ['campaign', 'coalition', 'alliance', 'action', 'now'],
  cooperative: ['cooperative', 'co-operative', 'co-op', 'association'],
  hospital: ['hospital', 'medical', 'clinic', 'infirmary', 'health'],
  force: ['police', 'constabulary', 'force', 'gendarmerie', 'carabineros', 'guardia', 'surete', 'policia', 'polizia', 'politie', 'polizei'],

  // ("the power utility": "Tanzania Electric Supply Company"; "the utility": "Ghana Water Limited". Not "power"
  // or "energy": "Voltaris Energy" is "the company" too.)
  utility: ['utility', 'electric', 'electricity', 'water'],
  regulator: ['regulator', 'regulatory', 'authority', 'commission', 'supervision', 'supervisory'],
  agency: ['agency', 'authority', 'service', 'administration', 'bureau', 'directorate', 'office', 'department'],
  // (A federation of unions names them in the plural: "Congress of South African Trade Unions".)
  federation: ['federation', 'association', 'unions', 'confederation', 'congress'],
  committee: ['committee', 'commission'],
  party: ['party', 'front', 'movement', 'league', 'congress'],
  diocese: ['diocese', 'archdiocese'],
  // ("the panel said" speaks for a court: a tribunal is one.)
  court: ['court', 'tribunal'],
};
/**
 * Whether a body's folded words name an airline by its "Air": "Nordvik Air", "Kenai Coastal Air", "Air Seychelles".
 * Only at the name's edge, and not the air a body works for ("Clean Air", "Air Force", "Air Quality Council",
 * "Air Accident Investigation Unit").
 */
export function namesAnAirline(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  if (words[words.length - 1] === 'air') return !NOT_AN_AIRLINES_AIR.has(words[words.length - 2]) && !words.includes('for');
  return words[0] === 'air' && words.length === 2 && !NOT_AN_AIRLINES_AIR.has(words[1]);
}
const NOT_AN_AIRLINES_AIR: ReadonlySet<string> = new Set(['clean', 'fresh', 'open', 'hot', 'force', 'quality', 'traffic', 'navigation', 'accident', 'accidents', 'ambulance', 'pollution', 'command', 'corps', 'wing', 'marshal', 'commodore']);

/**
 * A kind's word in the languages whose bodies keep their own names, for finding the body a description names
 * ("the ministry": "Ministère des Transports et de la Mobilité durable"). Only the name is read: unlike
 * `KIND_MARKERS`, these do not let a description take up whichever body just spoke.
 */
export const KIND_IN_OTHER_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  // (Folded, as names are compared: "Ministère" is "ministere".)
  ministry: ['ministere', 'ministerio', 'ministero', 'ministerie', 'ministerium', 'ministerstvo'],
  // ("the union": "Sindicato Nacional do Pessoal de Cabine", "Syndicat des travailleurs de la Scierie Boréalis".)
  union: ['sindicato', 'syndicat', 'sindacato', 'gewerkschaft', 'vakbond', 'sindikat'],
  // ("the commission": "An Coimisiún Pleanála", "Comisión Nacional de Energía", "Commissione europea".)
  commission: ['coimisiun', 'comision', 'comissao', 'commissione', 'kommission', 'komisja', 'comisia'],
  // ("the council": "Conseil départemental", "Consejo Regional", "Comhairle Contae".)
  council: ['conseil', 'consejo', 'conselho', 'consiglio', 'comhairle', 'rada'],
  // ("the court": "Tribunal de Justiça", "Cour de cassation", "Corte Suprema".)
  court: ['cour', 'corte', 'tribunale', 'gericht', 'sad', 'cuirt'],
};

/** `KIND_MARKERS[kind]` and `KIND_IN_OTHER_LANGUAGES[kind]` for a kind word read from an article: own entries only. */
export const kindMarkersOf = ownWordTable(KIND_MARKERS);
export const kindInOtherLanguagesOf = ownWordTable(KIND_IN_OTHER_LANGUAGES);
/** Platforms and news outlets carry others' words ("told NPR", "on Facebook"); "the company" is none of them. */
export const PLATFORMS: ReadonlySet<string> = new Set(['facebook', 'x', 'twitter', 'instagram', 'tiktok', 'youtube', 'linkedin', 'weibo', 'wechat', 'bluesky', 'threads', 'telegram', 'whatsapp']);
export const OUTLET_WORDS: ReadonlySet<string> = new Set([...FOREIGN_PAPER_WORDS, 'npr', 'bbc', 'cnn', 'abc', 'cbs', 'nbc', 'fox', 'afp', 'ap', 'reuters', 'tass', 'xinhua', 'cctv', 'rte', 'rté', 'rnz', 'wam', 'kuna', 'spa', 'yonhap', 'bloomberg', 'news', 'times', 'post', 'journal', 'press', 'radio', 'television', 'tv', 'broadcasting', 'channel', 'magazine', 'newspaper', 'herald', 'guardian', 'telegraph', 'tribune', 'gazette', 'wikinews']);
export const OUTLET_HEADS: ReadonlySet<string> = new Set(['agency', 'newspaper', 'broadcaster', 'channel', 'station', 'network', 'magazine', 'website', 'site']);

/** Documents that carry their issuer's words: "the statement read", "a letter which said". */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'letter', 'post', 'tweet', 'message', 'release', 'notice', 'note', 'email', 'e-mail', 'video',
  'speech', 'address', 'remarks', 'ruling', 'judgment', 'judgement', 'decision', 'announcement', 'report', 'study',
  'submission', 'filing', 'decree', 'petition', 'verdict', 'memo', 'memorandum', 'directive', 'circular', 'citation', 'communiqué', 'bulletin', 'indictment', 'document', 'advisory', 'warning', 'alert',
]);

/**
 * "who gave his name only as Efraín", "who identified herself as Rra Tshepo", "who wanted to be identified only as
 * Rahim": a clause that names someone described. Groups: the possessive pronoun, the reflexive's pronoun.
 */
// ("who simply identified himself as Baba Ibeji": an adverb may come first.)
export const WHO_NAMED_AS = String.raw`\bwho\s+(?:(?:simply|only|just|merely)\s+)?(?:gave\s+(his|her|their)\s+(?:first\s+)?name|identified\s+(him|her|them)sel(?:f|ves)|(?:wanted|asked|agreed|preferred)\s+to\s+be\s+(?:identified|named))\s+(?:only\s+)?as`;

/** South Asian words of lineage or standing that open a full name ("Syed Ali Raza Naqvi", "Rana Nadeem Akhtar"): no given name, though some are one elsewhere ("Rana"). */
export const LINEAGE_WORDS: ReadonlySet<string> = new Set(['syed', 'sayed', 'syeda', 'chaudhry', 'chaudhary', 'choudhry', 'malik', 'mian', 'rana', 'sardar', 'makhdoom', 'mirza', 'khawaja', 'khwaja', 'raja', 'pir', 'qazi', 'sahibzada', 'nawabzada']);
