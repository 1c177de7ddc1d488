import { editDistance, organizationMatches, personMatches, sameWord } from '../../src/extraction/aliases';

describe('aliases', () => {
  it('allows one slip in a long word (Rajanth for Rajnath) but not in short ones', () => {
    expect(editDistance('rajnath', 'rajanth')).toBe(1);
    expect(sameWord('rajnath', 'rajanth')).toBe(true);
    expect(sameWord('lee', 'leo')).toBe(false);
  });

  it('matches surname, first name, misspelling and middle-name variants to the full name', () => {
    expect(personMatches('Rajnath Singh', 'Rajnath')).toBe(true);
    expect(personMatches('Rajnath Singh', 'Singh')).toBe(true);
    expect(personMatches('Rajnath Singh', 'Rajanth Singh')).toBe(true);
    expect(personMatches('Lloyd J. Austin', 'Lloyd Austin')).toBe(true);
    expect(personMatches('Robert Downey Jr.', 'Downey')).toBe(true);
    expect(personMatches('Rajnath Singh', 'Lloyd Austin')).toBe(false);
    expect(personMatches('Tony Mendez', 'Jonna Mendez')).toBe(false);
  });

  it('matches organisation descriptions to the named organisation', () => {
    expect(organizationMatches('Ministry of Defence', 'defence ministry')).toBe(true);
    expect(organizationMatches('Ministry of Defence', 'the ministry')).toBe(true);
    expect(organizationMatches('Ministry of Defence', 'health ministry')).toBe(false);
  });
});
