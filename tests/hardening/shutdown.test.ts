/**
 * SIGTERM during work, on a real `tsx src/index.ts` process in HTTP mode against the fake Web API: the
 * process stops taking requests at once, lets the digest it is posting finish, records it in the ledger and
 * exits 0 within a few seconds. Started again, it does not post that digest a second time.
 */
import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import Database from 'better-sqlite3';
import { seedSubscription } from '../../src/digest/repository';
import { openStore } from '../../src/store';
import { startFakeSlack, type FakeSlack } from '../helpers/fakeSlack';
import { slashCommand, send } from '../helpers/slackRequests';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const SECRET = 'shutdown-test-secret-7c1d';
const TOKEN = 'xoxb-shutdown-test-2b9e';
const CHANNEL = 'C0DIGEST';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = http.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A digest slot one minute ago, in a fixed-offset zone where that minute is well inside today (not near
 * midnight), so the start-up catch-up pass finds it due whatever the time of day the test runs.
 */
function slotJustPassed(now = new Date()): { time: string; zone: string } {
  const utcHour = now.getUTCHours();
  const offset = utcHour >= 2 && utcHour <= 21 ? 0 : utcHour < 2 ? 6 : -6; // hours east of UTC
  const zone = offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`; // POSIX signs are inverted
  const local = new Date(now.getTime() + offset * 3_600_000 - 60_000);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return { time: `${hh}:${mm}`, zone };
}

interface Running {
  child: ChildProcess;
  baseUrl: string;
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Every child started, so a failing test never leaves a bot running behind it. */
const children: ChildProcess[] = [];

/** A channel subscribed since yesterday to a slot that has just passed: the start-up pass owes it today's digest. */
function subscribe(dir: string, slot: { time: string; zone: string }): void {
  const store = openStore(path.join(dir, 'quotebot.db'));
  seedSubscription(store.db, { channelId: CHANNEL, time: slot.time, timeZone: slot.zone, weekdaysOnly: false }, new Date(Date.now() - 86_400_000).toISOString());
  store.close();
}

async function startBot(fake: FakeSlack, dir: string, port: number): Promise<Running> {
  const child = spawn(TSX, [path.join(ROOT, 'src/index.ts')], {
    cwd: dir, // no .env here: this environment only
    env: {
      PATH: process.env.PATH,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      QUOTEBOT_DB: path.join(dir, 'quotebot.db'),
      QUOTEBOT_ARTICLES: path.join(ROOT, 'data/articles'),
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const output: string[] = [];
  child.stdout!.on('data', (c: Buffer) => output.push(c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => output.push(c.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bot exited at start:\n${output.join('')}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) break;
    } catch {
      // not yet listening
    }
    if (Date.now() > deadline) throw new Error(`bot did not start:\n${output.join('')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, baseUrl, output, exited };
}

function ledger(dir: string): Array<{ status: string; ts: string | null }> {
  const db = new Database(path.join(dir, 'quotebot.db'), { readonly: true });
  try {
    return db.prepare('SELECT status, ts FROM digest_ledger WHERE channel_id = ?').all(CHANNEL) as Array<{ status: string; ts: string | null }>;
  } finally {
    db.close();
  }
}

let fake: FakeSlack;
let dir: string;
beforeAll(async () => {
  fake = await startFakeSlack();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quotebot-shutdown-'));
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await fake.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('SIGTERM', () => {
  it('with a digest in flight: stops taking requests, finishes and records the post, exits 0 in seconds; a restart does not post again', async () => {
    const slot = slotJustPassed();
    const port = await freePort();
    // Slack takes 1.5 s to accept the digest: SIGTERM lands while it is being posted.
    fake.failNext('chat.postMessage', { delayMs: 1500 });
    subscribe(dir, slot);
    const bot = await startBot(fake, dir, port);
    await fake.waitFor('chat.postMessage', 1, 20_000).catch((e) => {
      throw new Error(`${e.message}\n${bot.output.join('')}`);
    });
    expect(ledger(dir)).toEqual([{ status: 'claimed', ts: null }]);

    // A command acknowledged just before the signal is still answered.
    const url = fake.responseUrl('before-sigterm');
    const ack = await send(bot.baseUrl, slashCommand({ text: 'indo-pacific', responseUrl: url }), { secret: SECRET });
    expect(ack.status).toBe(200);

    const signalled = Date.now();
    bot.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    await expect(fetch(`${bot.baseUrl}/health`)).rejects.toThrow();

    const exit = await bot.exited;
    const tookMs = Date.now() - signalled;
    expect(exit.code).toBe(0);
    expect(tookMs).toBeLessThan(5000);
    expect(bot.output.join('')).toContain('shutting down');
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(fake.calls.some((c) => c.path.endsWith('before-sigterm'))).toBe(true);
    const [row] = ledger(dir);
    expect(row.status).toBe('posted');
    expect(row.ts).toMatch(/^\d+\.\d+$/);

    // Started again within the same slot: the ledger says it is done, nothing is posted twice.
    const again = await startBot(fake, dir, await freePort());
    await new Promise((r) => setTimeout(r, 1500)); // the catch-up pass runs at start
    again.child.kill('SIGTERM');
    expect((await again.exited).code).toBe(0);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(ledger(dir)).toEqual([row]);
  }, 60_000);
});
