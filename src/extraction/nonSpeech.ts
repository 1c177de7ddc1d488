/**
 * Quoted spans that are not speech: titles (films, books, reports, operations), nicknames, scare quotes
 * and words-as-words. Decided after attribution, because the same short span is speech when a cue gives
 * it a speaker ("she called it “distressing”") and a scare quote when nothing does.
 */
import type { Attribution } from './sieves/types';
import { countBlankSeparatedWords } from '../articles/text';

const TITLE_NOUNS =
  /\b(?:film|movie|book|novel|memoir|report|show|series|song|album|single|documentary|play|opera|musical|programme|program|episode|article|paper|study|essay|poem|painting|exhibition|exhibit|operation|campaign|slogan|hashtag|motto|headline|magazine|newspaper|game|event|festival|project|initiative|plan|policy|law|bill|act|case|award|prize|category|track|video|podcast|column|blog|website|page|group|team|band|brand|label|mission|code|word|term|phrase|name|title|motion|petition|declaration|sequel|prequel|trilogy|anthology|collection|statement\s+titled)\s*,?\s*$/i;
/**
 * "a process called “exfiltration”", "was called the “breadbasket”": naming a thing, not quoting a speaker.
 * (Not "numbers that Mbeki called “…”", "that he called “…”": a subject between them makes it speech.)
 */
