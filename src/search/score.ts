/**
 * How well one quote answers the query words, independent of the store's size and of other candidates, so
 * confidences are comparable across queries: the share of the query's words the quote holds (exactly,
 * corrected, by prefix or within an edit or two), whether they stand next to each other as typed, and
 * whether exact phrases appear intact. Also which characters of the quote to highlight.
 */
import { editDistance } from '../extraction/editDistance';
import { tokenSpans, words } from '../store/text';
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
  private readonly rows = new Map<number, MatchQuality>();
  constructor(readonly qws: QueryWord[]) {}

  /** The match quality of a candidate, computed once per query (the plan's stages see rows again). */
  quality(row: RowLike & { rowid: number }): MatchQuality {
    let q = this.rows.get(row.rowid);
    if (!q) {
      q = matchQuality(this, scoredFields(row));
      this.rows.set(row.rowid, q);
    }
    return q;
  }

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
  const spans = tokenSpans(fields.text);
  const tokens = spans.words;
  const meta = words(fields.meta);
  const title = words(fields.title ?? '');

  const positions: number[][] = qws.map(() => []);
  const best = new Array<number>(qws.length).fill(0);
  const highlights: Array<[number, number]> = [];
  tokens.forEach((t, p) => {
    for (const [i, level] of matcher.matches(t)) {
      positions[i].push(p);
      if (level > best[i]) best[i] = level;
      if (!qws[i].common) highlights.push([spans.starts[p], spans.ends[p]]);
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

  const free = qws.map((q, i) => ({ q, i })).filter(({ q }) => q.phrase === undefined);
  const adjacency = free.length > 1 ? longestChain(free.map(({ i }) => positions[i])) / (free.length - 1) : 1;
  let score = free.length > 1 ? COVERAGE_SHARE * coverage + (1 - COVERAGE_SHARE) * adjacency : coverage;

  const phraseIds = [...new Set(qws.filter((q) => q.phrase !== undefined).map((q) => q.phrase as number))];
  if (phraseIds.length > 0) {
    let found = 0;
    for (const id of phraseIds) {
      const phrase = qws.filter((q) => q.phrase === id);
      const at = phraseFound(phrase, tokens);
      if (at >= 0) {
        found++;
        highlights.push([spans.starts[at], spans.ends[at + phrase.length - 1]]);
      }
    }
    score *= PHRASE_FLOOR + (1 - PHRASE_FLOOR) * (found / phraseIds.length);
  }
  return { score, coverage, adjacency, highlights: mergeRanges(highlights) };
}

/**
 * Adjacency of the query's words as typed, along ONE stretch of the quote: the best sum of pair scores
 * over a chain of consecutive query words found next to each other (1) or one word apart (ONE_APART).
 * "and they pushed noosa" scores 3 where all four stand together, 2 where "and they" and
 * "they pushed noosa" are two different places.
 */
function longestChain(positions: number[][]): number {
  let prev = new Map<number, number>(positions[0].map((p) => [p, 0]));
  let best = 0;
  for (let k = 1; k < positions.length; k++) {
    const cur = new Map<number, number>();
    for (const p of positions[k]) {
      const next = prev.get(p - 1);
      const apart = prev.get(p - 2);
      const v = Math.max(next === undefined ? 0 : next + 1, apart === undefined ? 0 : apart + ONE_APART);
      cur.set(p, v);
      if (v > best) best = v;
    }
    // A word missing from the quote breaks no chain of the others: carry the scores across it.
    if (positions[k].length === 0) for (const [p, v] of prev) cur.set(p + 1, v);
    prev = cur;
  }
  return best;
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

interface RowLike {
  text: string;
  speaker: { name: string; aliases: string[]; role: string | null };
  title: string | null;
}

/** The fields of a candidate that the match quality reads. */
export function scoredFields(row: RowLike): ScoredFields {
  return { text: row.text, meta: [row.speaker.name, ...row.speaker.aliases, row.speaker.role ?? ''].join(' | '), title: row.title };
}

/** The best match quality among rows, to decide whether to look further. */
export function bestQuality(matcher: WordMatcher, rows: Array<RowLike & { rowid: number }>): number {
  let best = 0;
  for (const row of rows) best = Math.max(best, matcher.quality(row).score);
  return best;
}
