/**
 * The query language: one pure function from what a user typed (after `/quote`, in a mention, a DM or the
 * local console) to a typed ParsedQuery. Every surface calls parseQuery, so the grammar lives only here.
 *
 * Grammar (keywords are case-insensitive; values keep the user's case):
 *
 *   input    := [ "/quote" ] [ "<@U…>" ]* body        leading console prefix and bot mentions are dropped
 *   body     := ""                                      → help
 *             | "help" [anything] | "?"                 → help
 *             | "sources" | "stats" | "add" | "next"    → that command (only when it is the whole body;
 *                                                        "more" alone means next)
 *             | "id" <id>  |  "Q-3f9a" alone            → id (with more words after it, only when <id> looks
 *                                                        like one: "id like to know…" is a search)
 *             | "digest" <arg>*                         → digest (args split on spaces, Slack markup kept)
 *             | "random" [ "quote" ] [ ("by"|"from") <speaker> | <speaker> ] filter*  → random
 *             | ("by"|"from") <speaker> [ sep ] term*   → bySpeaker
 *             | "what did" <speaker> "say" [ "about" ] term*                          → bySpeaker
 *             | "who said" | "who says" [":"] term*     → whoSaid (trailing "?" dropped)
 *             | term*                                   → search (no terms and no filters at all → help)
 *   term     := "…" (exact phrase, straight or curly quotes; an unclosed quote runs to the end)
 *             | filter | word
 *   filter   := "since:" date | "until:" date | "in:" ( word | "…" )
 *   date     := YYYY-MM-DD | YYYY-MM | YYYY             (a month or year means its first day for since:,
 *                                                        its last day for until:)
 *   <speaker> after by/from: a quoted name ("Lloyd Austin"), or the words up to a separator — a word ending
 *             in ":" or ",", the word "about", or an exact phrase — or, without one, all remaining words
 *             (then speakerReadings() lists the possible name/words splits for the search to resolve).
 *
 * Filters may appear anywhere in a search-like body. `text` holds the free words (phrases and filters
 * removed), `phrases` the exact phrases. Invalid dates, empty filters, or since after until give
 * `{ type: 'invalid', message }` with a friendly explanation, never an exception.
 *
 * Before parsing, the input is cleaned: bounded in length (MAX_QUERY_CHARS code points; longer input is
 * cut, never rejected), lone surrogates, control characters, zero-width and bidi marks removed, every kind
 * of space folded to one space, curly quotes made straight, Slack markup reduced (`<@U1|name>` → `@name`,
 * `<#C1|general>` → `#general`, `<https://x|label>` → `label`, `<!here>` dropped), and Slack's escapes
 * (&lt; &gt; &amp;) decoded last, so text a user typed as `&lt;@U1&gt;` is never taken for markup.
 */
import type { ParsedQuery, QueryFilters } from './types';

/** Longest query kept, in code points. A query is a handful of words; anything longer is pasted text. */
export const MAX_QUERY_CHARS = 1000;

/** The console prefix, stripped so `/quote by Singh` typed locally means what it means in Slack. */
const COMMAND_PREFIX = /^\/quote(?=\s|$)/i;
/** A bot mention at the start of an app_mention event's text. */
const LEADING_MENTION = /^<@[UW][A-Z0-9]+(?:\|[^>]*)?>/;
/** A short quote id as the cards show it. */
const SHORT_ID = /^Q-[0-9a-f]{4,40}$/i;
/** A full quote id (a hex hash), accepted after `id` even when more words follow. */
const FULL_ID = /^[0-9a-f]{8,64}$/i;

// ---------------------------------------------------------------------------------------------------------
// Cleaning

const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** C0/C1 controls and DEL; tabs and newlines become spaces first so words do not merge. */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Invisible characters that would make two identical-looking queries differ. */
const INVISIBLES = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E\u301F\uFF02]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2039\u203A]/g;

/** Cut to MAX_QUERY_CHARS code points; the cut never splits a surrogate pair. */
function truncate(text: string): string {
  // Bound the work first: no input, however large, is scanned beyond a few times the limit.
  const bounded = text.length > MAX_QUERY_CHARS * 4 ? text.slice(0, MAX_QUERY_CHARS * 4) : text;
  const codePoints = Array.from(bounded);
  return codePoints.length > MAX_QUERY_CHARS ? codePoints.slice(0, MAX_QUERY_CHARS).join('') : bounded;
}

