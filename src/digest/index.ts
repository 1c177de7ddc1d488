/**
 * The daily digest: a channel subscribes once and gets a post every day at its time in its zone, exactly
 * once, through restarts and with several processes on one store.
 *
 * Permissions: a digest is managed only from inside its channel. `/quote digest …` always acts on the
 * channel the command was typed in (no channel argument exists), and Slack only lets people who can
 * post in a conversation run a slash command there, so "members manage their channel's digest" holds
 * without an extra API call or scope.
 */
import type { QuoteStore } from '../store';
import type { DigestDeps } from './deps';
import { clockOf } from './deps';
import { parseDigestArgs, DIGEST_USAGE } from './command';
import { composeDigest } from './compose';
import { DEFAULT_GRACE_MINUTES, nextPostTime } from './due';
import {
  deleteSubscription,
  getSubscription,
  latestLedgerEntry,
  lastPosted,
  ledgerSince,
  listSubscriptionRows,
  saveSubscription,
} from './repository';
import { notifySubscriptionsChanged } from './scheduler';
import { addDays, canonicalTimeZone, localDate } from './time';
import type { DigestSubscription, DigestSubscriptionSummary } from './types';
import { renderDigestPreview, renderDigestStatus } from '../slack/renderers/digest';

export type { DigestDeps } from './deps';
export type { DigestSubscription, DigestSubscriptionSummary, LedgerEntry, DueDigest } from './types';
export type { DigestPassReport } from './pass';
export { runDigestPass } from './pass';
export { startDigestScheduler, seedConfiguredChannels } from './scheduler';
export { dueDigests, planDigests, nextPostTime } from './due';
export { parseDigestArgs } from './command';
export { composeDigest } from './compose';

/** A claim older than this that never completed means a process died mid-post: say so in status. */
const STUCK_CLAIM_MINUTES = 15;

function problemOf(sub: DigestSubscription, store: QuoteStore, now: Date): string | null {
  if (sub.pausedReason) {
    const why: Record<string, string> = {
      not_in_channel: 'I am not a member of this channel: invite me (`/invite @Quotebot`), then `/quote digest on` again.',
      channel_not_found: 'Slack cannot find this channel for me (private channel without me, or deleted).',
      is_archived: 'The channel is archived.',
    };
    return `Paused (${sub.pausedReason}). ${why[sub.pausedReason] ?? ''}`.trim();
  }
  const latest = latestLedgerEntry(store.db, sub.channelId);
  if (!latest || latest.localDate !== localDate(now, sub.timeZone)) return null;
  if (latest.status === 'failed') return `Today's digest failed (${latest.error ?? 'unknown error'}); I will try again.`;
  if (latest.status === 'claimed' && now.getTime() - Date.parse(latest.updatedAt) > STUCK_CLAIM_MINUTES * 60000) {
    return "Today's digest was interrupted while posting and will not be sent again today (to avoid a double post).";
  }
  return null;
}

function summarise(sub: DigestSubscription, store: QuoteStore, now: Date, graceMinutes: number): DigestSubscriptionSummary {
  const ledger = ledgerSince(store.db, addDays(now.toISOString().slice(0, 10), -2), sub.channelId);
  const last = lastPosted(store.db, sub.channelId);
  const next = nextPostTime(now, sub, ledger, graceMinutes);
  return {
    ...sub,
    lastPost: last ? { localDate: last.localDate, postedAt: last.postedAt, ts: last.ts } : null,
    nextPostAt: next ? next.toISOString() : null,
    problem: problemOf(sub, store, now),
  };
}

/** Every subscription with its last and next post and any problem (the App Home tab). */
export function listSubscriptions(store: QuoteStore, now: Date = new Date()): DigestSubscriptionSummary[] {
  return listSubscriptionRows(store.db).map((s) => summarise(s, store, now, DEFAULT_GRACE_MINUTES));
}

export interface DigestCommandInput {
  args: string[];
  channelId: string;
  userId: string;
  /** The workspace's zone (from the user's or team's profile), the default after DIGEST_TZ. */
  teamTimeZone?: string;
}

/** `/quote digest on|off|status|preview` for the channel it was typed in. Replies are ephemeral. */
export async function handleDigestCommand(
  input: DigestCommandInput,
  deps: DigestDeps,
): Promise<{ text: string; blocks?: any[] }> {
  const { store, config } = deps;
  const now = clockOf(deps)();
  const grace = deps.graceMinutes ?? DEFAULT_GRACE_MINUTES;
  const command = parseDigestArgs(input.args);
  const status = (heading?: string) => {
    const sub = getSubscription(store.db, input.channelId);
    return renderDigestStatus(sub ? summarise(sub, store, now, grace) : null, heading);
  };

  switch (command.kind) {
    case 'invalid':
      return { text: command.message };
    case 'help':
      return { text: DIGEST_USAGE };
    case 'status':
      return status();
    case 'off': {
      const removed = deleteSubscription(store.db, input.channelId);
      notifySubscriptionsChanged();
      return { text: removed ? 'Daily digest turned off for this channel.' : 'This channel had no daily digest.' };
    }
    case 'preview': {
      const sub = getSubscription(store.db, input.channelId);
      const timeZone = sub?.timeZone ?? defaultZone(config.digest.timeZone, input.teamTimeZone);
      const content = composeDigest(store, { channelId: input.channelId, timeZone }, localDate(now, timeZone), now);
      return renderDigestPreview(content);
    }
    case 'on': {
      const existing = getSubscription(store.db, input.channelId);
      const saved = saveSubscription(
        store.db,
        {
          channelId: input.channelId,
          time: command.time ?? existing?.time ?? config.digest.time,
          timeZone: command.timeZone ?? existing?.timeZone ?? defaultZone(config.digest.timeZone, input.teamTimeZone),
          weekdaysOnly: command.weekdaysOnly ?? existing?.weekdaysOnly ?? false,
        },
        input.userId,
        now.toISOString(),
      );
      notifySubscriptionsChanged();
      const heading = existing ? 'Daily digest updated.' : 'Daily digest turned on for this channel.';
      const reply = renderDigestStatus(summarise(saved, store, now, grace), heading);
      const hint = 'I must be a member of the channel to post: `/invite @Quotebot` if I am not.';
      return {
        text: `${reply.text}\n${hint}`,
        blocks: [...reply.blocks, { type: 'context', block_id: 'digest_invite_hint', elements: [{ type: 'mrkdwn', text: hint }] }],
      };
    }
  }
}

/** DIGEST_TZ, else the workspace's zone, else UTC. */
function defaultZone(configured: string | undefined, team: string | undefined): string {
  return (configured && canonicalTimeZone(configured)) || (team && canonicalTimeZone(team)) || 'UTC';
}
