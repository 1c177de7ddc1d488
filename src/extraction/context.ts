/**
 * The view of the article every sieve works on: sentences, quotations (split parts joined), the text
 * around each quotation with other quotations masked, and where things are.
 */
import type { Article, Paragraph } from '../types';
import { findQuoteSpans, type QuoteSpan } from './quoteSpans';
import { splitSentences, type Sentence } from './sentences';
import { mapPacked } from './names';

export interface GlobalSentence extends Sentence {
  /** Index among all sentences of the article. */
  global: number;
  /** The sentence text with every quotation's content replaced by "…" (marks kept, offsets unchanged). */
  masked: string;
}

export interface Candidate {
  span: QuoteSpan;
  /** Quoted parts: more than one for a split quote or a quotation over several paragraphs. */
  parts: Array<{ start: number; end: number }>;
  /** The sentence holding the opening mark. */
  sentence: GlobalSentence;
  /** The sentence holding the closing mark (differs for multi-paragraph quotations). */
  lastSentence: GlobalSentence;
  /** Masked sentence text before the opening mark, and after the closing mark. */
  before: string;
  after: string;
  /** Offset in Article.raw where `after` begins. */
  afterStart: number;
  /** The cue clause between the parts of a split quote ("he said"), if any. */
  between: string | null;
}

export interface ArticleView {
  article: Article;
  sentences: GlobalSentence[];
  spans: QuoteSpan[];
}

export function maskQuotes(text: string, offset: number, spans: QuoteSpan[]): string {
  // The quoted parts that reach into this text, clipped to it.
  const ranges: Array<{ from: number; to: number }> = [];
  for (const span of spans) {
    for (const part of span.parts) {
      const from = Math.max(part.start - offset, 0);
      const to = Math.min(part.end - offset, text.length);
      if (to > from) ranges.push({ from, to });
    }
  }
  if (ranges.length === 0) return text;
  // Every character of any range becomes "…" (ranges may overlap): one pass in text order, joined once,
  // rather than a new copy of the whole text for every range.
  ranges.sort((a, b) => a.from - b.from);
  const pieces: string[] = [];
  let at = 0;
  for (const { from, to } of ranges) {
    const start = Math.max(from, at);
    if (to <= start) continue;
    pieces.push(text.slice(at, start), '…'.repeat(to - start));
    at = to;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/**
 * The word a house style sets in capitals to open a story ("THE Ministry of Health has recorded …", "FORMER
 * Minister Mr Evans Sakala …", "OPPOSITION Patriotic Front members …"): a word of letters, before a capitalised
 * word, that is a word and not an acronym — "the", "a", "an", or five letters or more with two vowels.
 * ("NSW Premier", "THA Chief Secretary" keep their capitals.)
 */
const CAPITALISED_LEAD = /^(\s*)(\p{Lu}{2,})(?=\s+\p{Lu})/u;
const isLeadWord = (word: string) => /^(?:THE|AN?)$/.test(word) || (word.length >= 5 && (word.match(/[AEIOU]/g) ?? []).length >= 2);

/** The article's first sentence with its capitalised lead word written as a word ("The Ministry"); same length. */
function withLeadWordCased(masked: string): string {
  const lead = CAPITALISED_LEAD.exec(masked);
  if (!lead || !isLeadWord(lead[2])) return masked;
  const word = lead[2][0] + lead[2].slice(1).toLowerCase();
  return lead[1] + word + masked.slice(lead[0].length);
}

/**
 * A nickname quoted inside a name ("Jabulani “Mshini” Khoza", "Jean-Claude "Jako" Bhujun"): a short masked
 * quotation between a capitalised word and a capitalised word. Blanked (offsets kept), the name reads whole.
 */
const MASKED_SHORT_QUOTE = /["“'‘]…{1,24}["”'’]/g;
const CAPITALISED_WORD_END = /(?:^|\s)\p{Lu}[\p{L}'’-]*$/u;
const BLANKS_THEN_CAPITAL = /^\s+\p{Lu}/u;
function withoutNicknames(masked: string): string {
  if (!masked.includes('…')) return masked;
  let out = masked;
  // (The pattern has no look-behind: the words around a match are read only where a short quotation is.)
  for (const m of masked.matchAll(MASKED_SHORT_QUOTE)) {
    const at = m.index ?? 0;
    if (masked[at - 1] !== ' ' || !CAPITALISED_WORD_END.test(masked.slice(Math.max(0, at - 31), at - 1)) || !BLANKS_THEN_CAPITAL.test(masked.slice(at + m[0].length, at + m[0].length + 4))) continue;
    out = out.slice(0, at) + ' '.repeat(m[0].length) + out.slice(at + m[0].length);
  }
  return out;
}

export function buildView(article: Article): ArticleView {
  const spans = findQuoteSpans(article.paragraphs);
  const sentences: GlobalSentence[] = [];
  for (const paragraph of article.paragraphs) {
    const inParagraph = spans.filter((s) => s.outerStart < paragraph.end && s.outerEnd > paragraph.start);
    const ranges = mapPacked(inParagraph, (s) => ({ start: Math.max(s.outerStart, paragraph.start), end: Math.min(s.outerEnd, paragraph.end) }));
    for (const sentence of splitSentences(paragraph, ranges)) {
      // Spelled out rather than spread: a spread followed by more properties takes V8's slow path.
      const quotesMasked = withoutNicknames(maskQuotes(sentence.text, sentence.start, inParagraph));
      const masked = sentences.length === 0 ? withLeadWordCased(quotesMasked) : quotesMasked;
      sentences.push({ start: sentence.start, end: sentence.end, paragraph: sentence.paragraph, index: sentence.index, text: sentence.text, global: sentences.length, masked });
    }
  }
  return { article, sentences, spans };
}

/** The last sentence starting at or before `position` (the first when none does); sentences are in text order. */
export function sentenceAt(view: ArticleView, position: number): GlobalSentence {
  const { sentences } = view;
  // Binary search: a linear scan for every quote made long articles quadratic.
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= position) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return sentences[found];
}

export function paragraphOf(view: ArticleView, index: number): Paragraph {
  return view.article.paragraphs[index];
}
