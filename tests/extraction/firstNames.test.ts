import { firstNameGender } from '../../src/extraction/firstNames';

describe('firstNameGender', () => {
  it('reads the gender a first name usually has', () => {
    expect(firstNameGender('Jacinda Ardern')).toBe('female');
    expect(firstNameGender('Agnès Callamard')).toBe('female');
    expect(firstNameGender('Tomas Lindqvist')).toBe('male');
  });

  it('says nothing of one word, short words, unknown names or a family-name-first order', () => {
    expect(firstNameGender('Ardern')).toBe('unknown');
    expect(firstNameGender('Xi Jinping')).toBe('unknown');
    expect(firstNameGender('Moon Jae-in')).toBe('unknown');
    expect(firstNameGender('Rajnath Singh')).toBe('unknown');
    expect(firstNameGender('K S Prakash')).toBe('unknown');
  });
});