const NOUN_CALLED = /(?:\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?!(?:he|she|they|we|i|you|it)\s)[\p{Ll}-]+\s+){0,2}(?:called|named|dubbed|nicknamed|titled)|\b(?:is|was|were|are|been|being)\s+(?:also\s+)?(?:called|named|dubbed|nicknamed|known\s+as)(?:\s+(?:the|a|an))?)\s*$/u;
/** A one- or two-word quotation used as a modifier: her “kuffar” (non-Muslim) parents. */
const MODIFIER_BEFORE = /\b(?:her|his|their|its|our|my|your|the|a|an)\s+$/i;
const MODIFIER_AFTER = /^\s*(?:\(|(?!(?:and|or|but|to|of|in|at|on|for|with|as|by|from|that|which|who|when|while|after|before|because|is|was|were|are|has|had|have|will|would|could|should|said|says|told)\b)[\p{Ll}])/u;

const NAMING_CUES = /\b(?:so-called|titled|entitled|nicknamed|dubbed|known\s+(?:\w+\s+){0,5}as|identified\s+(?:\w+\s+){0,2}as|refer(?:s|red|ring)?\s+to\s+(?:[\w'’]+\s+){0,4}?as|named|renamed|branded|termed|labelled|labeled|the\s+(?:word|words|term|terms|phrase|hashtag|slogan|motto|name|title|label))(?:\s+(?:the|a|an))?\s*$/i;

/**
 * The last words NAMING_CUES and NOUN_CALLED can end with (before blanks): "named" also ends "renamed" and
 * "nicknamed", "titled" ends "entitled", "called" ends "so-called", "as" ends "known as".
 */
const NAMING_ENDINGS = ['called', 'titled', 'named', 'dubbed', 'as', 'branded', 'termed', 'labelled', 'labeled', 'word', 'words',
  'term', 'terms', 'phrase', 'hashtag', 'slogan', 'motto', 'name', 'title', 'label', 'the', 'a', 'an'];
const MAX_ENDING_LENGTH = Math.max(...NAMING_ENDINGS.map((e) => e.length));

/**
 * Whether a text, without its trailing blanks, may end with one of the (lower-case ASCII) endings: a cheap
 * necessary condition for the end-anchored patterns, which otherwise try every position of the text. A tail
 * with a non-ASCII character is never ruled out (case-insensitive Unicode matching folds "K", the Kelvin
 * sign, to "k").
 */
function mayEndWithOneOf(text: string, endings: readonly string[]): boolean {
  const tail = text.trimEnd().slice(-MAX_ENDING_LENGTH);
  for (let i = 0; i < tail.length; i++) if (tail.charCodeAt(i) >= 128) return true;
  const lower = tail.toLowerCase();
  return endings.some((e) => lower.endsWith(e));
}

/** Words of a title other than the minor ones ("of", "the", "and"). */
function significantWords(text: string): number {
  return text.split(/\s+/).filter((w) => w && !/^(?:a|an|the|of|and|or|for|to|in|on|at|by|with|from|vs\.?|de|la|le|is|it|&)$/i.test(w)).length;
}

/** Every significant word capitalised: a title ("Storm Area 51 Basecamp Experience"), not speech. */
export function isTitleCase(text: string): boolean {
  const words = text.replace(/[.,!?;:]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 12) return false;
  const minor = /^(?:a|an|the|of|and|or|for|to|in|on|at|by|with|from|vs\.?|de|la|le|is|it|&)$/i;
  const significant = words.filter((w) => !minor.test(w));
  return significant.length > 0 && significant.every((w) => /^[\p{Lu}\p{N}"'‘“(]/u.test(w));
}

export function wordCount(text: string): number {
  return countBlankSeparatedWords(text);
}

/** A nickname inside a name: Dwayne “The Rock” Johnson. */
function isNickname(before: string, after: string, words: number): boolean {
  return endsWithCapitalisedWord(before) && /^\s+[\p{Lu}]/u.test(after) && words <= 4;
}

const WORD_CHAR = /^[\p{L}.'’-]$/u;
const UPPER = /^\p{Lu}$/u;
const SPACE = /^\s$/u;

/** The code point that ends at `end` (exclusive) in `text`: one UTF-16 unit, or two for a surrogate pair. */
function codePointBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(end - 2, end);
  }
  return text[end - 1];
}

/**
 * `/[\p{Lu}][\p{L}.'’-]*\s+$/u.test(text)`, read backwards from the end (whitespace, then a run of word
 * characters holding a capital): the regular expression scanned the whole text before every quote, which
 * made a paragraph of many quotes quadratic.
 */
function endsWithCapitalisedWord(text: string): boolean {
  let end = text.length;
  let spaces = 0;
  while (end > 0) {
    const c = codePointBefore(text, end);
    if (!SPACE.test(c)) break;
    end -= c.length;
    spaces++;
  }
  if (spaces === 0) return false;
  while (end > 0) {
    const c = codePointBefore(text, end);
    if (!WORD_CHAR.test(c)) return false;
    if (UPPER.test(c)) return true;
    end -= c.length;
  }
  return false;
}

/** Sieves that name a speaker from a cue next to the quotation (not from the surrounding paragraph). */
const CUED_SIEVES = new Set(['trailingCue', 'splitCue', 'leadingCue', 'passiveBy', 'accordingTo', 'quotedAuthor', 'colonName', 'colonClause', 'sameSentence', 'precedingColon', 'followingSentence', 'sentenceVerb']);

/** Sieves whose cue belongs to this very quotation (not inherited from a neighbour). */
const OWN_CUE_SIEVES = new Set(['trailingCue', 'splitCue', 'leadingCue', 'passiveBy', 'accordingTo', 'quotedAuthor']);

/** Words at most for a quoted span to count as a possible scare quote or term. */
const SHORT_SPAN_WORDS = 4;

/** Characters of narration the end-anchored cue patterns above can span, with a wide margin. */
const CUE_REACH = 160;

/**
 * The end of `text` the end-anchored patterns need: from a blank at least CUE_REACH characters before the
 * end (so a word boundary at the cut is the same as in the whole text). Scanning a whole paragraph-long
 * sentence from every start position is what made these patterns slow.
 */
function endOf(text: string): string {
  if (text.length <= CUE_REACH) return text;
  for (let i = text.length - CUE_REACH; i > 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9) return text.slice(i);
  }
  return text;
}

/**
 * Words on display ("banners reading “Save Our Steel”") and names a group gives a thing out of habit
 * ("what supporters call the “Memorial Park curse”", "a gang that called itself the “Penhill Crew”"):
 * a present-tense "call" or a reflexive one, with no object between it and the quotation. A past "called
 * it “reckless”" has an object and stays a quoted fragment.
 */
const DISPLAY_OR_HABIT =
  /(?:\b(?:signs?|banners?|placards?|posters?|t-shirts?|shirts?|graffiti|stickers?|billboards?|tarpaulins?|streamers?|flags?)(?:,\s+(?:some|one|others|many|most|several|all))?\s+(?:that\s+|which\s+)?(?:read|reads|reading|said|saying|bearing|proclaiming)(?:\s+simply)?|\b(?:call|calls)(?:\s+(?:it|them|this|him|her))?|\b(?:called|call|calls|calling)\s+(?:itself|themselves|himself|herself)|\bcode-?named|\b(?:taken|took|take|started|starting|begun|began|come|came)\s+(?:to\s+)?call(?:ing)?\b[^“”"«».;:]{0,40}?|\b(?:been|are|were)\s+calling\b[^“”"«».;:]{0,40}?|\btalk\s+of)(?:\s+(?:the|a|an))?\s*$/i;

const CALLED_AFTER_COMMA = /,\s+(?:(?:once|often|sometimes|long|widely|affectionately|proudly|also|still|locally)\s+)+called(?:\s+(?:the|a|an))?\s*$/i;
/** "which residents have long called “the sleeping giant”", "compounds sometimes called “forever chemicals”": a name in habitual use. */
const HABITUALLY_CALLED = /\b(?:long|sometimes|often|popularly|affectionately|widely|commonly|locally|routinely|usually|generally|colloquially|informally|jokingly|fondly|derisively|mockingly)\s+(?:been\s+)?called\s+(?:[^\s"“‘«]+\s+){0,4}?$/i;
const CALLED_PERSON = /\b(?:called|call|calls|nicknamed)\s+(?:him|her)\s*$/i;
/** A capital after the first character ("el Profesor", "Big Mike"). */
const INNER_CAPITAL = /.\s*\p{Lu}/u;
/** Works a title names ("“The Salt House”, a 1979 novel"). */
const WORKS = ['film', 'movie', 'book', 'novel', 'memoir', 'documentary', 'album', 'song', 'play', 'series', 'poem', 'report', 'study', 'collection'];
/** A work ("encyclical", "documentary about her work") and a comma: the name in apposition follows. */
const WORK_BEFORE_APPOSITION = new RegExp(`\\b(?:${[...WORKS, 'autobiography', 'biography', 'paper', 'essay', 'encyclical', 'opera', 'musical', 'exhibition', 'podcast'].join('|')})(?:\\s+[^\\s,;:.!?“”"]+){0,4},\\s*$`, 'i');
const WORK_APPOSITIVE = new RegExp(`^\\s*,\\s+(?:a|an|the|his|her|their)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}(?:${WORKS.join('|')})\\b`, 'u');
const SLOGAN_BEFORE = /\b(?:slogan|motto|hashtag|chant|catchphrase|catch-cry|catchcry|tagline|nickname|headline|banner|placard)s?\s*,?\s*$/i;
/** An owner right before the span: "its", "their", "the DA's". */
const OWNER_BEFORE = /(?:\b(?:its|their|his|her|our|the)|['’]s)\s+$/i;
/** The word for a programme or a campaign right after the span. */
const PROGRAMME_AFTER = /^\s+(?:programmes?|programs?|campaigns?|schemes?|initiatives?|drives?|projects?|advertisements?|adverts?|ads)\b/;
const NAMED_UNDERTAKING = /^(?:Operation|Project|Campaign|Programme|Program|Mission|Plan)\s+\p{Lu}/u;
/** A crowd's chant or a song ("protesters chanting “Levy must fall”", "the choir sang “Ons Heemecht”"): no one's statement. */
const CHANT_OR_SONG_CUE = /^(?:chant(?:s|ed|ing)?|sang|sung|sing(?:s|ing)?)$/;
/** Sieves whose cue follows the quotation ("“Shame!” someone called out"): the span is said, whatever its case. */
const CUE_AFTER_SIEVES = new Set(['trailingCue', 'splitCue']);

export function nonSpeechReason(text: string, fullBefore: string, after: string, attribution: Attribution | null): string | null {
  const before = endOf(fullBefore);
  const words = wordCount(text);
  if (isNickname(before, after, words)) return 'nickname';
  if ((mayEndWithOneOf(before, NAMING_ENDINGS) && (NAMING_CUES.test(before) || NOUN_CALLED.test(before))) || DISPLAY_OR_HABIT.test(before)) return 'naming';
  // "its marketing slogan, “Fly local, fly Coralwing”": a slogan or a name is no one's words here.
  if (words <= 8 && SLOGAN_BEFORE.test(before)) return 'naming';
  // "the council's “Know Your Flood Level” maps": a name between an owner and the thing it names.
  if (words <= 8 && isTitleCase(text) && /['’]s\s*$/.test(before) && /^\s*[\p{Ll}]/u.test(after)) return 'title';
  // Three or more words all capitalised are a title, a slogan or a name even after a cue: speech is not
  // written in title case ("“Thin Ice, Fast Water”", "“Northern Range Reliability Index”").
  if (words >= 3 && words <= 12 && significantWords(text) >= 3 && isTitleCase(text) && /[\p{Ll}]/u.test(text) && !/^(?:I|I'm|I’m|We|We're|We’re|You|My|Our)\b/.test(text)) return 'title';
  // “Operation Forest Shield”, “Project Tailwind”: the name of an operation, whoever mentions it.
  if (words <= 8 && isTitleCase(text) && NAMED_UNDERTAKING.test(text)) return 'title';
  // "under the DA's “Bigas sa Bayan” program", "revived its “If it's flooded, forget it” advertisements": the name
  // of an owner's programme or campaign, between the owner and the word for it.
  if (words <= 8 && OWNER_BEFORE.test(before) && PROGRAMME_AFTER.test(after)) return 'title';
  // "Karachi, once proudly called the “city of lights”": a participle naming the thing before the comma.
  if (words <= 5 && CALLED_AFTER_COMMA.test(before)) return 'naming';
  if (words <= 8 && HABITUALLY_CALLED.test(before)) return 'naming';
  // "students called him “el Profesor”": a short name-like span (a capital inside it) a person was called.
  if (words <= 3 && CALLED_PERSON.test(before) && INNER_CAPITAL.test(text)) return 'nickname';
  // "“The Salt House”, a 1979 novel": a title-case span that an appositive says is a work.
  if (words <= 12 && isTitleCase(text) && WORK_APPOSITIVE.test(after)) return 'title';
  // "In his first encyclical, “Terra Nostra”, published in March", "a 2009 documentary about her work,
  // “Listening to Ruapehu”, was screened": a title-case span set off by commas after a work it names.
  if (words <= 8 && isTitleCase(text) && /^\s*,/.test(after) && WORK_BEFORE_APPOSITION.test(before)) return 'title';
  // A quotation alone in parentheses glosses a word: anti-Brexit (“British exit”).
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) return 'gloss';
  // "Critics have dubbed it the “new-build bonus”": a name given to a thing, even with an object between.
  if (words <= 12 && attribution?.cue === 'dubbed') return 'naming';
  // "what drivers call “dead time”", "which scientists describe as “heat islands”": what people habitually call
  // a thing (the plural present; "the children call out" after the span is speech).
  if (words <= 8 && (attribution?.cue === 'call' || attribution?.cue === 'describe') && !CUE_AFTER_SIEVES.has(attribution.sieve)) return 'naming';
  if (words <= 12 && attribution?.cue && CHANT_OR_SONG_CUE.test(attribution.cue)) return 'chant';
  // "plaques from the “Last Address” project", "the mistakes that led to the “Water War”": a short
  // span in title case names something even in reported speech, for speech is not written in title case. (An
  // exclamation or a one-word answer carries its own punctuation, "“Shame!” someone called out", and a cue
  // after the span makes it said.)
  if (words <= SHORT_SPAN_WORDS && isTitleCase(text) && /\p{Ll}/u.test(text) && !/[.!?,;:]$/.test(text) && !(attribution !== null && CUE_AFTER_SIEVES.has(attribution.sieve))) return 'title';
  const ownCue = attribution !== null && OWN_CUE_SIEVES.has(attribution.sieve);
  if (words <= 2 && MODIFIER_BEFORE.test(before) && MODIFIER_AFTER.test(after) && !ownCue) return 'modifier';
  const cued = attribution !== null && CUED_SIEVES.has(attribution.sieve);
  if (words <= 12 && isTitleCase(text) && (TITLE_NOUNS.test(before) || /\bcalled\s*$/i.test(before))) return 'title';
  if (!cued && words <= 8 && isTitleCase(text) && !/[!?]$/.test(text)) return 'title';
  if (!cued && words <= SHORT_SPAN_WORDS) return 'scare quote';
  return null;
}