/** Everything that makes the text safe and uniform, except Slack markup and escapes (see decodeSlack). */
export function cleanText(text: string): string {
  return truncate(text)
    .replace(LONE_SURROGATES, '')
    .replace(/[\t\n\r\u000B\u000C]/g, ' ')
    .replace(CONTROL_CHARS, '')
    .replace(INVISIBLES, '')
    .normalize('NFC')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(/`/g, '') // code formatting copied from a help card or a quote id
    .replace(SPACES, ' ')
    .trim();
}

/** Slack's markup reduced to what a person would read; its escapes decoded (ampersand last). */
export function decodeSlack(text: string): string {
  return text
    .replace(/<([@#])[A-Z0-9]+\|([^>]*)>/g, (_m, sigil: string, label: string) => `${sigil}${label}`)
    .replace(/<[@#][A-Z0-9]+>/g, '')
    .replace(/<![^>]*>/g, '')
    .replace(/<([^<>|]+)\|([^<>]*)>/g, (_m, _url: string, label: string) => label)
    .replace(/<([^<>]+)>/g, (_m, url: string) => url)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(SPACES, ' ')
    .trim();
}

/** Drop any number of leading `/quote` prefixes and bot mentions, in any order. */
function stripPrefixes(text: string): string {
  let rest = text;
  for (;;) {
    const next = rest.replace(COMMAND_PREFIX, '').replace(LEADING_MENTION, '').trim();
    if (next === rest) return rest;
    rest = next;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Tokens

type Token =
  | { kind: 'word'; value: string }
  | { kind: 'phrase'; value: string }
  | { kind: 'filter'; key: FilterKey; value: string };

type FilterKey = 'since' | 'until' | 'in';
const FILTER = /^(since|until|in):/i;

/** Read a "…" phrase starting at text[at] === '"'; an unclosed quote runs to the end of the text. */
function readPhrase(text: string, at: number): { value: string; next: number } {
  const close = text.indexOf('"', at + 1);
  const end = close === -1 ? text.length : close;
  return { value: text.slice(at + 1, end).trim(), next: close === -1 ? text.length : close + 1 };
}

/** Read a bare word: up to the next space or quote mark. */
function readWord(text: string, at: number): { value: string; next: number } {
  let end = at;
  while (end < text.length && text[end] !== ' ' && text[end] !== '"') end++;
  return { value: text.slice(at, end), next: end };
}

/** Split a body into words, exact phrases and filters (whose value may be a quoted phrase). */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    if (text[at] === ' ') {
      at++;
      continue;
    }
    if (text[at] === '"') {
      const phrase = readPhrase(text, at);
      if (phrase.value) tokens.push({ kind: 'phrase', value: phrase.value });
      at = phrase.next;
      continue;
    }
    const filter = FILTER.exec(text.slice(at, at + 6));
    if (filter) {
      const key = filter[1].toLowerCase() as FilterKey;
      let valueAt = at + filter[0].length;
      while (text[valueAt] === ' ') valueAt++; // "since: 2023-11-01" is forgiven
      const value = text[valueAt] === '"' ? readPhrase(text, valueAt) : readWord(text, valueAt);
      tokens.push({ kind: 'filter', key, value: value.value });
      at = value.next;
      continue;
    }
    const word = readWord(text, at);
    tokens.push({ kind: 'word', value: word.value });
    at = word.next;
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------------------
// Filters

const DATE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A filter date as YYYY-MM-DD, or null when it is not a real date. A bare year or month is widened to the
 * start (since:) or end (until:) of that period, so `until:2019` includes all of 2019.
 */
export function parseFilterDate(value: string, edge: 'start' | 'end'): string | null {
  const m = DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? (edge === 'start' ? 1 : 12) : Number(m[2]);
  if (year < 1000 || month < 1 || month > 12) return null;
  const lastDay = daysInMonth(year, month);
  const day = m[3] === undefined ? (edge === 'start' ? 1 : lastDay) : Number(m[3]);
  if (day < 1 || day > lastDay) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

type FilterResult = { ok: true; filters: QueryFilters } | { ok: false; message: string };

/** Turn filter tokens into QueryFilters; the last of a repeated filter wins. */
function buildFilters(tokens: Token[]): FilterResult {
  const filters: QueryFilters = {};
  for (const token of tokens) {
    if (token.kind !== 'filter') continue;
    const value = token.value.trim();
    if (token.key === 'in') {
      if (!value) return { ok: false, message: 'in: needs an article or source, e.g. `in:wikinews` or `in:"boat fire"`.' };
      filters.in = value;
      continue;
    }
    const date = parseFilterDate(value, token.key === 'since' ? 'start' : 'end');
    if (!date) {
      const shown = value ? `“${value}” is not a date I know` : 'a date is missing';
      return { ok: false, message: `${token.key}: ${shown}; write it as YYYY-MM-DD, e.g. \`${token.key}:2023-11-01\`.` };
    }
    filters[token.key] = date;
  }
  if (filters.since && filters.until && filters.since > filters.until) {
    return {
      ok: false,
      message: `since:${filters.since} is after until:${filters.until}, so nothing could match; swap the dates?`,
    };
  }
  return { ok: true, filters };
}

