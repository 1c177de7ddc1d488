import fc from 'fast-check';
import { foldName, misspeltSurname, oneEditApart, organizationMatches, personMatches, sameWord } from '../../src/extraction/aliases';
import { acronymExpansion } from '../../src/extraction/names';
// The optimal-string-alignment distance (a table, used by search) serves as the independent reference here.
import { editDistance } from '../../src/extraction/editDistance';

describe('aliases', () => {
  it('allows one slip in a long word (Rajanth for Rajnath) but not in short ones', () => {
    expect(editDistance('rajnath', 'rajanth', 2)).toBe(1);
    expect(sameWord('rajnath', 'rajanth')).toBe(true);
    expect(sameWord('lee', 'leo')).toBe(false);
  });

  it('decides "one edit apart" exactly as the edit distance does (without the table)', () => {
    expect(oneEditApart('rajnath', 'rajanth')).toBe(true); // swap
    expect(oneEditApart('singh', 'singhs')).toBe(true); // insertion
    expect(oneEditApart('mendez', 'mendes')).toBe(true); // substitution
    expect(oneEditApart('mendez', 'mednes')).toBe(false);
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 7 });
    fc.assert(fc.property(word, word, (a, b) => oneEditApart(a, b) === (editDistance(a, b, 1) <= 1)), { numRuns: 5000 });
  });

  it('takes a lone word that names nobody as a slip in a surname only within a tight distance', () => {
    expect(misspeltSurname('Anthony Ruiz', 'Ruis')).toBe(true); // one slip from four letters
    expect(misspeltSurname('Tom Ruggiero', 'Ruggerio')).toBe(true); // two slips from seven
    expect(misspeltSurname('Gholamreza Bagheri-Nejad', 'Bagheri-Nezhad')).toBe(true);
    expect(misspeltSurname('Eduardo Lins', 'Linz')).toBe(true);
    expect(misspeltSurname('Elena Dal Maso', 'Dalmaso')).toBe(true); // a surname with its particle as one word
    expect(misspeltSurname('Elena Dal Maso', 'Dalton')).toBe(false);
    expect(misspeltSurname('Lee Ng', 'Nt')).toBe(false); // too short to tell
    expect(misspeltSurname('Anthony Ruiz', 'Luiz')).toBe(false); // the first letter is kept
    expect(misspeltSurname('Anthony Ruiz', 'Ruzzo')).toBe(false); // two slips in a short word
    expect(misspeltSurname('Ann National Environment', 'Environmental')).toBe(false); // an added ending
    expect(misspeltSurname('Ruiz', 'Ruis')).toBe(false); // only a fully named person
    expect(misspeltSurname('Anthony Ruiz', 'Ruis Ortega')).toBe(false); // no word of the name follows
    expect(misspeltSurname('Anthony Ruiz', 'Antony')).toBe(false); // a lone word is a surname, not the first name
  });

  it('takes a slip in any surname of a long name, or one slipped word in a run of the name', () => {
    expect(misspeltSurname('Washington Pereyra Cabrera', 'Perreyra')).toBe(true); // the first of two surnames
    expect(misspeltSurname('Nurul Aisyah Kamaruddin', 'Nurul Asiyah')).toBe(true); // given names, one slipped
    expect(misspeltSurname('Nurul Aisyah Kamaruddin', 'Nural Asiyah')).toBe(false); // two words slipped
    expect(misspeltSurname('Nurul Aisyah Kamaruddin', 'Nurul Kamaruddin')).toBe(false); // no slip: not a run of the name
  });

  it('matches an Arabic surname written without its article ("Jubouri" for "Hanan al-Jubouri"), and nothing shorter', () => {
    expect(personMatches('Hanan al-Jubouri', 'Jubouri')).toBe(true);
    // (A chief's title and the surname of a numbered name; not of a name with no number.)
    expect(personMatches('Kwaku Bonsu Ababio II', 'Nana Ababio')).toBe(true);
    expect(personMatches('Kwaku Bonsu Ababio', 'Nana Ababio')).toBe(false);
    // (The title with more than the surname: "Nana Kwegyir Essel" is "Kojo Kwegyir Essel II", not "Kojo Mensah Essel II".)
    expect(personMatches('Kojo Kwegyir Essel II', 'Nana Kwegyir Essel')).toBe(true);
    expect(personMatches('Kojo Mensah Essel II', 'Nana Kwegyir Essel')).toBe(false);
    expect(personMatches('Ahmed Al-Mashhadani', 'Mashhadani')).toBe(true);
    expect(personMatches('Saad ash-Shamari', 'Shamari')).toBe(true);
    expect(personMatches('Hanan al-Jubouri', 'Hanan')).toBe(true);
    expect(personMatches('Hanan al-Jubouri', 'Al')).toBe(false);
    expect(personMatches('Hanan al-Jubouri', 'Jabari')).toBe(false);
  });

  it('matches a double-barrelled surname written without its hyphen ("Trotman Reid" for "Alicia Trotman-Reid")', () => {
    expect(personMatches('Alicia Trotman-Reid', 'Trotman Reid')).toBe(true);
    expect(personMatches('Alicia Trotman-Reid', 'Reid Trotman')).toBe(false);
  });

  it('matches a Hong Kong surname before a hyphenated given name ("Ng" for "Alice Ng Wing-sze")', () => {
    expect(personMatches('Alice Ng Wing-sze', 'Ng')).toBe(true);
    expect(personMatches('Samantha Lo Wai-kwan', 'Lo')).toBe(true);
    expect(personMatches('Alice Ng Walker', 'Ng')).toBe(false); // no Cantonese given name: too short to trust
  });

  it('matches surname, first name, misspelling and middle-name variants to the full name', () => {
    expect(personMatches('Rajnath Singh', 'Rajnath')).toBe(true);
    expect(personMatches('Rajnath Singh', 'Singh')).toBe(true);
    expect(personMatches('Rajnath Singh', 'Rajanth Singh')).toBe(true);
    expect(personMatches('Lloyd J. Austin', 'Lloyd Austin')).toBe(true);
    expect(personMatches('Robert Downey Jr.', 'Downey')).toBe(true);
    expect(personMatches('Rajnath Singh', 'Lloyd Austin')).toBe(false);
    expect(personMatches('Tony Mendez', 'Jonna Mendez')).toBe(false);
    // The first of two surnames stands alone; a slip in it does not.
    expect(personMatches('Camila Reyes Ortúzar', 'Reyes')).toBe(true);
    expect(personMatches('Camila Reyes Ortúzar', 'Reyez')).toBe(false);
    expect(personMatches('Lloyd J. Austin', 'J.')).toBe(false);
    // Leading given names of a name with no surname in the Western sense.
    expect(personMatches('Nik Azman Nik Mahmud', 'Nik Azman')).toBe(true);
    expect(personMatches('Thomas Ng Boon Kiat', 'Ng')).toBe(true);
    expect(personMatches('Lee Ng', 'Ng')).toBe(true);
  });

  it('matches organisation descriptions to the named organisation', () => {
    expect(organizationMatches('Ministry of Defence', 'defence ministry')).toBe(true);
    expect(organizationMatches('Ministry of Defence', 'the ministry')).toBe(true);
    expect(organizationMatches('Ministry of Defence', 'health ministry')).toBe(false);
  });
});

