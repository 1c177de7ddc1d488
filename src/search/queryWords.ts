/**
 * The words of a search as the engine uses them: folded, each with the forms to look for in the index
 * (the word itself when the index knows it, else its corrections) and a weight (function words count little).
 */
import { words } from '../store/text';
import type { Vocabulary } from './vocabulary';

export interface QueryWord {
  /** As typed, folded. */
  word: string;
  /** Index terms to look for: [word] when known, its corrections when misspelt, [] when neither. */
  forms: string[];
  /** True when the word was replaced by corrections. */
  corrected: boolean;
  /** Too common to narrow the search (still counts, a little, for confidence and adjacency). */
  common: boolean;
  /** Index of the exact phrase this word belongs to, if any. */
  phrase?: number;
}

/** Weight of a word in coverage: common words matter little, the others equally. */
export function wordWeight(w: QueryWord): number {
  return w.common ? 0.2 : 1;
}

function toQueryWord(word: string, vocabulary: Vocabulary, phrase?: number): QueryWord {
  const common = vocabulary.isCommon(word);
  if (vocabulary.has(word) || common) return { word, forms: vocabulary.has(word) ? [word] : [], corrected: false, common, phrase };
  // Exact phrases are not corrected: the user asked for those words.
  const corrections = phrase === undefined ? vocabulary.corrections(word).map((c) => c.term) : [];
  return { word, forms: corrections, corrected: corrections.length > 0, common: false, phrase };
}

/** The free words, then the words of each exact phrase (the parser keeps them apart). */
export function queryWords(text: string, phrases: string[], vocabulary: Vocabulary): QueryWord[] {
  return [
    ...words(text).map((w) => toQueryWord(w, vocabulary)),
    ...phrases.flatMap((p, i) => words(p).map((w) => toQueryWord(w, vocabulary, i))),
  ];
}

/** The words that narrow the search; when every word is common, all of them. */
export function contentWords(qws: QueryWord[]): QueryWord[] {
  const rare = qws.filter((w) => !w.common && w.forms.length > 0);
  return rare.length > 0 ? rare : qws.filter((w) => w.forms.length > 0);
}
