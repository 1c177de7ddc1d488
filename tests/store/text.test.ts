import fc from 'fast-check';
import { editDistance, foldText, speakerKey, wordSpans, words } from '../../src/store/text';
import { normaliseShortId, shortIdCandidates } from '../../src/store/shortId';

/** Plain dynamic-programming OSA distance, as the reference. */
function referenceOsa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

describe('text folding and words (the FTS5 unicode61 rules)', () => {
  it('folds case and diacritics and splits on everything but letters and digits', () => {
    expect(foldText('Ménard ÉTÉ')).toBe('menard ete');
    expect(words('Free, open Indo-Pacific; China’s 2+2 talks')).toEqual(['free', 'open', 'indo', 'pacific', 'china', 's', '2', '2', 'talks']);
  });

  it('gives word ranges in the original text, also where folding changes lengths', () => {
    const text = 'Le président Ménard a dit';
    const spans = wordSpans(text);
    expect(spans.map((s) => s.word)).toEqual(['le', 'president', 'menard', 'a', 'dit']);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Le', 'président', 'Ménard', 'a', 'dit']);
    const decomposed = 'Me\u0301nard said';
    expect(wordSpans(decomposed).map((s) => [s.word, decomposed.slice(s.start, s.end)])).toEqual([
      ['menard', 'Me\u0301nard'],
      ['said', 'said'],
    ]);
  });

  it('keys speakers by folded name without a leading honorific', () => {
    expect(speakerKey('Mr. Rajnath  Singh')).toBe('rajnath singh');
    expect(speakerKey('the Ministry of Defence')).toBe('ministry of defence');
    expect(speakerKey('Dr')).toBe('dr');
  });
});

describe('editDistance', () => {
  it('counts an adjacent transposition as one edit', () => {
    expect(editDistance('rajanth', 'rajnath', 2)).toBe(1);
    expect(editDistance('pacfic', 'pacific', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('agrees with the reference up to the bound and reports max+1 beyond it', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 }), fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const ref = referenceOsa(a, b);
        expect(editDistance(a, b, max)).toBe(ref <= max ? ref : max + 1);
      }),
      { numRuns: 500, seed: 42 },
    );
  });
});

describe('short ids', () => {
  it('derives stable, lengthening candidates from the quote id', () => {
    const c = shortIdCandidates('abc:12:40');
    expect(c[0]).toMatch(/^Q-[0-9a-f]{4}$/);
    expect(c[1].startsWith(c[0])).toBe(true);
    expect(shortIdCandidates('abc:12:40')).toEqual(c);
  });

  it('normalises what users type and rejects what is not a short id', () => {
    expect(normaliseShortId(' q-3F9A ')).toBe('Q-3f9a');
    expect(normaliseShortId('Q-xyz1')).toBeNull();
    expect(normaliseShortId('3f9a')).toBeNull();
  });
});
