import fs from 'fs';
import path from 'path';
import fc from 'fast-check';
import { parseArticle } from '../../src/articles';
import { extractQuotes } from '../../src/extraction';
import { CORPUS_DIR } from '../helpers/attributionScore';

function checkOffsets(raw: string) {
  const article = parseArticle(raw, 'fuzz.txt');
  const quotes = extractQuotes(article);
  for (const q of quotes) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(article.raw.length);
    expect(q.start).toBeLessThan(q.end);
    if (!q.parts && q.kind === 'direct') expect(article.raw.slice(q.start, q.end).replace(/\s+/g, ' ')).toBe(q.text);
    expect(q.confidence).toBeGreaterThanOrEqual(0);
    expect(q.confidence).toBeLessThanOrEqual(1);
  }
  expect(new Set(quotes.map((q) => q.id)).size).toBe(quotes.length);
}

describe('extraction never throws and keeps offsets valid', () => {
  it('on words that name a property of every JavaScript object ("quoted Constructor as saying", "According to constructor,", "the constructor said")', () => {
    checkOffsets('"It is late," the report quoted Constructor as saying.\n\nAccording to constructor, the bridge would open in May. "We are ready," toString said.');
    // (And a kind of body or an office read from the text: "the constructor said", "the valueOf minister said".)
    checkOffsets('Acme Ltd won the tender. "We are ready," the constructor said. The valueOf minister said "no".');
  });

  const pieces = ['"', '“', '”', '«', '»', "''", '‘', '’', ' said ', ' he said', ' Jane Doe', ', ', '. ', '\n\n', 'word', ' The ', ':', ' according to ', '(', ')', ' — '];
  it('on random text made of quotation marks, cues and names', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 60 }), (parts) => {
        const raw = `Start of text. ${parts.join('')} End.`;
        checkOffsets(raw);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  const corpus = fs.existsSync(CORPUS_DIR) ? fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')) : [];
  (corpus.length > 0 ? it : it.skip)('on every article of the development corpus', () => {
    for (const f of corpus) checkOffsets(fs.readFileSync(path.join(CORPUS_DIR, f), 'utf8'));
  });
});
