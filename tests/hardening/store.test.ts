/**
 * The store under faults: a read-only file or directory, a database another connection holds locked, a
 * corrupt file, a failed ingest. The bot keeps answering from what it has, says why it cannot write, and
 * never truncates or overwrites existing data. Backups (`npm run cli -- backup <file>`) are consistent copies.
 *
 * Root ignores file permissions, so when the tests run as root the read-only cases run the scenario as
 * the unprivileged user `nobody` (setpriv); otherwise they run it directly.
 */
import { spawnSync } from 'child_process';
import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import Database from 'better-sqlite3';
import { createSearch } from '../../src/search';
import { openStore, type QuoteStore } from '../../src/store';
import { buildFixture, secondFixture, seedFixture } from '../helpers/quoteFixtures';

const ROOT = path.resolve(__dirname, '../..');
const SCENARIO = path.join(__dirname, 'scenarios/readOnlyStore.ts');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quotebot-store-faults-'));
});
afterEach(() => {
  fs.chmodSync(dir, 0o755);
  fs.rmSync(dir, { recursive: true, force: true });
});

function seededFile(name = 'quotebot.db'): string {
  const file = path.join(dir, name);
  const store = openStore(file);
  for (const f of [seedFixture(), secondFixture()]) store.ingest(f.article, f.quotes);
  store.close();
  return file;
}

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Every row of every table, for "nothing changed" comparisons. */
function dump(store: QuoteStore): string {
  const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'quotes_fts%' ORDER BY name").pluck().all() as string[];
  return JSON.stringify(tables.map((t) => [t, store.db.prepare(`SELECT * FROM "${t}"`).raw().all()]));
}

