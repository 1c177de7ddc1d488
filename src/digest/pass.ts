/**
 * One scheduling pass: decide what is due (pure), then for each due digest, one after another:
 * claim the ledger row (the exactly-once gate) → compose → post → complete with the message ts.
 * A claim is taken BEFORE posting, so a crash after posting can never lead to a second post; the price
 * is that a crash between claim and post loses that day's digest (it stays "claimed", shown in status).
 */
import { hostname } from 'os';
import type { DigestDeps } from './deps';
import { clockOf, realSleep } from './deps';
import { DEFAULT_GRACE_MINUTES, planDigests } from './due';
import { composeDigest } from './compose';
import { addDays } from './time';
import {
  claimDay,
  completeDay,
  ensureDigestSchema,
  failDay,
  ledgerSince,
  listSubscriptionRows,
  pauseSubscription,
} from './repository';
import { renderDigestPost } from '../slack/renderers/digest';
import type { DueDigest, SkippedDigest } from './types';

/** Slack errors that no retry will fix: the subscription is paused with the reason until someone acts. */
export const PAUSING_ERRORS = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);
/** Attempts at one post within a pass, for errors other than the pausing ones. */
export const MAX_POST_ATTEMPTS = 3;
const BACKOFF_MS = [1000, 4000];
/** Slack allows about one message per second per channel. */
export const MIN_CHANNEL_INTERVAL_MS = 1000;

export interface DigestPassReport {
  now: string;
  posted: Array<{ channelId: string; localDate: string; ts: string }>;
  skipped: Array<SkippedDigest | { channelId: string; localDate: string; reason: 'claimed-elsewhere' }>;
  failed: Array<{ channelId: string; localDate: string; error: string }>;
  paused: Array<{ channelId: string; localDate: string; reason: string }>;
}

type PostOutcome = { ok: true; ts: string } | { ok: false; pause: boolean; error: string };

/** The Slack error code of a failed Web API call ("not_in_channel"), or the error's message. */
export function slackErrorOf(e: unknown): string {
  const err = e as { data?: { error?: string }; code?: string; message?: string };
  return err?.data?.error ?? err?.message ?? String(e);
}

/** Seconds Slack asked us to wait, when the client was set to hand 429s back instead of waiting itself. */
function retryAfterMs(e: unknown): number | null {
  const err = e as { code?: string; retryAfter?: number };
  return err?.code === 'slack_webapi_rate_limited_error' && typeof err.retryAfter === 'number' ? err.retryAfter * 1000 : null;
}

/**
 * Keeps posts to one channel at least MIN_CHANNEL_INTERVAL_MS apart, across the passes of one client
 * (the scheduler keeps one client for the life of the process).
 */
const lastPostTimes = new WeakMap<object, Map<string, number>>();

async function paced(deps: DigestDeps, channelId: string, now: () => Date, sleep: (ms: number) => Promise<void>): Promise<void> {
  let lastPostByChannel = lastPostTimes.get(deps.client);
  if (!lastPostByChannel) lastPostTimes.set(deps.client, (lastPostByChannel = new Map()));
  const last = lastPostByChannel.get(channelId);
  // Capped, so a clock set back (tests, NTP) never means a long wait.
  const wait = last === undefined ? 0 : Math.min(MIN_CHANNEL_INTERVAL_MS, last + MIN_CHANNEL_INTERVAL_MS - now().getTime());
  if (wait > 0) await sleep(wait);
  lastPostByChannel.set(channelId, now().getTime());
}

async function postWithRetries(
  deps: DigestDeps,
  channelId: string,
  message: { text: string; blocks: unknown[] },
): Promise<PostOutcome> {
  const now = clockOf(deps);
  const sleep = deps.sleep ?? realSleep;
  let lastError = 'unknown error';
  for (let attempt = 1; attempt <= MAX_POST_ATTEMPTS; attempt++) {
    await paced(deps, channelId, now, sleep);
    try {
      const res = await deps.client.chat.postMessage({
        channel: channelId,
        text: message.text,
        blocks: message.blocks as never,
        unfurl_links: false,
        unfurl_media: false,
      });
      if (res.ok && typeof res.ts === 'string') return { ok: true, ts: res.ts };
      lastError = String(res.error ?? 'no ts in the response');
    } catch (e) {
      lastError = slackErrorOf(e);
      if (PAUSING_ERRORS.has(lastError)) return { ok: false, pause: true, error: lastError };
      const rateLimit = retryAfterMs(e);
      if (rateLimit !== null) {
        deps.logger.warn({ channelId, retryAfterMs: rateLimit }, 'digest post rate limited; waiting');
        await sleep(rateLimit);
        continue;
      }
    }
    deps.logger.warn({ channelId, attempt, error: lastError }, 'digest post failed');
    if (attempt < MAX_POST_ATTEMPTS) await sleep(BACKOFF_MS[attempt - 1] ?? BACKOFF_MS[BACKOFF_MS.length - 1]);
  }
  return { ok: false, pause: false, error: lastError };
}

/** Who holds a claim, for the ledger and the logs. */
const OWNER = `${hostname()}:${process.pid}`;

async function deliver(deps: DigestDeps, due: DueDigest, report: DigestPassReport): Promise<void> {
  const { store, logger } = deps;
  const now = clockOf(deps);
  const { channelId } = due.subscription;
  const { localDate } = due;
  if (!claimDay(store.db, channelId, localDate, OWNER, now().toISOString())) {
    report.skipped.push({ channelId, localDate, reason: 'claimed-elsewhere' });
    return;
  }
  let outcome: PostOutcome;
  let quoteId: string | null = null;
  try {
    const content = composeDigest(store, due.subscription, localDate, now());
    quoteId = content.quoteOfTheDay?.id ?? null;
    outcome = await postWithRetries(deps, channelId, renderDigestPost(content));
  } catch (e) {
    outcome = { ok: false, pause: false, error: slackErrorOf(e) };
  }
  const at = now().toISOString();
  if (outcome.ok) {
    completeDay(store.db, channelId, localDate, outcome.ts, quoteId, at);
    report.posted.push({ channelId, localDate, ts: outcome.ts });
    logger.info({ channelId, localDate, ts: outcome.ts }, 'digest posted');
    return;
  }
  failDay(store.db, channelId, localDate, outcome.error, at);
  if (outcome.pause) {
    pauseSubscription(store.db, channelId, outcome.error, at);
    report.paused.push({ channelId, localDate, reason: outcome.error });
    logger.warn({ channelId, reason: outcome.error }, 'digest paused: Slack refuses posts to this channel');
  } else {
    report.failed.push({ channelId, localDate, error: outcome.error });
    logger.error({ channelId, localDate, error: outcome.error }, 'digest failed; a later pass may retry today');
  }
}

export async function runDigestPass(deps: DigestDeps, now: Date): Promise<DigestPassReport> {
  const db = deps.store.db;
  ensureDigestSchema(db);
  const subscriptions = listSubscriptionRows(db);
  // Two days back covers "today" in every zone (UTC-12 … UTC+14).
  const ledger = ledgerSince(db, addDays(now.toISOString().slice(0, 10), -2));
  const plan = planDigests(now, subscriptions, ledger, deps.graceMinutes ?? DEFAULT_GRACE_MINUTES);
  const report: DigestPassReport = { now: now.toISOString(), posted: [], skipped: [...plan.skipped], failed: [], paused: [] };
  // One after another: Slack's per-channel limit, and a clear order in the logs.
  for (const due of plan.due) await deliver(deps, due, report);
  return report;
}