describe('acronym expansions', () => {
  it('reads the name a bracketed acronym stands for from the initials before it', () => {
    expect(acronymExpansion('The state rail operator, the Société nationale ferroviaire ', 'SNF')).toBe('Société nationale ferroviaire');
    expect(acronymExpansion('the Union nationale des cheminots autonomes ', 'UNCA')).toBe('Union nationale des cheminots autonomes');
    // (A possessive before the bracket is the sentence's: "the Federal Board of Revenue’s (FBR) new regime".)
    expect(acronymExpansion('a strike against the Federal Board of Revenue’s ', 'FBR')).toBe('Federal Board of Revenue');
    expect(acronymExpansion('the Port and Allied Workers’ Union ', 'PAWU')).toBe('Port and Allied Workers’ Union');
    expect(acronymExpansion('a network called ', 'XYZ')).toBeNull();
    expect(acronymExpansion('the rail operator ', 'RO')).toBeNull();
  });
});

describe('an initial written against the name', () => {
  it('folds to a word of its own, so "Gansukh" is "D.Gansukh"', () => {
    expect(foldName('D.Gansukh')).toBe('d gansukh');
    expect(foldName('Ch.Tumurbaatar')).toBe('ch tumurbaatar');
    // (Initials before a spaced name keep their old folding.)
    expect(foldName('T.K. Suresh Menon')).toBe('tk suresh menon');
  });
});
