/**
 * Sentence boundaries inside a paragraph, never inside a quotation (a quoted passage of several sentences
 * belongs to the sentence that holds it). Abbreviations and initials ("Mr.", "U.S.", "J. R.") do not end
 * sentences.
 */
import type { Paragraph } from '../types';

export interface Sentence {
  /** Offsets into Article.raw. */
  start: number;
  end: number;
  paragraph: number;
  /** Position of the sentence within its paragraph. */
  index: number;
  text: string;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep',
  'rev', 'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'no', 'nos', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'approx', 'est', 'dept', 'univ', 'assn', 'bros', 'fig', 'al',
  'cf', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'ave', 'blvd', 'rd', 'hon', 'gov', 'supt', 'insp',
  'det', 'cpl', 'pvt', 'adm', 'cmdr', 'maj', 'messrs', 'sens', 'reps', 'govs', 'drs', 'profs', 'gens',
]);

/** Whether the full stop at `dot` ends an abbreviation or an initial rather than a sentence. */
function endsAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1].toLowerCase().replace(/^\.+/, '');
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital letter is an initial ("J. Smith"); dotted acronyms ("U.S.") are abbreviations.
  return /^\p{Lu}$/u.test(before[1]) || /^(?:\p{L}\.)+\p{L}$/u.test(before[1]);
}

type Range = { start: number; end: number };

function insideAny(pos: number, ranges: Range[]): boolean {
  return ranges.some((r) => pos > r.start && pos < r.end);
}

/**
 * @param quoteRanges outer offsets (into raw) of the quotations in this paragraph, marks included.
 */
export function splitSentences(paragraph: Paragraph, quoteRanges: Range[]): Sentence[] {
  const text = paragraph.text;
  const sentences: Sentence[] = [];
  let start = 0;
  const boundary = /([.!?…]+)(["”’'»)\]]*)(\s+)(?=["“‘'«(\[]?[\p{Lu}\p{N}])/gu;
  for (const match of text.matchAll(boundary)) {
    const punctEnd = match.index + match[1].length;
    const end = punctEnd + match[2].length;
    if (match[1] === '.' && endsAbbreviation(text, match.index)) continue;
    if (insideAny(paragraph.start + end, quoteRanges)) continue;
    sentences.push(makeSentence(paragraph, start, end, sentences.length));
    start = end + match[3].length;
  }
  if (start < text.length) sentences.push(makeSentence(paragraph, start, text.length, sentences.length));
  return sentences;
}

function makeSentence(paragraph: Paragraph, from: number, to: number, index: number): Sentence {
  return {
    start: paragraph.start + from,
    end: paragraph.start + to,
    paragraph: paragraph.index,
    index,
    text: paragraph.text.slice(from, to),
  };
}
