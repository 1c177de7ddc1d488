/**
 * Bad input, generated: the query parser, the search over a seeded store (and the Slack and console
 * renderings of its real answers), and the article reader + extractor get thousands of generated inputs —
 * empty, 100 kB, control characters, NUL, lone surrogates, RTL marks, emoji, every mrkdwn and Fuse.js
 * extended-search operator, unbalanced quote marks, HTML, `<!channel>`. Each gives an answer or a clear
 * error; no exception escapes; every rendered message validates and pings or links no one.
 * (The renderers alone, fed made-up objects, are fuzzed in tests/slack/renderers/fuzz.test.ts.)
 */
import fc from 'fast-check';
import path from 'path';
import { ArticleError, listArticleFiles, parseArticle, readArticleFile } from '../../src/articles';
import { extractQuotes } from '../../src/extraction';
import { createSearch, type Search } from '../../src/search';
import { parseQuery } from '../../src/search/query';
import type { ParsedQuery, SearchAnswer } from '../../src/search/types';
import { renderAnswer } from '../../src/slack/renderers/answerMessage';
import { renderAnswerText } from '../../src/cli/renderText';
import { composeDigest } from '../../src/digest';
import { renderDigestPost, renderDigestPreview } from '../../src/slack/renderers/digest';
import { openStore, type QuoteStore } from '../../src/store';
import { messageProblems } from '../helpers/blockKit';
import { buildFixture, secondFixture, seedFixture } from '../helpers/quoteFixtures';
import { hasLiveMarkup } from '../slack/fixtures';
import { BIG, anyQueryText, hostileText, parsedTexts, piece } from './generators';

const SEARCHABLE = new Set<ParsedQuery['type']>(['search', 'whoSaid', 'bySpeaker', 'random', 'id']);

let store: QuoteStore;
let search: Search;
beforeAll(() => {
  store = openStore(':memory:');
  for (const file of listArticleFiles([path.resolve(__dirname, '../../data/articles')])) {
    const article = readArticleFile(file);
    store.ingest(article, extractQuotes(article));
  }
  for (const f of [seedFixture(), secondFixture(), hostileFixture()]) store.ingest(f.article, f.quotes);
  search = createSearch(store);
});
afterAll(() => store.close());

/** An article whose own text, speaker and title are hostile, so real answers carry hostile data too. */
function hostileFixture() {
  return buildFixture(
    {
      file: 'fixtures/<!channel>.txt',
      title: '<!channel> *Breaking* <https://evil.example|read>',
      source: '<@U999> & co',
      url: 'javascript:alert(1)',
      date: '2024-01-05',
      paragraphs: [
        '“Everyone <!channel> look <https://evil.example|here> now,” said <@U777>.',
        '“Emoji 😀 and \u202Eevil and `code`,” said Eve <b>Evil</b>.',
      ],
    },
    [
      { text: 'Everyone <!channel> look <https://evil.example|here> now', speaker: '<@U777>' },
      { text: 'Emoji 😀 and \u202Eevil and `code`', speaker: 'Eve <b>Evil</b>', role: '<!here> *role*' },
    ],
  );
}

function checkAnswer(answer: SearchAnswer, limit: number): void {
  expect(['results', 'ambiguousSpeaker', 'unknownSpeaker']).toContain(answer.type);
  if (answer.type === 'results') {
    expect(answer.hits.length).toBeLessThanOrEqual(limit);
    expect(answer.total).toBeGreaterThanOrEqual(0);
    for (const h of answer.hits) {
      expect(h.confidence).toBeGreaterThanOrEqual(0);
      expect(h.confidence).toBeLessThanOrEqual(1);
      for (const [s, e] of h.highlights) {
        expect(0 <= s && s <= e && e <= h.quote.text.length).toBe(true);
      }
    }
  }
}

function checkRendered(answer: SearchAnswer, queryText: string): void {
  for (const surface of ['ephemeral', 'public'] as const) {
    const message = renderAnswer(answer, { surface, state: { q: queryText, o: 0 } });
    expect(messageProblems(message)).toEqual([]);
    expect(hasLiveMarkup(parsedTexts(message))).toBe(false);
  }
  expect(typeof renderAnswerText(answer)).toBe('string');
}

