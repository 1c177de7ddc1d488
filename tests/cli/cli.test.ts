/**
 * The README's commands, run as a user runs them: real processes through tsx, with a temporary store.
 */
import { execFileSync, spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { tempDir } from '../helpers/tempDir';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const SEED = 'data/articles/article-2023-11-11-india-us-defence.txt';

function env(extra: Record<string, string> = {}) {
  const tmp = tempDir('cli');
  // Empty Slack variables: a developer's .env (which dotenv never lets override the environment) cannot
  // switch these runs out of local mode.
  const clean: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LOG_LEVEL: 'warn',
    SLACK_BOT_TOKEN: '',
    SLACK_APP_TOKEN: '',
    SLACK_SIGNING_SECRET: '',
  };
  return { ...clean, QUOTEBOT_DB: path.join(tmp, 'q.db'), ...extra };
}

describe('CLI', () => {
  it('extract --json prints one JSON line per file with the five seed quotes and their speakers', () => {
    const out = execFileSync(TSX, ['src/cli/index.ts', 'extract', SEED, '--json'], { cwd: ROOT, env: env() }).toString();
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]);
    expect(record.file).toBe(SEED);
    expect(record.article).toMatchObject({ date: '2023-11-11', source: 'Express News Service', author: 'Mayank Singh' });
    const direct = record.quotes.filter((q: any) => q.kind === 'direct');
    expect(direct.map((q: any) => q.speaker.name)).toEqual([
      'Rajnath Singh',
      'Rajnath Singh',
      'Rajnath Singh',
      'Ministry of Defence',
      'Ministry of Defence',
    ]);
    const raw = fs.readFileSync(path.join(ROOT, SEED), 'utf8');
    for (const q of direct) expect(raw.slice(q.start, q.end)).toBe(q.text);
  });

  it('extract names a missing file clearly and exits non-zero', () => {
    const r = spawnSync(TSX, ['src/cli/index.ts', 'extract', 'no/such/file.txt'], { cwd: ROOT, env: env() });
    expect(r.status).not.toBe(0);
    expect(r.stderr.toString()).toContain('no/such/file.txt');
  });

  it('search --json answers from the articles folder with confidence and noMatch', () => {
    const out = execFileSync(TSX, ['src/cli/index.ts', 'search', 'free open indo pacfic', '--json'], {
      cwd: ROOT,
      env: env(),
    }).toString();
    const record = JSON.parse(out);
    expect(record.query).toBe('free open indo pacfic');
    expect(record.noMatch).toBe(false);
    expect(record.results[0].speaker.name).toBe('Rajnath Singh');
    expect(record.results[0].article.source).toBe('Express News Service');
    expect(record.results[0].confidence).toBeGreaterThan(0);
    expect(record.results[0].confidence).toBeLessThanOrEqual(1);
  });

  it('ingest twice adds nothing the second time', () => {
    const e = env();
    const first = execFileSync(TSX, ['src/cli/index.ts', 'ingest', SEED], { cwd: ROOT, env: e }).toString();
    expect(first).toMatch(/1 new article\(s\)/);
    const second = execFileSync(TSX, ['src/cli/index.ts', 'ingest', SEED], { cwd: ROOT, env: e }).toString();
    expect(second).toMatch(/0 new article\(s\), 1 already stored, 0 new quote\(s\)/);
  });

  it('ingest of a folder of real articles says how many articles, quotes and speakers it holds', () => {
    const corpus = path.resolve(ROOT, '../shared/news-dev/articles');
    const out = execFileSync(TSX, ['src/cli/index.ts', 'ingest', corpus], { cwd: ROOT, env: env() }).toString();
    expect(out).toMatch(/Ingested 70 file\(s\): 70 new article\(s\), 0 already stored, \d{3} new quote\(s\), 0 error\(s\)/);
    expect(out).toMatch(/The store now holds 70 articles, \d{3} quotes, \d{2,} speakers/);
  });

  it('ingest names a bad file, still stores the good ones, and exits non-zero', () => {
    const dir = tempDir('bad');
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.copyFileSync(path.join(ROOT, SEED), path.join(dir, 'seed.txt'));
    const r = spawnSync(TSX, ['src/cli/index.ts', 'ingest', dir], { cwd: ROOT, env: env() });
    expect(r.status).toBe(1);
    expect(r.stderr.toString()).toContain('empty.txt');
    expect(r.stdout.toString()).toMatch(/1 new article\(s\).*1 error\(s\)/);
  });

  it('npm start in local mode answers piped lines and exits at the end of input', () => {
    const r = spawnSync(TSX, ['src/index.ts'], { cwd: ROOT, env: env(), input: '/quote indo-pacific\n' });
    expect(r.status).toBe(0);
    const out = r.stdout.toString();
    expect(out).toContain('Rajnath Singh, Defence Minister');
    expect(out).toContain('11 Nov 2023');
    expect(r.stderr.toString()).toMatch(/To connect to Slack/);
  });

  it('stops with one clear line naming a malformed variable', () => {
    const r = spawnSync(TSX, ['src/index.ts'], { cwd: ROOT, env: env({ PORT: 'eighty', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }), input: '' });
    expect(r.status).toBe(1);
    expect(r.stderr.toString().trim()).toMatch(/^Configuration error: PORT is invalid/);
  });
});
