import fc from 'fast-check';
import { collapseWhitespace } from '../../src/articles/text';

describe('collapseWhitespace', () => {
  it('turns every whitespace run into one plain space', () => {
    expect(collapseWhitespace('a  b\t\tc\n d\u00a0e f')).toBe('a b c d e f');
    expect(collapseWhitespace(' lead and trail  ')).toBe(' lead and trail ');
  });

  it('gives exactly what replace(/\\s+/g, " ") gives', () => {
    const piece = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', 'a', 'bc', '“');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const text = pieces.join('');
      return collapseWhitespace(text) === text.replace(/\s+/g, ' ');
    }), { numRuns: 3000 });
  });
});
