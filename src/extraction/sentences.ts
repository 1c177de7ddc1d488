/**
 * Sentence boundaries inside a paragraph, never inside a quotation (a quoted passage of several sentences
 * belongs to the sentence that holds it). Abbreviations and initials ("Mr.", "U.S.", "J. R.") do not end
 * sentences.
 */
import type { Paragraph } from '../types';
import { NAME_ABBREVIATIONS, TWO_LETTER_INITIAL } from './lexicon';

export interface Sentence {
  /** Offsets into Article.raw. */
  start: number;
  end: number;
  paragraph: number;
  /** Position of the sentence within its paragraph. */
  index: number;
  text: string;
}

const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...NAME_ABBREVIATIONS,
  'vs', 'etc', 'no', 'nos', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mt', 'ft', 'approx', 'est', 'dept', 'univ', 'assn', 'bros', 'fig', 'al', 'cf', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n',
  'e.u', 'a.m', 'p.m', 'ave', 'blvd', 'rd',
  // (Plural titles end no sentence, but are no part of the names after them: "Sens. Carla Whitby and …".)
  'messrs', 'sens', 'reps', 'govs', 'drs', 'profs', 'gens',
]);

/**
 * A single capital letter (an initial), and dotted letters ("U.S"). (Module constants: tsx compiles a
 * `\p{…}` pattern written inside a function to `new RegExp(…)`, built again on every call.)
 */
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const DOTTED_LETTERS = /^(?:\p{L}\.)+\p{L}$/u;
const LETTER = /^\p{L}$/u;

/** Whether the code point of text[from, to) (one code unit, or a surrogate pair) is a letter or a full stop. */
function isLetterOrFullStop(text: string, from: number, to: number): boolean {
  const code = text.charCodeAt(to - 1);
  if (to - from === 1 && code < 128) return code === 46 || ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER.test(text.slice(from, to));
}

/**
 * Where the run of letters and full stops that ends at `end` starts, looking back no further than `limit`:
 * the match of /([\p{L}.]+)$/u in text.slice(limit, end), read backwards by code points (the pattern tried
 * every start position). A surrogate pair counts as one code point only when both halves are in range.
 */
function lettersAndFullStopsBefore(text: string, limit: number, end: number): number {
  let i = end;
  while (i > limit) {
    const low = text.charCodeAt(i - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && i - 2 >= limit && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
    const width = pair ? 2 : 1;
    if (!isLetterOrFullStop(text, i - width, i)) break;
    i -= width;
  }
  return i;
}

/** Whether the full stop at `dot` ends an abbreviation or an initial rather than a sentence. */
function endsAbbreviation(text: string, dot: number): boolean {
  const from = lettersAndFullStopsBefore(text, Math.max(0, dot - 12), dot);
  if (from === dot) return false;
  const before = text.slice(from, dot);
  const word = before.toLowerCase().replace(/^\.+/, '');
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital letter is an initial ("J. Smith"); dotted acronyms ("U.S.") are abbreviations.
  return SINGLE_CAPITAL.test(before) || DOTTED_LETTERS.test(before) || TWO_LETTER_INITIAL.test(text.slice(from, dot + 1));
}

/** An opening quotation mark. */
const QUOTATION_OPENS = /^["“‘«]/;
/**
 * Whether the full stop at `dot` ends "a.m.", "p.m." or "etc." and a quotation opens at `next`: those
 * abbreviations end no name, so the quotation opens a new sentence ("shortly before 11:00 p.m. “It sounded like a
 * plane,” he said"; "at 11 p.m. Friday" goes on).
 */
function quotationAfterClockOrList(text: string, dot: number, next: number): boolean {
  if (!QUOTATION_OPENS.test(text.slice(next, next + 1))) return false;
  const word = text.slice(Math.max(0, dot - 4), dot).toLowerCase();
  return word.endsWith('a.m') || word.endsWith('p.m') || word.endsWith('etc');
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
  // (French typography sets its guillemets off with a space: "teach. « The younger ones …", "first. » The vote".)
  const boundary = /([.!?…]+)((?:[ \u00A0\u202F]?»)?["”’'»)\]]*)(\s+)(?=(?:«[ \u00A0\u202F]?|["“‘'(\[])?[\p{Lu}\p{N}])/gu;
  for (const match of text.matchAll(boundary)) {
    const punctEnd = match.index + match[1].length;
    const end = punctEnd + match[2].length;
    if (match[1] === '.' && endsAbbreviation(text, match.index) && !quotationAfterClockOrList(text, match.index, end + match[3].length)) continue;
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
