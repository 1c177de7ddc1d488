import { firstNameGender, firstNameGenderIsSure, hasKnownFirstName, isKnownFirstName } from '../../src/extraction/firstNames';
import { parseArticle } from '../../src/articles';
import { extractQuotes } from '../../src/extraction';

describe('firstNameGender', () => {
  it('reads the gender a first name usually has', () => {
    expect(firstNameGender('Jacinda Ardern')).toBe('female');
    expect(firstNameGender('Agnès Callamard')).toBe('female');
    expect(firstNameGender('Tomas Lindqvist')).toBe('male');
    // (A word of lineage that is a given name elsewhere, before a given name of the other gender, may be either.)
    expect(firstNameGender('Rana Nadeem Akhtar')).toBe('unknown');
    expect(firstNameGender('Syed Ali Raza')).toBe('male');
    // A Sikh woman's "Kaur" after the given name says she is a woman, whatever the given name.
    expect(firstNameGender('Harvinder Kaur Gill')).toBe('female');
    // North Indian given names the lists lack.
    expect(isKnownFirstName('Satish')).toBe(true);
    expect(firstNameGender('Rekha Sharma')).toBe('female');
  });

  it('says nothing of a name the lists of two languages give opposite genders, nor of a man\'s name the French list calls a woman\'s', () => {
    // ("Michele", "Andrea": men in Italian copy, women in English. "Jean": a man in French, a woman in English.)
    expect(firstNameGender('Michele Sorrentino')).toBe('unknown');
    expect(firstNameGender('Andrea Rossi')).toBe('unknown');
    expect(firstNameGender('Jean-Pierre Mbala')).toBe('unknown');
    expect(firstNameGender('Gilles Roth')).toBe('unknown');
    expect(firstNameGender('Anicet Ngaïkosset')).toBe('unknown');
    // (A gender two lists agree on is sure; one only the French list gives is not.)
    expect(firstNameGenderIsSure('Gabriel Tito')).toBe(true);
    expect(firstNameGenderIsSure('Anicet Ngaïkosset')).toBe(false);
    // (They are first names still: "Michele" opens a name, not a title.)
    expect(isKnownFirstName('Michele')).toBe(true);
  });

  it('says nothing of one word, short words, unknown names or a family-name-first order', () => {
    expect(firstNameGender('Ardern')).toBe('unknown');
    expect(firstNameGender('Xi Jinping')).toBe('unknown');
    expect(firstNameGender('Moon Jae-in')).toBe('unknown');
    expect(firstNameGender('Rajnath Singh')).toBe('unknown');
    expect(firstNameGender('K S Prakash')).toBe('unknown');
  });
});

describe('compound first names', () => {
  it('take the gender both parts agree on, and none when they differ', () => {
    expect(firstNameGender('Paul-Henri Mbala')).toBe('male');
    expect(firstNameGender('Anne-Sophie Roy')).toBe('female');
    expect(firstNameGender('Jean-Marie Le Pen')).toBe('unknown');
    // (A hyphenated surname is no compound first name: "Okonkwo-Bello" names no gender.)
    expect(firstNameGender('Okonkwo-Bello Ade')).toBe('unknown');
  });
});

describe('accented first names', () => {
  it('are looked up without their accents when the lists lack them as written', () => {
    expect(firstNameGender('Hélder Manhique Cossa')).toBe('male');
    expect(firstNameGender('Inês Tavares')).toBe('female');
    expect(firstNameGender('Seán Doyle')).toBe('male');
    // Irish-language names, which the package's lists lack.
    expect(firstNameGender('Bríd Uí Cheallaigh')).toBe('female');
    expect(firstNameGender('Tadhg Ó Súilleabháin')).toBe('male');
  });

  it('keep a first name out of the role before a full name ("The head of the group, Hélder Manhique Cossa")', () => {
    const body = 'The head of the Podemos parliamentary group, Hélder Manhique Cossa, called the budget "a document of propaganda".';
    const quotes = extractQuotes(parseArticle(body, 't.txt')).filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => q.speaker.name)).toEqual(['Hélder Manhique Cossa']);
  });
});

describe('first names whose gender differs by naming culture', () => {
  it('are first names with no hint of gender ("Dewi": a Welsh man, an Indonesian woman)', () => {
    expect(firstNameGender('Dewi Kartika')).toBe('unknown');
    expect(hasKnownFirstName('Dewi Kartika')).toBe(true);
  });
});

describe('Māori given names', () => {
  it('give a hint of gender ("Rewi", "Wiremu" men; "Aroha", "Mereana" women)', () => {
    expect(['Rewi Tūhoro', 'Wiremu Tane', 'Aroha Whaanga', 'Mereana Pomare'].map(firstNameGender)).toEqual(['male', 'male', 'female', 'female']);
  });
});

describe('eastern South Asian given names', () => {
  it('are known ("Dilip", "Nazrul", "Binod"), and "Nurul" gives no gender: a Malaysian woman, an Assamese man', () => {
    expect(['Dilip Kumar Bordoloi', 'Nazrul Haque Barbhuiya', 'Binod Kumar Ghimire'].map(firstNameGender)).toEqual(['male', 'male', 'male']);
    expect(firstNameGender('Nurul Aisyah Kamaruddin')).toBe('unknown');
    expect(hasKnownFirstName('Nurul Islam Choudhury')).toBe(true);
  });
});
