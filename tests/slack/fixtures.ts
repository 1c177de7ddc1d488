/** Hand-made domain objects for the Slack renderer tests (no store, no extractor needed). */
import type { StoredArticle, StoredQuote } from '../../src/types';
import type { SearchAnswer, SearchHit } from '../../src/search/types';
import type { CatalogStats } from '../../src/slack/renderers/catalog';

export function makeArticle(over: Partial<StoredArticle> = {}): StoredArticle {
  return {
    id: 'a1b2c3',
    file: 'data/articles/article-2023-11-11-india-us-defence.txt',
    title: 'India, US to deepen defence ties',
    date: '2023-11-11',
    source: 'Express News Service',
    author: 'Mayank Singh',
    url: 'https://example.com/india-us-defence',
    quoteCount: 5,
    addedAt: '2023-11-12T08:00:00.000Z',
    ...over,
  };
}

export function makeQuote(over: Partial<StoredQuote> = {}): StoredQuote {
  return {
    id: 'q-0123456789abcdef',
    shortId: 'Q-3f9a',
    text: 'We are committed to a free, open and rules-bound Indo-Pacific.',
    speaker: { name: 'Rajnath Singh', role: 'Defence Minister', type: 'person', aliases: ['Rajnath'] },
    kind: 'direct',
    paragraph: 2,
    start: 100,
    end: 160,
    cue: 'said',
    confidence: 0.95,
    articleId: 'a1b2c3',
    article: makeArticle(),
    context: 'Rajnath Singh said: "We are committed to a free, open and rules-bound Indo-Pacific." The talks went on.',
    ...over,
  };
}

export function hit(quote: StoredQuote, confidence = 0.9): SearchHit {
  return { quote, confidence, highlights: [] };
}

export function results(over: Partial<Extract<SearchAnswer, { type: 'results' }>> = {}): SearchAnswer {
  return {
    type: 'results',
    query: { type: 'search', text: 'indo-pacific', phrases: [], filters: {} },
    hits: [hit(makeQuote())],
    total: 3,
    offset: 0,
    limit: 1,
    noMatch: false,
    suggestions: [],
    ...over,
  };
}

export function makeStats(over: Partial<CatalogStats> = {}): CatalogStats {
  return {
    articles: 1,
    quotes: 5,
    speakers: 2,
    topSpeakers: [
      { name: 'Rajnath Singh', role: 'Defence Minister', quoteCount: 4 },
      { name: 'Ministry of Defence', role: null, quoteCount: 1 },
    ],
    latestArticles: [makeArticle()],
    ...over,
  };
}

/** Text that would ping or link someone if it reached Slack unescaped. */
export const HOSTILE = 'Hi <!channel> <@U123ABC> <https://evil.example|click me> & <#C123>';

/** Every text field of a Block Kit structure, to check no raw `<` from user text slipped through. */
export function allTexts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => allTexts(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'text' && typeof v === 'string') out.push(v);
      else allTexts(v, out);
    }
  }
  return out;
}

/** True when some rendered text would make Slack ping or link: a raw `<!`, `<@`, `<#` or `<http`. */
export function hasLiveMarkup(texts: string[]): boolean {
  return texts.some((t) => /<[!@#]|<https?:/.test(t));
}