describe('parseQuery under generated input', () => {
  it('always returns a typed query, and a friendly message when it cannot understand', () => {
    fc.assert(
      fc.property(anyQueryText, (text) => {
        const q = parseQuery(text);
        expect(q).toBeDefined();
        if (q.type === 'invalid') {
          expect(typeof q.message).toBe('string');
          expect(q.message.trim().length).toBeGreaterThan(0);
          expect(q.message.length).toBeLessThan(500);
        }
        if (q.type === 'search' || q.type === 'whoSaid' || q.type === 'bySpeaker') {
          for (const d of [q.filters.since, q.filters.until]) if (d !== undefined) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        // The parser is pure: same text, same answer.
        expect(parseQuery(text)).toEqual(q);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('search.run under generated input', () => {
  it('answers every parsed query from the store without throwing, and the Slack and console renderings hold', () => {
    fc.assert(
      fc.property(anyQueryText, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 30 }), (text, limit, offset) => {
        const q = parseQuery(text);
        if (!SEARCHABLE.has(q.type)) return;
        const answer = search.run(q, { limit, offset, random: () => 0.5 });
        checkAnswer(answer, limit);
        checkRendered(answer, text);
      }),
      { numRuns: 1500 },
    );
  });

  it('answers hand-built queries the parser would never produce (raw operators in every field)', () => {
    const filters = fc.record(
      {
        since: fc.constantFrom('2023-01-01', '0000-00-00', '9999-12-31'),
        until: fc.constantFrom('2023-12-31', '2023-02-30'),
        in: hostileText,
      },
      { requiredKeys: [] },
    );
    const query: fc.Arbitrary<ParsedQuery> = fc.oneof(
      fc.record({ type: fc.constant('search' as const), text: hostileText, phrases: fc.array(hostileText, { maxLength: 3 }), filters }),
      fc.record({ type: fc.constant('whoSaid' as const), text: hostileText, phrases: fc.array(hostileText, { maxLength: 3 }), filters }),
      fc.record({
        type: fc.constant('bySpeaker' as const),
        speaker: hostileText,
        text: hostileText,
        phrases: fc.array(hostileText, { maxLength: 3 }),
        filters,
      }),
      fc.record({ type: fc.constant('random' as const), speaker: fc.option(hostileText, { nil: undefined }), filters }),
      fc.record({ type: fc.constant('id' as const), id: hostileText }),
    );
    fc.assert(
      fc.property(query, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (q, r) => {
        const answer = search.run(q, { limit: 3, random: () => r });
        checkAnswer(answer, 3);
        checkRendered(answer, 'query');
      }),
      { numRuns: 800 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Articles

const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '「', '」'];
const WORDS = ['said', 'says', 'according to', 'told', 'the minister', 'Rajnath Singh', 'He', 'she', 'officials', 'NEW DELHI:', 'added:', ',', '.', '—'];

/** Article-shaped text: paragraphs of words, names, speech verbs, quote marks (balanced or not) and hostile pieces. */
const articleText = fc
  .array(
    fc.array(fc.oneof(fc.constantFrom(...QUOTE_MARKS), fc.constantFrom(...WORDS), piece, fc.lorem({ maxCount: 3 })), { maxLength: 40 }),
    { maxLength: 8 },
  )
  .map((paragraphs) => paragraphs.map((p) => p.join(' ')).join('\n\n'));

const frontMatter = fc
  .tuple(fc.constantFrom('---\n', '---\r\n', '--- \n', ''), hostileText, fc.constantFrom('\n---\n', '\n---', '\n', ''))
  .map(([open, body, close]) => `${open}title: ${body}\ndate: ${body}${close}`);

const rawArticle = fc.oneof(
  { weight: 6, arbitrary: articleText },
  { weight: 2, arbitrary: fc.tuple(frontMatter, articleText).map(([fm, t]) => fm + t) },
  { weight: 2, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 500 }) },
);

/** An Article or an ArticleError naming the file; quotes whose offsets and paragraphs are inside the article. */
function checkArticle(raw: string, file: string): void {
  let article;
  try {
    article = parseArticle(raw, file);
  } catch (e) {
    expect(e).toBeInstanceOf(ArticleError);
    expect((e as Error).message).toContain(file);
    return;
  }
  expect(article.paragraphs.length).toBeGreaterThan(0);
  for (const p of article.paragraphs) expect(article.raw.slice(p.start, p.end)).toBe(p.text);
  const quotes = extractQuotes(article);
  const ids = new Set<string>();
  for (const q of quotes) {
    expect(0 <= q.start && q.start <= q.end && q.end <= article.raw.length).toBe(true);
    expect(q.paragraph >= 0 && q.paragraph < article.paragraphs.length).toBe(true);
    expect(q.confidence >= 0 && q.confidence <= 1).toBe(true);
    expect(typeof q.speaker.name).toBe('string');
    expect(['person', 'organization', 'unknown']).toContain(q.speaker.type);
    expect(ids.has(q.id)).toBe(false);
    ids.add(q.id);
  }
  // Extraction is pure: same article, same quotes.
  expect(extractQuotes(article)).toEqual(quotes);
}

describe('parseArticle + extractQuotes under generated input', () => {
  it('either read an article with in-bounds quotes or throw an ArticleError naming the file', () => {
    fc.assert(
      fc.property(rawArticle, (raw) => checkArticle(raw, 'fuzz/<!channel> article.txt')),
      { numRuns: 1500 },
    );
  });

  it('survive 100 kB inputs: one hostile piece repeated, unbalanced marks, a long article of attributed quotes', () => {
    const longArticle = '“Our teams are working on substantive outcomes,” said Rajnath Singh.\n\n'.repeat(1_400);
    // 7,000 one-letter quotes in 7,000 paragraphs: took 9 s before sentence lookup became a binary search.
    const manyQuotes = '“a” said B.\n\n'.repeat(7_000);
    for (const raw of [...BIG, '“'.repeat(100_000), '„'.repeat(50_000) + '”'.repeat(50_000), longArticle, manyQuotes, '---\n' + 'title: x\n'.repeat(10_000)]) {
      checkArticle(raw, 'fuzz/big.txt');
    }
  });
});

describe('the digest under generated archive content', () => {
  it('composes and renders a post and a preview that validate and ping no one, whatever the articles hold', () => {
    const spec = fc.record({
      title: hostileText,
      source: hostileText,
      url: fc.oneof(hostileText, fc.constantFrom('https://example.com/a', 'javascript:alert(1)', '<https://evil|x>')),
      quotes: fc.array(fc.record({ text: hostileText, speaker: hostileText, role: fc.option(hostileText, { nil: null }) }), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 4 }), (articles) => {
        const archive = openStore(':memory:', { now: () => new Date('2024-03-01T08:00:00Z') });
        articles.forEach((a, i) => {
          // Each quote its own paragraph, located by a marker so any text (even empty) has real offsets.
          const paragraphs = a.quotes.map((q, k) => `Q${i}-${k}: ${q.text}`);
          const f = buildFixture(
            { file: `fuzz/${i}.txt`, title: a.title, source: a.source, url: a.url, date: '2024-02-29', paragraphs },
            a.quotes.map((q, k) => ({ text: `Q${i}-${k}: ${q.text}`, speaker: q.speaker || 'unknown', role: q.role, type: q.speaker ? 'person' : 'unknown' })),
          );
          archive.ingest(f.article, f.quotes);
        });
        const content = composeDigest(archive, { channelId: 'C0FUZZ', timeZone: 'Europe/London' }, '2024-03-01', new Date('2024-03-01T09:00:00Z'));
        // The hostile articles do reach the digest: it lists them and picks one of their quotes.
        expect(content.newArticles.length).toBeGreaterThan(0);
        expect(content.quoteOfTheDay).not.toBeNull();
        for (const message of [renderDigestPost(content), renderDigestPreview(content)]) {
          expect(messageProblems(message)).toEqual([]);
          expect(hasLiveMarkup(parsedTexts(message))).toBe(false);
        }
        archive.close();
      }),
      { numRuns: 150 },
    );
  });
});
