import fc from 'fast-check';
import { foldText, speakerKey, wordSpans, words } from '../../src/store/text';
import { normaliseShortId, shortIdCandidates } from '../../src/store/shortId';

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