function runScenario(dbPath: string): Record<string, any> {
  const command = isRoot ? 'setpriv' : TSX;
  const args = [...(isRoot ? [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', TSX] : []), SCENARIO, dbPath];
  const res = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', timeout: 30_000, env: { PATH: process.env.PATH, HOME: os.tmpdir() } });
  const line = res.stdout.trim().split('\n').pop() ?? '';
  if (!line.startsWith('{')) throw new Error(`scenario failed: ${res.stderr}`);
  return JSON.parse(line);
}

describe('a store the process may not write', () => {
  it('a read-only file still answers searches and refuses to add, saying it is read-only', () => {
    const file = seededFile();
    fs.chmodSync(dir, 0o777);
    fs.chmodSync(file, 0o444);
    const before = sha(file);
    const result = runScenario(file);
    expect(result.openError).toBeUndefined();
    expect(result.quotes).toBe(8);
    expect(result.topSpeaker).toBe('Rajnath Singh');
    expect(result.ingest).toMatch(/read-only/);
    expect(result.quotesAfter).toBe(8);
    expect(sha(file)).toBe(before);
  });

  it('a file in a read-only directory still answers searches and refuses to add', () => {
    const file = seededFile();
    fs.chmodSync(dir, 0o555);
    const before = sha(file);
    const result = runScenario(file);
    expect(result.openError).toBeUndefined();
    expect(result.quotes).toBe(8);
    expect(result.topSpeaker).toBe('Rajnath Singh');
    expect(result.ingest).toMatch(/read-only/);
    expect(sha(file)).toBe(before);
  });
});

describe('a full disk', () => {
  it('refuses the write with "disk is full", leaves the store as it was, and keeps answering', () => {
    const file = seededFile();
    const store = openStore(file);
    // SQLite's own ceiling on the file size gives the same SQLITE_FULL a full disk does, portably.
    const pages = store.db.pragma('page_count', { simple: true }) as number;
    store.db.pragma(`max_page_count = ${pages}`);
    const before = dump(store);
    const big = buildFixture({ paragraphs: [`“${'A very long quote. '.repeat(2000)}” said Ann Example.`] }, [
      { text: 'A very long quote. '.repeat(2000).trim(), speaker: 'Ann Example' },
    ]);
    expect(() => store.ingest(big.article, big.quotes)).toThrow(/full/i);
    expect(dump(store)).toBe(before);
    const answer = createSearch(store).run({ type: 'bySpeaker', speaker: 'Rajnath Singh', text: '', phrases: [], filters: {} }, { limit: 2 });
    expect(answer.type === 'results' && answer.hits.length).toBe(2);
    store.close();
  });
});

describe('a locked database', () => {
  it('keeps answering while another connection holds the write lock, refuses the write with a clear error, and writes once the lock is gone', () => {
    const file = seededFile();
    const store = openStore(file);
    store.db.pragma('busy_timeout = 200'); // the default 5 s wait would only slow the test down
    const search = createSearch(store);
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    try {
      const answer = search.run({ type: 'search', text: 'maritime security', phrases: [], filters: {} }, { limit: 1 });
      expect(answer.type === 'results' && answer.hits[0]?.quote.speaker.name).toBe('Rajnath Singh');
      const before = dump(store);
      const extra = buildFixture({ paragraphs: ['“Locked out,” said Ann Example.'] }, [{ text: 'Locked out', speaker: 'Ann Example' }]);
      expect(() => store.ingest(extra.article, extra.quotes)).toThrow(/locked|busy/i);
      expect(dump(store)).toBe(before);
      other.exec('ROLLBACK');
      expect(store.ingest(extra.article, extra.quotes)).toMatchObject({ added: true, quotesAdded: 1 });
    } finally {
      other.close();
      store.close();
    }
  });
});

describe('a corrupt file', () => {
  const cases: Array<[string, (file: string) => void]> = [
    ['random bytes', (file) => fs.writeFileSync(file, crypto.randomBytes(64 * 1024))],
    ['text', (file) => fs.writeFileSync(file, 'this is not a database\n'.repeat(500))],
    [
      'a store with its header overwritten',
      (file) => {
        const fd = fs.openSync(file, 'r+');
        fs.writeSync(fd, crypto.randomBytes(100), 0, 100, 0);
        fs.closeSync(fd);
      },
    ],
  ];
  it.each(cases)('%s: opening fails with a clear error and the file is left exactly as it was', (_name, corrupt) => {
    const file = seededFile();
    corrupt(file);
    const before = sha(file);
    const size = fs.statSync(file).size;
    expect(() => openStore(file)).toThrow(/not a database|malformed|corrupt/i);
    expect(fs.statSync(file).size).toBe(size);
    expect(sha(file)).toBe(before);
  });

  it('the bot says why it cannot start, exits non-zero, and leaves the file untouched', () => {
    const file = path.join(dir, 'corrupt.db');
    fs.writeFileSync(file, crypto.randomBytes(32 * 1024));
    const before = sha(file);
    const res = spawnSync(TSX, [path.join(ROOT, 'src/index.ts')], {
      // A working directory without a .env: local mode, this store only.
      cwd: dir,
      encoding: 'utf8',
      timeout: 30_000,
      input: '',
      env: { PATH: process.env.PATH, QUOTEBOT_DB: file, QUOTEBOT_ARTICLES: path.join(dir, 'none'), LOG_LEVEL: 'silent' },
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/could not start: .*not a database/i);
    expect(res.stderr).not.toMatch(/\n\s+at /); // one clear line, no stack trace
    expect(sha(file)).toBe(before);
  });
});

describe('writes', () => {
  it('go through one transaction per article: an article that fails half-way leaves every table as it was', () => {
    const store = openStore(path.join(dir, 'tx.db'));
    const seed = seedFixture();
    store.ingest(seed.article, seed.quotes);
    const before = dump(store);
    const second = secondFixture();
    // The last quote cannot be stored (text is NOT NULL): the article and its first quotes must not stay either.
    const broken = [...second.quotes.slice(0, 2), { ...second.quotes[2], text: null as unknown as string }];
    expect(() => store.ingest(second.article, broken)).toThrow();
    expect(dump(store)).toBe(before);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    store.close();
  });
});

describe('npm run cli -- backup <file>', () => {
  it('writes a consistent copy (same counts, integrity ok) while the store is in use, and refuses to overwrite', () => {
    const file = seededFile();
    const live = openStore(file); // another process's open connection, with uncheckpointed WAL pages
    const extra = buildFixture({ paragraphs: ['“Backed up too,” said Ann Example.'] }, [{ text: 'Backed up too', speaker: 'Ann Example' }]);
    live.ingest(extra.article, extra.quotes);
    const backup = path.join(dir, 'copy.db');
    const cli = (dest: string) =>
      spawnSync(TSX, [path.join(ROOT, 'src/cli/index.ts'), 'backup', dest], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 30_000,
        env: { PATH: process.env.PATH, QUOTEBOT_DB: file, QUOTEBOT_ARTICLES: path.join(dir, 'none'), LOG_LEVEL: 'silent' },
      });
    const res = cli(backup);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const copy = openStore(backup, { readonly: true });
    expect(copy.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.quoteCount()).toBe(live.quoteCount());
    expect(copy.stats().articles).toBe(3);
    expect(dump(copy)).toBe(dump(live));
    copy.close();
    live.close();

    const before = sha(backup);
    const again = cli(backup);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toMatch(/already exists/);
    expect(sha(backup)).toBe(before);
  });
});
