/**
 * Quotation spans → candidates with their context. Split quotes (“First part,” he said, “second part.”)
 * become one candidate with two parts; the cue clause between them is kept for attribution.
 */
import type { ArticleView, Candidate, GlobalSentence } from './context';
import { sentenceAt } from './context';
import type { QuoteSpan } from './quoteSpans';
import { speechVerbs } from './cueGrammar';
import { countBlankSeparatedWords } from '../articles/text';

const MAX_CUE_WORDS = 30;
/** The cue's verb sits near the start of the gap: “A,” said X, who … / “A,” X told the press after the launch. */
const MAX_WORDS_BEFORE_VERB = 8;

/** A participle, perhaps after an adverb, opening a text. (A module constant: under tsx, a `\p{…}` outside brackets inside a function is rebuilt on every call.) */
const PARTICIPLE_AFTER_ADVERB = /^(?:(?:further|also|then|later|before|again)\s+)?(\p{Ll}+ing)\b/u;

const wordsIn = countBlankSeparatedWords;
/** Where a gap's participle starts when only an adverb stands before it ("further saying"), else -1. */
function wordStartOfParticiple(text: string): number {
  const m = PARTICIPLE_AFTER_ADVERB.exec(text);
  return m ? m[0].length - m[1].length : -1;
}

const NEW_SPEECH_ACT = /(?:,\s*(?:before\s+|then\s+)?\p{Ll}+ing|\band\s+(?:then\s+)?\p{Ll}+ed)$/u;
const sentenceEnds = (text: string) => (text.replace(/\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof)\./g, '').match(/[.!?](?=\s|$)/g) ?? []).length;

