/**
 * `npm run bench:search [-- --sizes=1000,10000 --baseline-budget=45]`
 *
 * For each archive size: builds (or reuses, from bench/.cache/) a deterministic synthetic store, then measures
 * in separate child processes, so each one's peak RSS is its own:
 *   - the product: start-up from the existing store (open + first answer), p50/p99 latency over a mix of
 *     typo'd phrase, speaker and who-said queries, top-1 accuracy, peak RSS;
 *   - the baseline: plain Fuse.js over all quotes (keys text + speaker, ignoreLocation, threshold 0.4), run
 *     until a time budget is spent; a query still running at the budget is reported as "> budget".
 * Writes bench/results.md with the machine it ran on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import Fuse from 'fuse.js';
import { openStore } from '../src/store';
import { createSearch } from '../src/search';
import type { ParsedQuery, SearchAnswer } from '../src/search/types';
import type { Article, Quote } from '../src/types';
import { words } from '../src/store/text';
import { SCHEMA_VERSION } from '../src/store/schema';
import { generateArchive, mulberry32, GENERATOR_VERSION } from './synthetic';

const CACHE = path.join(__dirname, '.cache');
const RESULTS = path.join(__dirname, 'results.md');
const SEED = 20231111;
const QUERIES_PER_KIND = 100;
/** Articles per ingestBatch transaction when building (each article still all-or-nothing). */
const BUILD_BATCH = 200;
/** Bump when the query generation changes (queries are rebuilt from the cached store). */
const QUERY_VERSION = 2;
const DEFAULT_SIZES = [1_000, 10_000, 100_000, 1_000_000];
const DEFAULT_BASELINE_BUDGET_S = 45;
/** Loading a million quotes into Fuse.js takes time of its own; it is capped separately. */
const BASELINE_LOAD_CAP_S = 120;

type Kind = 'phrase' | 'speaker' | 'whoSaid';

interface BenchQuery {
  kind: Kind;
  query: ParsedQuery;
  /** What the baseline searches for. */
  fuseText: string;
  expect: { quoteId?: string; window?: string[]; speaker: string };
}

interface BuildMeta {
  size: number;
  buildSeconds: number;
  /** How the store was built (older caches: one ingest per article, no optimize). */
  method?: string;
  fileMB: number;
  speakers: number;
  corpusWords: number;
  corpusSources: string[];
}

interface ProductResult {
  openMs: number;
  firstAnswerMs: number;
  latencies: Record<Kind | 'all', { p50: number; p99: number; max: number }>;
  correct: boolean[];
  top1: number;
  top1ByKind: Record<Kind, number>;
  peakRssMB: number;
}

interface BaselineResult {
  loadSeconds: number | null;
  done: Array<{ i: number; ms: number; correct: boolean }>;
  /** True when a query was still running when the budget ran out (or loading never finished). */
  overBudget: boolean;
  peakRssMB?: number;
}

const files = (size: number) => {
  // A store is rebuilt when the generator or the store's schema changes.
  const base = path.join(CACHE, `synthetic-g${GENERATOR_VERSION}-s${SCHEMA_VERSION}-${size}`);
  return { db: `${base}.db`, queries: `${base}.queries-q${QUERY_VERSION}.json`, meta: `${base}.meta.json` };
};

// ---------------------------------------------------------------------------------------------------------
// Queries: typo'd phrases, misspelt speaker names, who-said fragments, each with its intended answer.

function typo(word: string, rnd: () => number): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(rnd() * (word.length - 2));
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  switch (Math.floor(rnd() * 4)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2); // swap
    case 1:
      return word.slice(0, i) + word.slice(i + 1); // delete
    case 2:
      return word.slice(0, i) + letters[Math.floor(rnd() * 26)] + word.slice(i + 1); // substitute
    default:
      return word.slice(0, i) + letters[Math.floor(rnd() * 26)] + word.slice(i); // insert
  }
}

