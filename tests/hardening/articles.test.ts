/**
 * Bad article files: empty, blank, binary, Latin-1, broken front matter, 20 MB. Each gets a clear error
 * naming the file; the good articles beside them still ingest; a failed file changes nothing in the store;
 * ingesting the same folder twice adds nothing.
 */
import { spawnSync } from 'child_process';
import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { openStore, type QuoteStore } from '../../src/store';
import { ingestFiles } from '../../src/store/ingestFiles';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const SEED = fs.readFileSync(path.join(ROOT, 'data/articles/article-2023-11-11-india-us-defence.txt'), 'utf8');
const SECOND = [
  '---',
  'title: Navy holds joint exercise in the Bay of Bengal',
  'date: 2023-12-02',
  'source: The Hindu',
  '---',
  '',
  'CHENNAI: Defence Minister Rajnath Singh said, “The navy stands ready to protect our shores and sea lanes.”',
  '',
  'Vice Admiral Harpreet Singh added: “Exercises like this build trust between partner navies.”',
  '',
].join('\n');

/** Each bad file, its bytes, and words its error must contain. */
const BAD: Array<{ name: string; bytes: () => Buffer; problem: RegExp }> = [
  { name: 'empty.txt', bytes: () => Buffer.alloc(0), problem: /empty/ },
  { name: 'blank.md', bytes: () => Buffer.from(' \n\n\t\r\n  '), problem: /empty/ },
  { name: 'binary.txt', bytes: () => Buffer.concat([Buffer.from('PK\u0003\u0004'), crypto.randomBytes(4096)]), problem: /binary|UTF-8/ },
  { name: 'nul.txt', bytes: () => Buffer.from(`“Quote,” said A.\u0000\u0000\u0000${'\u0000'.repeat(100)}`), problem: /binary/ },
  {
    name: 'latin1.txt',
    bytes: () => Buffer.from('Le ministre a déclaré : « Nous sommes prêts », a dit Élodie Durand.\n\nSuite de l’article très intéressante.', 'latin1'),
    problem: /UTF-8/,
  },
  { name: 'unclosed-front-matter.md', bytes: () => Buffer.from('---\ntitle: No end\ndate: 2023-01-01\n\n“Quote,” said A.\n'), problem: /front matter/ },
  { name: 'bad-yaml.md', bytes: () => Buffer.from('---\ntitle: [unclosed\ndate: : :\n---\n\n“Quote,” said A.\n'), problem: /front matter|YAML/ },
  // 20 MB of text that looks like news (extracting it would take minutes): refused by size, before reading.
  { name: 'huge.txt', bytes: () => Buffer.alloc(20 * 1024 * 1024, '“We will build it,” said Ann Example. It rained.\n\n'), problem: /21\.0 MB; articles over 1 MB are refused/ },
];

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quotebot-articles-'));
  fs.writeFileSync(path.join(dir, 'good-seed.txt'), SEED);
  fs.writeFileSync(path.join(dir, 'good-second.md'), SECOND);
  for (const b of BAD) fs.writeFileSync(path.join(dir, b.name), b.bytes());
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function dump(store: QuoteStore): string {
  const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'quotes_fts%' ORDER BY name").pluck().all() as string[];
  return JSON.stringify(tables.map((t) => [t, store.db.prepare(`SELECT * FROM "${t}"`).raw().all()]));
}

describe('ingesting a folder of good and bad articles', () => {
  it('names each bad file with what is wrong, ingests the good ones, and the bad ones change nothing', () => {
    const store = openStore(':memory:');
    const summary = ingestFiles(store, [dir]);
    expect(summary.files).toBe(BAD.length + 2);
    expect(summary.articlesAdded).toBe(2);
    expect(summary.quotesAdded).toBeGreaterThanOrEqual(7);
    expect(summary.errors.map((e) => path.basename(e.file)).sort()).toEqual(BAD.map((b) => b.name).sort());
    for (const b of BAD) {
      const error = summary.errors.find((e) => path.basename(e.file) === b.name)!;
      expect(error.message).toContain(path.join(dir, b.name));
      expect(error.message).toMatch(b.problem);
    }

    // Only the good files, into a fresh store: the same rows (added_at aside) as with the bad ones around.
    const clean = openStore(':memory:', { now: () => new Date(0) });
    const again = openStore(':memory:', { now: () => new Date(0) });
    ingestFiles(clean, [path.join(dir, 'good-seed.txt'), path.join(dir, 'good-second.md')]);
    ingestFiles(again, [dir]);
    expect(dump(again)).toBe(dump(clean));

    // The same folder again: nothing new, nothing changed.
    const before = dump(store);
    const second = ingestFiles(store, [dir]);
    expect(second).toMatchObject({ articlesAdded: 0, articlesUnchanged: 2, quotesAdded: 0 });
    expect(second.errors).toHaveLength(BAD.length);
    expect(dump(store)).toBe(before);
    for (const s of [store, clean, again]) s.close();
  });

  it('npm run cli -- ingest reports each bad file on stderr, exits 1, and a second run adds nothing', () => {
    const env = { PATH: process.env.PATH, QUOTEBOT_DB: path.join(dir, 'store', 'q.db'), QUOTEBOT_ARTICLES: path.join(dir, 'none'), LOG_LEVEL: 'silent' };
    const ingest = () => spawnSync(TSX, [path.join(ROOT, 'src/cli/index.ts'), 'ingest', dir], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
    const first = ingest();
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(/2 new article\(s\)/);
    for (const b of BAD) expect(first.stderr).toContain(b.name);
    expect(first.stderr).not.toMatch(/\n\s+at /);
    const second = ingest();
    expect(second.stdout).toMatch(/0 new article\(s\), 2 already stored, 0 new quote\(s\)/);
  });
});
