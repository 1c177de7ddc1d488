/**
 * What a search costs the store: a ranking is reused for a repeated query and its next pages (until the
 * store changes), and the loosest candidate stage (any one of the words) runs only when the stricter
 * stages found no quote that answers.
 */
import { openStore, type QuoteStore, type CandidateQuery } from '../../src/store';
import { createSearch } from '../../src/search';
import type { ParsedQuery, SearchAnswer } from '../../src/search/types';
import { buildFixture } from '../helpers/quoteFixtures';

const search = (text: string): ParsedQuery => ({ type: 'search', text, phrases: [], filters: {} });

function results(answer: SearchAnswer) {
  if (answer.type !== 'results') throw new Error(`expected results, got ${answer.type}`);
  return answer;
}

/** A store whose FTS candidate lookups are recorded. */
function recordingStore(): { store: QuoteStore; matches: string[] } {
  const store = openStore(':memory:');
  const matches: string[] = [];
  const candidates = store.candidates.bind(store);
  store.candidates = (q: CandidateQuery) => {
    matches.push(q.match);
    return candidates(q);
  };
  return { store, matches };
}

const harbour = buildFixture(
  {
    paragraphs: [
      '“The harbour pilots rescued every one of the fishermen before dawn,” said Maria Lopez.',
      '“The harbour was quiet all week,” said Omar Haddad.',
      '“The storm hit the fishermen hardest,” said Omar Haddad.',
    ],
  },
  [
    { text: 'The harbour pilots rescued every one of the fishermen before dawn', speaker: 'Maria Lopez' },
    { text: 'The harbour was quiet all week', speaker: 'Omar Haddad' },
    { text: 'The storm hit the fishermen hardest', speaker: 'Omar Haddad' },
  ],
);

describe('search cost', () => {
  let store: QuoteStore;
  let matches: string[];
  beforeEach(() => {
    ({ store, matches } = recordingStore());
    store.ingest(harbour.article, harbour.quotes);
  });
  afterEach(() => store.close());

  it('skips the any-word stage once a quote holding the words answers', () => {
    const engine = createSearch(store);
    // Every word is in Maria Lopez's quote, though not in the order typed (so not a "strong" match).
    const answer = results(engine.run(search('fishermen pilots harbour')));
    expect(answer.noMatch).toBe(false);
    expect(answer.hits[0].quote.speaker.name).toBe('Maria Lopez');
    expect(matches.some((m) => /^"[a-z]+"( OR "[a-z]+")+$/.test(m))).toBe(false);
    // Quotes holding only one of the words are not listed after it.
    expect(answer.total).toBe(1);
  });

  it('still runs the any-word stage when no quote holds the words', () => {
    const engine = createSearch(store);
    const answer = results(engine.run(search('harbour storm')));
    expect(matches.some((m) => /^"[a-z]+"( OR "[a-z]+")+$/.test(m))).toBe(true);
    expect(answer.hits.length).toBeGreaterThan(0);
  });

  it('reuses a ranking for the same query and its next page, and ranks again after an ingest', () => {
    const engine = createSearch(store);
    const first = results(engine.run(search('harbour storm'), { limit: 5 }));
    const lookups = matches.length;
    expect(lookups).toBeGreaterThan(0);
    const again = results(engine.run(search('harbour storm'), { limit: 1, offset: 1 }));
    expect(matches.length).toBe(lookups);
    expect(again.hits[0].quote.id).toBe(first.hits[1].quote.id);
    expect(again.total).toBe(first.total);

    const later = buildFixture({ paragraphs: ['“The harbour storm was the worst in years,” said Lena Berg.'] }, [
      { text: 'The harbour storm was the worst in years', speaker: 'Lena Berg' },
    ]);
    store.ingest(later.article, later.quotes);
    const after = results(engine.run(search('harbour storm')));
    expect(matches.length).toBeGreaterThan(lookups);
    expect(after.hits[0].quote.speaker.name).toBe('Lena Berg');
  });
});
