import { Vocabulary, letterMask } from '../../src/search/vocabulary';
import { queryWords, contentWords } from '../../src/search/queryWords';
import { candidatePlan, ftsTerm, OR_POSTINGS_BUDGET } from '../../src/search/plan';
import { SpeakerDirectory } from '../../src/search/speakers';
import { WordMatcher, matchQuality, mergeRanges } from '../../src/search/score';
import type { SpeakerRecord } from '../../src/store';

const vocab = (terms: Record<string, number>, documents = 100) => new Vocabulary(Object.entries(terms), documents);

describe('Vocabulary', () => {
  const v = vocab({ pacific: 40, specific: 5, open: 30, indo: 20, the: 90, rajnath: 4, rajanth: 1, relationship: 3 });

  it('corrects unknown words to the nearest known ones, most frequent first', () => {
    expect(v.corrections('pacfic').map((c) => c.term)).toEqual(['pacific']);
    expect(v.corrections('relatinoship').map((c) => c.term)).toEqual(['relationship']);
    expect(v.corrections('open')).toEqual([]); // known
    expect(v.corrections('zz')).toEqual([]); // too short
    expect(v.corrections('xylophone')).toEqual([]);
  });

  it('allows one edit for short words and two for longer ones', () => {
    expect(v.corrections('opn').map((c) => c.term)).toEqual(['open']);
    expect(v.corrections('pcfc')).toEqual([]);
    expect(v.corrections('pcfic')).toEqual([]); // five letters, two edits away
    expect(v.corrections('pcaifc').map((c) => c.term)).toEqual(['pacific']);
  });

  it('treats function words, and words in over a tenth of a big store, as common', () => {
    expect(v.isCommon('the')).toBe(true);
    expect(v.isCommon('pacific')).toBe(false); // the store is too small for frequencies to decide
    const big = vocab({ police: 900, gunman: 30 }, 10_000);
    expect(big.isCommon('police')).toBe(false);
    expect(vocab({ police: 900 }, 5_000).isCommon('police')).toBe(true);
  });

  it('letter masks differ in at most two classes per edit', () => {
    const bits = (x: number) => x.toString(2).replace(/0/g, '').length;
    expect(bits(letterMask('pacific') ^ letterMask('pacfic'))).toBe(0);
    expect(bits(letterMask('abc') ^ letterMask('abd'))).toBe(2);
  });
});

describe('candidate plan', () => {
  const v = vocab({ free: 10, open: 30, indo: 20, pacific: 40, and: 95, maritime: 3, security: 50 }, 100);

  it('quotes every token, so user text is never FTS5 syntax', () => {
    expect(ftsTerm('near')).toBe('"near"');
    expect(ftsTerm('a"b')).toBe('"a""b"');
    const plan = candidatePlan(queryWords('NEAR OR pacific*', [], vocab({ near: 1, or: 1, pacific: 1 })), vocab({ near: 1, or: 1, pacific: 1 }));
    for (const stage of plan) {
      for (const e of stage) expect(e).toMatch(/^(NEAR\(("[a-z]+" ?)+, \d+\)|\(?"[a-z]+"\)?( (AND|OR) \(?"[a-z]+"\)?)*)$/);
    }
  });

  it('goes from the words near each other as typed, to every word, to all but one, to the rarest words', () => {
    const plan = candidatePlan(queryWords('free and open indo pacfic', [], v), v);
    expect(plan[0]).toEqual(['NEAR("free" "open" "indo" "pacific", 7)']);
    expect(plan[1]).toEqual(['"free" AND "open" AND "indo" AND "pacific"']);
    expect(plan[2]).toHaveLength(4);
    expect(plan[2][0]).toBe('"open" AND "indo" AND "pacific"');
    expect(plan[3][0]).toBe('"free" OR "indo" OR "open" OR "pacific"');
  });

  it('leaves NEAR out when a misspelt word has several corrections (NEAR takes no OR)', () => {
    const w = vocab({ find: 5, film: 5, field: 5, oil: 5 });
    const plan = candidatePlan(queryWords('oil fild', [], w), w);
    expect(plan[0]).toEqual(['"oil" AND ("field" OR "film" OR "find")']); // equal distance and frequency: alphabetical
  });

  it('keeps exact phrases intact first, then loosens them into words', () => {
    const plan = candidatePlan(queryWords('free', ['maritime security'], v), v);
    expect(plan[0]).toEqual(['"maritime security" AND "free"']);
    expect(plan[1]).toEqual(['NEAR("free" "maritime" "security", 5)']);
    expect(plan[2]).toEqual(['"free" AND "maritime" AND "security"']);
  });

  it('ORs only as many rare words as the posting budget allows', () => {
    const big = vocab({ rare: 10, mid: OR_POSTINGS_BUDGET, huge: OR_POSTINGS_BUDGET * 2 }, OR_POSTINGS_BUDGET * 100);
    const plan = candidatePlan(queryWords('rare mid huge', [], big), big);
    expect(plan[plan.length - 1]).toEqual(['"rare"']);
  });

  it('drops words it can neither find nor correct', () => {
    const qws = queryWords('free qqqzzz', [], v);
    expect(contentWords(qws).map((w) => w.word)).toEqual(['free']);
    expect(candidatePlan(qws, v)[0]).toEqual(['"free"']);
  });
});

