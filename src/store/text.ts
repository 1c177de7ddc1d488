/**
 * Text normalisation shared by the store (vocabulary, speaker keys) and search (query words, highlights).
 * It mirrors SQLite FTS5's `unicode61 remove_diacritics 2` tokenizer — letters and digits are word
 * characters, everything else separates, case and diacritics are folded — so a word the search computes
 * is exactly a term the FTS index holds.
 */

const ASCII = /^[\x00-\x7f]*$/;

/** Fold case and strip diacritics ("Ménard" → "menard"). */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /[A-Za-z0-9]+/g;

/** The folded words of a text, in order. */
export function words(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

export interface WordSpan {
  word: string;
  /** [start, end) in the ORIGINAL text (not the folded one), for highlighting. */
  start: number;
  end: number;
}

/** Words with their ranges as parallel arrays: what the ranking scans for every candidate. */
export interface TokenSpans {
  words: string[];
  starts: number[];
  ends: number[];
}

/**
 * Words with their character ranges in the original text. Folding can change lengths (NFKD expands
 * "é" to two code units), so outside ASCII each word is found in the original text and folded on its own.
 */
export function tokenSpans(text: string): TokenSpans {
  const out: TokenSpans = { words: [], starts: [], ends: [] };
  if (ASCII.test(text)) {
    ASCII_WORD.lastIndex = 0;
    for (let m = ASCII_WORD.exec(text); m; m = ASCII_WORD.exec(text)) {
      out.words.push(m[0].toLowerCase());
      out.starts.push(m.index);
      out.ends.push(m.index + m[0].length);
    }
    return out;
  }
  const raw = /[\p{L}\p{N}\p{M}]+/gu;
  for (let m = raw.exec(text); m; m = raw.exec(text)) {
    // A raw run can hold only marks, or fold into several words (rare ligatures): keep each.
    for (const w of foldText(m[0]).match(WORD) ?? []) {
      out.words.push(w);
      out.starts.push(m.index);
      out.ends.push(m.index + m[0].length);
    }
  }
  return out;
}

export function wordSpans(text: string): WordSpan[] {
  const t = tokenSpans(text);
  return t.words.map((word, i) => ({ word, start: t.starts[i], end: t.ends[i] }));
}

/** Titles and honorifics that do not distinguish people ("Mr Rajnath Singh" is "Rajnath Singh"). */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'shri', 'smt', 'the']);

/** The key that identifies a speaker across articles: folded words without honorifics. */
export function speakerKey(name: string): string {
  const ws = words(name);
  const kept = ws.filter((w, i) => !(HONORIFICS.has(w) && ws.length > 1 && i === 0));
  return kept.join(' ');
}
