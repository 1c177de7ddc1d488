/**
 * The quote store: one SQLite file (better-sqlite3, WAL) holding articles, quotes, speakers merged across
 * articles, the vocabulary and an FTS5 candidate index kept in sync by `ingest`. Every write is one
 * transaction; nothing existing is ever overwritten. All SQL of the project's data lives in this folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import Database from 'better-sqlite3';
import type { Article, Quote, Speaker, StoredArticle, StoredQuote } from '../types';
import type { QueryFilters } from '../search/types';
import { migrate } from './schema';
import { shortIdCandidates, normaliseShortId } from './shortId';
import { speakerKey, words } from './text';

export interface IngestResult {
  articleId: string;
  added: boolean;
  quotesAdded: number;
}

export interface StoreStats {
  articles: number;
  quotes: number;
  speakers: number;
  topSpeakers: { name: string; role: string | null; quoteCount: number }[];
  latestArticles: StoredArticle[];
}

/** A speaker as merged across articles. */
export interface SpeakerRecord {
  id: number;
  name: string;
  role: string | null;
  type: Speaker['type'];
  aliases: string[];
  quoteCount: number;
}

/** The light form of a quote the search ranks (no article body, no context). */
export interface CandidateRow {
  rowid: number;
  text: string;
  speaker: Speaker;
  speakerId: number | null;
  title: string | null;
  date: string | null;
  /** Attribution confidence of the quote. */
  attribution: number;
  /** Verbatim words or reported speech: the search prefers the verbatim when both match alike. */
  kind: Quote['kind'];
}

export interface CandidateQuery {
  /** An FTS5 MATCH expression built by the search (every token quoted). */
  match: string;
  filters?: QueryFilters;
  speakerId?: number;
  limit: number;
}

export interface OpenStoreOptions {
  /** Open without writing (a read-only file or copy still answers searches). */
  readonly?: boolean;
  /** Clock for `addedAt`, injectable for tests. */
  now?: () => Date;
}

export interface QuoteStore {
  db: Database.Database;
  readonly readonly: boolean;
  /** Changes whenever something is added, by this connection or another; caches built from the store compare it. */
  readonly generation: number;
  ingest(article: Article, quotes: Quote[]): IngestResult;
  /**
   * Many articles in one transaction, each still all-or-nothing (a savepoint each): an article that fails
   * is left out with its error and the others are kept. Much faster for bulk imports, since SQLite and the
   * FTS5 index write once per batch instead of once per article.
   */
  ingestBatch(items: Array<{ article: Article; quotes: Quote[] }>): Array<IngestResult | { articleId: string; error: string }>;
  /** Merge the FTS5 index into one segment (after a bulk import; queries read fewer segments). */
  optimizeIndex(): void;
  getQuote(idOrShortId: string): StoredQuote | null;
  quoteIds(): string[];
  listArticles(): StoredArticle[];
  stats(): StoreStats;
  articlesAddedSince(iso: string): StoredArticle[];
  quotesOfArticle(articleId: string): StoredQuote[];
  /** Online copy of the whole store to a new file (refuses to overwrite an existing one). */
  backup(destPath: string): Promise<void>;
  close(): void;

  // --- read paths for src/search ---
  speakers(): SpeakerRecord[];
  /** Every indexed word with the number of quotes holding it. */
  terms(): Array<[string, number]>;
  quoteCount(): number;
  /** Rowids of FTS matches, best bm25 first, narrowed by filters and speaker. */
  candidates(query: CandidateQuery): number[];
  candidateRows(rowids: number[]): CandidateRow[];
  quotesByRowid(rowids: number[]): StoredQuote[];
  /** Quotes of a speaker (or all quotes when speakerId is undefined), most recently added first. */
  listQuotes(opts: { speakerId?: number; filters?: QueryFilters; offset: number; limit: number }): { total: number; rowids: number[] };
  /** One quote picked with `random()` in [0,1) among those matching. */
  randomQuote(random: () => number, opts: { speakerId?: number; filters?: QueryFilters }): StoredQuote | null;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'him', 'her', 'them', 'you']);

/** Speakers that are not people or organisations we can name are not merged (no speaker row). */
function isNamedSpeaker(s: Speaker): boolean {
  const key = speakerKey(s.name);
  return s.type !== 'unknown' && key !== '' && key !== 'unknown';
}