describe('match quality', () => {
  const v = vocab({ free: 1, open: 1, indo: 1, pacific: 1, and: 1, they: 1, pushed: 1, noosa: 1, as: 1 });
  const quality = (query: string, text: string, phrases: string[] = []) =>
    matchQuality(new WordMatcher(queryWords(query, phrases, v)), { text, meta: '', title: null });

  it('scores a quote holding the words as typed at 1, and lower when they are scattered', () => {
    expect(quality('free open indo pacific', 'a free open Indo-Pacific region').score).toBeCloseTo(1);
    const scattered = quality('free open indo pacific', 'pacific nations are open to indo trade, free of charge').score;
    expect(scattered).toBeLessThan(0.85);
  });

  it('credits adjacency along one stretch of the quote only', () => {
    const together = quality('and they pushed noosa', 'then and they pushed Noosa on').score;
    const apart = quality('and they pushed noosa', 'as they pushed Noosa, and they went').score;
    expect(together).toBeGreaterThan(apart);
  });

  it('matches misspelt words by their corrections and by small edits, and highlights them', () => {
    const text = 'a free and open Indo-Pacific';
    const q = quality('free open indo pacfic', text);
    expect(q.score).toBeGreaterThan(0.9);
    expect(q.highlights.map(([s, e]) => text.slice(s, e))).toEqual(['free', 'open', 'Indo', 'Pacific']);
  });

  it('penalises a missing exact phrase', () => {
    expect(quality('', 'free and open', ['free and open']).score).toBeCloseTo(1);
    expect(quality('', 'open and free', ['free and open']).score).toBeLessThan(0.5);
  });

  it('merges overlapping ranges', () => {
    expect(mergeRanges([[5, 9], [0, 3], [2, 4], [9, 12]])).toEqual([[0, 4], [5, 12]]);
  });
});

