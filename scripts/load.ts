/**
 * `npm run load [-- --rate 200 --duration 60 --concurrency 64 --quotes 100000 --json]`
 *
 * Load test of the real bot: builds (once, cached in the OS temp dir) a deterministic synthetic store of
 * `--quotes` quotes (bench/synthetic.ts), starts `src/index.ts` in HTTP mode as a child process against the
 * fake Slack Web API (tests/helpers/fakeSlack.ts) on 127.0.0.1, and sends signed `/quote …` slash commands
 * at a fixed rate (open loop, at most `--concurrency` in flight, so it is bounded and stops by itself).
 *
 * Reports throughput, acknowledgement latency (p50/p90/p99/max: the HTTP response Slack waits 3 s for),
 * answer latency (the response_url post), errors of every kind, and the bot's RSS at start, middle and end.
 * Exits non-zero when a goal is missed: zero errors, p99 ack < 300 ms, every command answered, RSS flat.
 * `--search-only` times just the search over the same query mix, in process (what a command's search costs).
 * Loopback only: nothing leaves the machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateArchive, mulberry32, GENERATOR_VERSION } from '../bench/synthetic';
import { openStore } from '../src/store';
import { createSearch } from '../src/search';
import { parseQuery } from '../src/search/query';
import { BUSY } from '../src/slack/guard';
import { startFakeSlack, type FakeSlack } from '../tests/helpers/fakeSlack';
import { signature, slashCommand } from '../tests/helpers/slackRequests';

const ROOT = path.resolve(__dirname, '..');
const CACHE = path.join(os.tmpdir(), 'quotebot-load');
const SEED = 20231111;

export const GOALS = { p99AckMs: 300, errors: 0, rssGrowthMB: 50 };

interface Options {
  rate: number;
  duration: number;
  concurrency: number;
  quotes: number;
  json: boolean;
  /** Write a V8 CPU profile of the bot into this folder (for finding what a request costs). */
  profile?: string;
  /** Time only the search over the load's query mix, in this process (what one command's search costs). */
  searchOnly: boolean;
}

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      rate: { type: 'string', default: '200' },
      duration: { type: 'string', default: '60' },
      concurrency: { type: 'string', default: '64' },
      quotes: { type: 'string', default: '100000' },
      json: { type: 'boolean', default: false },
      profile: { type: 'string' },
      'search-only': { type: 'boolean', default: false },
    },
  });
  const num = (name: string, v: string | undefined, min: number) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number ≥ ${min}`);
    return n;
  };
  return {
    rate: num('rate', values.rate, 1),
    duration: num('duration', values.duration, 1),
    concurrency: Math.floor(num('concurrency', values.concurrency, 1)),
    quotes: Math.floor(num('quotes', values.quotes, 100)),
    json: Boolean(values.json),
    profile: values.profile,
    searchOnly: Boolean(values['search-only']),
  };
}

// ---------------------------------------------------------------------------------------------------------
// The store and the queries users would type against it.

interface Fixture {
  db: string;
  queries: string[];
}

/** Query texts of the mix a real channel sends: phrases, who-said, by-speaker, a little random and help. */
function queriesFor(samples: Array<{ text: string; speaker: string }>, rnd: () => number): string[] {
  const out: string[] = [];
  for (const s of samples) {
    const words = s.text.split(/\s+/).filter((w) => /^[\p{L}]{4,}$/u.test(w));
    const start = Math.floor(rnd() * Math.max(1, words.length - 4));
    const phrase = words.slice(start, start + 3 + Math.floor(rnd() * 2)).join(' ');
    const r = rnd();
    if (r < 0.55 && phrase) out.push(phrase);
    else if (r < 0.8 && phrase) out.push(`who said ${phrase}`);
    else if (r < 0.95) out.push(`by ${s.speaker}`);
    else out.push(rnd() < 0.5 ? `random by ${s.speaker}` : 'help');
  }
  return out;
}

function buildFixture(quotes: number): Fixture {
  fs.mkdirSync(CACHE, { recursive: true });
  const base = path.join(CACHE, `synthetic-v${GENERATOR_VERSION}-${quotes}`);
  const db = `${base}.db`;
  const queriesFile = `${base}.queries.json`;
  if (fs.existsSync(db) && fs.existsSync(queriesFile)) return { db, queries: JSON.parse(fs.readFileSync(queriesFile, 'utf8')) };

  const tmp = `${db}.building`;
  for (const p of [tmp, `${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(p, { force: true });
  process.stderr.write(`building a synthetic store of ${quotes.toLocaleString()} quotes in ${CACHE} (once)…\n`);
  const t0 = Date.now();
  const store = openStore(tmp);
  const pick = mulberry32(SEED + 7);
  const samples: Array<{ text: string; speaker: string }> = [];
  for (const { article, quotes: qs } of generateArchive(quotes, SEED).articles()) {
    store.ingest(article, qs);
    for (const q of qs) if (pick() < 2000 / quotes) samples.push({ text: q.text, speaker: q.speaker.name });
  }
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  store.close();
  fs.renameSync(tmp, db);
  const queries = queriesFor(samples, mulberry32(SEED + 8));
  fs.writeFileSync(queriesFile, JSON.stringify(queries));
  process.stderr.write(`built in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  return { db, queries };
}

// ---------------------------------------------------------------------------------------------------------
// The bot as a child process.

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = http.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resident set size of a process in MB, from /proc (Linux). */
function rssMB(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : null;
  } catch {
    return null;
  }
}

interface Child {
  process: ChildProcess;
  baseUrl: string;
  secret: string;
  /** Lines the bot logged at warn or above. */
  problems: string[];
  stop(): Promise<number | null>;
}

async function startBot(fake: FakeSlack, dbPath: string, workDir: string, profileDir?: string): Promise<Child> {
  const port = await freePort();
  const secret = crypto.randomBytes(16).toString('hex');
  const articles = path.join(workDir, 'articles');
  fs.mkdirSync(articles, { recursive: true });
  // node with the tsx loader (not the tsx CLI, which adds a parent process): the pid is the bot's, for RSS.
  const profiling = profileDir ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(profileDir)] : [];
  const child = spawn(process.execPath, [...profiling, '--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      SLACK_BOT_TOKEN: `xoxb-load-${crypto.randomBytes(8).toString('hex')}`,
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: fake.apiUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      QUOTEBOT_DB: dbPath,
      QUOTEBOT_ARTICLES: articles,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const problems: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) problems.push(line);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the bot exited during start-up:\n${problems.join('\n')}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the bot did not start within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    process: child,
    baseUrl,
    secret,
    problems,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// The load.

interface Sample {
  ackMs: number;
  ok: boolean;
  /** Why it failed: the HTTP status or the network error. */
  failure?: string;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** One signed slash command over a keep-alive connection; resolves with the ack time. */
function sendCommand(agent: http.Agent, baseUrl: string, secret: string, text: string, responseUrl: string): Promise<Sample> {
  const request = slashCommand({ text, responseUrl, user: `U${crypto.randomBytes(4).toString('hex').toUpperCase()}` });
  const timestamp = Math.floor(Date.now() / 1000);
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      `${baseUrl}/slack/events`,
      {
        method: 'POST',
        agent,
        headers: {
          'Content-Type': request.contentType,
          'Content-Length': Buffer.byteLength(request.body),
          'X-Slack-Request-Timestamp': String(timestamp),
          'X-Slack-Signature': signature(secret, timestamp, request.body),
        },
        // Slack gives up on an ack after 3 s.
        timeout: 3000,
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ ackMs: performance.now() - started, ok: res.statusCode === 200, failure: res.statusCode === 200 ? undefined : `HTTP ${res.statusCode}` }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('ack timeout')));
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ ackMs: performance.now() - started, ok: false, failure: e.code ?? e.message }));
    req.end(request.body);
  });
}

export interface LoadReport {
  quotes: number;
  rate: number;
  durationS: number;
  concurrency: number;
  sent: number;
  acked: number;
  throughput: number;
  ack: { p50: number; p90: number; p99: number; max: number };
  answer: { p50: number; p99: number };
  errors: { ack: number; unanswered: number; apologies: number; busy: number; skippedAtCap: number; logLines: number };
  /** Failed acknowledgements by reason. */
  ackFailures: Record<string, number>;
  rssMB: { start: number | null; middle: number | null; end: number | null; peak: number | null };
  exitCode: number | null;
  /** 1-minute load average of the machine before and after: other work on the cores shows here. */
  loadAverage: { before: number; after: number };
  goalsMet: boolean;
}

async function run(opts: Options): Promise<LoadReport> {
  const fixture = buildFixture(opts.quotes);
  const loadBefore = os.loadavg()[0];
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quotebot-load-run-'));
  // The bot writes (digest tables, WAL): it gets a copy, the cached store stays pristine.
  const dbPath = path.join(workDir, 'quotebot.db');
  fs.copyFileSync(fixture.db, dbPath);
  const fake = await startFakeSlack();
  const bot = await startBot(fake, dbPath, workDir, opts.profile);
  // Idle connections are dropped after 3 s, before the server's 5 s keep-alive timeout, so a request never
  // races the server closing the connection it was sent on (ECONNRESET: a client artefact, not the bot's).
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.concurrency, timeout: 3000 });
  const pid = bot.process.pid!;

  // Every answer arrives at the fake's response_url; count them and time them, then forget the bodies.
  const sentAt = new Map<string, number>();
  const answerMs: number[] = [];
  let apologies = 0;
  // Commands the bot shed under overload (src/slack/guard.ts): answered at once, but not with an answer.
  let busy = 0;
  const drainAnswers = () => {
    for (const call of fake.calls) {
      if (call.method !== 'response_url') continue;
      const id = call.path.slice('/response/'.length);
      const t0 = sentAt.get(id);
      if (t0 === undefined) continue;
      answerMs.push(performance.now() - t0);
      sentAt.delete(id);
      const text = String(call.body.text ?? '');
      if (text.startsWith('Sorry')) apologies++;
      if (text.startsWith(BUSY)) busy++;
    }
    fake.calls.splice(0);
  };

  // Warm-up: the first searches build the bot's in-memory indexes.
  for (let i = 0; i < 20; i++) await sendCommand(agent, bot.baseUrl, bot.secret, fixture.queries[i % fixture.queries.length], fake.responseUrl(`warm${i}`));
  await new Promise((r) => setTimeout(r, 500));
  fake.calls.splice(0);

  const rss: { start: number | null; middle: number | null; end: number | null; peak: number | null } = {
    start: rssMB(pid),
    middle: null,
    end: null,
    peak: null,
  };
  const samples: Sample[] = [];
  let inFlight = 0;
  let sent = 0;
  let skippedAtCap = 0;
  const total = Math.round(opts.rate * opts.duration);
  const t0 = performance.now();
  const pending = new Set<Promise<void>>();
  let nextQuery = 0;

  const rssTimer = setInterval(() => {
    const now = rssMB(pid);
    if (now !== null) rss.peak = Math.max(rss.peak ?? 0, now);
    if (rss.middle === null && performance.now() - t0 >= (opts.duration * 1000) / 2) rss.middle = now;
  }, 1000);
  // Answers are timed when seen: look often, so the figure is the bot's and not this loop's.
  const answerTimer = setInterval(drainAnswers, 10);

  // Open loop: request i is due at t0 + i/rate; a request that would exceed the in-flight cap is counted, not queued.
  while (sent + skippedAtCap < total) {
    const due = t0 + ((sent + skippedAtCap) * 1000) / opts.rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    if (inFlight >= opts.concurrency) {
      skippedAtCap++;
      continue;
    }
    const id = `L${sent}`;
    const text = fixture.queries[nextQuery++ % fixture.queries.length];
    inFlight++;
    sent++;
    sentAt.set(id, performance.now());
    const p: Promise<void> = sendCommand(agent, bot.baseUrl, bot.secret, text, fake.responseUrl(id)).then((s) => {
      samples.push(s);
      inFlight--;
      pending.delete(p);
    });
    pending.add(p);
  }
  await Promise.all(pending);
  const elapsedS = (performance.now() - t0) / 1000;
  // Answers still on their way: give them a moment.
  const answerDeadline = Date.now() + 10_000;
  while (sentAt.size > 0 && Date.now() < answerDeadline) {
    drainAnswers();
    if (sentAt.size > 0) await new Promise((r) => setTimeout(r, 100));
  }
  clearInterval(rssTimer);
  clearInterval(answerTimer);
  rss.end = rssMB(pid);
  const exitCode = await bot.stop();
  agent.destroy();
  await fake.close();
  fs.rmSync(workDir, { recursive: true, force: true });

  const acks = samples.filter((s) => s.ok).map((s) => s.ackMs).sort((a, b) => a - b);
  const answers = answerMs.sort((a, b) => a - b);
  const logLines = bot.problems.length;
  const report: LoadReport = {
    quotes: opts.quotes,
    rate: opts.rate,
    durationS: Number(elapsedS.toFixed(1)),
    concurrency: opts.concurrency,
    sent,
    acked: acks.length,
    throughput: Number((acks.length / elapsedS).toFixed(1)),
    ack: {
      p50: round(percentile(acks, 50)),
      p90: round(percentile(acks, 90)),
      p99: round(percentile(acks, 99)),
      max: round(acks[acks.length - 1] ?? NaN),
    },
    answer: { p50: round(percentile(answers, 50)), p99: round(percentile(answers, 99)) },
    errors: { ack: samples.length - acks.length, unanswered: sentAt.size, apologies, busy, skippedAtCap, logLines },
    ackFailures: samples.reduce<Record<string, number>>((acc, s) => {
      if (s.failure) acc[s.failure] = (acc[s.failure] ?? 0) + 1;
      return acc;
    }, {}),
    rssMB: { start: round(rss.start), middle: round(rss.middle), end: round(rss.end), peak: round(rss.peak) },
    exitCode,
    loadAverage: { before: round(loadBefore), after: round(os.loadavg()[0]) },
    goalsMet: false,
  };
  const errors = report.errors.ack + report.errors.unanswered + report.errors.apologies + report.errors.busy + report.errors.skippedAtCap + logLines;
  const growth = (rss.end ?? 0) - (rss.middle ?? rss.start ?? 0);
  report.goalsMet = errors === GOALS.errors && report.ack.p99 < GOALS.p99AckMs && growth < GOALS.rssGrowthMB && exitCode === 0;
  if (logLines > 0) process.stderr.write(`bot log lines at warn or above (first 5):\n${bot.problems.slice(0, 5).join('\n')}\n`);
  return report;
}

function round(x: number | null): number {
  return x === null || !Number.isFinite(x) ? NaN : Math.round(x * 10) / 10;
}

function describe(r: LoadReport): string {
  return [
    `Load: ${r.sent} signed /quote commands at ${r.rate}/s for ${r.durationS} s (≤ ${r.concurrency} in flight), store of ${r.quotes.toLocaleString()} quotes`,
    `  throughput   ${r.throughput} acks/s (${r.acked} acknowledged)`,
    `  ack latency  p50 ${r.ack.p50} ms · p90 ${r.ack.p90} ms · p99 ${r.ack.p99} ms · max ${r.ack.max} ms (goal p99 < ${GOALS.p99AckMs} ms)`,
    `  answer       p50 ${r.answer.p50} ms · p99 ${r.answer.p99} ms (command sent → response_url post)`,
    `  errors       ack ${r.errors.ack}${Object.keys(r.ackFailures).length ? ` (${JSON.stringify(r.ackFailures)})` : ''} · unanswered ${r.errors.unanswered} · apologies ${r.errors.apologies} · told busy ${r.errors.busy} · over the in-flight cap ${r.errors.skippedAtCap} · bot warn/error lines ${r.errors.logLines}`,
    `  bot RSS      start ${r.rssMB.start} MB · middle ${r.rssMB.middle} MB · end ${r.rssMB.end} MB · peak ${r.rssMB.peak} MB`,
    `  exit code    ${r.exitCode} after SIGTERM`,
    `  machine      load average ${r.loadAverage.before} before · ${r.loadAverage.after} after (${os.cpus().length} cores)`,
    `  goals        ${r.goalsMet ? 'met' : 'MISSED'}`,
  ].join('\n');
}

/**
 * `--search-only`: the CPU one command's search costs, per kind of the mix, without Slack or HTTP. The
 * queries run twice on a copy of the store; the second pass is timed (the first warms SQLite's cache and
 * the engine's; the ranking cache holds 500 queries, so none is answered from it 2,000 queries later).
 */
function searchCost(opts: Options): string {
  const fixture = buildFixture(opts.quotes);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quotebot-load-search-'));
  const copy = path.join(workDir, 'quotes.db');
  fs.copyFileSync(fixture.db, copy);
  const store = openStore(copy, { readonly: true });
  const search = createSearch(store);
  const kindOf = (q: string) => (q.startsWith('who said') ? 'who said' : q.startsWith('by ') ? 'by' : q.startsWith('random') ? 'random' : 'phrase');
  const times = new Map<string, number[]>();
  for (let pass = 0; pass < 2; pass++) {
    for (const text of fixture.queries) {
      const query = parseQuery(text);
      if (query.type === 'help') continue;
      const t0 = performance.now();
      search.run(query, { limit: 1 });
      const ms = performance.now() - t0;
      if (pass === 0) continue;
      const kind = kindOf(text);
      if (!times.has(kind)) times.set(kind, []);
      times.get(kind)!.push(ms);
    }
  }
  store.close();
  fs.rmSync(workDir, { recursive: true, force: true });
  const line = (name: string, ms: number[]) => {
    const sorted = [...ms].sort((a, b) => a - b);
    const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
    return `  ${name.padEnd(9)} ${String(ms.length).padStart(5)} queries · mean ${mean.toFixed(2)} ms · p50 ${percentile(sorted, 50).toFixed(2)} ms · p99 ${percentile(sorted, 99).toFixed(2)} ms`;
  };
  return [`Search cost over the load mix (${opts.quotes.toLocaleString()} quotes, one core, in process):`, line('all', [...times.values()].flat()), ...[...times].map(([k, ms]) => line(k, ms))].join('\n');
}

if (require.main === module) {
  (async () => {
    const opts = options(process.argv.slice(2));
    if (opts.searchOnly) {
      process.stdout.write(`${searchCost(opts)}\n`);
      return;
    }
    const report = await run(opts);
    process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : `${describe(report)}\n`);
    process.exitCode = report.goalsMet ? 0 : 1;
  })().catch((e) => {
    process.stderr.write(`load: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
