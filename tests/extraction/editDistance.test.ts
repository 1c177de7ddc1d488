import fc from 'fast-check';
import { editDistance } from '../../src/extraction/editDistance';

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