/** A lower-case word ending in "ing". (A module constant: under tsx, a `\p{…}` outside brackets inside a function is rebuilt on every call.) */
const PARTICIPLE_WORD_IN = /\b\p{Ll}+ing\b/u;
/** A text opening in lower case (perhaps after "["). (A module constant: under tsx, a `\p{…}` outside brackets inside a function is rebuilt on every call.) */
const OPENS_LOWER = /^\[?\p{Ll}/u;

/**
 * The text between two quotations joins them into one when it is only a cue clause
 * (“A,” he said, “B.” / “A,” said X. “B.”). News writers continue one speaker's quotation this way. Fragments
 * joined by "and" stay apart: each is its own quoted fragment.
 */
export function isJoiningGap(between: string, firstText: string, nextText = '', firstOpensSentence = true): boolean {
  if (between.includes('\n') || /["“”«»]/.test(between)) return false;
  const text = between.trim().replace(/^[,;]\s*/, '');
  if (text === '') return false;
  const words = wordsIn(text);
  const verbs = speechVerbs(text, false);
  const verb = verbs[0];
  // “A,” he said, adding: “B.” / “A,” she said, before conceding: “B.” — a second act of speech starts a
  // new quotation (not a participle of the first: "said in a statement posted on its website").
  if (verbs.slice(1).some((v) => NEW_SPEECH_ACT.test(text.slice(Math.max(0, v.start - 12), v.end)))) return false;
  // “A,” further saying, “B.”: a participle with no subject of its own right after the first quotation is
  // a second act of speech too.
  if (verb && verb.start === wordStartOfParticiple(text) && (/^\s*,/.test(between) || /,\s*$/.test(firstText))) return false;
  // The first quotation's sentence runs on into the cue (“A,” he said …), or the gap is a complete
  // trailing cue sentence (“A.” said X. “B.”) — not a cue that leads the next quotation (“A?” X said, “B”).
  // A second part that opens in lower case ("[a]nd we …", "to provide …") continues the first one's sentence.
  // Only when the first quotation opens its sentence: “We stand ready” tweeted Johnson “to provide …”
  // (not a fragment woven into narration: gave its “deepest sympathies” and said … “intense attention”).
  const continuesLower = firstOpensSentence && OPENS_LOWER.test(nextText) && !/[.!?]["'’”]?\s*$/.test(firstText);
  // (A comma outside the marks joins only a quotation that opens its sentence: in "In his memoir, “The Road Is
  // the Teacher”, published in 2009, he wrote: “…”" the first is a title inside the narration.)
  const runsOn = /,\s*$/.test(firstText) || (firstOpensSentence && /^\s*,/.test(between)) || continuesLower;
  const trailingCueSentence = verb !== undefined && /\.$/.test(text) && wordsIn(text.slice(0, verb.start)) <= 3;
  if (!runsOn && !trailingCueSentence) return false;
  if (words > MAX_CUE_WORDS || !verb || wordsIn(text.slice(0, verb.start)) > MAX_WORDS_BEFORE_VERB) return false;
  // One cue clause or sentence at most: its only sentence end is the last character.
  const ends = sentenceEnds(text);
  // Without punctuation the gap must be a bare cue ("tweeted Johnson"), not a clause with an aside or participle.
  const bareCue = continuesLower && !/[,;:]/.test(text) && !PARTICIPLE_WORD_IN.test(text);
  return ends === 0 ? /[,:]$/.test(text) || bareCue : ends === 1 && /[.!?]$/.test(text);
}

/** Whether a quotation has a cue of its own right after it ("“B,” said Y."): then it is not a continuation. */
function hasOwnTrailingCue(raw: string, span: QuoteSpan): boolean {
  const after = raw.slice(span.outerEnd, span.outerEnd + 80).split(/\n|["“”«»]/)[0];
  const lead = /^\s*[,.!?]?\s*/.exec(after)![0];
  const rest = after.slice(lead.length);
  if (lead.includes('.')) return false;
  // "… " He posted on Twitter, “…”: a cue ending in a comma or colon leads the next quotation instead.
  if (/[,:]\s*$/.test(rest) && raw.length > span.outerEnd + after.length && /["“«]/.test(raw[span.outerEnd + after.length] ?? '')) return false;
  const verb = speechVerbs(rest.split(/[.!?]/)[0], false)[0];
  return verb !== undefined && wordsIn(rest.slice(0, verb.start)) <= 6;
}

export function buildCandidates(view: ArticleView): Candidate[] {
  const raw = view.article.raw;
  const candidates: Candidate[] = [];
  const spans = view.spans;
  for (let i = 0; i < spans.length; i++) {
    const first: QuoteSpan = spans[i];
    const parts = first.parts.map(({ start, end }) => ({ start, end }));
    let last = first;
    let between: string | null = null;
    // Join following spans in the same paragraph while the text between them is a cue clause.
    while (i + 1 < spans.length) {
      const next = spans[i + 1];
      const gap = raw.slice(last.outerEnd, next.outerStart);
      const lastPart = last.parts[last.parts.length - 1];
      const nextText = raw.slice(next.parts[0].start, next.parts[0].end);
      const opensSentence = sentenceAt(view, first.outerStart).start === first.outerStart;
      if (next.paragraph !== lastPart.paragraph || next.multiParagraph || !isJoiningGap(gap, raw.slice(lastPart.start, lastPart.end), nextText, opensSentence)) break;
      // A second quotation with its own cue belongs to whoever that cue names, unless the gap named nobody.
      if (hasOwnTrailingCue(raw, next) && speechVerbs(gap, false).length > 0) break;
      between = between ?? gap;
      parts.push(...next.parts.map(({ start, end }) => ({ start, end })));
      last = next;
      i++;
    }
    const sentence = sentenceAt(view, first.outerStart);
    const lastSentence: GlobalSentence = sentenceAt(view, last.outerEnd - 1);
    const before = sentence.masked.slice(0, Math.max(0, first.outerStart - sentence.start));
    const afterFrom = Math.max(0, last.outerEnd - lastSentence.start);
    candidates.push({
      // The first span stretched to the last one joined (spelled out: a spread with more properties is slow in V8).
      span: { parts: first.parts, start: first.start, end: last.end, outerStart: first.outerStart, outerEnd: last.outerEnd, paragraph: first.paragraph, multiParagraph: first.multiParagraph },
      parts,
      sentence,
      lastSentence,
      before,
      after: lastSentence.masked.slice(afterFrom),
      afterStart: lastSentence.start + afterFrom,
      between,
    });
  }
  return candidates;
}
