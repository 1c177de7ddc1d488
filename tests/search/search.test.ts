import path from 'node:path';
import { openStore, type QuoteStore } from '../../src/store';
import { createSearch, type Search } from '../../src/search';
import { parseQuery } from '../../src/search/query';
import type { ParsedQuery, QueryFilters, SearchAnswer } from '../../src/search/types';
import { seedFixture, secondFixture, buildFixture } from '../helpers/quoteFixtures';
import { tempDir } from '../helpers/tempDir';

const search = (text: string, phrases: string[] = [], filters: QueryFilters = {}): ParsedQuery => ({ type: 'search', text, phrases, filters });
const whoSaid = (text: string, phrases: string[] = []): ParsedQuery => ({ type: 'whoSaid', text, phrases, filters: {} });
const by = (speaker: string, text = '', filters: QueryFilters = {}): ParsedQuery => ({ type: 'bySpeaker', speaker, text, phrases: [], filters });

function results(answer: SearchAnswer) {
  if (answer.type !== 'results') throw new Error(`expected results, got ${answer.type}`);
  return answer;
}

describe('search over the seed article and a second article', () => {
  let store: QuoteStore;
  let engine: Search;
  beforeAll(() => {
    store = openStore(':memory:');
    for (const f of [seedFixture(), secondFixture()]) store.ingest(f.article, f.quotes);
    engine = createSearch(store);
  });
  afterAll(() => store.close());

  it.each([
    ['free and open indo-pacific', 'free and open Indo-Pacific'],
    ['free open indo pacfic', 'free and open Indo-Pacific'],
    ['our teams are wroking', 'Our teams are working'],
    ['resilient suply chains', 'resilient supply chains'],
    ['navy stands ready', 'The navy stands ready'],
  ])('finds the intended quote first for %p', (q, expected) => {
    const answer = results(engine.run(search(q)));
    expect(answer.noMatch).toBe(false);
    expect(answer.hits[0].quote.text).toContain(expected);
    expect(answer.hits[0].confidence).toBeGreaterThan(0.55);
  });

  it('highlights the matched words of the quote, typos included', () => {
    const hit = results(engine.run(search('free open indo pacfic'))).hits[0];
    const marked = hit.highlights.map(([s, e]) => hit.quote.text.slice(s, e));
    expect(marked).toEqual(expect.arrayContaining(['free', 'open', 'Indo', 'Pacific']));
    expect(marked).not.toContain('and');
  });

  it('answers who said it with the right speaker and a high confidence', () => {
    const answer = results(engine.run(whoSaid('our teams are working')));
    expect(answer.noMatch).toBe(false);
    expect(answer.hits[0].quote.speaker.name).toBe('Rajnath Singh');
    expect(answer.hits[0].quote.article.source).toBe('Express News Service');
    const ministry = results(engine.run(whoSaid('', ['co-develop and co-produce defence systems'])));
    expect(ministry.hits[0].quote.speaker.name).toBe('Ministry of Defence');
  });

  it('does not name a speaker when nothing matches well, but offers the closest and suggestions', () => {
    const answer = results(engine.run(whoSaid('we will build a great wall on the border')));
    expect(answer.noMatch).toBe(true);
    expect(answer.suggestions.length).toBeGreaterThan(0);
    for (const hit of answer.hits) expect(hit.confidence).toBeLessThan(0.62);
  });

  it('gives lower confidence to a partial match than to a full one, comparable across queries', () => {
    const full = results(engine.run(search('substantive outcomes'))).hits[0].confidence;
    const partial = results(engine.run(search('substantive outcomes nuclear submarine treaty'))).hits[0]?.confidence ?? 0;
    expect(full).toBeGreaterThan(0.9);
    expect(partial).toBeLessThan(full - 0.2);
  });

  it('requires exact phrases to appear intact', () => {
    const hit = results(engine.run(search('', ['maritime security']))).hits[0];
    expect(hit.quote.text).toContain('maritime security');
    const missing = results(engine.run(search('', ['security maritime'])));
    expect(missing.hits[0]?.confidence ?? 0).toBeLessThan(hit.confidence);
  });

  it('never lets user text act as FTS5 or Fuse.js syntax', () => {
    for (const q of ['"unbalanced', 'NEAR(a b)', 'teams OR * ^x', "=teams 'working !outcomes", 'col:text', '()', '-']) {
      expect(() => engine.run(search(q))).not.toThrow();
    }
    expect(results(engine.run(search("'teams =working"))).hits[0].quote.text).toContain('Our teams');
  });

  it('suggests the speaker when the words are a speaker name', () => {
    const answer = results(engine.run(search('harpret singh')));
    expect(answer.hits.length).toBeGreaterThan(0);
    const none = results(engine.run(search('zzzqqq')));
    expect(none.noMatch).toBe(true);
    expect(none.suggestions.join(' ')).toMatch(/zzzqqq/);
  });

  it.each([
    ['Rajnath Singh', 'Rajnath Singh'],
    ['rajanth', 'Rajnath Singh'],
    ['rajnth singh', 'Rajnath Singh'],
    ['defence minister', 'Rajnath Singh'],
    ['the ministry', 'Ministry of Defence'],
    ['the defence ministry', 'Ministry of Defence'],
    ['harpreet', 'Harpreet Singh'],
  ])('resolves "by %s" to %s', (asked, name) => {
    const answer = results(engine.run(by(asked)));
    expect(answer.speaker?.name).toBe(name);
    expect(answer.hits.length).toBeGreaterThan(0);
    for (const hit of answer.hits) expect(hit.quote.speaker.name).toBe(name);
  });

  it('asks which Singh when a surname is shared, and suggests names for an unknown one', () => {
    const ambiguous = engine.run(by('Singh'));
    expect(ambiguous.type).toBe('ambiguousSpeaker');
    if (ambiguous.type === 'ambiguousSpeaker') {
      expect(ambiguous.candidates.map((c) => c.name).sort()).toEqual(['Harpreet Singh', 'Rajnath Singh']);
    }
    const unknown = engine.run(by('Lloyd Austen'));
    expect(unknown.type).toBe('unknownSpeaker');
  });

  it('pages the quotes of a speaker, newest article first, with the total', () => {
    const first = results(engine.run(by('rajnath'), { limit: 2 }));
    expect(first.total).toBe(4);
    expect(first.hits).toHaveLength(2);
    expect(first.hits[0].quote.article.date).toBe('2023-12-02');
    const second = results(engine.run(by('rajnath'), { limit: 2, offset: 2 }));
    expect(second.hits.map((h) => h.quote.id)).not.toEqual(expect.arrayContaining(first.hits.map((h) => h.quote.id)));
  });

  it('searches within a speaker', () => {
    const answer = results(engine.run(by('rajnath', 'supply chains')));
    expect(answer.hits[0].quote.text).toContain('supply chains');
    const elsewhere = results(engine.run(by('harpreet', 'supply chains')));
    expect(elsewhere.noMatch).toBe(true);
  });

  it('applies since, until and in filters', () => {
    const since = results(engine.run(search('defence navy', [], { since: '2023-12-01' })));
    for (const h of since.hits) expect(h.quote.article.date! >= '2023-12-01').toBe(true);
    const inSource = results(engine.run(by('rajnath', '', { in: 'hindu' })));
    expect(inSource.total).toBe(1);
    const until = results(engine.run(by('rajnath', '', { until: '2023-11-30' })));
    expect(until.total).toBe(3);
  });

  it('picks a random quote with the injected randomness, optionally by a speaker', () => {
    const a = results(engine.run({ type: 'random', filters: {} }, { random: () => 0 }));
    const b = results(engine.run({ type: 'random', filters: {} }, { random: () => 0.999 }));
    expect(a.hits[0].quote.id).not.toBe(b.hits[0].quote.id);
    const byMinistry = results(engine.run({ type: 'random', speaker: 'the ministry', filters: {} }, { random: () => 0.5 }));
    expect(byMinistry.hits[0].quote.speaker.name).toBe('Ministry of Defence');
    expect(byMinistry.speaker?.name).toBe('Ministry of Defence');
  });

  it('answers an id query by short id, and says so when it does not exist', () => {
    const quote = store.getQuote(store.quoteIds()[0])!;
    expect(results(engine.run({ type: 'id', id: quote.shortId })).hits[0].quote.id).toBe(quote.id);
    const missing = results(engine.run({ type: 'id', id: 'Q-0000' }));
    expect(missing.noMatch).toBe(true);
    expect(missing.suggestions[0]).toMatch(/Q-0000/);
  });

  it('sees articles ingested after it was created', () => {
    const s = openStore(':memory:');
    const engine2 = createSearch(s);
    expect(results(engine2.run(search('lighthouse keeper'))).noMatch).toBe(true);
    const f = buildFixture({ paragraphs: ['“The lighthouse keeper saved us all,” said Maria Lopez.'] }, [
      { text: 'The lighthouse keeper saved us all', speaker: 'Maria Lopez' },
    ]);
    s.ingest(f.article, f.quotes);
    expect(results(engine2.run(search('lighthouse keeper'))).hits[0].quote.speaker.name).toBe('Maria Lopez');
    s.close();
  });

  it('answers from a read-only store, and sees what another connection adds to the file', () => {
    const file = path.join(tempDir('search'), 'q.db');
    const writer = openStore(file);
    const seed = seedFixture();
    writer.ingest(seed.article, seed.quotes);
    const reader = openStore(file, { readonly: true });
    const readerSearch = createSearch(reader);
    expect(results(readerSearch.run(search('substantive outcomes'))).hits[0].quote.speaker.name).toBe('Rajnath Singh');
    const second = secondFixture();
    writer.ingest(second.article, second.quotes);
    // "harpreet" is a new speaker and "navies" a new word: only a refreshed snapshot knows them.
    expect(results(readerSearch.run(by('harpret'))).speaker?.name).toBe('Harpreet Singh');
    expect(results(readerSearch.run(search('partner naviez'))).hits[0].quote.text).toContain('partner navies');
    reader.close();
    writer.close();
  });

  it('does not pick a speaker when two speakers are quoted with the same words', () => {
    const s = openStore(':memory:');
    const a = buildFixture({ paragraphs: ['“We will not bow to pressure from anyone,” said Maria Lopez.'] }, [
      { text: 'We will not bow to pressure from anyone', speaker: 'Maria Lopez' },
    ]);
    const b = buildFixture({ paragraphs: ['Later, “we will not bow to pressure from anyone,” said Omar Haddad.'] }, [
      { text: 'we will not bow to pressure from anyone', speaker: 'Omar Haddad' },
    ]);
    s.ingest(a.article, a.quotes);
    s.ingest(b.article, b.quotes);
    const answer = results(createSearch(s).run(whoSaid('not bow to pressure')));
    expect(answer.noMatch).toBe(true);
    expect(answer.hits.map((h) => h.quote.speaker.name).sort()).toEqual(['Maria Lopez', 'Omar Haddad']);
    expect(answer.suggestions[0]).toMatch(/Several speakers.*Maria Lopez.*Omar Haddad|Several speakers.*Omar Haddad.*Maria Lopez/);
    // A plain search has no speaker to get wrong: it simply lists both.
    expect(results(createSearch(s).run(search('not bow to pressure'))).noMatch).toBe(false);
    s.close();
  });
});

