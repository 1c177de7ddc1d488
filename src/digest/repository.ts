/**
 * The digest's tables in the store's SQLite file: subscriptions, the exactly-once ledger and the
 * quote-of-the-day rotation. Created here and nowhere else. Every write that must not interleave with
 * another process runs in an IMMEDIATE transaction (SQLite takes the write lock at BEGIN, so two
 * processes cannot both read "nobody has claimed this day" and both claim it).
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { DigestSubscription, LedgerEntry, LedgerStatus } from './types';
import { MAX_ATTEMPTS_PER_DAY } from './due';

export type Db = BetterSqlite3.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS digest_subscriptions (
  channel_id    TEXT PRIMARY KEY,
  time          TEXT NOT NULL,
  time_zone     TEXT NOT NULL,
  weekdays_only INTEGER NOT NULL DEFAULT 0,
  paused_reason TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  updated_by    TEXT
);
CREATE TABLE IF NOT EXISTS digest_ledger (
  channel_id TEXT NOT NULL,
  local_date TEXT NOT NULL,
  status     TEXT NOT NULL CHECK (status IN ('claimed', 'posted', 'failed')),
  attempts   INTEGER NOT NULL DEFAULT 1,
  claimed_by TEXT,
  ts         TEXT,
  error      TEXT,
  claimed_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  posted_at  TEXT,
  UNIQUE (channel_id, local_date)
);
CREATE TABLE IF NOT EXISTS digest_rotation (
  channel_id TEXT NOT NULL,
  quote_id   TEXT NOT NULL,
  local_date TEXT NOT NULL,
  used_at    TEXT NOT NULL,
  PRIMARY KEY (channel_id, quote_id)
);
`;

const prepared = new WeakSet<Db>();

/** Creates the digest tables once per connection (idempotent, in one transaction). */
export function ensureDigestSchema(db: Db): void {
  if (prepared.has(db)) return;
  db.transaction(() => db.exec(SCHEMA)).immediate();
  prepared.add(db);
}

