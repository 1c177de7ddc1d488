import path from 'path';
import { readArticleFile } from '../../src/articles';
import { extractQuotes } from '../../src/extraction';

const SEED = path.resolve(__dirname, '../../data/articles/article-2023-11-11-india-us-defence.txt');

describe('extractQuotes on the seed article', () => {
  const article = readArticleFile(SEED);
  const quotes = extractQuotes(article);
  const direct = quotes.filter((q) => q.kind === 'direct');
  const indirect = quotes.filter((q) => q.kind === 'indirect');

  it('finds the five direct quotes with their speakers', () => {
    expect(direct.map((q) => q.speaker.name)).toEqual([
      'Rajnath Singh',
      'Rajnath Singh',
      'Rajnath Singh',
      'Ministry of Defence',
      'Ministry of Defence',
    ]);
    expect(direct[0].text.startsWith('The India-US defence relationship')).toBe(true);
  });

  it('keeps the role apart and merges the misspelling and the first name as aliases', () => {
    const rajnath = direct[0].speaker;
    expect(rajnath).toMatchObject({ role: 'Defence Minister', type: 'person' });
    expect(rajnath.aliases).toEqual(expect.arrayContaining(['Rajanth Singh', 'Rajnath']));
    expect(direct[3].speaker.type).toBe('organization');
    expect(direct[4].speaker.aliases).toContain('defence ministry');
  });

  it('uses offsets into the raw text and stable ids', () => {
    for (const q of direct) expect(article.raw.slice(q.start, q.end)).toBe(q.text);
    const again = extractQuotes(readArticleFile(SEED));
    expect(again.map((q) => q.id)).toEqual(quotes.map((q) => q.id));
    expect(new Set(quotes.map((q) => q.id)).size).toBe(quotes.length);
  });

  it('finds the three reported statements as indirect speech of Rajnath Singh', () => {
    expect(indirect).toHaveLength(3);
    expect(indirect.every((q) => q.speaker.name === 'Rajnath Singh')).toBe(true);
    expect(indirect[1].text.startsWith('India and the US share a focus')).toBe(true);
  });

  it('records the cue, the sieve and a confidence for every quote', () => {
    for (const q of quotes) {
      expect(q.cue).toBeTruthy();
      expect(q.sieve).toBeTruthy();
      expect(q.confidence).toBeGreaterThan(0.5);
    }
  });
});