/** A window of `n` words of the quote holding at least two words of 5+ letters; null if none. */
function window(text: string, n: number, rnd: () => number): string[] | null {
  const ws = words(text);
  for (let attempt = 0; attempt < 20; attempt++) {
    const start = Math.floor(rnd() * Math.max(1, ws.length - n));
    const w = ws.slice(start, start + n);
    if (w.length === n && w.filter((x) => x.length >= 5).length >= 2) return w;
  }
  return null;
}

function typoInLongestWord(ws: string[], rnd: () => number): string[] {
  let longest = 0;
  ws.forEach((w, i) => {
    if (w.length > ws[longest].length) longest = i;
  });
  return ws.map((w, i) => (i === longest ? typo(w, rnd) : w));
}

/**
 * The queries for an archive: QUERIES_PER_KIND of each kind, kinds interleaved. Who-said fragments are
 * words that only one quote holds (`holders` counts them): a fragment that several speakers said has no
 * single right speaker (the engine then says so rather than pick one), which is a different test.
 */
function makeQueries(
  targets: Array<{ id: string; text: string; speaker: string }>,
  rnd: () => number,
  holders: (window: string[]) => number,
): BenchQuery[] {
  const out: BenchQuery[] = [];
  const kinds = ['phrase', 'speaker', 'whoSaid'] as const;
  const counts = { phrase: 0, speaker: 0, whoSaid: 0 };
  let next = 0;
  for (const t of targets) {
    if (kinds.every((k) => counts[k] >= QUERIES_PER_KIND)) break;
    while (counts[kinds[next % 3]] >= QUERIES_PER_KIND) next++;
    const kind: Kind = kinds[next % 3];
    if (kind === 'speaker') {
      const parts = t.speaker.split(' ');
      const at = parts.length > 1 && parts[parts.length - 1].length >= 4 ? parts.length - 1 : 0;
      const asked = parts.map((p, k) => (k === at ? typo(p, rnd) : p)).join(' ');
      out.push({ kind, query: { type: 'bySpeaker', speaker: asked, text: '', phrases: [], filters: {} }, fuseText: asked, expect: { speaker: t.speaker } });
      counts.speaker++;
      next++;
      continue;
    }
    const w = window(t.text, kind === 'phrase' ? 4 : 6, rnd);
    if (!w || (kind === 'whoSaid' && holders(w) !== 1)) continue; // try the next quote for this kind
    const asked = (kind === 'phrase' || rnd() < 0.5 ? typoInLongestWord(w, rnd) : w).join(' ');
    const query: ParsedQuery = kind === 'phrase' ? { type: 'search', text: asked, phrases: [], filters: {} } : { type: 'whoSaid', text: asked, phrases: [], filters: {} };
    out.push({ kind, query, fuseText: asked, expect: { quoteId: t.id, window: w, speaker: t.speaker } });
    counts[kind]++;
    next++;
  }
  return out;
}

/** Pick quotes of a built store (a fixed sample) and write its query file. */
function writeQueries(size: number): void {
  const f = files(size);
  const store = openStore(f.db, { readonly: true });
  const count = store.quoteCount();
  const pick = mulberry32(SEED + 1);
  const rowids: number[] = [];
  const seen = new Set<number>();
  // More quotes than queries: who-said needs fragments only one quote holds, and some quotes have none.
  while (rowids.length < Math.min(count, QUERIES_PER_KIND * 6)) {
    const r = 1 + Math.floor(pick() * count);
    if (!seen.has(r)) rowids.push(r), seen.add(r);
  }
  const targets = store.quotesByRowid(rowids).map((q) => ({ id: q.id, text: q.text, speaker: q.speaker.name }));
  const holders = (w: string[]) =>
    store.db.prepare('SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?').pluck().get(`text : "${w.join(' ')}"`) as number;
  fs.writeFileSync(f.queries, JSON.stringify(makeQueries(targets, mulberry32(SEED + 2), holders)));
  store.close();
}