describe('by <speaker> <words> without a separator', () => {
  let store: QuoteStore;
  let engine: Search;
  beforeAll(() => {
    store = openStore(':memory:');
    for (const f of [seedFixture(), secondFixture()]) store.ingest(f.article, f.quotes);
    engine = createSearch(store);
  });
  afterAll(() => store.close());

  it('takes the longest leading words that name a speaker, and the rest as words of the quote', () => {
    const answer = results(engine.run(parseQuery('by rajnath singh supply chains')));
    expect(answer.speaker?.name).toBe('Rajnath Singh');
    expect(answer.hits[0].quote.text).toContain('resilient supply chains');
    const misspelt = results(engine.run(parseQuery('by rajanth navy stands ready')));
    expect(misspelt.hits[0].quote.text).toContain('The navy stands ready');
  });

  it('settles a shared surname by the words when only one of those speakers said them', () => {
    const answer = results(engine.run(parseQuery('by Singh supply chains')));
    expect(answer.speaker?.name).toBe('Rajnath Singh');
    expect(answer.hits[0].quote.text).toContain('supply chains');
    expect(results(engine.run(parseQuery('by Singh partner navies'))).speaker?.name).toBe('Harpreet Singh');
  });

  it('still asks which one when the words do not tell the speakers apart', () => {
    for (const q of ['by Singh', 'by Singh zzzqqq', 'by Singh trust']) {
      const answer = engine.run(parseQuery(q));
      expect(answer.type).toBe('ambiguousSpeaker');
      if (answer.type === 'ambiguousSpeaker') expect(answer.asked).toBe('Singh');
    }
  });

  it('reads at most a few words as the name, so a long query after "by" still finds the quote', () => {
    const words = 'pursuing stronger defence industrial engagement easing of technology restrictions resilient supply chains';
    const answer = results(engine.run(parseQuery(`by rajnath ${words}`)));
    expect(answer.speaker?.name).toBe('Rajnath Singh');
    expect(answer.hits[0].quote.text).toContain('resilient supply chains');
    // Words that name nobody: the whole text is what was asked for.
    expect(engine.run(parseQuery(`by ${words}`))).toMatchObject({ type: 'unknownSpeaker', asked: words });
  });

  it('says the whole name is unknown when no reading names a speaker, with near names', () => {
    const answer = engine.run(parseQuery('by harpret sinhg trust'));
    expect(answer.type).toBe('results'); // "harpret sinhg" is a misspelling of a name: it resolves
    const unknown = engine.run(parseQuery('by Angela Merkel europe'));
    expect(unknown).toMatchObject({ type: 'unknownSpeaker', asked: 'Angela Merkel europe' });
  });
});

