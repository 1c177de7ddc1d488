/**
 * Search-quality harness: `npm run eval:search [-- --errors] [-- --json] [-- --threshold 0.5]`.
 *
 * Builds an in-memory store from the labelled corpus (the seed in data/articles and the Wikinews
 * development articles), with the product's own reader, extractor and store, then runs every labelled
 * query of tests/fixtures/search/queries.json through parseQuery → search.run, and prints:
 *   - top-1 / top-3 accuracy over queries that have a true answer (right quote AND right speaker),
 *   - confident wrong answers: answerable queries whose first hit is wrong and not flagged noMatch
 *     (a wrong speaker presented as the answer is the worst thing the bot can do),
 *   - no-answer precision: the share of queries with no true answer that the search does not answer
 *     confidently (noMatch, no hits, an unknown speaker, a question back, or a top confidence below the
 *     answer threshold).
 * The scoring is pure and exported (scoreQueries, judgeAnswer) so a jest test can assert floors.
 * Labels were written by reading the articles, never from extractor output, so the figures measure the
 * whole pipeline: extraction mistakes show up here as misses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listArticleFiles, readArticleFile } from '../src/articles';
import { extractQuotes } from '../src/extraction';
import { openStore, type QuoteStore } from '../src/store';
import { createSearch } from '../src/search';
import { parseQuery } from '../src/search/query';
import type { ParsedQuery, SearchAnswer, SearchHit, SearchOptions } from '../src/search/types';
import type { Speaker } from '../src/types';

const ROOT = path.resolve(__dirname, '..');
export const QUERIES_FILE = path.join(ROOT, 'tests/fixtures/search/queries.json');

// ---------------------------------------------------------------------------------------------------------
// The labelled set

export type QueryKind = 'typo' | 'phrase' | 'whoSaid' | 'speaker' | 'random' | 'filter' | 'noAnswer';

/**
 * What counts as a right answer: a quote (a verbatim substring, or several when more than one quote of the
 * corpus is a fair answer) and/or its speaker; the bot asking which of several speakers was meant, with
 * these among the candidates; any quote; or, for queries with no true answer, none.
 */
export type Expectation =
  | { quote?: string | string[]; speaker?: string }
  | { ambiguous: string[] }
  | 'any'
  | 'noMatch';

const quoteAlternatives = (quote: string | string[] | undefined): string[] =>
  quote === undefined ? [] : Array.isArray(quote) ? quote : [quote];

export interface LabelledQuery {
  id: string;
  kind: QueryKind;
  query: string;
  expect: Expectation;
  note?: string;
}

export interface LabelledSet {
  description: string;
  /** Article files or directories; relative paths are relative to the repository root. */
  corpus: string[];
  queries: LabelledQuery[];
}

export function loadLabelledSet(file = QUERIES_FILE): LabelledSet {
  const set = JSON.parse(fs.readFileSync(file, 'utf8')) as LabelledSet;
  return { ...set, corpus: set.corpus.map((p) => path.resolve(ROOT, p)) };
}

// ---------------------------------------------------------------------------------------------------------
// Matching a hit against a label (pure)

/** Lower case, straight quotes, one space: how a label and a quote text are compared. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2013]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const NAME_STOPWORDS = new Set(['the', 'of', 'a', 'an', 'mr', 'mrs', 'ms', 'dr']);

/** A name as a set of plain words: accents folded, punctuation and filler words dropped. */
function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !NAME_STOPWORDS.has(w));
}

/**
 * Does one of the speaker's names denote the expected person? Whole words, either way round: "Smith"
 * names "Tristan Smith", and "Defence Minister Rajnath Singh" names "Rajnath Singh". An unknown speaker
 * never matches.
 */
export function speakerMatches(speaker: Pick<Speaker, 'name' | 'aliases'>, expected: string): boolean {
  const want = nameWords(expected);
  if (want.length === 0) return false;
  return [speaker.name, ...(speaker.aliases ?? [])].some((candidate) => {
    const got = nameWords(candidate);
    if (got.length === 0 || (got.length === 1 && got[0] === 'unknown')) return false;
    const gotSet = new Set(got);
    const wantSet = new Set(want);
    return want.every((w) => gotSet.has(w)) || got.every((w) => wantSet.has(w));
  });
}