describe('speaker directory', () => {
  const rec = (id: number, name: string, role: string | null, aliases: string[], quoteCount = 1, type: SpeakerRecord['type'] = 'person'): SpeakerRecord => ({
    id,
    name,
    role,
    type,
    aliases,
    quoteCount,
  });
  const dir = new SpeakerDirectory([
    rec(1, 'Rajnath Singh', 'Defence Minister', ['Rajnath Singh', 'Rajanth Singh', 'Rajnath'], 10),
    rec(2, 'Ministry of Defence', null, ['the defence ministry'], 4, 'organization'),
    rec(3, 'Harpreet Singh', 'Vice Admiral', [], 2),
    rec(4, 'Lloyd Austin', 'US Secretary of Defence', ['Austin'], 3),
  ]);
  const resolved = (asked: string) => {
    const r = dir.resolve(asked);
    return r.kind === 'resolved' ? r.speaker.name : r.kind;
  };

  it.each([
    ['Rajnath Singh', 'Rajnath Singh'],
    ['rajanth singh', 'Rajnath Singh'],
    ['RAJNATH', 'Rajnath Singh'],
    ['rajnth', 'Rajnath Singh'],
    ['defence minister', 'Rajnath Singh'],
    ['the ministry', 'Ministry of Defence'],
    ['defence ministry', 'Ministry of Defence'],
    ['Austin', 'Lloyd Austin'],
    ['loyd austen', 'Lloyd Austin'],
    ['vice admiral', 'Harpreet Singh'],
  ])('%s → %s', (asked, name) => expect(resolved(asked)).toBe(name));

  it('is ambiguous for a shared surname, listing the candidates by quote count', () => {
    const r = dir.resolve('Singh');
    expect(r.kind).toBe('ambiguous');
    if (r.kind === 'ambiguous') expect(r.candidates.map((c) => c.name)).toEqual(['Rajnath Singh', 'Harpreet Singh']);
  });

  it('puts roles and organisation names on one rung, so a description shared by several asks which', () => {
    const sheriffs = new SpeakerDirectory([
      rec(1, "Alachua Sheriff's Office", null, [], 1, 'organization'),
      rec(2, 'Bill Brown', 'Santa Barbara County Sheriff', ['Brown'], 2),
      rec(3, 'Kerry Lee', 'County sheriff', ['Lee'], 2),
    ]);
    const r = sheriffs.resolve('the sheriff');
    expect(r.kind).toBe('ambiguous');
    if (r.kind === 'ambiguous') expect(r.candidates.map((c) => c.name)).toEqual(['Bill Brown', 'Kerry Lee', "Alachua Sheriff's Office"]);
    // A person's own name still outranks a description that happens to hold the word.
    const named = new SpeakerDirectory([rec(1, 'Kerry Lee', null, []), rec(2, 'Lee County Council', null, [], 5, 'organization')]);
    expect(named.resolve('Lee')).toMatchObject({ kind: 'resolved', speaker: { name: 'Kerry Lee' } });
  });

  it('lists the other speakers a name identifies less well, and only those', () => {
    const erdogan = new SpeakerDirectory([
      rec(1, 'Erdoğan', null, [], 3),
      rec(2, 'Recep Tayyip Erdoğan', 'Turkish President', ['Erdogan'], 5),
      rec(3, 'Erdogan Aksoy', null, [], 1),
      rec(4, 'Erdoğan Foundation', null, [], 1, 'organization'),
    ]);
    const r = erdogan.resolve('erdogan');
    expect(r.kind).toBe('resolved');
    if (r.kind === 'resolved') {
      expect(r.speaker.name).toBe('Erdoğan');
      expect(r.others?.map((o) => o.name)).toEqual(['Recep Tayyip Erdoğan', 'Erdogan Aksoy']);
    }
    const plain = dir.resolve('Lloyd Austin');
    expect(plain.kind === 'resolved' && plain.others).toBeUndefined();
  });

  it('skips the "did you mean" scan when asked to', () => {
    expect(dir.resolve('Harpret Sing Khan', { suggest: false })).toEqual({ kind: 'unknown', suggestions: [] });
  });

  it('is unknown for a name nobody has, suggesting near names', () => {
    expect(dir.resolve('Angela Merkel')).toEqual({ kind: 'unknown', suggestions: [] });
    const r = dir.resolve('Harpret Sing Khan');
    expect(r.kind).toBe('unknown');
    expect(dir.resolve('')).toEqual({ kind: 'unknown', suggestions: [] });
  });
});