describe('speakers asked for by description or by another name', () => {
  it('asks which sheriff when two sheriffs and a sheriff\'s office are quoted', () => {
    const s = openStore(':memory:');
    const f = buildFixture(
      {
        paragraphs: [
          '“Hold the line,” said Sheriff Bill Brown.',
          '“Stay indoors tonight,” said Kerry Lee, the county sheriff.',
          'The Alachua Sheriff\'s Office said the search “required all hands on deck.”',
        ],
      },
      [
        { text: 'Hold the line', speaker: 'Bill Brown', role: 'Santa Barbara County Sheriff' },
        { text: 'Stay indoors tonight', speaker: 'Kerry Lee', role: 'County sheriff' },
        { text: 'required all hands on deck.', speaker: "Alachua Sheriff's Office", type: 'organization' },
      ],
    );
    s.ingest(f.article, f.quotes);
    const answer = createSearch(s).run(parseQuery('by the sheriff'));
    expect(answer.type).toBe('ambiguousSpeaker');
    if (answer.type === 'ambiguousSpeaker') {
      expect(answer.candidates.map((c) => c.name)).toEqual(expect.arrayContaining(['Bill Brown', 'Kerry Lee', "Alachua Sheriff's Office"]));
    }
    expect(results(createSearch(s).run(parseQuery('by the sheriff indoors tonight'))).speaker?.name).toBe('Kerry Lee');
    s.close();
  });

  it('finds the words with another speaker the name identifies when the exact name never said them', () => {
    const s = openStore(':memory:');
    const a = buildFixture({ paragraphs: ['“No project excluding our country can succeed,” Erdoğan said.'] }, [
      { text: 'No project excluding our country can succeed', speaker: 'Erdoğan' },
    ]);
    const b = buildFixture({ paragraphs: ['President Recep Tayyip Erdoğan said: “We will change the name from museum to mosque.”'] }, [
      { text: 'We will change the name from museum to mosque.', speaker: 'Recep Tayyip Erdoğan', aliases: ['Erdogan'] },
    ]);
    s.ingest(a.article, a.quotes);
    s.ingest(b.article, b.quotes);
    const engine = createSearch(s);
    expect(results(engine.run(parseQuery('by erdogan'))).speaker?.name).toBe('Erdoğan');
    const answer = results(engine.run(parseQuery('by erdogan museum to mosque')));
    expect(answer.noMatch).toBe(false);
    expect(answer.speaker?.name).toBe('Recep Tayyip Erdoğan');
    expect(answer.hits[0].quote.text).toContain('museum to mosque');
    // Words nobody said stay a no-match for the name asked, not a hop to someone else.
    expect(results(engine.run(parseQuery('by erdogan zzzqqq'))).speaker?.name).toBe('Erdoğan');
    s.close();
  });
});