/** Is this hit a right answer for the expectation? (noMatch and ambiguity expectations have no right hit.) */
export function hitIsRight(hit: SearchHit, expect: Expectation): boolean {
  if (expect === 'noMatch' || (typeof expect === 'object' && 'ambiguous' in expect)) return false;
  if (expect === 'any') return true;
  const quotes = quoteAlternatives(expect.quote);
  const text = normaliseText(hit.quote.text);
  if (quotes.length > 0 && !quotes.some((q) => text.includes(normaliseText(q)))) return false;
  if (expect.speaker && !speakerMatches(hit.quote.speaker, expect.speaker)) return false;
  return true;
}

/** Did the bot ask "which one?" with every expected speaker among the candidates? */
export function askedRightly(answer: SearchAnswer | null, expect: Expectation): boolean {
  if (typeof expect !== 'object' || !('ambiguous' in expect) || answer?.type !== 'ambiguousSpeaker') return false;
  return expect.ambiguous.every((name) => answer.candidates.some((c) => speakerMatches({ name: c.name, aliases: [] }, name)));
}

// ---------------------------------------------------------------------------------------------------------
// Judging one answer (pure)

export interface JudgeOptions {
  /** A top confidence below this is not a confident answer, even without noMatch. */
  answerThreshold?: number;
}

export interface QueryOutcome {
  id: string;
  kind: QueryKind;
  query: string;
  expect: Expectation;
  parsed: ParsedQuery['type'];
  answer: SearchAnswer['type'] | 'notSearched';
  /** 1-based rank of the first right hit, null when none of the hits shown is right. */
  rank: number | null;
  /** The search presented its first hit as an answer (not noMatch, confidence at or above the threshold). */
  confident: boolean;
  /** For answerable queries: the right quote came first but with a wrong speaker. */
  wrongSpeakerFirst: boolean;
  /** For noAnswer queries: the search did not answer confidently. */
  abstained: boolean;
  top: Array<{ speaker: string; confidence: number; text: string }>;
  /** Speakers the answer offered instead of quotes (ambiguous: candidates; unknown: suggestions). */
  offered: string[];
}

function isConfident(answer: SearchAnswer, options: JudgeOptions): boolean {
  if (answer.type !== 'results' || answer.noMatch || answer.hits.length === 0) return false;
  return options.answerThreshold === undefined || answer.hits[0].confidence >= options.answerThreshold;
}

