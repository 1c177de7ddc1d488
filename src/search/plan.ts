/**
 * The candidate plan: FTS5 MATCH expressions from the strictest (phrases intact; the words near each other
 * as typed; every word) to the loosest (any of the rarest words), run in order until enough candidates,
 * or a strong one, are found. Every token is quoted, so
 * nothing a user types is ever read as FTS5 syntax.
 */
import type { QueryWord } from './queryWords';
import { contentWords } from './queryWords';
import type { Vocabulary } from './vocabulary';

/** Quote one index term for FTS5 ("" doubles a quote inside, though folded words never hold one). */
export function ftsTerm(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/** A word with its corrections: "pacific", or ("pacific" OR "pacifica"). */
function ftsGroup(w: QueryWord): string {
  return w.forms.length === 1 ? ftsTerm(w.forms[0]) : `(${w.forms.map(ftsTerm).join(' OR ')})`;
}

/** An exact phrase: its words quoted together, adjacent and in order. */
function ftsPhrase(phraseWords: QueryWord[]): string {
  return ftsTerm(phraseWords.map((w) => w.word).join(' '));
}

function and(parts: string[]): string {
  return parts.join(' AND ');
}

/** Above this many words, relaxing by dropping one word at a time is too many queries: use windows. */
const MAX_DROP_ONE = 8;
const WINDOW = 3;
/** Extra tokens a NEAR window allows beyond the query's own length (an inserted word or two). */
const NEAR_SLACK = 2;
/** The loosest stage ORs rare words only while their summed posting lists stay this small. */
export const OR_POSTINGS_BUDGET = 40_000;

/** Stages of MATCH expressions; within a stage, expressions run in order and their results are pooled. */
export function candidatePlan(qws: QueryWord[], vocabulary: Vocabulary): string[][] {
  const stages: string[][] = [];
  const phraseIds = [...new Set(qws.filter((w) => w.phrase !== undefined).map((w) => w.phrase as number))];
  const phrases = phraseIds.map((id) => qws.filter((w) => w.phrase === id));
  const content = contentWords(qws);
  const groups = content.map(ftsGroup);

  if (phrases.length > 0) {
    const free = content.filter((w) => w.phrase === undefined).map(ftsGroup);
    stages.push([and([...phrases.map(ftsPhrase), ...free])]);
  }
  // The words standing together as typed: FTS5 NEAR over a window as wide as the query (common words
  // between them count). Usually a handful of quotes, found without ranking every quote holding the words.
  if (content.length >= 2 && content.every((w) => w.forms.length === 1)) {
    stages.push([`NEAR(${content.map(ftsGroup).join(' ')}, ${qws.length + NEAR_SLACK})`]);
  }
  if (groups.length > 0) stages.push([and(groups)]);

  if (groups.length >= 3 && groups.length <= MAX_DROP_ONE) {
    stages.push(groups.map((_, drop) => and(groups.filter((__, i) => i !== drop))));
  } else if (groups.length > MAX_DROP_ONE) {
    const windows: string[] = [];
    for (let i = 0; i + WINDOW <= groups.length; i++) windows.push(and(groups.slice(i, i + WINDOW)));
    stages.push(windows);
  }

  if (groups.length >= 2) {
    const postings = (w: QueryWord) => w.forms.reduce((sum, f) => sum + vocabulary.frequency(f), 0);
    const byRarity = content.map((w, i) => ({ group: groups[i], cost: postings(w) })).sort((a, b) => a.cost - b.cost);
    const chosen: string[] = [];
    let cost = 0;
    for (const g of byRarity) {
      if (chosen.length > 0 && cost + g.cost > OR_POSTINGS_BUDGET) break;
      chosen.push(g.group);
      cost += g.cost;
    }
    stages.push([chosen.join(' OR ')]);
  }
  // Identical expressions (one word, or a phrase with nothing else) run once.
  const seen = new Set<string>();
  return stages
    .map((exprs) => exprs.filter((e) => (seen.has(e) ? false : (seen.add(e), true))))
    .filter((exprs) => exprs.length > 0);
}