/** The intended quote, or another holding the same words in the same order (an equally right answer). */
function isRightQuote(q: BenchQuery, hit: { id: string; text: string; speaker: string } | undefined): boolean {
  if (!hit) return false;
  if (q.kind === 'speaker') return hit.speaker === q.expect.speaker;
  const sameWords = hit.id === q.expect.quoteId || words(hit.text).join(' ').includes(q.expect.window!.join(' '));
  // For "who said", the answer is the speaker: it must be theirs.
  return sameWords && (q.kind !== 'whoSaid' || hit.speaker === q.expect.speaker);
}

function productCorrect(q: BenchQuery, answer: SearchAnswer): boolean {
  if (answer.type !== 'results') return false;
  if (q.kind === 'speaker') return answer.speaker?.name === q.expect.speaker;
  if (q.kind === 'whoSaid' && answer.noMatch) return false;
  const top = answer.hits[0]?.quote;
  return isRightQuote(q, top && { id: top.id, text: top.text, speaker: top.speaker.name });
}

// ---------------------------------------------------------------------------------------------------------
// Child: build

function build(size: number): void {
  fs.mkdirSync(CACHE, { recursive: true });
  const f = files(size);
  const tmp = `${f.db}.building`;
  for (const p of [tmp, `${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(p, { force: true });
  const archive = generateArchive(size, SEED);
  const store = openStore(tmp);
  const t0 = performance.now();
  let index = 0;
  let lastReport = t0;
  let batch: Array<{ article: Article; quotes: Quote[] }> = [];
  const flush = () => {
    for (const r of store.ingestBatch(batch)) if ('error' in r) throw new Error(`ingest failed: ${r.error}`);
    batch = [];
  };
  for (const item of archive.articles()) {
    batch.push(item);
    index += item.quotes.length;
    if (batch.length >= BUILD_BATCH) flush();
    if (performance.now() - lastReport > 10_000) {
      lastReport = performance.now();
      process.stderr.write(`  built ${index.toLocaleString()} / ${size.toLocaleString()} quotes (${((lastReport - t0) / 1000).toFixed(0)} s)\n`);
    }
  }
  flush();
  store.optimizeIndex();
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  const buildSeconds = (performance.now() - t0) / 1000;
  const speakers = store.stats().speakers;
  store.close();
  fs.renameSync(tmp, f.db);
  const meta: BuildMeta = {
    size,
    buildSeconds,
    method: `ingestBatch of ${BUILD_BATCH} articles + FTS5 optimize`,
    fileMB: fs.statSync(f.db).size / 1e6,
    speakers,
    corpusWords: archive.corpus.words,
    corpusSources: archive.corpus.sources,
  };
  fs.writeFileSync(f.meta, JSON.stringify(meta));
}

// ---------------------------------------------------------------------------------------------------------
// Child: product

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p99: percentile(s, 99), max: s[s.length - 1] ?? NaN };
}

const WARM_UP: ParsedQuery[] = [
  { type: 'search', text: 'secruity council meeting', phrases: [], filters: {} },
  { type: 'whoSaid', text: 'the goverment said it would', phrases: [], filters: {} },
  { type: 'bySpeaker', speaker: 'Maria Lopes', text: '', phrases: [], filters: {} },
];

function product(size: number): void {
  const f = files(size);
  const queries = JSON.parse(fs.readFileSync(f.queries, 'utf8')) as BenchQuery[];
  const t0 = performance.now();
  const store = openStore(f.db, { readonly: true });
  const search = createSearch(store);
  const openMs = performance.now() - t0;
  // Start-up ends when the first answers are out: one of each kind, typos included, so the vocabulary,
  // the speaker directory and the JIT are warm as in a running bot.
  for (const query of WARM_UP) search.run(query, { limit: 5 });
  const firstAnswerMs = performance.now() - t0;
  const byKind: Record<Kind | 'all', number[]> = { phrase: [], speaker: [], whoSaid: [], all: [] };
  const correct: boolean[] = [];
  for (const q of queries) {
    const s = performance.now();
    const answer = search.run(q.query, { limit: 5 });
    const ms = performance.now() - s;
    byKind[q.kind].push(ms);
    byKind.all.push(ms);
    correct.push(productCorrect(q, answer));
  }
  const share = (kind: Kind) => {
    const idx = queries.map((q, i) => (q.kind === kind ? i : -1)).filter((i) => i >= 0);
    return idx.filter((i) => correct[i]).length / Math.max(1, idx.length);
  };
  const result: ProductResult = {
    openMs,
    firstAnswerMs,
    latencies: { phrase: summary(byKind.phrase), speaker: summary(byKind.speaker), whoSaid: summary(byKind.whoSaid), all: summary(byKind.all) },
    correct,
    top1: correct.filter(Boolean).length / Math.max(1, correct.length),
    top1ByKind: { phrase: share('phrase'), speaker: share('speaker'), whoSaid: share('whoSaid') },
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
  store.close();
  process.stdout.write(JSON.stringify(result) + '\n');
}

// ---------------------------------------------------------------------------------------------------------
// Child: baseline (plain Fuse.js over every quote). Prints one line per finished query, so the parent
// keeps what finished when it stops the child at the budget.

function baseline(size: number, budgetS: number): void {
  const f = files(size);
  const queries = JSON.parse(fs.readFileSync(f.queries, 'utf8')) as BenchQuery[];
  const t0 = performance.now();
  const store = openStore(f.db, { readonly: true });
  const docs = (store.db.prepare('SELECT id, text, speaker FROM quotes').raw().all() as Array<[string, string, string]>).map(([id, text, speaker]) => ({
    id,
    text,
    speaker: (JSON.parse(speaker) as { name: string }).name,
  }));
  store.close();
  const fuse = new Fuse(docs, { keys: ['text', 'speaker'], ignoreLocation: true, threshold: 0.4, includeScore: true });
  process.stdout.write(JSON.stringify({ loaded: (performance.now() - t0) / 1000 }) + '\n');
  let spent = 0;
  for (const [i, q] of queries.entries()) {
    if (spent >= budgetS * 1000) break; // the parent stops a query that runs past the budget
    const s = performance.now();
    const top = fuse.search(q.fuseText, { limit: 1 })[0]?.item;
    const ms = performance.now() - s;
    spent += ms;
    process.stdout.write(JSON.stringify({ i, ms, correct: isRightQuote(q, top), rss: process.resourceUsage().maxRSS / 1024 }) + '\n');
  }
}

// ---------------------------------------------------------------------------------------------------------
// Parent

function runChild(args: string[], timeoutS?: number): Promise<{ lines: string[]; timedOut: boolean; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, __filename, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let timedOut = false;
    child.stdout.on('data', (c) => (out += String(c)));
    const timer = timeoutS ? setTimeout(() => ((timedOut = true), child.kill('SIGKILL')), timeoutS * 1000) : undefined;
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ lines: out.split('\n').filter(Boolean), timedOut, code });
    });
  });
}

/** The baseline within its budget: loading capped, then queries until the budget is spent. */
async function measureBaseline(size: number, budgetS: number): Promise<BaselineResult> {
  // The child's clock starts at spawn; the budget covers queries only, so allow the load cap on top.
  const run = await runChild(['baseline', String(size), String(budgetS)], BASELINE_LOAD_CAP_S + budgetS);
  const parsed = run.lines.map((l) => JSON.parse(l) as { loaded?: number; i?: number; ms?: number; correct?: boolean; rss?: number });
  const loaded = parsed.find((p) => p.loaded !== undefined)?.loaded ?? null;
  const done: BaselineResult['done'] = [];
  let spent = 0;
  let overBudget = loaded === null;
  let peak: number | undefined;
  for (const p of parsed) {
    if (p.i === undefined) continue;
    if (spent + p.ms! > budgetS * 1000) {
      overBudget = true;
      break;
    }
    spent += p.ms!;
    done.push({ i: p.i, ms: p.ms!, correct: p.correct! });
    peak = p.rss;
  }
  const queries = JSON.parse(fs.readFileSync(files(size).queries, 'utf8')) as BenchQuery[];
  if (done.length < queries.length && !overBudget && run.timedOut) overBudget = true;
  return { loadSeconds: loaded, done, overBudget, peakRssMB: peak };
}

function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(0)}%`;
}

interface Row {
  size: number;
  meta: BuildMeta;
  cached: boolean;
  product: ProductResult;
  baseline: BaselineResult;
  budgetS: number;
}

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

function renderResults(rows: Row[]): string {
  const lines: string[] = [];
  lines.push('# Search benchmark', '');
  lines.push(`Machine: ${machine()}.  `);
  lines.push(`Date: ${new Date().toISOString()}. Command: \`npm run bench:search\`.`, '');
  const corpus = rows[0]?.meta;
  lines.push(
    `Synthetic archives (generator v${GENERATOR_VERSION}, seed ${SEED}): quotes of 20–80 words (mean 50) from a word-bigram model of real quotations ` +
      `(${corpus ? corpus.corpusSources.join(' + ') : ''}; ${corpus?.corpusWords.toLocaleString() ?? '?'} words), with Zipf-distributed invented proper nouns and numbers woven in, ` +
      `speakers (people with roles, organisations) with Zipf popularity, 4–12 quotes per article.`,
    '',
  );
  lines.push(
    `Queries (${QUERIES_PER_KIND} of each kind, interleaved): **phrase** = 4 adjacent words of a stored quote with one typo in the longest word (\`search\`); ` +
      `**speaker** = a speaker's full name with one typo in the surname (\`by …\`); **who said** = 6 adjacent words that only that quote holds, half with a typo (\`who said …\`). ` +
      `Top-1 is right when the first result is the intended quote or another one holding the same words in the same order (for who-said also by the same speaker, and not flagged no-match); ` +
      `for speaker queries when the name resolves to that speaker (the baseline: when its first result is a quote of that speaker).`,
    '',
  );
  lines.push(
    '| quotes | speakers | store + index build | file | start-up (open + first 3 answers) | product p50 / p99 | product top-1 | product peak RSS | Fuse.js baseline p50 / p99 | baseline top-1 (queries run) | product top-1 on the same queries |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const r of rows) {
    const p = r.product;
    const b = r.baseline;
    const bms = b.done.map((d) => d.ms);
    const bs = summary(bms);
    const baseLat = b.done.length === 0 ? `> ${r.budgetS} s budget (no query finished${b.loadSeconds === null ? '; loading alone exceeded its cap' : ''})` : `${fmtMs(bs.p50)} / ${fmtMs(bs.p99)}${b.overBudget ? ` (then > ${r.budgetS} s budget)` : ''}`;
    const baseTop = b.done.length ? `${pct(b.done.filter((d) => d.correct).length / b.done.length)} (${b.done.length})` : '—';
    const same = b.done.length ? pct(b.done.filter((d) => p.correct[d.i]).length / b.done.length) : '—';
    lines.push(
      `| ${r.size.toLocaleString()} | ${r.meta.speakers.toLocaleString()} | ${r.meta.buildSeconds.toFixed(1)} s${r.cached ? ' (cached)' : ''}${r.meta.method ? '' : ' ¹'} | ${r.meta.fileMB.toFixed(0)} MB | ${fmtMs(p.openMs)} + ${fmtMs(p.firstAnswerMs - p.openMs)} | ${fmtMs(p.latencies.all.p50)} / ${fmtMs(p.latencies.all.p99)} | ${pct(p.top1)} | ${p.peakRssMB.toFixed(0)} MB | ${baseLat} | ${baseTop} | ${same} |`,
    );
  }
  lines.push('', 'Product latency and top-1 by query kind:', '');
  lines.push('| quotes | phrase p50 / p99 / max | phrase top-1 | speaker p50 / p99 / max | speaker top-1 | who said p50 / p99 / max | who said top-1 |', '|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const l = r.product.latencies;
    const t = r.product.top1ByKind;
    const cell = (k: Kind) => `${fmtMs(l[k].p50)} / ${fmtMs(l[k].p99)} / ${fmtMs(l[k].max)}`;
    lines.push(`| ${r.size.toLocaleString()} | ${cell('phrase')} | ${pct(t.phrase)} | ${cell('speaker')} | ${pct(t.speaker)} | ${cell('whoSaid')} | ${pct(t.whoSaid)} |`);
  }
  lines.push(
    '',
    ...(rows.some((r) => !r.meta.method)
      ? ['¹ built by one `store.ingest` per article (the path `ingestFiles` takes); the others by `store.ingestBatch` of ' + BUILD_BATCH + ' articles, then an FTS5 optimize (a bulk import).', '']
      : [`Stores built by \`store.ingestBatch\` of ${BUILD_BATCH} articles, then an FTS5 optimize (a bulk import).`, '']),
    'Goals (issue 4): 1M → p99 ≤ 100 ms, start-up ≤ 5 s, peak RSS ≤ 1 GB, top-1 ≥ baseline; 100k → p99 ≤ 20 ms.',
    `The baseline runs each size's queries in order until ${rows[0]?.budgetS ?? DEFAULT_BASELINE_BUDGET_S} s of query time are spent (its loading, capped at ${BASELINE_LOAD_CAP_S} s, is not counted); ` +
      'a query that would cross the budget is cut off and reported as "> budget". Each measurement runs in its own process (peak RSS is its own). ' +
      'Store build time covers quotes, speakers, vocabulary and the FTS5 index; start-up opens the existing store read-only and answers three first queries, one of each kind (no re-index).',
  );
  return lines.join('\n') + '\n';
}

async function main(): Promise<void> {
  const [mode, sizeArg] = process.argv.slice(2);
  if (mode === 'build') return build(Number(sizeArg));
  if (mode === 'product') return product(Number(sizeArg));
  if (mode === 'baseline') return baseline(Number(sizeArg), Number(process.argv[4] ?? Infinity));
  if (mode === 'queries') return writeQueries(Number(sizeArg));

  const sizesFlag = process.argv.find((a) => a.startsWith('--sizes='));
  const sizes = sizesFlag ? sizesFlag.slice('--sizes='.length).split(',').map(Number) : DEFAULT_SIZES;
  const budgetFlag = process.argv.find((a) => a.startsWith('--baseline-budget='));
  const budgetS = budgetFlag ? Number(budgetFlag.slice('--baseline-budget='.length)) : DEFAULT_BASELINE_BUDGET_S;
  const rows: Row[] = [];
  for (const size of sizes) {
    const f = files(size);
    const cached = fs.existsSync(f.db) && fs.existsSync(f.meta);
    if (!cached) {
      console.error(`[${size}] building the synthetic store…`);
      const b = await runChild(['build', String(size)]);
      if (b.code !== 0) throw new Error(`building the ${size} store failed`);
    }
    if (!fs.existsSync(f.queries)) {
      const q = await runChild(['queries', String(size)]);
      if (q.code !== 0) throw new Error(`writing the ${size} queries failed`);
    }
    const meta = JSON.parse(fs.readFileSync(f.meta, 'utf8')) as BuildMeta;
    console.error(`[${size}] measuring the product…`);
    const p = await runChild(['product', String(size)]);
    if (p.code !== 0) throw new Error(`measuring the product at ${size} failed`);
    const productResult = JSON.parse(p.lines[p.lines.length - 1]) as ProductResult;
    console.error(`[${size}] product p50 ${fmtMs(productResult.latencies.all.p50)} p99 ${fmtMs(productResult.latencies.all.p99)} top-1 ${pct(productResult.top1)}; measuring the Fuse.js baseline (budget ${budgetS} s)…`);
    const baselineResult = await measureBaseline(size, budgetS);
    rows.push({ size, meta, cached, product: productResult, baseline: baselineResult, budgetS });
    fs.writeFileSync(RESULTS, renderResults(rows));
  }
  process.stdout.write(fs.readFileSync(RESULTS, 'utf8'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