interface SubscriptionRow {
  channel_id: string;
  time: string;
  time_zone: string;
  weekdays_only: number;
  paused_reason: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

interface LedgerRow {
  channel_id: string;
  local_date: string;
  status: LedgerStatus;
  attempts: number;
  ts: string | null;
  error: string | null;
  updated_at: string;
  posted_at: string | null;
}

function toSubscription(r: SubscriptionRow): DigestSubscription {
  return {
    channelId: r.channel_id,
    time: r.time,
    timeZone: r.time_zone,
    weekdaysOnly: r.weekdays_only === 1,
    pausedReason: r.paused_reason,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

function toLedgerEntry(r: LedgerRow): LedgerEntry {
  return {
    channelId: r.channel_id,
    localDate: r.local_date,
    status: r.status,
    attempts: r.attempts,
    ts: r.ts,
    error: r.error,
    updatedAt: r.updated_at,
    postedAt: r.posted_at,
  };
}

// ---------------------------------------------------------------------------------------------- subscriptions

export function listSubscriptionRows(db: Db): DigestSubscription[] {
  ensureDigestSchema(db);
  const rows = db.prepare('SELECT * FROM digest_subscriptions ORDER BY channel_id').all() as SubscriptionRow[];
  return rows.map(toSubscription);
}

export function getSubscription(db: Db, channelId: string): DigestSubscription | null {
  ensureDigestSchema(db);
  const row = db.prepare('SELECT * FROM digest_subscriptions WHERE channel_id = ?').get(channelId) as
    | SubscriptionRow
    | undefined;
  return row ? toSubscription(row) : null;
}

export interface SubscriptionSettings {
  channelId: string;
  time: string;
  timeZone: string;
  weekdaysOnly: boolean;
}

/** Subscribes or changes the settings; turning it on again also lifts a pause (the user fixed the cause). */
export function saveSubscription(db: Db, s: SubscriptionSettings, userId: string | null, nowIso: string): DigestSubscription {
  ensureDigestSchema(db);
  db.prepare(
    `INSERT INTO digest_subscriptions (channel_id, time, time_zone, weekdays_only, paused_reason, created_at, updated_at, updated_by)
     VALUES (@channelId, @time, @timeZone, @weekdaysOnly, NULL, @now, @now, @userId)
     ON CONFLICT (channel_id) DO UPDATE SET time = excluded.time, time_zone = excluded.time_zone,
       weekdays_only = excluded.weekdays_only, paused_reason = NULL, updated_at = excluded.updated_at,
       updated_by = excluded.updated_by`,
  ).run({ ...s, weekdaysOnly: s.weekdaysOnly ? 1 : 0, now: nowIso, userId });
  return getSubscription(db, s.channelId)!;
}

/** Seeds a subscription (DIGEST_CHANNELS) without touching one that exists: users' changes and pauses win. */
export function seedSubscription(db: Db, s: SubscriptionSettings, nowIso: string): boolean {
  ensureDigestSchema(db);
  const result = db
    .prepare(
      `INSERT OR IGNORE INTO digest_subscriptions (channel_id, time, time_zone, weekdays_only, paused_reason, created_at, updated_at, updated_by)
       VALUES (@channelId, @time, @timeZone, @weekdaysOnly, NULL, @now, @now, NULL)`,
    )
    .run({ ...s, weekdaysOnly: s.weekdaysOnly ? 1 : 0, now: nowIso });
  return result.changes === 1;
}

/** Unsubscribes. The ledger stays, so off-and-on again the same day does not post that day twice. */
export function deleteSubscription(db: Db, channelId: string): boolean {
  ensureDigestSchema(db);
  return db.prepare('DELETE FROM digest_subscriptions WHERE channel_id = ?').run(channelId).changes === 1;
}

export function pauseSubscription(db: Db, channelId: string, reason: string, nowIso: string): void {
  ensureDigestSchema(db);
  db.prepare('UPDATE digest_subscriptions SET paused_reason = ?, updated_at = ? WHERE channel_id = ?').run(
    reason,
    nowIso,
    channelId,
  );
}

// ---------------------------------------------------------------------------------------------- ledger

/** Ledger rows from `sinceDate` (YYYY-MM-DD) on: enough for "today" in every zone and "last post". */
export function ledgerSince(db: Db, sinceDate: string, channelId?: string): LedgerEntry[] {
  ensureDigestSchema(db);
  const rows = (
    channelId
      ? db
          .prepare('SELECT * FROM digest_ledger WHERE local_date >= ? AND channel_id = ? ORDER BY local_date')
          .all(sinceDate, channelId)
      : db.prepare('SELECT * FROM digest_ledger WHERE local_date >= ? ORDER BY channel_id, local_date').all(sinceDate)
  ) as LedgerRow[];
  return rows.map(toLedgerEntry);
}

export function lastPosted(db: Db, channelId: string): LedgerEntry | null {
  ensureDigestSchema(db);
  const row = db
    .prepare(
      `SELECT * FROM digest_ledger WHERE channel_id = ? AND status = 'posted' ORDER BY local_date DESC LIMIT 1`,
    )
    .get(channelId) as LedgerRow | undefined;
  return row ? toLedgerEntry(row) : null;
}

/** The channel's last posted digest before a local date: what "new since the last digest" counts from. */
export function lastPostedBefore(db: Db, channelId: string, localDate: string): LedgerEntry | null {
  ensureDigestSchema(db);
  const row = db
    .prepare(
      `SELECT * FROM digest_ledger WHERE channel_id = ? AND status = 'posted' AND local_date < ?
       ORDER BY local_date DESC LIMIT 1`,
    )
    .get(channelId, localDate) as LedgerRow | undefined;
  return row ? toLedgerEntry(row) : null;
}

/** The latest ledger row of a channel, whatever its status (for status: "failed: …"). */
export function latestLedgerEntry(db: Db, channelId: string): LedgerEntry | null {
  ensureDigestSchema(db);
  const row = db
    .prepare('SELECT * FROM digest_ledger WHERE channel_id = ? ORDER BY local_date DESC LIMIT 1')
    .get(channelId) as LedgerRow | undefined;
  return row ? toLedgerEntry(row) : null;
}

/**
 * Claims (channel, local date) for this process before posting. True only for the one caller that wins:
 * a new row, or a failed day taken over for another attempt. The UNIQUE constraint is the last word.
 */
export function claimDay(db: Db, channelId: string, localDate: string, owner: string, nowIso: string): boolean {
  ensureDigestSchema(db);
  const claim = db.transaction((): boolean => {
    const row = db
      .prepare('SELECT status, attempts FROM digest_ledger WHERE channel_id = ? AND local_date = ?')
      .get(channelId, localDate) as Pick<LedgerRow, 'status' | 'attempts'> | undefined;
    if (!row) {
      return (
        db
          .prepare(
            `INSERT OR IGNORE INTO digest_ledger (channel_id, local_date, status, attempts, claimed_by, claimed_at, updated_at)
             VALUES (?, ?, 'claimed', 1, ?, ?, ?)`,
          )
          .run(channelId, localDate, owner, nowIso, nowIso).changes === 1
      );
    }
    if (row.status !== 'failed' || row.attempts >= MAX_ATTEMPTS_PER_DAY) return false;
    return (
      db
        .prepare(
          `UPDATE digest_ledger SET status = 'claimed', attempts = attempts + 1, claimed_by = ?, claimed_at = ?,
             updated_at = ?, error = NULL
           WHERE channel_id = ? AND local_date = ? AND status = 'failed'`,
        )
        .run(owner, nowIso, nowIso, channelId, localDate).changes === 1
    );
  });
  return claim.immediate();
}

/** Completes a claimed day with the message ts, and records the quote of the day as used, atomically. */
export function completeDay(
  db: Db,
  channelId: string,
  localDate: string,
  ts: string,
  quoteOfTheDayId: string | null,
  nowIso: string,
): void {
  ensureDigestSchema(db);
  db.transaction(() => {
    db.prepare(
      `UPDATE digest_ledger SET status = 'posted', ts = ?, posted_at = ?, updated_at = ?, error = NULL
       WHERE channel_id = ? AND local_date = ?`,
    ).run(ts, nowIso, nowIso, channelId, localDate);
    if (quoteOfTheDayId) recordQuoteUsed(db, channelId, quoteOfTheDayId, localDate, nowIso);
  }).immediate();
}

/** Marks a claimed day failed: a later pass may claim it again (see dueDigests for when). */
export function failDay(db: Db, channelId: string, localDate: string, error: string, nowIso: string): void {
  ensureDigestSchema(db);
  db.prepare(
    `UPDATE digest_ledger SET status = 'failed', error = ?, updated_at = ? WHERE channel_id = ? AND local_date = ?`,
  ).run(error, nowIso, channelId, localDate);
}

// ---------------------------------------------------------------------------------------------- rotation

export function usedQuoteIds(db: Db, channelId: string): Set<string> {
  ensureDigestSchema(db);
  const rows = db.prepare('SELECT quote_id FROM digest_rotation WHERE channel_id = ?').all(channelId) as Array<{
    quote_id: string;
  }>;
  return new Set(rows.map((r) => r.quote_id));
}

/** The quote used on that local date, if the day was posted (so a preview the same day shows it again). */
export function quoteUsedOn(db: Db, channelId: string, localDate: string): string | null {
  ensureDigestSchema(db);
  const row = db
    .prepare('SELECT quote_id FROM digest_rotation WHERE channel_id = ? AND local_date = ? LIMIT 1')
    .get(channelId, localDate) as { quote_id: string } | undefined;
  return row?.quote_id ?? null;
}

/**
 * Records a quote of the day. The chooser only picks a used quote again once every quote has been used,
 * so meeting a used one here means a new round begins: the round's record is cleared first.
 */
export function recordQuoteUsed(db: Db, channelId: string, quoteId: string, localDate: string, nowIso: string): void {
  const alreadyUsed = db
    .prepare('SELECT 1 FROM digest_rotation WHERE channel_id = ? AND quote_id = ?')
    .get(channelId, quoteId);
  if (alreadyUsed) db.prepare('DELETE FROM digest_rotation WHERE channel_id = ?').run(channelId);
  db.prepare('INSERT INTO digest_rotation (channel_id, quote_id, local_date, used_at) VALUES (?, ?, ?, ?)').run(
    channelId,
    quoteId,
    localDate,
    nowIso,
  );
}
