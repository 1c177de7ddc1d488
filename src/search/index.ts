/**
 * The search engine: ParsedQuery → SearchAnswer over a QuoteStore.
 *
 * Text searches run in two steps. A cheap, phrase-aware candidate stage asks the store's FTS5 index for
 * quotes holding the query's words (misspelt words first corrected against the index vocabulary, common
 * words skipped, strict expressions before loose ones, see plan.ts); then up to 150 candidates are ranked
 * by a word-match quality (score.ts) that yields a confidence comparable across queries, and the best of
 * them re-ranked with Fuse.js's score blended in (ranking.ts). bench/results.md has the measurements
 * behind these numbers. Nothing here knows about Slack.
 */
import type { QuoteStore, CandidateRow, SpeakerRecord } from '../store';
import type { StoredQuote } from '../types';
import type { ParsedQuery, QueryFilters, SearchAnswer, SearchHit, SearchOptions, SpeakerCandidate } from './types';
import { Vocabulary } from './vocabulary';
import { SpeakerDirectory, toCandidate, type SpeakerResolution } from './speakers';
import { speakerReadings, type SpeakerReading } from './query';
import { queryWords, contentWords, type QueryWord } from './queryWords';
import { candidatePlan } from './plan';
import { rankCandidates } from './ranking';
import { WordMatcher, bestQuality } from './score';

export interface Search {
  run(query: ParsedQuery, options?: SearchOptions): SearchAnswer;
}

export type SearchableQuery = Extract<ParsedQuery, { type: 'search' | 'whoSaid' | 'bySpeaker' | 'random' | 'id' }>;

/** The engine's tunables, in one place. */
export const TUNING = {
  defaultLimit: 5,
  /** Candidates handed to the final ranking. */
  candidates: 150,
  minPerExpression: 20,
  /** Stop loosening the candidate plan once a candidate matches this well (see score.ts)… */
  strongMatch: 0.9,
  /** …or once this many candidates are pooled. */
  enoughCandidates: 20,
  /**
   * Skip the plan's loosest stage (any one of the rarest words) once the pool holds a candidate this good:
   * the quality of a quote holding every query word, however far apart (score.ts: 0.7 of the score is
   * coverage). Over the 1,606 text queries of the load mix at 100k quotes: the same first answer and
   * noMatch for every query, search mean 5.2 → 3.1 ms (docs/reliability.md §6).
   */
  answeredBeforeLoosest: 0.7,
  /** Below this a search result is not called an answer. */
  answerThreshold: 0.55,
  /** "Who said" names a speaker, so it must be surer. */
  whoSaidThreshold: 0.62,
  /** "Who said" is ambiguous when another speaker's quote matches within this of the best. */
  whoSaidMargin: 0.03,
  /** Results below this are not listed at all (unless there is no answer: then the closest few are). */
  relevanceFloor: 0.3,
  closestWhenNoMatch: 3,
  /**
   * Reported speech is a journalist's paraphrase; a newsroom cites verbatim words. An indirect quote's
   * score is multiplied by this, so it yields to a direct quote that matches about as well (within ~3%)
   * but still comes first when it matches clearly better.
   */
  reportedSpeechFactor: 0.97,
  /**
   * `by <words>` without a separator is read as a name of at most this many words, then the quote's words:
   * no one is named in more, and each reading tried costs a speaker lookup (a pasted paragraph after "by"
   * must not cost hundreds).
   */
  maxNameWords: 6,
  /**
   * Ranked lists remembered per store generation (query words, mode, speaker, filters → ranking). A text
   * search costs ~1–6 ms of CPU; paging (`next`, the result buttons) and a question asked again cost
   * ~0.06 ms from here. Each list is at most `candidates` entries (~300 bytes each): ≈ 20 MB at most.
   */
  rankingCacheSize: 500,
} as const;

interface Snapshot {
  generation: number;
  vocabulary: Vocabulary;
  speakers: SpeakerDirectory;
  /** Rankings of text searches against this generation, least recently used first. */
  rankings: Map<string, Ranked[]>;
}

