import { findIndirect } from '../../src/extraction/indirect';

const clauses = (sentence: string) => findIndirect(sentence).map((f) => ({ text: sentence.slice(f.start, f.end), cue: f.cue, ref: f.ref }));

describe('findIndirect', () => {
  it('reads X said (that) <clause>', () => {
    expect(clauses('Rajnath Singh said strategic convergence should guide the two countries.')).toMatchObject([
      { text: 'strategic convergence should guide the two countries', cue: 'said', ref: { name: 'Rajnath Singh' } },
    ]);
    expect(clauses('The ministry told reporters that six deaths were of children.')[0]).toMatchObject({ text: 'six deaths were of children', cue: 'told' });
  });

  it('reads the preposed form "<clause>, officials said."', () => {
    expect(clauses('A total of 39 are confirmed dead, officials told state media, adding that rescuers left.')[0]).toMatchObject({
      text: 'A total of 39 are confirmed dead',
      ref: { kind: 'unknown' },
    });
  });

  it('ignores verbs without a reported clause', () => {
    expect(clauses('He said in a statement on Friday.')).toEqual([]);
    // Sentences are masked before this stage: a quotation's words are "…" and never a reported clause.
    expect(clauses('She said, “……”')).toEqual([]);
  });
});
