/**
 * The store's schema, in one place. Each migration moves the file from user_version N-1 to N inside one
 * transaction; opening a store runs the ones it lacks and never rewrites or drops existing data.
 */
import type Database from 'better-sqlite3';

const MIGRATIONS: string[] = [
  // 1: articles, speakers merged across articles, quotes, the vocabulary, and the FTS5 candidate index.
  `
  CREATE TABLE articles (
    id         TEXT PRIMARY KEY,
    file       TEXT NOT NULL,
    title      TEXT,
    date       TEXT,
    source     TEXT,
    author     TEXT,
    url        TEXT,
    dateline   TEXT,
    raw        TEXT NOT NULL,
    -- JSON [[start,end],...]: paragraph offsets into raw, so a quote's context is sliced, not duplicated.
    paragraphs TEXT NOT NULL,
    quote_count INTEGER NOT NULL DEFAULT 0,
    added_at   TEXT NOT NULL
  );
  CREATE INDEX articles_added_at ON articles(added_at);
  CREATE INDEX articles_date ON articles(date);

  CREATE TABLE speakers (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    role        TEXT,
    type        TEXT NOT NULL,
    quote_count INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE speaker_aliases (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    alias      TEXT NOT NULL,
    alias_key  TEXT NOT NULL,
    PRIMARY KEY (speaker_id, alias_key)
  ) WITHOUT ROWID;
  CREATE INDEX speaker_aliases_key ON speaker_aliases(alias_key);

  CREATE TABLE quotes (
    rowid      INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    short_id   TEXT NOT NULL UNIQUE,
    article_id TEXT NOT NULL REFERENCES articles(id),
    speaker_id INTEGER REFERENCES speakers(id),
    -- The speaker exactly as this article names it (name, role, type, aliases, description).
    speaker    TEXT NOT NULL,
    text       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    paragraph  INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    cue        TEXT,
    confidence REAL NOT NULL,
    -- JSON of the optional fields (fragment, parts, sieve), absent when none.
    extra      TEXT
  );
  CREATE INDEX quotes_article ON quotes(article_id);
  CREATE INDEX quotes_speaker ON quotes(speaker_id);

  -- How many quotes hold each word (in any indexed column): typo correction and common-word skipping.
  CREATE TABLE terms (
    term TEXT PRIMARY KEY,
    df   INTEGER NOT NULL
  ) WITHOUT ROWID;

  -- The candidate index. Contentless: the text lives in quotes; rowid = quotes.rowid.
  CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker, aliases, role, title,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
  );
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Bring the file to the current schema. A read-only handle on a current file needs no write. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(`This store was written by a newer Quotebot (schema ${current} > ${SCHEMA_VERSION}); upgrade Quotebot.`);
  }
  for (let v = current; v < SCHEMA_VERSION; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