export function judgeAnswer(
  label: LabelledQuery,
  parsed: ParsedQuery,
  answer: SearchAnswer | null,
  options: JudgeOptions = {},
): QueryOutcome {
  const hits = answer?.type === 'results' ? answer.hits : [];
  const rankIndex = askedRightly(answer, label.expect) ? 0 : hits.findIndex((hit) => hitIsRight(hit, label.expect));
  const confident = answer !== null && isConfident(answer, options);
  const expect = label.expect;
  const first = hits[0];
  const wrongSpeakerFirst =
    typeof expect === 'object' &&
    !('ambiguous' in expect) &&
    !!expect.quote &&
    !!expect.speaker &&
    first !== undefined &&
    hitIsRight(first, { quote: expect.quote }) &&
    !hitIsRight(first, expect);
  return {
    id: label.id,
    kind: label.kind,
    query: label.query,
    expect,
    parsed: parsed.type,
    answer: answer?.type ?? 'notSearched',
    rank: rankIndex === -1 ? null : rankIndex + 1,
    confident,
    wrongSpeakerFirst,
    abstained: !confident,
    top: hits.slice(0, 3).map((hit) => ({
      speaker: hit.quote.speaker.name,
      confidence: Math.round(hit.confidence * 1000) / 1000,
      text: hit.quote.text,
    })),
    offered:
      answer?.type === 'ambiguousSpeaker'
        ? answer.candidates.map((c) => c.name)
        : answer?.type === 'unknownSpeaker'
          ? answer.suggestions.map((c) => c.name)
          : [],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Scoring a run (pure)

export interface KindScore {
  queries: number;
  top1: number;
  top3: number;
}

export interface EvalScore {
  answerable: number;
  top1: number;
  top3: number;
  top1Accuracy: number;
  top3Accuracy: number;
  /** Answerable queries whose first hit was wrong yet presented as an answer. */
  confidentWrong: number;
  /** Answerable queries where the right quote came first with a wrong speaker. */
  wrongSpeakerFirst: number;
  noAnswer: number;
  noAnswerAbstained: number;
  /** Share of no-answer queries that got no confident (hence wrong) answer. */
  noAnswerPrecision: number;
  byKind: Record<string, KindScore>;
  misses: QueryOutcome[];
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

export function scoreQueries(outcomes: QueryOutcome[]): EvalScore {
  const answerable = outcomes.filter((o) => o.expect !== 'noMatch');
  const noAnswer = outcomes.filter((o) => o.expect === 'noMatch');
  const top1 = answerable.filter((o) => o.rank === 1).length;
  const top3 = answerable.filter((o) => o.rank !== null && o.rank <= 3).length;
  const abstained = noAnswer.filter((o) => o.abstained).length;
  const byKind: Record<string, KindScore> = {};
  for (const o of outcomes) {
    const k = (byKind[o.kind] ??= { queries: 0, top1: 0, top3: 0 });
    k.queries++;
    const right1 = o.expect === 'noMatch' ? o.abstained : o.rank === 1;
    const right3 = o.expect === 'noMatch' ? o.abstained : o.rank !== null && o.rank <= 3;
    if (right1) k.top1++;
    if (right3) k.top3++;
  }
  return {
    answerable: answerable.length,
    top1,
    top3,
    top1Accuracy: ratio(top1, answerable.length),
    top3Accuracy: ratio(top3, answerable.length),
    confidentWrong: answerable.filter((o) => o.rank !== 1 && o.confident).length,
    wrongSpeakerFirst: answerable.filter((o) => o.wrongSpeakerFirst).length,
    noAnswer: noAnswer.length,
    noAnswerAbstained: abstained,
    noAnswerPrecision: ratio(abstained, noAnswer.length),
    byKind,
    misses: outcomes.filter((o) => (o.expect === 'noMatch' ? !o.abstained : o.rank !== 1)),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Running (I/O)

/** What the harness needs of a search: the contract's `run`. */
export interface RunnableSearch {
  run(query: ParsedQuery, options?: SearchOptions): SearchAnswer;
}

/** A small seeded generator, so `random` queries give the same answer on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEARCHABLE = new Set<ParsedQuery['type']>(['search', 'whoSaid', 'bySpeaker', 'random', 'id']);

export function runQueries(search: RunnableSearch, queries: LabelledQuery[], options: JudgeOptions = {}): QueryOutcome[] {
  return queries.map((label, i) => {
    const parsed = parseQuery(label.query);
    const answer = SEARCHABLE.has(parsed.type) ? search.run(parsed, { limit: 5, random: seededRandom(1000 + i) }) : null;
    return judgeAnswer(label, parsed, answer, options);
  });
}

export interface CorpusReport {
  files: number;
  articles: number;
  quotes: number;
  /** Files that could not be read or extracted, with why. */
  failures: Array<{ file: string; error: string }>;
  missingPaths: string[];
}

/** Read, extract and ingest every article of the corpus into the store; a broken file is reported, not fatal. */
export function ingestCorpus(store: QuoteStore, corpus: string[]): CorpusReport {
  const missingPaths = corpus.filter((p) => !fs.existsSync(p));
  const files = listArticleFiles(corpus.filter((p) => fs.existsSync(p)));
  const report: CorpusReport = { files: files.length, articles: 0, quotes: 0, failures: [], missingPaths };
  for (const file of files) {
    try {
      const article = readArticleFile(file);
      const result = store.ingest(article, extractQuotes(article));
      if (result.added) report.articles++;
      report.quotes += result.quotesAdded;
    } catch (err) {
      report.failures.push({ file, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return report;
}

// ---------------------------------------------------------------------------------------------------------
// Printing

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function describeExpectation(expect: Expectation): string {
  if (typeof expect === 'string') return expect;
  if ('ambiguous' in expect) return `a question: which of ${expect.ambiguous.join(', ')}, …?`;
  const quotes = quoteAlternatives(expect.quote).map((q) => `“${q}”`);
  return [expect.speaker && `speaker ${expect.speaker}`, quotes.join(' or ')].filter(Boolean).join(', ');
}

function clip(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function formatReport(score: EvalScore, corpus: CorpusReport, seconds: number, showErrors: boolean): string {
  const lines = [
    `Corpus: ${corpus.articles} articles, ${corpus.quotes} quotes from ${corpus.files} files` +
      (corpus.failures.length ? ` (${corpus.failures.length} failed)` : ''),
    ...corpus.missingPaths.map((p) => `  warning: corpus path not found: ${p}`),
    ...corpus.failures.map((f) => `  warning: ${f.error}`),
    '',
    `Answerable queries:   ${score.answerable}`,
    `  top-1 accuracy:     ${pct(score.top1Accuracy)} (${score.top1}/${score.answerable})`,
    `  top-3 accuracy:     ${pct(score.top3Accuracy)} (${score.top3}/${score.answerable})`,
    `  confident wrong:    ${score.confidentWrong}   (first hit wrong but presented as the answer)`,
    `  wrong speaker 1st:  ${score.wrongSpeakerFirst}   (right quote first, attributed to the wrong speaker)`,
    `No-answer queries:    ${score.noAnswer}`,
    `  no-answer precision: ${pct(score.noAnswerPrecision)} (${score.noAnswerAbstained}/${score.noAnswer} not answered confidently)`,
    '',
    'By kind (no-answer rows count abstentions):',
    ...Object.entries(score.byKind).map(
      ([kind, k]) => `  ${kind.padEnd(9)} ${String(k.queries).padStart(3)} queries  top-1 ${pct(k.top1 / k.queries).padStart(6)}  top-3 ${pct(k.top3 / k.queries).padStart(6)}`,
    ),
    '',
    `Ran in ${seconds.toFixed(1)} s.`,
  ];
  if (showErrors && score.misses.length > 0) {
    lines.push('', `Misses (${score.misses.length}):`);
    for (const miss of score.misses) {
      lines.push(`- [${miss.id}] ${miss.query}`);
      lines.push(`    expected: ${describeExpectation(miss.expect)}; parsed ${miss.parsed}, answer ${miss.answer}, rank ${miss.rank ?? '-'}${miss.confident ? ', confident' : ''}`);
      if (miss.offered.length > 0) lines.push(`    offered speakers: ${miss.offered.join('; ')}`);
      else if (miss.top.length === 0) lines.push('    got: nothing');
      miss.top.forEach((hit, i) => lines.push(`    ${i + 1}. ${hit.speaker} (${hit.confidence}): ${clip(hit.text)}`));
    }
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// Main

interface Flags {
  errors: boolean;
  json: boolean;
  threshold?: number;
  queries: string;
}

function parseFlags(argv: string[]): Flags {
  const flags: Flags = { errors: false, json: false, queries: QUERIES_FILE };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--errors') flags.errors = true;
    else if (arg === '--json') flags.json = true;
    else if (arg === '--threshold') flags.threshold = Number(argv[++i]);
    else if (arg === '--queries') flags.queries = path.resolve(argv[++i]);
    else throw new Error(`Unknown option ${arg}. Usage: eval-search [--errors] [--json] [--threshold 0.5] [--queries file.json]`);
  }
  if (flags.threshold !== undefined && !(flags.threshold >= 0 && flags.threshold <= 1)) {
    throw new Error('--threshold must be a number between 0 and 1.');
  }
  return flags;
}

function main(argv: string[]): number {
  const flags = parseFlags(argv);
  const set = loadLabelledSet(flags.queries);
  const started = process.hrtime.bigint();
  const store = openStore(':memory:');
  try {
    const corpus = ingestCorpus(store, set.corpus);
    const outcomes = runQueries(createSearch(store), set.queries, { answerThreshold: flags.threshold });
    const score = scoreQueries(outcomes);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (flags.json) {
      const { misses, ...figures } = score;
      process.stdout.write(`${JSON.stringify({ corpus, ...figures, misses: flags.errors ? misses : undefined }, null, 2)}\n`);
    } else {
      process.stdout.write(`${formatReport(score, corpus, seconds, flags.errors)}\n`);
    }
    return 0;
  } finally {
    store.close();
  }
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`eval:search: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