type TextMode = 'search' | 'whoSaid' | 'bySpeaker';

interface Ranked {
  rowid: number;
  /** The speaker's merged id, or their name as the article gives it when not merged. */
  speaker: string;
  speakerName: string;
  confidence: number;
  highlights: Array<[number, number]>;
}

/** How sure "X said it" is, given how well the quote matched and how sure its attribution is. */
function whoSaidConfidence(match: number, row: CandidateRow): number {
  if (row.speaker.type === 'unknown' || row.speakerId === null) return match * 0.6;
  return match * (0.6 + 0.4 * Math.max(0, Math.min(1, row.attribution)));
}

/**
 * Other speakers whose quotes match about as well as the best one: then "who said it" has no single
 * answer, and naming the first would be a guess.
 */
function rivalSpeakers(ranked: Ranked[]): string[] {
  const top = ranked[0];
  if (!top) return [];
  const names = new Set<string>();
  const seen = new Set<string>([top.speaker]);
  for (const r of ranked.slice(1)) {
    if (r.confidence < top.confidence - TUNING.whoSaidMargin) break;
    if (!seen.has(r.speaker)) {
      seen.add(r.speaker);
      names.add(r.speakerName);
    }
  }
  return [...names];
}

function hasFilters(f: QueryFilters): boolean {
  return Boolean(f.since || f.until || f.in);
}

