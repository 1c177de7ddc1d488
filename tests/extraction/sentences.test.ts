import { parseArticle } from '../../src/articles';
import { splitSentences } from '../../src/extraction/sentences';

const split = (text: string, quotes: Array<[number, number]> = []) => {
  const article = parseArticle(text, 't.txt');
  const p = article.paragraphs[0];
  return splitSentences(p, quotes.map(([start, end]) => ({ start: p.start + start, end: p.start + end }))).map((s) => s.text);
};

describe('splitSentences', () => {
  it('splits at sentence ends but not after abbreviations or initials', () => {
    expect(split('Mr. Smith met Dr. J. Jones in the U.S. capital. They talked. Then they left!')).toEqual([
      'Mr. Smith met Dr. J. Jones in the U.S. capital.',
      'They talked.',
      'Then they left!',
    ]);
  });

  it('splits after "p.m." only where a quotation opens ("11 p.m. Friday" goes on)', () => {
    expect(split('She heard a roar before 11:00 p.m. "It sounded like a plane," he said.', [[35, 64]])).toEqual(['She heard a roar before 11:00 p.m.', '"It sounded like a plane," he said.']);
    expect(split('The storm hit at 11 p.m. Friday and left.')).toEqual(['The storm hit at 11 p.m. Friday and left.']);
  });

  it('does not split after a two-letter initial ("Kh. Joykumar Singh")', () => {
    expect(split('Opposition leader Kh. Joykumar Singh visited the camp. He left.')).toEqual(['Opposition leader Kh. Joykumar Singh visited the camp.', 'He left.']);
  });

  it('does not split after plural titles ("Sens.", "Reps.")', () => {
    expect(split('Okafor named three Republicans, Sens. Carla Whitby and Ben Albers, and said so.')).toHaveLength(1);
  });

  it('never splits inside a quotation', () => {
    const text = 'She said "It works. It is fast." Then she left.';
    expect(split(text, [[9, 32]])).toEqual(['She said "It works. It is fast."', 'Then she left.']);
  });
  it('splits before a guillemet set off by a space, and after one, as French typography writes them', () => {
    expect(split('He came to teach. « The younger ones are out, » he said.')).toEqual(['He came to teach.', '« The younger ones are out, » he said.']);
    expect(split('« Security first. » The vote came.', [[0, 19]])).toEqual(['« Security first. »', 'The vote came.']);
  });
});