describe('direct quotes over reported speech', () => {
  const direct =
    'The India-US defence relationship is characterized by mutual trust, shared values, and a growing recognition of common interests in maintaining regional and global security. We increasingly find ourselves in agreement on strategic issues, including countering China’s aggression, promoting a free and open Indo-Pacific and addressing regional security challenges.';
  const indirect =
    'the India-US defence relationship has evolved into a strategic partnership and the two sides are in agreement on matters such as China’s aggression and a free and open Indo-Pacific';
  let store: QuoteStore;
  let engine: Search;
  beforeAll(() => {
    store = openStore(':memory:');
    const f = buildFixture({ paragraphs: [`Rajnath Singh said ${indirect}.`, `He said, “${direct}”`] }, [
      { text: indirect, speaker: 'Rajnath Singh', kind: 'indirect', confidence: 0.765 },
      { text: direct, speaker: 'Rajnath Singh' },
    ]);
    store.ingest(f.article, f.quotes);
    engine = createSearch(store);
  });
  afterAll(() => store.close());

  it('lists the verbatim words first when both match about equally', () => {
    for (const q of [search('free open indo pacfic'), whoSaid('free and open indo-pacific')]) {
      const answer = results(engine.run(q));
      expect(answer.hits.map((h) => h.quote.kind)).toEqual(['direct', 'indirect']);
    }
  });

  it('still lists reported speech first when it matches clearly better', () => {
    const answer = results(engine.run(search('evolved into a strategic partnership')));
    expect(answer.hits[0].quote.kind).toBe('indirect');
  });
});
