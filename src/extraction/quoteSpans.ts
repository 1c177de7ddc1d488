/**
 * Sieve 1: where the quotations are. Pairs opening and closing double quotation marks paragraph by paragraph
 * (straight ", curly “ ”, guillemets « », doubled apostrophes '' ''), lets inner single quotes ‘ ’ be content,
 * joins a quotation that runs over several paragraphs (news convention: an opening mark on each paragraph,
 * one closing mark at the end), and recovers from a stray mark by dropping it and pairing the rest, so an
 * unbalanced mark never swallows the rest of the article.
 */
import type { Paragraph } from '../types';

export interface QuotePart {
  /** Offsets into Article.raw of the quoted text (inside the marks). */
  start: number;
  end: number;
  paragraph: number;
}

export interface QuoteSpan {
  /** One part per paragraph the quotation runs over. */
  parts: QuotePart[];
  start: number;
  end: number;
  /** Offsets of the opening mark and just after the closing mark. */
  outerStart: number;
  outerEnd: number;
  paragraph: number;
  /** True when the quotation is closed in a later paragraph than it opens. */
  multiParagraph: boolean;
}

interface Mark {
  /** Offset of the mark in the paragraph text. */
  pos: number;
  length: number;
  canOpen: boolean;
  canClose: boolean;
  /** Which kind of marks it pairs with: guillemets, curly, straight or doubled apostrophes. */
  family?: 'guillemet' | 'curly' | 'straight';
}

const MARK_PATTERN = /''|[\"“”«»„]/g;
const OPEN_CONTEXT_BEFORE = /[\s([{\u2014\u2013\-\/:,;]/;
const CLOSE_CONTEXT_AFTER = /[\s)\]}.,;:!?\u2014\u2013\-\/'’]/;

function isOpenContext(text: string, pos: number, length: number): boolean {
  const before = pos === 0 ? ' ' : text[pos - 1];
  const after = text[pos + length] ?? ' ';
  return OPEN_CONTEXT_BEFORE.test(before) && !/\s/.test(after);
}

function isCloseContext(text: string, pos: number, length: number): boolean {
  const before = pos === 0 ? ' ' : text[pos - 1];
  const after = pos + length >= text.length ? ' ' : text[pos + length];
  return !/\s/.test(before) && CLOSE_CONTEXT_AFTER.test(after);
}

/** Every double quotation mark of a paragraph with whether it can open or close, judged by its neighbours. */
export function findMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  for (const match of text.matchAll(MARK_PATTERN)) {
    const pos = match.index;
    const mark = match[0];
    // A doubled apostrophe inside a word ("rock''n''roll") or after a possessive is not a quotation mark.
    if (mark === "''" && /\w/.test(text[pos - 1] ?? ' ') && /\w/.test(text[pos + 2] ?? ' ')) continue;
    const open = isOpenContext(text, pos, mark.length);
    const close = isCloseContext(text, pos, mark.length);
    switch (mark) {
      case '“':
      case '«':
      case '„':
        marks.push({ pos, length: 1, canOpen: true, canClose: close && !open, family: mark === '«' ? 'guillemet' : 'curly' });
        break;
      case '”':
      case '»':
        marks.push({ pos, length: 1, canOpen: open && !close, canClose: true, family: mark === '»' ? 'guillemet' : 'curly' });
        break;
      default:
        // Straight marks: the neighbours decide; a mark with neither context may still close ("word"word).
        marks.push({ pos, length: mark.length, canOpen: open || (!close && pos === 0), canClose: close || !open, family: mark === '"' ? 'straight' : undefined });
    }
  }
  return marks;
}

interface LocalPair {
  open: Mark;
  close: Mark | null;
}

/**
 * Pair the marks of one paragraph. The last opening mark may stay unclosed (a quotation that continues in
 * the next paragraph). An opening mark that meets another opening mark before any closing one is stray and
 * dropped, so pairing resumes from the next mark.
 */
export function pairMarks(marks: Mark[]): LocalPair[] {
  const pairs: LocalPair[] = [];
  let open: Mark | null = null;
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i];
    if (open === null) {
      if (mark.canOpen) open = mark;
      continue;
    }
    // « The study “Le fleuve qui nourrit” shows …, »: marks of another kind that open and close inside an
    // open quotation are quoted words within it, not a quotation of their own.
    const nestedClose = mark.canOpen && !mark.canClose && mark.family !== undefined && open.family !== undefined && mark.family !== open.family ? closeOfNested(marks, i, mark.family, open.family) : -1;
    if (nestedClose >= 0) {
      i = nestedClose;
      continue;
    }
    if (mark.canClose) {
      pairs.push({ open, close: mark });
      open = null;
    } else if (mark.canOpen) {
      open = mark; // the earlier opening mark was stray
    }
  }
  if (open) pairs.push({ open, close: null });
  return pairs;
}

/**
 * The index of the mark that closes a quotation of `family` opened at `at` inside one of `outer`: the first
 * closing mark of that family before any closing mark of the outer quotation's family, or -1.
 */
