import type { StoredQuote } from '../types';

/** Filters that narrow any search. */
export interface QueryFilters {
  /** YYYY-MM-DD, inclusive. */
  since?: string;
  until?: string;
  /** Article title, file name or source, matched loosely. */
  in?: string;
}

/**
 * The typed result of parsing what a user typed after `/quote`, in a mention, a DM or the console.
 * One parser (src/search/query.ts: parseQuery) produces it for every surface.
 */
export type ParsedQuery =
  | { type: 'help' }
  | { type: 'search'; text: string; phrases: string[]; filters: QueryFilters }
  | { type: 'whoSaid'; text: string; phrases: string[]; filters: QueryFilters }
  | { type: 'bySpeaker'; speaker: string; text: string; phrases: string[]; filters: QueryFilters }
  | { type: 'random'; speaker?: string; filters: QueryFilters }
  | { type: 'id'; id: string }
  | { type: 'next' }
  | { type: 'sources' }
  | { type: 'stats' }
  | { type: 'add' }
  /** `/quote digest on 09:00 Europe/London` etc.: args are the words after "digest". */
  | { type: 'digest'; args: string[] }
  /** The input could not be understood; message says why in friendly words. */
  | { type: 'invalid'; message: string };

export interface SearchHit {
  quote: StoredQuote;
  /** 0–1, higher is surer; comparable across queries. */
  confidence: number;
  /** Character ranges [start, end) in quote.text that matched the query, for highlighting. */
  highlights: Array<[number, number]>;
}

export interface SpeakerCandidate {
  name: string;
  role: string | null;
  quoteCount: number;
}

export interface SearchOptions {
  limit?: number;
  offset?: number;
  /** Injected randomness for `random` (tests pass a seeded one). */
  random?: () => number;
}

/** What a search answers. Renderers (Slack blocks, console text) turn this into a message. */
export type SearchAnswer =
  | {
      type: 'results';
      query: ParsedQuery;
      hits: SearchHit[];
      /** How many hits exist in all (for paging). */
      total: number;
      offset: number;
      limit: number;
      /** True when nothing is good enough to be called an answer; hits then hold the closest, if any. */
      noMatch: boolean;
      /** Friendly hints when there is no match ("did you mean speaker X?", "try fewer words"). */
      suggestions: string[];
      /** For bySpeaker / random by: the speaker the name resolved to. */
      speaker?: SpeakerCandidate;
    }
  | { type: 'ambiguousSpeaker'; query: ParsedQuery; asked: string; candidates: SpeakerCandidate[] }
  | { type: 'unknownSpeaker'; query: ParsedQuery; asked: string; suggestions: SpeakerCandidate[] };
