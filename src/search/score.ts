/**
 * How well one quote answers the query words, independent of the store's size and of other candidates, so
 * confidences are comparable across queries: the share of the query's words the quote holds (exactly,
 * corrected, by prefix or within an edit or two), whether they stand next to each other as typed, and
 * whether exact phrases appear intact. Also which characters of the quote to highlight.
 */
import { editDistance, words, wordSpans, type WordSpan } from '../store/text';
import type { QueryWord } from './queryWords';
import { wordWeight } from './queryWords';

export interface MatchQuality {
  /** 0–1 */
  score: number;
  coverage: number;
  adjacency: number;
  highlights: Array<[number, number]>;
}

const LEVEL = {
  exact: 1,
  corrected: 0.9,
  prefix: 0.8,
  oneEdit: 0.75,
  twoEdits: 0.65,
} as const;
/** Words found only in the speaker's name, aliases or role count a little less than words of the quote. */
const META_FACTOR = 0.9;
const TITLE_FACTOR = 0.7;
/** A pair typed next to each other that stands one word apart in the quote ("free [and] open"). */
const ONE_APART = 0.6;
const COVERAGE_SHARE = 0.7;
const PHRASE_FLOOR = 0.4;
const MIN_PREFIX = 4;

/** A token's match levels against the query words: pairs of (query word index, level > 0). */
type TokenMatches = ReadonlyArray<readonly [number, number]>;
const NO_MATCHES: TokenMatches = [];

/** Per-query cache of how well each distinct token seen matches the query's words. */
export class WordMatcher {
  private readonly cache = new Map<string, TokenMatches>();
  constructor(readonly qws: QueryWord[]) {}

  matches(token: string): TokenMatches {
    let m = this.cache.get(token);
    if (m === undefined) {
      const found: Array<readonly [number, number]> = [];
      this.qws.forEach((q, i) => {
        const level = matchLevel(q, token);
        if (level > 0) found.push([i, level]);
      });
      m = found.length ? found : NO_MATCHES;
      this.cache.set(token, m);
    }
    return m;
  }
}

function matchLevel(q: QueryWord, token: string): number {
  if (token === q.word) return LEVEL.exact;
  if (q.forms.includes(token)) return LEVEL.corrected;
  // Exact phrases and function words match only as typed.
  if (q.phrase !== undefined || q.common) return 0;
  if (q.word.length >= MIN_PREFIX && token.startsWith(q.word)) return LEVEL.prefix;
  // Words the index knows match exactly (or by prefix); only unknown, likely misspelt ones match loosely.
  if (q.forms.length === 1 && q.forms[0] === q.word) return 0;
  const limit = q.word.length <= 3 ? 0 : q.word.length <= 5 ? 1 : 2;
  if (limit === 0) return 0;
  const d = editDistance(q.word, token, limit);
  if (d > limit) return 0;
  return d === 1 ? LEVEL.oneEdit : LEVEL.twoEdits;
}

export interface ScoredFields {
  text: string;
  /** Speaker name, aliases and role. */
  meta: string;
  title: string | null;
}

/** Whether the words of an exact phrase appear in order and adjacent. */
function phraseFound(phrase: QueryWord[], tokens: string[]): number {
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (tokens[i + k] !== phrase[k].word) continue outer;
    return i;
  }
  return -1;
}

export function matchQuality(matcher: WordMatcher, fields: ScoredFields): MatchQuality {
  const qws = matcher.qws;
  const spans: WordSpan[] = wordSpans(fields.text);
  const tokens = spans.map((s) => s.word);
  const meta = words(fields.meta);
  const title = words(fields.title ?? '');

  const positions: number[][] = qws.map(() => []);
  const best = new Array<number>(qws.length).fill(0);
  const highlights: Array<[number, number]> = [];
  tokens.forEach((t, p) => {
    for (const [i, level] of matcher.matches(t)) {
      positions[i].push(p);
      if (level > best[i]) best[i] = level;
      if (!qws[i].common) highlights.push([spans[p].start, spans[p].end]);
    }
  });
  for (const [factor, fieldTokens] of [[META_FACTOR, meta], [TITLE_FACTOR, title]] as const) {
    for (const t of fieldTokens) {
      for (const [i, level] of matcher.matches(t)) best[i] = Math.max(best[i], level * factor);
    }
  }
  let weighted = 0;
  let totalWeight = 0;
  qws.forEach((q, i) => {
    weighted += wordWeight(q) * best[i];
    totalWeight += wordWeight(q);
  });
  const coverage = totalWeight > 0 ? weighted / totalWeight : 0;

  // Adjacency of the free words as typed.
  const free = qws.map((q, i) => ({ q, i })).filter(({ q }) => q.phrase === undefined);
  let pairScore = 0;
  for (let k = 0; k + 1 < free.length; k++) {
    const a = positions[free[k].i];
    const b = new Set(positions[free[k + 1].i]);
    if (a.some((p) => b.has(p + 1))) pairScore += 1;
    else if (a.some((p) => b.has(p + 2))) pairScore += ONE_APART;
  }
  const adjacency = free.length > 1 ? pairScore / (free.length - 1) : 1;
  let score = free.length > 1 ? COVERAGE_SHARE * coverage + (1 - COVERAGE_SHARE) * adjacency : coverage;

  const phraseIds = [...new Set(qws.filter((q) => q.phrase !== undefined).map((q) => q.phrase as number))];
  if (phraseIds.length > 0) {
    let found = 0;
    for (const id of phraseIds) {
      const phrase = qws.filter((q) => q.phrase === id);
      const at = phraseFound(phrase, tokens);
      if (at >= 0) {
        found++;
        highlights.push([spans[at].start, spans[at + phrase.length - 1].end]);
      }
    }
    score *= PHRASE_FLOOR + (1 - PHRASE_FLOOR) * (found / phraseIds.length);
  }
  return { score, coverage, adjacency, highlights: mergeRanges(highlights) };
}

/** Sorted, overlapping ranges merged. */
export function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
