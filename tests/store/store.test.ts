import path from 'node:path';
import { openStore, type QuoteStore } from '../../src/store';
import { SCHEMA_VERSION } from '../../src/store/schema';
import { seedFixture, secondFixture, buildFixture } from '../helpers/quoteFixtures';
import { tempDir } from '../helpers/tempDir';

const fixedClock = (iso: string) => () => new Date(iso);

function tmpDir(): string {
  return tempDir('store');
}

describe('openStore / ingest', () => {
  let store: QuoteStore;
  beforeEach(() => {
    store = openStore(':memory:', { now: fixedClock('2026-01-02T03:04:05.000Z') });
  });
  afterEach(() => store.close());

  it('stores an article and its quotes in one go, and ingesting it again adds nothing', () => {
    const { article, quotes } = seedFixture();
    expect(store.ingest(article, quotes)).toEqual({ articleId: article.id, added: true, quotesAdded: 5 });
    expect(store.ingest(article, quotes)).toEqual({ articleId: article.id, added: false, quotesAdded: 0 });
    expect(store.quoteIds()).toHaveLength(5);
    expect(store.stats().articles).toBe(1);
  });

  it('returns a stored quote by full id and by case-insensitive short id, with its article and context', () => {
    const { article, quotes } = seedFixture();
    store.ingest(article, quotes);
    const byId = store.getQuote(quotes[1].id)!;
    expect(byId.text).toBe('Our teams are working on substantive outcomes');
    expect(byId.speaker.name).toBe('Rajnath Singh');
    expect(byId.shortId).toMatch(/^Q-[0-9a-f]{4,}$/);
    expect(byId.context).toContain('said Rajnath');
    expect(byId.article).toMatchObject({ title: 'India-US defence ties', date: '2023-11-11', source: 'Express News Service', quoteCount: 5 });
    expect(byId.article.addedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(store.getQuote(byId.shortId.toLowerCase())?.id).toBe(byId.id);
    expect(store.getQuote(byId.shortId.toUpperCase())?.id).toBe(byId.id);
    expect(store.getQuote('Q-zzzz')).toBeNull();
    expect(store.getQuote('nope')).toBeNull();
  });

  it('gives every quote a distinct short id even when their 4-character prefixes collide', () => {
    // 700 quotes in 65,536 four-hex-digit ids: a few collide (birthday bound; these fixed ids do), lengthening resolves them.
    const paragraphs = Array.from({ length: 700 }, (_, i) => `“Statement number ${i} is here,” said Person ${i}.`);
    const { article, quotes } = buildFixture(
      { paragraphs },
      paragraphs.map((_, i) => ({ text: `Statement number ${i} is here`, speaker: `Person ${i}` })),
    );
    store.ingest(article, quotes);
    const shortIds = quotes.map((q) => store.getQuote(q.id)!.shortId);
    expect(new Set(shortIds).size).toBe(quotes.length);
    expect(shortIds.some((s) => s.length > 6)).toBe(true);
    for (const q of quotes) expect(store.getQuote(store.getQuote(q.id)!.shortId)!.id).toBe(q.id);
  });

  it('merges the same person across articles into one speaker, counting all their quotes', () => {
    const seed = seedFixture();
    const second = secondFixture();
    store.ingest(seed.article, seed.quotes);
    store.ingest(second.article, second.quotes);
    const speakers = store.speakers();
    const rajnath = speakers.filter((s) => s.name === 'Rajnath Singh');
    expect(rajnath).toHaveLength(1);
    expect(rajnath[0].quoteCount).toBe(4);
    expect(rajnath[0].role).toBe('Defence Minister');
    expect(rajnath[0].aliases).toEqual(expect.arrayContaining(['Rajanth Singh', 'Rajnath']));
    // The unnamed official is not a speaker row; Harpreet Singh is a different person.
    expect(speakers.map((s) => s.name).sort()).toEqual(['Harpreet Singh', 'Ministry of Defence', 'Rajnath Singh']);
    const stats = store.stats();
    expect(stats).toMatchObject({ articles: 2, quotes: 8, speakers: 3 });
    expect(stats.topSpeakers[0]).toEqual({ name: 'Rajnath Singh', role: 'Defence Minister', quoteCount: 4 });
  });

  it('merges a speaker named by a full-name alias of an existing speaker', () => {
    const seed = seedFixture();
    store.ingest(seed.article, seed.quotes);
    const other = buildFixture({ paragraphs: ['“We stand firm,” Rajanth Singh said.'] }, [
      { text: 'We stand firm', speaker: 'Rajanth Singh' },
    ]);
    store.ingest(other.article, other.quotes);
    expect(store.speakers().filter((s) => /singh/i.test(s.name))).toHaveLength(1);
  });

  it('lists articles newest first, articles added since a time, and the quotes of an article in text order', () => {
    let clock = '2026-01-01T00:00:00.000Z';
    const s = openStore(':memory:', { now: () => new Date(clock) });
    const seed = seedFixture();
    const second = secondFixture();
    s.ingest(seed.article, seed.quotes);
    clock = '2026-01-05T00:00:00.000Z';
    s.ingest(second.article, second.quotes);
    expect(s.listArticles().map((a) => a.date)).toEqual(['2023-12-02', '2023-11-11']);
    expect(s.articlesAddedSince('2026-01-02T00:00:00.000Z').map((a) => a.id)).toEqual([second.article.id]);
    expect(s.quotesOfArticle(seed.article.id).map((q) => q.start)).toEqual([...seed.quotes.map((q) => q.start)].sort((a, b) => a - b));
    s.close();
  });

  it('does not store an article at all when one of its quotes cannot be stored (one transaction)', () => {
    const { article, quotes } = seedFixture();
    const broken = [...quotes, { ...quotes[0], id: 'broken', text: null as unknown as string }];
    expect(() => store.ingest(article, broken)).toThrow();
    expect(store.stats()).toMatchObject({ articles: 0, quotes: 0, speakers: 0 });
    expect(store.ingest(article, quotes).added).toBe(true);
  });

  it('ingests a batch in one transaction, keeping the good articles when one fails', () => {
    const seed = seedFixture();
    const second = secondFixture();
    const broken = { ...second.quotes[0], id: 'broken', text: null as unknown as string };
    const results = store.ingestBatch([seed, { article: second.article, quotes: [...second.quotes, broken] }, seed]);
    expect(results[0]).toEqual({ articleId: seed.article.id, added: true, quotesAdded: 5 });
    expect(results[1]).toMatchObject({ articleId: second.article.id, error: expect.any(String) });
    expect(results[2]).toEqual({ articleId: seed.article.id, added: false, quotesAdded: 0 });
    expect(store.stats()).toMatchObject({ articles: 1, quotes: 5 });
    store.optimizeIndex();
    expect(store.candidates({ match: '"substantive"', limit: 5 })).toHaveLength(1);
  });

  it('changes its generation only when something was added', () => {
    const { article, quotes } = seedFixture();
    const g0 = store.generation;
    store.ingest(article, quotes);
    const g1 = store.generation;
    store.ingest(article, quotes);
    expect(g1).toBeGreaterThan(g0);
    expect(store.generation).toBe(g1);
  });
});

describe('store files', () => {
  it('uses WAL, records the schema version, and reopens without re-creating anything', () => {
    const dir = tmpDir();
    const file = path.join(dir, 'q.db');
    const s1 = openStore(file);
    expect(s1.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(s1.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const { article, quotes } = seedFixture();
    s1.ingest(article, quotes);
    s1.close();
    const s2 = openStore(file);
    expect(s2.quoteIds()).toHaveLength(5);
    s2.close();
  });

  it('opens a read-only copy that still answers reads and refuses to ingest', () => {
    const dir = tmpDir();
    const file = path.join(dir, 'q.db');
    const s1 = openStore(file);
    const { article, quotes } = seedFixture();
    s1.ingest(article, quotes);
    s1.close();
    const ro = openStore(file, { readonly: true });
    expect(ro.readonly).toBe(true);
    expect(ro.quoteIds()).toHaveLength(5);
    expect(() => ro.ingest(secondFixture().article, [])).toThrow(/read-only/);
    ro.close();
  });

  it('backs up online to a new file and refuses to overwrite an existing one', async () => {
    const dir = tmpDir();
    const s = openStore(path.join(dir, 'q.db'));
    const { article, quotes } = seedFixture();
    s.ingest(article, quotes);
    const dest = path.join(dir, 'backup.db');
    await s.backup(dest);
    await expect(s.backup(dest)).rejects.toThrow(/already exists/);
    s.close();
    const copy = openStore(dest, { readonly: true });
    expect(copy.quoteIds()).toHaveLength(5);
    copy.close();
  });

  it('refuses a store written by a newer schema instead of damaging it', () => {
    const dir = tmpDir();
    const file = path.join(dir, 'q.db');
    const s = openStore(file);
    s.db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    s.close();
    expect(() => openStore(file)).toThrow(/newer Quotebot/);
  });
});
