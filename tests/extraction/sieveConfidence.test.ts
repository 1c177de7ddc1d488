/**
 * A quote's confidence is its sieve's measured precision (src/extraction/sieves/confidence.ts). This test
 * measures it again on the development set and fails when the table has drifted from what the sieves do.
 */
import fs from 'fs';
import { extractQuotes } from '../../src/extraction';
import { MEASURED, sieveConfidence } from '../../src/extraction/sieves/confidence';
import { CORPUS_DIR, loadGoldCases, scoreCase, summarise } from '../helpers/attributionScore';

describe('sieveConfidence', () => {
  it('shrinks a small sample towards the prior and follows a large one', () => {
    expect(sieveConfidence('x', { x: { right: 1, total: 1 } }, {})).toBeLessThan(0.7);
    expect(sieveConfidence('x', { x: { right: 0, total: 1 } }, {})).toBeLessThan(sieveConfidence('x', { x: { right: 1, total: 1 } }, {}));
    expect(sieveConfidence('x', { x: { right: 190, total: 200 } }, {})).toBeCloseTo(0.94, 2);
    expect(sieveConfidence('never-measured')).toBeCloseTo(0.6, 2);
  });

  it('leans on the unseen reading over the development figure', () => {
    const dev = { x: { right: 92, total: 100 } };
    // 80 right of 100 unseen: much nearer 0.80 than 0.92.
    expect(sieveConfidence('x', dev, { x: { right: 80, total: 100 } })).toBeCloseTo(0.82, 2);
    expect(sieveConfidence('leadingCue')).toBeLessThan(sieveConfidence('leadingCue', MEASURED, {}));
  });
});

(fs.existsSync(CORPUS_DIR) ? describe : describe.skip)('the measured table matches the development set', () => {
  const { cases } = loadGoldCases();
  const live = summarise(cases.map((c) => scoreCase(c.gold, c.article, extractQuotes(c.article)))).bySieve;

  it('lists every sieve that attributes at least five quotes, with a precision within 0.05 of today\'s', () => {
    for (const [sieve, t] of Object.entries(live)) {
      if (sieve === 'none' || t.total < 5) continue;
      const recorded = MEASURED[sieve];
      expect({ sieve, listed: recorded !== undefined }).toEqual({ sieve, listed: true });
      expect(Math.abs(recorded.right / recorded.total - t.right / t.total)).toBeLessThanOrEqual(0.05);
    }
  });
});