export function createSearch(store: QuoteStore): Search {
  let snapshot: Snapshot | null = null;

  /** Vocabulary and speakers, rebuilt only when the store has changed since they were read. */
  function current(): Snapshot {
    if (!snapshot || snapshot.generation !== store.generation) {
      snapshot = {
        generation: store.generation,
        vocabulary: new Vocabulary(store.terms(), store.quoteCount()),
        speakers: new SpeakerDirectory(store.speakers()),
        rankings: new Map(),
      };
    }
    return snapshot;
  }

  /**
   * Candidates for the query words: the plan's stages from strict to loose, stopping when enough are pooled
   * or when the strict stages already found a quote holding the query's words as typed (looser stages
   * could only add worse ones), and before the loosest stage when one already answers well.
   */
  function candidates(qws: QueryWord[], matcher: WordMatcher, filters: QueryFilters, speakerId: number | undefined, snap: Snapshot): CandidateRow[] {
    const pool = new Map<number, CandidateRow>();
    const stages = candidatePlan(qws, snap.vocabulary);
    for (const [index, stage] of stages.entries()) {
      // A stage of several expressions shares the budget, so the pool stays a few hundred at most.
      const limit = Math.max(TUNING.minPerExpression, Math.ceil(TUNING.candidates / stage.length));
      const fresh = new Set<number>();
      for (const match of stage) {
        for (const rowid of store.candidates({ match, filters, speakerId, limit })) {
          if (!pool.has(rowid) && pool.size + fresh.size < TUNING.candidates) fresh.add(rowid);
        }
      }
      const rows = store.candidateRows([...fresh]);
      for (const row of rows) pool.set(row.rowid, row);
      if (pool.size >= TUNING.enoughCandidates || index === stages.length - 1) break;
      if (rows.length > 0 && bestQuality(matcher, rows) >= TUNING.strongMatch) break;
      // The loosest stage (any one of the rarest words) only finds quotes missing some of the words; it
      // costs the most (a wide OR and up to `candidates` rows to rank) and is skipped once one answers.
      if (index + 2 === stages.length && bestQuality(matcher, [...pool.values()]) >= TUNING.answeredBeforeLoosest) break;
    }
    return [...pool.values()];
  }

  /**
   * The ranking of a text search, from this generation's cache when the same words (as the vocabulary
   * read them), mode, speaker and filters were ranked before. The ranking depends on nothing else, and a
   * new generation (an ingest, here or by another process) starts an empty cache.
   */
  function rankTextCached(qws: QueryWord[], filters: QueryFilters, speakerId: number | undefined, mode: TextMode, snap: Snapshot): Ranked[] {
    const key = JSON.stringify([mode, speakerId ?? null, filters, qws]);
    const cached = snap.rankings.get(key);
    if (cached) {
      snap.rankings.delete(key); // re-inserted below: most recently used last
      snap.rankings.set(key, cached);
      return cached;
    }
    const ranked = rankText(qws, filters, speakerId, mode, snap);
    if (snap.rankings.size >= TUNING.rankingCacheSize) snap.rankings.delete(snap.rankings.keys().next().value as string);
    snap.rankings.set(key, ranked);
    return ranked;
  }

  function rankText(qws: QueryWord[], filters: QueryFilters, speakerId: number | undefined, mode: TextMode, snap: Snapshot): Ranked[] {
    const matcher = new WordMatcher(qws);
    const rows = candidates(qws, matcher, filters, speakerId, snap);
    // Fuse.js's cost grows with the pattern's length: give it the words that discriminate, corrected.
    const pattern = contentWords(qws).map((w) => w.forms[0] ?? w.word).join(' ');
    const ranked = rankCandidates(rows, pattern, matcher).map((r) => ({
      rowid: r.row.rowid,
      speaker: r.row.speakerId === null ? `name:${r.row.speaker.name}` : `id:${r.row.speakerId}`,
      speakerName: r.row.speaker.name,
      confidence: (mode === 'whoSaid' ? whoSaidConfidence(r.score, r.row) : r.score) * (r.row.kind === 'indirect' ? TUNING.reportedSpeechFactor : 1),
      highlights: r.highlights,
    }));
    return ranked.sort((a, b) => b.confidence - a.confidence || a.rowid - b.rowid);
  }

  /** The full quotes of one page of ranked results (a page is a handful: one lookup each). */
  function hitsOf(ranked: Ranked[]): SearchHit[] {
    return ranked.flatMap((r) => store.quotesByRowid([r.rowid]).map((quote) => ({ quote, confidence: round(r.confidence), highlights: r.highlights })));
  }

  function noMatchSuggestions(qws: QueryWord[], filters: QueryFilters, text: string, speakers: SpeakerDirectory): string[] {
    const out: string[] = [];
    const asSpeaker = speakers.resolve(text);
    if (asSpeaker.kind === 'resolved') out.push(`Did you mean quotes by ${asSpeaker.speaker.name}? Try "by ${asSpeaker.speaker.name}".`);
    else if (asSpeaker.kind === 'ambiguous') out.push(`Did you mean quotes by ${asSpeaker.candidates.map((c) => c.name).join(' or ')}?`);
    for (const w of qws.filter((q) => q.forms.length === 0 && !q.common).slice(0, 2)) out.push(`No quote contains "${w.word}".`);
    for (const w of qws.filter((q) => q.corrected).slice(0, 2)) out.push(`Searched for "${w.forms[0]}" instead of "${w.word}".`);
    if (contentWords(qws).length > 3) out.push('Try fewer words.');
    if (hasFilters(filters)) out.push('Try without the since:, until: or in: filters.');
    if (out.length === 0) out.push('Try other words, or "random" for a surprise.');
    return out;
  }

  function textAnswer(
    query: SearchableQuery,
    text: string,
    phrases: string[],
    filters: QueryFilters,
    mode: TextMode,
    options: { offset: number; limit: number },
    speaker?: SpeakerResolution & { kind: 'resolved' },
  ): SearchAnswer {
    const snap = current();
    const { vocabulary, speakers } = snap;
    const qws = queryWords(text, phrases, vocabulary);
    const ranked = qws.length ? rankTextCached(qws, filters, speaker?.speaker.id, mode, snap) : [];
    const threshold = mode === 'whoSaid' ? TUNING.whoSaidThreshold : TUNING.answerThreshold;
    const rivals = mode === 'whoSaid' ? rivalSpeakers(ranked) : [];
    const noMatch = !(ranked[0]?.confidence >= threshold) || rivals.length > 0;
    const listed = noMatch ? ranked.slice(0, TUNING.closestWhenNoMatch) : ranked.filter((r) => r.confidence >= TUNING.relevanceFloor);
    const suggestions = !noMatch
      ? []
      : rivals.length > 0
        ? [`Several speakers said nearly these words (${[ranked[0].speakerName, ...rivals].join(', ')}); add more words of the quote to tell them apart.`]
      : qws.length === 0
        ? ['Type a few words of the quote, or "help" for examples.']
        : speaker
          ? [`No quote by ${speaker.speaker.name} matches those words; "by ${speaker.speaker.name}" alone lists them all.`, ...noMatchSuggestions(qws, filters, '', speakers).filter((s) => !s.startsWith('Did you mean'))]
          : noMatchSuggestions(qws, filters, [text, ...phrases].join(' '), speakers);
    return {
      type: 'results',
      query,
      hits: hitsOf(listed.slice(options.offset, options.offset + options.limit)),
      total: listed.length,
      offset: options.offset,
      limit: options.limit,
      noMatch,
      suggestions,
      ...(speaker ? { speaker: toCandidate(speaker.speaker) } : {}),
    };
  }

  /** The speaker a name resolves to, or the answer to give when it does not resolve to exactly one. */
  function resolveSpeaker(query: SearchableQuery, asked: string): (SpeakerResolution & { kind: 'resolved' }) | SearchAnswer {
    const resolution = current().speakers.resolve(asked);
    if (resolution.kind === 'ambiguous') return { type: 'ambiguousSpeaker', query, asked, candidates: resolution.candidates.map(toCandidate) };
    if (resolution.kind === 'unknown') return { type: 'unknownSpeaker', query, asked, suggestions: resolution.suggestions.map(toCandidate) };
    return resolution;
  }

  type Resolved = SpeakerResolution & { kind: 'resolved' };
  type Page = { offset: number; limit: number };
  type BySpeakerQuery = Extract<ParsedQuery, { type: 'bySpeaker' }>;

  /**
   * `by <name> <words>`: the first reading of the query (longest name first, see speakerReadings) whose
   * name denotes a speaker decides who is asked for; the rest of its words search that speaker's quotes.
   * A name shared by several speakers is settled by the words when only one of them said those words;
   * otherwise the user is asked which one was meant.
   */
  function bySpeakerAnswer(query: BySpeakerQuery, page: Page): SearchAnswer {
    const { speakers } = current();
    const all = speakerReadings(query);
    const readings = all.length === 1 ? all : all.filter((r) => r.speaker.split(' ').length <= TUNING.maxNameWords);
    for (const reading of readings) {
      const resolution = speakers.resolve(reading.speaker, { suggest: false });
      if (resolution.kind === 'unknown') continue;
      if (resolution.kind === 'resolved') return speakerQuotes(query, reading, resolution, page);
      const settled = hasWords(reading, query) ? settleByWords(query, reading, resolution.candidates, page) : null;
      return settled ?? { type: 'ambiguousSpeaker', query, asked: reading.speaker, candidates: resolution.candidates.map(toCandidate) };
    }
    return { type: 'unknownSpeaker', query, asked: query.speaker, suggestions: nearNames(readings, speakers).map(toCandidate) };
  }

  /** Names near the whole name typed, else near its shorter readings (the name may end sooner). */
  function nearNames(readings: SpeakerReading[], speakers: SpeakerDirectory): SpeakerRecord[] {
    for (const reading of readings) {
      const r = speakers.resolve(reading.speaker);
      if (r.kind === 'unknown' && r.suggestions.length > 0) return r.suggestions;
    }
    return [];
  }

  const hasWords = (reading: SpeakerReading, query: BySpeakerQuery) => reading.text.trim() !== '' || query.phrases.length > 0;

  /** Of several speakers a name denotes, the only one whose quotes answer the words, with that answer. */
  function settleByWords(query: BySpeakerQuery, reading: SpeakerReading, candidates: SpeakerRecord[], page: Page): SearchAnswer | null {
    const answering = candidates
      // The resolution score only labels a plain listing; a text answer's confidence is its match's.
      .map((speaker) => textAnswer(query, reading.text, query.phrases, query.filters, 'bySpeaker', page, { kind: 'resolved', speaker, score: SCORE_UNUSED }))
      .filter((answer) => answer.type === 'results' && !answer.noMatch);
    return answering.length === 1 ? answering[0] : null;
  }

  /**
   * A resolved speaker's quotes: those answering the reading's words, or all of them, newest first. When
   * the speaker said no such words but another speaker the name also identifies did (an alias holder not
   * merged with them), that one answers.
   */
  function speakerQuotes(query: BySpeakerQuery, reading: SpeakerReading, resolved: Resolved, page: Page): SearchAnswer {
    if (hasWords(reading, query)) {
      const answer = textAnswer(query, reading.text, query.phrases, query.filters, 'bySpeaker', page, resolved);
      if (answer.type !== 'results' || !answer.noMatch) return answer;
      for (const other of resolved.others ?? []) {
        const fallback = textAnswer(query, reading.text, query.phrases, query.filters, 'bySpeaker', page, { kind: 'resolved', speaker: other, score: resolved.score });
        if (fallback.type === 'results' && !fallback.noMatch) return fallback;
      }
      return answer;
    }
    const { total, rowids } = store.listQuotes({ speakerId: resolved.speaker.id, filters: query.filters, ...page });
    return {
      type: 'results',
      query,
      hits: store.quotesByRowid(rowids).map((quote) => ({ quote, confidence: round(resolved.score), highlights: [] })),
      total,
      offset: page.offset,
      limit: page.limit,
      noMatch: total === 0,
      suggestions: total === 0 ? ['Try without the since:, until: or in: filters.'] : [],
      speaker: toCandidate(resolved.speaker),
    };
  }

  function single(query: SearchableQuery, quote: StoredQuote | null, missing: string, speaker?: SpeakerCandidate): SearchAnswer {
    return {
      type: 'results',
      query,
      hits: quote ? [{ quote, confidence: 1, highlights: [] }] : [],
      total: quote ? 1 : 0,
      offset: 0,
      limit: 1,
      noMatch: !quote,
      suggestions: quote ? [] : [missing],
      ...(speaker ? { speaker } : {}),
    };
  }

  function run(query: ParsedQuery, options: SearchOptions = {}): SearchAnswer {
    const page = { offset: Math.max(0, options.offset ?? 0), limit: Math.max(1, options.limit ?? TUNING.defaultLimit) };
    switch (query.type) {
      case 'search':
      case 'whoSaid':
        return textAnswer(query, query.text, query.phrases, query.filters, query.type, page);
      case 'bySpeaker':
        return bySpeakerAnswer(query, page);
      case 'random': {
        let speakerId: number | undefined;
        let speaker: SpeakerCandidate | undefined;
        if (query.speaker) {
          const resolved = resolveSpeaker(query, query.speaker);
          if (!('kind' in resolved)) return resolved;
          speakerId = resolved.speaker.id;
          speaker = toCandidate(resolved.speaker);
        }
        const quote = store.randomQuote(options.random ?? Math.random, { speakerId, filters: query.filters });
        const missing = hasFilters(query.filters) ? 'No quote matches those filters; try without them.' : 'There are no quotes yet: add an article first.';
        return single(query, quote, missing, speaker);
      }
      case 'id':
        return single(query, store.getQuote(query.id), `No quote has the id ${query.id}.`);
      default:
        throw new Error(`search cannot answer a "${query.type}" query; the caller handles it`);
    }
  }

  return { run };
}

/** A resolution score where none is read (text answers take their confidence from the match). */
const SCORE_UNUSED = 0;

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
