/**
 * The final ranking of the candidates: all by query-word match quality (score.ts), the best FUSE_POOL
 * re-ranked with Fuse.js's fuzzy score blended in. Fuse options live here and nowhere else. Extended search stays off, so no character
 * a user types is ever read as a Fuse.js operator.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { CandidateRow } from '../store';
import type { WordMatcher } from './score';

interface FuseDoc {
  index: number;
  text: string;
  speaker: string;
  aliases: string;
  role: string;
}

export const FUSE_OPTIONS: IFuseOptions<FuseDoc> = {
  keys: [
    { name: 'text', weight: 3 },
    { name: 'speaker', weight: 1 },
    { name: 'aliases', weight: 0.5 },
    { name: 'role', weight: 0.5 },
  ],
  includeScore: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  // Bitap's cost grows with the errors it allows: 0.6 made 200 candidates cost ~110 ms, 0.4 ~35 ms.
  threshold: 0.4,
  useExtendedSearch: false,
  shouldSort: false,
};

/**
 * How much of the final score comes from the match quality; the rest is Fuse.js's. Fuse.js's scores
 * depend on field length and are not comparable across queries, so they mostly order near-equal
 * candidates (0.9 measured as accurate as 0.75 in the bench, with more meaningful confidences).
 */
const QUALITY_SHARE = 0.9;
/**
 * Fuse.js runs Bitap over every document it is given (measured: ~0.15 ms per candidate quote on this
 * machine), so it re-ranks only the best candidates by match quality; 200 would cost 25–110 ms.
 */
export const FUSE_POOL = 20;

export interface RankedCandidate {
  row: CandidateRow;
  /** 0–1 */
  score: number;
  highlights: Array<[number, number]>;
}

/**
 * Candidates ranked best first: all by match quality, then the best FUSE_POOL re-ranked with Fuse.js's
 * score blended in. `pattern` is what Fuse.js searches for (the query's words, corrected).
 */
export function rankCandidates(rows: CandidateRow[], pattern: string, matcher: WordMatcher): RankedCandidate[] {
  const byQuality = rows
    .map((row) => {
      const quality = matcher.quality(row);
      return { row, quality: quality.score, highlights: quality.highlights };
    })
    .sort((a, b) => b.quality - a.quality || a.row.rowid - b.row.rowid);
  const pool = byQuality.slice(0, FUSE_POOL);
  const docs: FuseDoc[] = pool.map(({ row }, index) => ({
    index,
    text: row.text,
    speaker: row.speaker.name,
    aliases: row.speaker.aliases.join(' | '),
    role: row.speaker.role ?? '',
  }));
  const fuseScore = new Array<number>(docs.length).fill(1);
  if (pattern.trim() && docs.length > 0) {
    for (const result of new Fuse(docs, FUSE_OPTIONS).search(pattern)) fuseScore[result.item.index] = result.score ?? 1;
  }
  return byQuality
    .map((c, i) => ({
      row: c.row,
      score: QUALITY_SHARE * c.quality + (1 - QUALITY_SHARE) * (1 - (i < docs.length ? fuseScore[i] : 1)),
      highlights: c.highlights,
    }))
    .sort((a, b) => b.score - a.score || a.row.rowid - b.row.rowid);
}