function usableAliases(s: Speaker): string[] {
  const own = speakerKey(s.name);
  const seen = new Set<string>([own]);
  const out: string[] = [];
  for (const alias of s.aliases ?? []) {
    const key = speakerKey(alias);
    if (!key || PRONOUNS.has(key) || seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}

/** The columns of the FTS row of a quote, in schema order. */
function ftsColumns(quote: Quote, title: string | null): [string, string, string, string, string] {
  return [quote.text, quote.speaker.name, usableAliases(quote.speaker).join(' | '), quote.speaker.role ?? '', title ?? ''];
}

interface FilterSql {
  where: string[];
  params: unknown[];
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** SQL conditions for the filters, over aliases q (quotes) and a (articles). */
function filterSql(filters: QueryFilters | undefined, speakerId: number | undefined): FilterSql {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filters?.since) {
    where.push('a.date >= ?');
    params.push(filters.since);
  }
  if (filters?.until) {
    where.push('a.date <= ?');
    params.push(filters.until);
  }
  if (filters?.in) {
    const like = `%${escapeLike(filters.in.trim())}%`;
    where.push("(a.title LIKE ? ESCAPE '\\' OR a.file LIKE ? ESCAPE '\\' OR a.source LIKE ? ESCAPE '\\')");
    params.push(like, like, like);
  }
  if (speakerId !== undefined) {
    where.push('q.speaker_id = ?');
    params.push(speakerId);
  }
  return { where, params };
}

interface ArticleRow {
  id: string;
  file: string;
  title: string | null;
  date: string | null;
  source: string | null;
  author: string | null;
  url: string | null;
  dateline: string | null;
  quote_count: number;
  added_at: string;
}

const ARTICLE_COLUMNS = 'id, file, title, date, source, author, url, dateline, quote_count, added_at';

function toStoredArticle(r: ArticleRow): StoredArticle {
  return {
    id: r.id,
    file: r.file,
    title: r.title,
    date: r.date,
    source: r.source,
    author: r.author,
    url: r.url,
    dateline: r.dateline,
    quoteCount: r.quote_count,
    addedAt: r.added_at,
  };
}

interface QuoteRow {
  rowid: number;
  id: string;
  short_id: string;
  article_id: string;
  speaker: string;
  text: string;
  kind: Quote['kind'];
  paragraph: number;
  start: number;
  end: number;
  cue: string | null;
  confidence: number;
  extra: string | null;
}

/**
 * Listing order for a speaker's quotes: most recently added first. Ordering by publication date would sort
 * every quote of a prolific speaker on each page (tens of milliseconds at a million quotes); rowid order
 * walks the speaker index directly, and archives are mostly added in publication order.
 */
const RECENT_FIRST = 'q.rowid DESC';

interface OpenedDatabase {
  db: Database.Database;
  readonly: boolean;
  /** A private temp folder holding the snapshot copy this handle reads, removed on close. */
  snapshotDir?: string;
}

/** True when this process may write the file and create the WAL and shared-memory files beside it. */
function writable(path: string): boolean {
  try {
    fs.accessSync(path, fs.constants.W_OK);
    fs.accessSync(nodePath.dirname(path), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A read-only handle. SQLite cannot read a WAL-mode file in a folder where it may not create the
 * shared-memory file beside it (a read-only folder or mount); the handle then reads a private snapshot copy
 * in the temp folder. The original file is never written either way.
 */
function openReadOnly(path: string): OpenedDatabase {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return { db, readonly: true };
  } catch (err) {
    db.close();
    const code = (err as { code?: string }).code ?? '';
    if (code !== 'SQLITE_READONLY_DIRECTORY' && code !== 'SQLITE_CANTOPEN') throw err;
    const snapshotDir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'quotebot-snapshot-'));
    const copy = nodePath.join(snapshotDir, nodePath.basename(path));
    fs.copyFileSync(path, copy);
    if (fs.existsSync(`${path}-wal`)) fs.copyFileSync(`${path}-wal`, `${copy}-wal`);
    return { db: new Database(copy, { readonly: true, fileMustExist: true }), readonly: true, snapshotDir };
  }
}

function openDatabase(path: string, readonly: boolean): OpenedDatabase {
  // A file we may read but not write (permissions, read-only folder or mount) still answers searches.
  if (readonly || (path !== ':memory:' && fs.existsSync(path) && !writable(path))) return openReadOnly(path);
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (err) {
    // A file we may read but not write (permissions, read-only mount) still answers searches.
    if (path !== ':memory:' && fs.existsSync(path)) return openDatabase(path, true);
    throw err;
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    return { db, readonly: false };
  } catch (err) {
    if ((err as { code?: string }).code?.startsWith('SQLITE_READONLY')) {
      db.close();
      return openDatabase(path, true);
    }
    db.close();
    throw err;
  }
}

export function openStore(path: string, options: OpenStoreOptions = {}): QuoteStore {
  const opened = openDatabase(path, options.readonly ?? false);
  const db = opened.db;
  const now = options.now ?? (() => new Date());
  if (!opened.readonly) migrate(db);
  else if ((db.pragma('user_version', { simple: true }) as number) === 0) {
    db.close();
    throw new Error(`${path} is read-only and holds no Quotebot store.`);
  }
  db.pragma('cache_size = -65536'); // 64 MB page cache: the FTS index and quote pages of a big archive.
  let generation = 0;

  const stmt = (() => {
    const cache = new Map<string, Database.Statement>();
    return (sql: string): Database.Statement => {
      let s = cache.get(sql);
      if (!s) {
        s = db.prepare(sql);
        cache.set(sql, s);
      }
      return s;
    };
  })();

  function assertWritable(): void {
    if (opened.readonly) throw new Error(`The store ${path} is open read-only; it cannot add articles.`);
  }

  function shortIdFor(quoteId: string): string {
    for (const candidate of shortIdCandidates(quoteId)) {
      if (!stmt('SELECT 1 FROM quotes WHERE short_id = ?').get(candidate)) return candidate;
    }
    throw new Error(`No free short id for quote ${quoteId}`);
  }

  /** The merged speaker for a quote's speaker: same normalised name, or a full-name alias of the same type. */
  function speakerIdFor(s: Speaker, quoteCount: number): number | null {
    if (!isNamedSpeaker(s)) return null;
    const key = speakerKey(s.name);
    type Row = { id: number };
    let row = stmt('SELECT id FROM speakers WHERE key = ?').get(key) as Row | undefined;
    if (!row && key.includes(' ')) {
      row = stmt(
        'SELECT s.id FROM speaker_aliases sa JOIN speakers s ON s.id = sa.speaker_id WHERE sa.alias_key = ? AND s.type = ? ORDER BY s.quote_count DESC LIMIT 1',
      ).get(key, s.type) as Row | undefined;
    }
    let id: number;
    if (row) {
      id = row.id;
      stmt('UPDATE speakers SET role = COALESCE(?, role), quote_count = quote_count + ? WHERE id = ?').run(s.role, quoteCount, id);
    } else {
      id = Number(
        stmt('INSERT INTO speakers (key, name, role, type, quote_count) VALUES (?, ?, ?, ?, ?)').run(key, s.name, s.role, s.type, quoteCount)
          .lastInsertRowid,
      );
    }
    // The name itself is an alias too, so a speaker merged by alias keeps every spelling it was given.
    for (const alias of [s.name, ...usableAliases(s)]) {
      stmt('INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, alias_key) VALUES (?, ?, ?)').run(id, alias, speakerKey(alias));
    }
    return id;
  }

  const ingestTx = db.transaction((article: Article, quotes: Quote[]): IngestResult => {
    if (stmt('SELECT 1 FROM articles WHERE id = ?').get(article.id)) {
      return { articleId: article.id, added: false, quotesAdded: 0 };
    }
    const unique = new Map<string, Quote>();
    for (const q of quotes) if (!unique.has(q.id) && !stmt('SELECT 1 FROM quotes WHERE id = ?').get(q.id)) unique.set(q.id, q);
    const m = article.meta;
    stmt(
      `INSERT INTO articles (id, file, title, date, source, author, url, dateline, raw, paragraphs, quote_count, added_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      article.id,
      article.file,
      m.title,
      m.date,
      m.source,
      m.author,
      m.url,
      m.dateline ?? null,
      article.raw,
      JSON.stringify(article.paragraphs.map((p) => [p.start, p.end])),
      unique.size,
      now().toISOString(),
    );

    // Count quotes per merged speaker first so each speaker row is written once per article.
    const bySpeakerKey = new Map<string, { speaker: Speaker; count: number }>();
    for (const q of unique.values()) {
      if (!isNamedSpeaker(q.speaker)) continue;
      const key = speakerKey(q.speaker.name);
      const entry = bySpeakerKey.get(key);
      if (entry) {
        entry.count++;
        // Keep the richest description of the speaker this article gives.
        entry.speaker = {
          ...entry.speaker,
          role: entry.speaker.role ?? q.speaker.role,
          aliases: [...entry.speaker.aliases, ...q.speaker.aliases],
        };
      } else bySpeakerKey.set(key, { speaker: q.speaker, count: 1 });
    }
    const speakerIds = new Map<string, number | null>();
    for (const [key, { speaker, count }] of bySpeakerKey) speakerIds.set(key, speakerIdFor(speaker, count));

    const termCounts = new Map<string, number>();
    const insertQuote = stmt(
      `INSERT INTO quotes (id, short_id, article_id, speaker_id, speaker, text, kind, paragraph, start, "end", cue, confidence, extra)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertFts = stmt('INSERT INTO quotes_fts (rowid, text, speaker, aliases, role, title) VALUES (?, ?, ?, ?, ?, ?)');
    for (const q of unique.values()) {
      const speakerId = isNamedSpeaker(q.speaker) ? (speakerIds.get(speakerKey(q.speaker.name)) ?? null) : null;
      const extra: Record<string, unknown> = {};
      if (q.fragment !== undefined) extra.fragment = q.fragment;
      if (q.parts !== undefined) extra.parts = q.parts;
      if (q.sieve !== undefined) extra.sieve = q.sieve;
      const rowid = Number(
        insertQuote.run(
          q.id,
          shortIdFor(q.id),
          article.id,
          speakerId,
          JSON.stringify(q.speaker),
          q.text,
          q.kind,
          q.paragraph,
          q.start,
          q.end,
          q.cue,
          q.confidence,
          Object.keys(extra).length ? JSON.stringify(extra) : null,
        ).lastInsertRowid,
      );
      const columns = ftsColumns(q, m.title);
      insertFts.run(rowid, ...columns);
      for (const w of new Set(words(columns.join(' ')))) termCounts.set(w, (termCounts.get(w) ?? 0) + 1);
    }
    const upsertTerm = stmt('INSERT INTO terms (term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df');
    for (const [term, df] of termCounts) upsertTerm.run(term, df);
    return { articleId: article.id, added: true, quotesAdded: unique.size };
  });

  const articleCache = new Map<string, { article: StoredArticle; raw: string; paragraphs: Array<[number, number]> }>();
  function articleWithBody(id: string) {
    let hit = articleCache.get(id);
    if (!hit) {
      const r = stmt(`SELECT ${ARTICLE_COLUMNS}, raw, paragraphs FROM articles WHERE id = ?`).get(id) as
        | (ArticleRow & { raw: string; paragraphs: string })
        | undefined;
      if (!r) throw new Error(`Quote refers to missing article ${id}`);
      hit = { article: toStoredArticle(r), raw: r.raw, paragraphs: JSON.parse(r.paragraphs) };
      // A small cache: answers often show several quotes of one article.
      if (articleCache.size > 64) articleCache.clear();
      articleCache.set(id, hit);
    }
    return hit;
  }

  function toStoredQuote(r: QuoteRow): StoredQuote {
    const { article, raw, paragraphs } = articleWithBody(r.article_id);
    const p = paragraphs[r.paragraph];
    const extra = r.extra ? (JSON.parse(r.extra) as Partial<Quote>) : {};
    return {
      id: r.id,
      text: r.text,
      speaker: JSON.parse(r.speaker) as Speaker,
      kind: r.kind,
      paragraph: r.paragraph,
      start: r.start,
      end: r.end,
      cue: r.cue,
      confidence: r.confidence,
      ...extra,
      articleId: r.article_id,
      shortId: r.short_id,
      article,
      context: p ? raw.slice(p[0], p[1]) : '',
    };
  }

  const QUOTE_COLUMNS = 'q.rowid AS rowid, q.id, q.short_id, q.article_id, q.speaker, q.text, q.kind, q.paragraph, q.start, q."end", q.cue, q.confidence, q.extra';

  function quotesByRowid(rowids: number[]): StoredQuote[] {
    if (rowids.length === 0) return [];
    const rows = stmt(`SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.rowid IN (SELECT value FROM json_each(?))`).all(
      JSON.stringify(rowids),
    ) as QuoteRow[];
    const byRowid = new Map(rows.map((r) => [r.rowid, r]));
    return rowids.flatMap((id) => {
      const r = byRowid.get(id);
      return r ? [toStoredQuote(r)] : [];
    });
  }

  function articles(whereSql: string, params: unknown[], order: string): StoredArticle[] {
    return (stmt(`SELECT ${ARTICLE_COLUMNS} FROM articles a ${whereSql} ORDER BY ${order}`).all(...params) as ArticleRow[]).map(
      toStoredArticle,
    );
  }
  const ARTICLES_NEWEST_FIRST = "COALESCE(a.date, substr(a.added_at, 1, 10)) DESC, a.added_at DESC";

  function fromWhere(f: FilterSql, needsArticles: boolean): string {
    const join = needsArticles ? ' JOIN articles a ON a.id = q.article_id' : '';
    return `FROM quotes q${join}${f.where.length ? ` WHERE ${f.where.join(' AND ')}` : ''}`;
  }

  const store: QuoteStore = {
    db,
    readonly: opened.readonly,
    get generation() {
      // data_version moves when ANOTHER connection (a CLI ingest beside the running bot) commits.
      return generation + (stmt('PRAGMA data_version').pluck().get() as number);
    },
    ingest(article, quotes) {
      assertWritable();
      const result = ingestTx(article, quotes);
      if (result.added) generation++;
      return result;
    },
    ingestBatch(items) {
      assertWritable();
      const results = db.transaction(() =>
        items.map(({ article, quotes }) => {
          try {
            // Nested inside the batch, better-sqlite3 runs this transaction as a savepoint.
            return ingestTx(article, quotes);
          } catch (err) {
            return { articleId: article.id, error: err instanceof Error ? err.message : String(err) };
          }
        }),
      )();
      if (results.some((r) => 'added' in r && r.added)) generation++;
      return results;
    },
    optimizeIndex() {
      assertWritable();
      db.prepare("INSERT INTO quotes_fts (quotes_fts) VALUES ('optimize')").run();
    },
    getQuote(idOrShortId) {
      const asked = idOrShortId.trim();
      const shortId = normaliseShortId(asked);
      const row = (
        shortId
          ? stmt(`SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.short_id = ?`).get(shortId)
          : stmt(`SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.id = ?`).get(asked)
      ) as QuoteRow | undefined;
      return row ? toStoredQuote(row) : null;
    },
    quoteIds() {
      return (stmt('SELECT id FROM quotes ORDER BY rowid').pluck().all() as string[]);
    },
    listArticles() {
      return articles('', [], ARTICLES_NEWEST_FIRST);
    },
    stats() {
      const count = (sql: string) => stmt(sql).pluck().get() as number;
      const topSpeakers = (
        stmt('SELECT name, role, quote_count FROM speakers ORDER BY quote_count DESC, name LIMIT 10').all() as {
          name: string;
          role: string | null;
          quote_count: number;
        }[]
      ).map((r) => ({ name: r.name, role: r.role, quoteCount: r.quote_count }));
      return {
        articles: count('SELECT count(*) FROM articles'),
        quotes: count('SELECT count(*) FROM quotes'),
        speakers: count('SELECT count(*) FROM speakers'),
        topSpeakers,
        latestArticles: articles('', [], 'a.added_at DESC LIMIT 5'),
      };
    },
    articlesAddedSince(iso) {
      return articles('WHERE a.added_at > ?', [iso], 'a.added_at, a.id');
    },
    quotesOfArticle(articleId) {
      const rows = stmt(`SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.article_id = ? ORDER BY q.start`).all(articleId) as QuoteRow[];
      return rows.map(toStoredQuote);
    },
    async backup(destPath) {
      if (fs.existsSync(destPath)) throw new Error(`Backup target ${destPath} already exists; choose a new file name.`);
      await db.backup(destPath);
    },
    close() {
      db.close();
      if (opened.snapshotDir) fs.rmSync(opened.snapshotDir, { recursive: true, force: true });
    },

    speakers() {
      const rows = stmt('SELECT id, name, role, type, quote_count FROM speakers').all() as {
        id: number;
        name: string;
        role: string | null;
        type: Speaker['type'];
        quote_count: number;
      }[];
      const aliases = new Map<number, string[]>();
      for (const a of stmt('SELECT speaker_id, alias FROM speaker_aliases').all() as { speaker_id: number; alias: string }[]) {
        const list = aliases.get(a.speaker_id) ?? [];
        list.push(a.alias);
        aliases.set(a.speaker_id, list);
      }
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        role: r.role,
        type: r.type,
        aliases: aliases.get(r.id) ?? [],
        quoteCount: r.quote_count,
      }));
    },
    terms() {
      return stmt('SELECT term, df FROM terms').raw().all() as Array<[string, number]>;
    },
    quoteCount() {
      return stmt('SELECT count(*) FROM quotes').pluck().get() as number;
    },
    candidates({ match, filters, speakerId, limit }) {
      const f = filterSql(filters, speakerId);
      const join = f.where.length ? ' JOIN quotes q ON q.rowid = f.rowid JOIN articles a ON a.id = q.article_id' : '';
      const where = ['quotes_fts MATCH ?', ...f.where].join(' AND ');
      // Speaker names weigh more than words of the text; role and title least.
      const sql = `SELECT f.rowid FROM quotes_fts f${join} WHERE ${where} ORDER BY bm25(quotes_fts, 1.0, 1.5, 1.0, 0.5, 0.5) LIMIT ?`;
      return stmt(sql).pluck().all(match, ...f.params, limit) as number[];
    },
    candidateRows(rowids) {
      if (rowids.length === 0) return [];
      const rows = stmt(
        `SELECT q.rowid AS rowid, q.text, q.speaker, q.speaker_id, q.confidence, q.kind, a.title, a.date
         FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.rowid IN (SELECT value FROM json_each(?))`,
      ).all(JSON.stringify(rowids)) as {
        rowid: number;
        text: string;
        speaker: string;
        speaker_id: number | null;
        confidence: number;
        kind: Quote['kind'];
        title: string | null;
        date: string | null;
      }[];
      return rows.map((r) => ({
        rowid: r.rowid,
        text: r.text,
        speaker: JSON.parse(r.speaker) as Speaker,
        speakerId: r.speaker_id,
        title: r.title,
        date: r.date,
        attribution: r.confidence,
        kind: r.kind,
      }));
    },
    quotesByRowid,
    listQuotes({ speakerId, filters, offset, limit }) {
      const f = filterSql(filters, speakerId);
      const needsArticles = f.where.some((w) => w.includes('a.'));
      // A speaker's count is kept on their row: counting a prolific speaker's index range costs milliseconds.
      const total =
        speakerId !== undefined && !needsArticles
          ? ((stmt('SELECT quote_count FROM speakers WHERE id = ?').pluck().get(speakerId) as number | undefined) ?? 0)
          : (stmt(`SELECT count(*) ${fromWhere(f, needsArticles)}`).pluck().get(...f.params) as number);
      const rowids = stmt(`SELECT q.rowid ${fromWhere(f, needsArticles)} ORDER BY ${RECENT_FIRST} LIMIT ? OFFSET ?`)
        .pluck()
        .all(...f.params, limit, offset) as number[];
      return { total, rowids };
    },
    randomQuote(random, { speakerId, filters }) {
      const f = filterSql(filters, speakerId);
      const pick = (n: number) => Math.min(n - 1, Math.floor(random() * n));
      if (f.where.length === 0) {
        // Rowids are dense in practice: pick one in range, then the first existing at or after it.
        const range = stmt('SELECT min(rowid) AS lo, max(rowid) AS hi FROM quotes').get() as { lo: number | null; hi: number | null };
        if (range.lo === null || range.hi === null) return null;
        const target = range.lo + pick(range.hi - range.lo + 1);
        const rowid = stmt('SELECT rowid FROM quotes WHERE rowid >= ? ORDER BY rowid LIMIT 1').pluck().get(target) as number;
        return quotesByRowid([rowid])[0] ?? null;
      }
      const needsArticles = f.where.some((w) => w.includes('a.'));
      const total = stmt(`SELECT count(*) ${fromWhere(f, needsArticles)}`).pluck().get(...f.params) as number;
      if (total === 0) return null;
      const rowid = stmt(`SELECT q.rowid ${fromWhere(f, needsArticles)} ORDER BY q.rowid LIMIT 1 OFFSET ?`)
        .pluck()
        .get(...f.params, pick(total)) as number;
      return quotesByRowid([rowid])[0] ?? null;
    },
  };
  return store;
}