// ---------------------------------------------------------------------------------------------------------
// Query shapes

/** Free words joined, with question marks and stray edge punctuation that carry no meaning removed. */
function joinWords(words: string[]): string {
  return words
    .join(' ')
    .replace(/\?+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.!-]+|[\s,;:!-]+$/g, '')
    .trim();
}

/** Split non-filter tokens into free text and phrases. */
function termsOf(tokens: Token[]): { text: string; phrases: string[] } {
  const words: string[] = [];
  const phrases: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'word') words.push(token.value);
    else if (token.kind === 'phrase') phrases.push(token.value);
  }
  return { text: joinWords(words), phrases };
}

/** A speaker name as typed, without a leading @ (from a reduced Slack mention) or trailing punctuation. */
function cleanSpeaker(name: string): string {
  return name
    .replace(/^@/, '')
    .replace(/[?!.,;:]+$/g, '')
    .replace(/'s$/i, '') // "by Singh's" → Singh
    .trim();
}

/**
 * After `by` / `from`: the speaker, then the remaining terms. The speaker is a leading phrase, or the words
 * up to a separator (a word ending in ":" or ",", the word "about", or a phrase), or all the words.
 */
function splitSpeaker(tokens: Token[]): { speaker: string; rest: Token[] } {
  const terms = tokens.filter((t) => t.kind !== 'filter');
  const filters = tokens.filter((t) => t.kind === 'filter');
  if (terms[0]?.kind === 'phrase') {
    return { speaker: cleanSpeaker(terms[0].value), rest: [...terms.slice(1), ...filters] };
  }
  const name: string[] = [];
  let i = 0;
  for (; i < terms.length; i++) {
    const token = terms[i];
    if (token.kind !== 'word') break;
    if (/^about$/i.test(token.value) && name.length > 0) {
      i++;
      break;
    }
    if (/[:,]$/.test(token.value)) {
      name.push(token.value.slice(0, -1));
      i++;
      break;
    }
    name.push(token.value);
  }
  return { speaker: cleanSpeaker(name.join(' ')), rest: [...terms.slice(i), ...filters] };
}

/** One way to read `by <words>`: who is asked for, and the words to look for in their quotes. */
export interface SpeakerReading {
  speaker: string;
  text: string;
}

/**
 * `by Singh supply chains` has no separator, so the grammar alone cannot tell where the name ends; only
 * the speakers the store knows can. This lists the readings, longest name first ("Singh supply chains",
 * "Singh supply" + "chains", "Singh" + "supply chains"), for the search to take the first that resolves.
 * A query whose split was explicit (a quoted name, a separator, or words/phrases already apart) has one
 * reading.
 */
export function speakerReadings(query: Extract<ParsedQuery, { type: 'bySpeaker' }>): SpeakerReading[] {
  if (query.text !== '' || query.phrases.length > 0) return [{ speaker: query.speaker, text: query.text }];
  const words = query.speaker.split(' ').filter(Boolean);
  const readings: SpeakerReading[] = [];
  for (let n = words.length; n >= 1; n--) {
    readings.push({ speaker: words.slice(0, n).join(' '), text: joinWords(words.slice(n)) });
  }
  return readings.length > 0 ? readings : [{ speaker: query.speaker, text: '' }];
}

const invalid = (message: string): ParsedQuery => ({ type: 'invalid', message });

/** Words after a keyword: `body` minus its first `count` words (keyword spacing is already single). */
function afterWords(body: string, count: number): string {
  return body.split(' ').slice(count).join(' ');
}

function parseRandom(rest: string): ParsedQuery {
  const tokens = tokenize(rest);
  const built = buildFilters(tokens);
  if (!built.ok) return invalid(built.message);
  let terms = tokens.filter((t) => t.kind !== 'filter');
  if (terms[0]?.kind === 'word' && /^quotes?$/i.test(terms[0].value)) terms = terms.slice(1);
  const byWord = terms[0]?.kind === 'word' && /^(by|from)$/i.test(terms[0].value) ? terms[0].value.toLowerCase() : null;
  if (byWord) terms = terms.slice(1);
  const speaker = cleanSpeaker(terms.map((t) => t.value).join(' '));
  if (byWord && !speaker) return invalid(`random ${byWord} whom? Add a name, e.g. \`random ${byWord} Singh\`.`);
  return speaker ? { type: 'random', speaker, filters: built.filters } : { type: 'random', filters: built.filters };
}

function parseBySpeaker(rest: string, keyword: string): ParsedQuery {
  const tokens = tokenize(rest);
  const built = buildFilters(tokens);
  if (!built.ok) return invalid(built.message);
  const { speaker, rest: after } = splitSpeaker(tokens);
  if (!speaker) return invalid(`${keyword} whom? Add a name, e.g. \`${keyword} Singh\` or \`${keyword} "Lloyd Austin" security\`.`);
  return { type: 'bySpeaker', speaker, ...termsOf(after), filters: built.filters };
}

/** "what did <speaker> say [about] [terms]" — the same query as `by <speaker> [terms]`. */
function parseWhatDidSay(rest: string): ParsedQuery | null {
  const m = /^(.+?) (?:say|says|said)(?:\?+)?(?: (?:about|on) (.*)| (.*))?$/i.exec(rest);
  if (!m) return null;
  const speaker = cleanSpeaker(m[1]);
  if (!speaker) return null;
  const tokens = tokenize(m[2] ?? m[3] ?? '');
  const built = buildFilters(tokens);
  if (!built.ok) return invalid(built.message);
  return { type: 'bySpeaker', speaker, ...termsOf(tokens), filters: built.filters };
}

function parseTerms(type: 'search' | 'whoSaid', rest: string): ParsedQuery {
  const tokens = tokenize(rest);
  const built = buildFilters(tokens);
  if (!built.ok) return invalid(built.message);
  const terms = termsOf(tokens);
  if (type === 'whoSaid' && !terms.text && terms.phrases.length === 0) {
    return invalid('Who said what? Add the words you remember, e.g. `who said "maritime security"`.');
  }
  if (type === 'search' && !terms.text && terms.phrases.length === 0) {
    // Only filters: a search over everything in that window is a fair reading of "since:2023-01-01".
    // Nothing at all ("??", '""'): the user needs the help, not an empty search.
    if (Object.keys(built.filters).length === 0) return { type: 'help' };
    return { type: 'search', text: '', phrases: [], filters: built.filters };
  }
  return { type, ...terms, filters: built.filters };
}

/** The one grammar: see the comment at the top of this file. Never throws. */
export function parseQuery(input: string): ParsedQuery {
  const cleaned = stripPrefixes(cleanText(typeof input === 'string' ? input : ''));
  const body = decodeSlack(cleaned);
  const words = body.split(' ');
  const first = (words[0] ?? '').toLowerCase();
  const second = (words[1] ?? '').toLowerCase();

  if (body === '' || first === 'help' || body === '?') return { type: 'help' };
  if (words.length === 1) {
    const command = first.replace(/[?!.]+$/, ''); // "stats?" asks for the stats
    if (command === 'sources' || command === 'stats' || command === 'add' || command === 'next') return { type: command };
    if (command === 'more') return { type: 'next' };
    if (SHORT_ID.test(body)) return { type: 'id', id: normaliseId(body) };
  }
  if (first === 'id') {
    const id = normaliseId((words[1] ?? '').replace(/^["'(]+|["').,;:!?]+$/g, ''));
    if (!id) return invalid('Which quote? Type its id, e.g. `id Q-3f9a`.');
    // "id Q-3f9a" or "id anything" alone is a lookup; "id like to know who said…" is a sentence.
    if (words.length === 2 || SHORT_ID.test(id) || FULL_ID.test(id)) return { type: 'id', id };
  }
  if (first === 'digest') {
    // Digest arguments may carry Slack markup (<#C123|general>) that the digest handler needs intact.
    const raw = /^digest(?: |$)(.*)$/i.exec(cleaned);
    const args = decodeEntitiesOnly(raw ? raw[1] : afterWords(body, 1));
    return { type: 'digest', args: args ? args.split(' ') : [] };
  }
  if (first === 'random') return parseRandom(afterWords(body, 1));
  if (first === 'by' || first === 'from') return parseBySpeaker(afterWords(body, 1), first);
  if (first === 'who' && /^(said|says)[:?]*$/.test(second)) return parseTerms('whoSaid', afterWords(body, 2));
  if (first === 'what' && second === 'did') {
    const query = parseWhatDidSay(afterWords(body, 2));
    if (query) return query;
  }
  return parseTerms('search', body);
}

/** Short ids are shown as "Q-3f9a"; typed in any case they mean the same quote. Full ids pass unchanged. */
function normaliseId(id: string): string {
  return SHORT_ID.test(id) ? `Q-${id.slice(2).toLowerCase()}` : id;
}

function decodeEntitiesOnly(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();
}
