/**
 * Exactly once with two bot processes on one SQLite file, shown with real processes through the CLI
 * (`tsx src/cli/index.ts digest run --now …`) against a fake Slack Web API on 127.0.0.1.
 *
 * The race is forced, not hoped for: the fake Slack holds every chat.postMessage reply until either one
 * process has exited or two posts are waiting. So the process that claims first is still mid-post
 * (claimed, not completed) while the other runs its whole pass; if the claim did not exclude the other,
 * both would post and the gate would open on two waiting posts, and the test would see two posts.
 */
import { spawn } from 'child_process';
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import type { AddressInfo } from 'net';
import { openStore } from '../../src/store';
import { ledgerSince, saveSubscription } from '../../src/digest/repository';
import { seedFixture } from '../helpers/quoteFixtures';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

interface GatedSlack {
  apiUrl: string;
  posts: Array<{ channel: string; ts: string }>;
  open(): void;
  close(): Promise<void>;
}

/** A tiny Web API stand-in whose chat.postMessage replies wait at a gate. */
async function gatedSlack(holdUntilWaiting: number): Promise<GatedSlack> {
  const posts: GatedSlack['posts'] = [];
  let waiting: Array<() => void> = [];
  let isOpen = false;
  let n = 0;
  const open = () => {
    isOpen = true;
    waiting.splice(0).forEach((release) => release());
  };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const method = (req.url ?? '').split('?')[0].replace(/^\/api\//, '');
      const reply = (body: object) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (method !== 'chat.postMessage') return reply({ ok: true });
      const form = new URLSearchParams(raw);
      const channel = form.get('channel') ?? (raw.startsWith('{') ? JSON.parse(raw).channel : '');
      const ts = `1800000000.${String(++n).padStart(6, '0')}`;
      posts.push({ channel, ts });
      const answer = () => reply({ ok: true, channel, ts });
      if (isOpen) return answer();
      waiting.push(answer);
      if (waiting.length >= holdUntilWaiting) open();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    posts,
    open,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['src/cli/index.ts', ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('two processes racing on one store', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quotebot-race-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('post once between them', async () => {
    const dbPath = path.join(dir, 'race.db');
    const articlesDir = path.join(dir, 'articles');
    fs.mkdirSync(articlesDir);
    const setupStore = openStore(dbPath);
    const f = seedFixture();
    setupStore.ingest(f.article, f.quotes);
    // Subscribed days before; DIGEST_CHANNELS below names it too (seeding never overrides).
    saveSubscription(setupStore.db, { channelId: 'C0RACE', time: '09:00', timeZone: 'Europe/London', weekdaysOnly: false }, 'U1', '2027-01-01T00:00:00Z');
    setupStore.close();

    const slack = await gatedSlack(2);
    const env = {
      ...process.env,
      SLACK_BOT_TOKEN: 'xoxb-race-test',
      SLACK_SIGNING_SECRET: 'race-signing-secret',
      SLACK_APP_TOKEN: '',
      SLACK_API_URL: slack.apiUrl,
      QUOTEBOT_DB: dbPath,
      QUOTEBOT_ARTICLES: articlesDir,
      DIGEST_CHANNELS: 'C0RACE',
      DIGEST_TIME: '09:00',
      DIGEST_TZ: 'Europe/London',
      LOG_LEVEL: 'warn',
    };
    const args = ['digest', 'run', '--now', '2027-01-15T09:00:30Z'];
    try {
      const racers = [runCli(args, env), runCli(args, env)];
      // Whichever exits first opens the gate for a post still waiting (if it was the one that did not post).
      const results = await Promise.all(racers.map((p) => p.then((r) => (slack.open(), r))));

      expect(results.map((r) => r.code)).toEqual([0, 0]);
      expect(slack.posts.map((p) => p.channel)).toEqual(['C0RACE']);
      const outputs = results.map((r) => r.stdout);
      const posted = outputs.filter((o) => o.includes(`posted   C0RACE 2027-01-15 ts=${slack.posts[0].ts}`));
      const heldOff = outputs.filter((o) => /skipped  C0RACE 2027-01-15 \((in-progress|claimed-elsewhere)\)/.test(o));
      expect(posted).toHaveLength(1);
      // The other process ran while the post was in flight (the gate guarantees it) and was held off by the claim.
      expect(heldOff).toHaveLength(1);

      const store = openStore(dbPath);
      expect(ledgerSince(store.db, '2027-01-01')).toEqual([
        expect.objectContaining({ channelId: 'C0RACE', localDate: '2027-01-15', status: 'posted', ts: slack.posts[0].ts, attempts: 1 }),
      ]);
      store.close();

      // A third run later that day (a restart) posts nothing.
      const again = await runCli(['digest', 'run', '--now', '2027-01-15T10:00:00Z'], env);
      expect(again.stdout).toContain('skipped  C0RACE 2027-01-15 (posted)');
      expect(slack.posts).toHaveLength(1);
    } finally {
      await slack.close();
    }
  });
});
