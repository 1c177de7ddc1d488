/**
 * The index vocabulary in memory: how many quotes hold each word, for correcting misspelt query words and
 * for telling rare (discriminating) words from common ones. Built from the store's terms table.
 */
import { editDistance } from '../extraction/editDistance';

/** Function words that say nothing about which quote is meant. */
export const STOPWORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i if in into is it its me my no not of on or our ' +
    'she so than that the their them then there these they this to was we were what when which who will with would you your ' +
    'said says say us do does did can could should all also about more'
  ).split(' '),
);

export interface Correction {
  term: string;
  distance: number;
  df: number;
}

/** Words at most this long are only corrected by one edit; longer ones by two. */
const ONE_EDIT_MAX_LENGTH = 5;
const MIN_CORRECTABLE_LENGTH = 3;
const MAX_CORRECTIONS = 3;
const CORRECTION_CACHE_SIZE = 10_000;

/** Which of 31 character classes (letters a–z, digits, other) a word contains, one bit each. */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) mask |= 1 << 26;
    else mask |= 1 << (27 + (c % 4));
  }
  return mask;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export class Vocabulary {
  private readonly df: Map<string, number>;
  private readonly byLength = new Map<number, { terms: string[]; masks: number[] }>();
  /** Corrections already computed: the same misspellings recur (and paging repeats a query). */
  private readonly corrected = new Map<string, Correction[]>();

  constructor(
    terms: Iterable<[string, number]>,
    /** Number of quotes, for document frequencies. */
    readonly documents: number,
  ) {
    this.df = new Map(terms);
    for (const term of this.df.keys()) {
      let bucket = this.byLength.get(term.length);
      if (!bucket) this.byLength.set(term.length, (bucket = { terms: [], masks: [] }));
      bucket.terms.push(term);
      bucket.masks.push(letterMask(term));
    }
  }

  get size(): number {
    return this.df.size;
  }

  frequency(word: string): number {
    return this.df.get(word) ?? 0;
  }

  has(word: string): boolean {
    return this.df.has(word);
  }

  /**
   * Too frequent to narrow a search: a function word, or (in a store big enough for frequencies to mean
   * something) a word in more than a tenth of all quotes.
   */
  isCommon(word: string): boolean {
    if (STOPWORDS.has(word)) return true;
    return this.documents >= 500 && this.frequency(word) > this.documents / 10;
  }

  /**
   * Known words close to an unknown one, nearest first, then most frequent: "pacfic" → "pacific".
   * Known words and very short ones are not corrected.
   */
  corrections(word: string): Correction[] {
    if (this.has(word) || word.length < MIN_CORRECTABLE_LENGTH) return [];
    let found = this.corrected.get(word);
    if (!found) {
      found = this.nearest(word);
      if (this.corrected.size >= CORRECTION_CACHE_SIZE) this.corrected.clear();
      this.corrected.set(word, found);
    }
    return found;
  }

  private nearest(word: string): Correction[] {
    const maxDistance = word.length <= ONE_EDIT_MAX_LENGTH ? 1 : 2;
    const found: Correction[] = [];
    const mask = letterMask(word);
    for (let len = word.length - maxDistance; len <= word.length + maxDistance; len++) {
      const bucket = this.byLength.get(len);
      if (!bucket) continue;
      for (let k = 0; k < bucket.terms.length; k++) {
        // Each edit changes whether at most two letters occur: a cheap test that skips most of the vocabulary.
        if (popcount(mask ^ bucket.masks[k]) > 2 * maxDistance) continue;
        const term = bucket.terms[k];
        // A function word is never the word someone meant to search for ("wall" is not "all").
        if (STOPWORDS.has(term)) continue;
        const distance = editDistance(word, term, maxDistance);
        if (distance <= maxDistance) found.push({ term, distance, df: this.frequency(term) });
      }
    }
    found.sort((a, b) => a.distance - b.distance || b.df - a.df || (a.term < b.term ? -1 : 1));
    const best = found[0]?.distance;
    return found.filter((c) => c.distance === best).slice(0, MAX_CORRECTIONS);
  }
}