function closeOfNested(marks: Mark[], at: number, family: Mark['family'], outer: Mark['family']): number {
  for (let k = at + 1; k < marks.length; k++) {
    if (marks[k].family === family && marks[k].canClose) return k;
    if (marks[k].family === outer && marks[k].canClose) return -1;
  }
  return -1;
}

function trimmedPart(paragraph: Paragraph, from: number, to: number): QuotePart | null {
  let start = from;
  let end = to;
  const text = paragraph.text;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return null;
  return { start: paragraph.start + start, end: paragraph.start + end, paragraph: paragraph.index };
}

function spanOf(parts: QuotePart[], outerStart: number, outerEnd: number): QuoteSpan {
  return {
    parts,
    start: parts[0].start,
    end: parts[parts.length - 1].end,
    outerStart,
    outerEnd,
    paragraph: parts[0].paragraph,
    multiParagraph: parts.length > 1,
  };
}

/**
 * Single marks ‘ ’ as the quotation marks (some Irish and British papers): an opening ‘ where a quotation can
 * open, and every ’ not inside a word ("it’s") as a possible closing mark.
 */
export function findSingleMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  for (let pos = text.indexOf('‘'), next = text.indexOf('’'); pos !== -1 || next !== -1; ) {
    if (pos !== -1 && (next === -1 || pos < next)) {
      if (isOpenContext(text, pos, 1)) marks.push({ pos, length: 1, canOpen: true, canClose: false });
      pos = text.indexOf('‘', pos + 1);
    } else {
      if (!/[\p{L}\p{N}]/u.test(text[next + 1] ?? ' ') && !/\s/.test(text[next - 1] ?? ' ')) marks.push({ pos: next, length: 1, canOpen: false, canClose: true });
      next = text.indexOf('’', next + 1);
    }
  }
  return marks;
}

/**
 * Pairing for single marks, where a closing ’ may also be a plural possessive ("Jones’ Road"): each opening
 * mark takes, among the closing marks before the next opening one, the last that follows punctuation (“…,’”),
 * else the last that precedes punctuation, else the last of all.
 */
export function pairSingleMarks(marks: Mark[], text: string): LocalPair[] {
  const pairs: LocalPair[] = [];
  for (let i = 0; i < marks.length; i++) {
    if (!marks[i].canOpen) continue;
    const closers: Mark[] = [];
    let j = i + 1;
    for (; j < marks.length && !marks[j].canOpen; j++) closers.push(marks[j]);
    const afterPunctuation = closers.filter((m) => /[.,!?;:…]/.test(text[m.pos - 1] ?? ''));
    const beforePunctuation = closers.filter((m) => /[.,!?;:…)\u2014\u2013]|$/.test(text[m.pos + 1] ?? ''));
    const close = afterPunctuation.pop() ?? beforePunctuation.pop() ?? closers.pop() ?? null;
    pairs.push({ open: marks[i], close });
    i = j - 1;
  }
  return pairs;
}

/** Whether an article quotes with single marks: more opening ‘ than opening double marks. */
function quotesWithSingleMarks(paragraphs: Paragraph[]): boolean {
  let single = 0;
  let double = 0;
  for (const p of paragraphs) {
    single += findSingleMarks(p.text).filter((m) => m.canOpen).length;
    double += findMarks(p.text).filter((m) => m.canOpen).length;
  }
  return single > double;
}

/** The quotation marks of every paragraph, paired and joined across paragraphs. */
export function findQuoteSpans(paragraphs: Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // A quotation left open at the end of a paragraph, waiting for the next paragraph to continue it.
  let pending: { parts: QuotePart[]; outerStart: number } | null = null;
  const single = paragraphs.some((p) => p.text.includes('‘')) && quotesWithSingleMarks(paragraphs);

  for (const paragraph of paragraphs) {
    const pairs = single ? pairSingleMarks(findSingleMarks(paragraph.text), paragraph.text) : pairMarks(findMarks(paragraph.text));
    const first = pairs[0];
    const continues = pending !== null && first !== undefined && first.open.pos === 0;
    if (pending && !continues) {
      // The previous paragraph's last opening mark was never closed: treat its paragraph remainder as a
      // quotation only if it is the paragraph's end (news style drops the mark at a paragraph break rarely);
      // otherwise it was stray. Either way nothing after it is lost.
      pending = null;
    }
    pairs.forEach((pair, i) => {
      const from = pair.open.pos + pair.open.length;
      const to = pair.close ? pair.close.pos : paragraph.text.length;
      const part = trimmedPart(paragraph, from, to);
      const isContinuation = i === 0 && continues && pending !== null;
      if (!part) return;
      if (isContinuation && pending) {
        pending.parts.push(part);
        if (pair.close) {
          spans.push(spanOf(pending.parts, pending.outerStart, paragraph.start + pair.close.pos + pair.close.length));
          pending = null;
        }
        return;
      }
      if (pair.close) {
        spans.push(spanOf([part], paragraph.start + pair.open.pos, paragraph.start + pair.close.pos + pair.close.length));
      } else {
        pending = { parts: [part], outerStart: paragraph.start + pair.open.pos };
      }
    });
  }
  return spans;
}
