import { createHash } from 'crypto';
import { stableId } from '../../src/articles/ids';

describe('stableId', () => {
  it('is the first 16 hex characters of the SHA-256 of the parts joined by NUL (ids stay as stored)', () => {
    const expected = createHash('sha256').update('abc\u00001\u000022').digest('hex').slice(0, 16);
    expect(stableId('abc', 1, 22)).toBe(expected);
    expect(stableId('abc', 1, 22)).toMatch(/^[0-9a-f]{16}$/);
    expect(stableId('abc', 1, 23)).not.toBe(expected);
  });
});
