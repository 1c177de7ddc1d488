/** The digest's own data: subscriptions and the exactly-once ledger. Nothing here knows Slack or SQLite. */

export interface DigestSubscription {
  channelId: string;
  /** HH:MM, wall-clock time in `timeZone`. */
  time: string;
  /** IANA zone. */
  timeZone: string;
  /** Skip Saturdays and Sundays (in the subscription's zone). */
  weekdaysOnly: boolean;
  /** Why posting stopped ("not_in_channel"); null while active. */
  pausedReason: string | null;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  /** Slack user who last changed it; null for seeds from DIGEST_CHANNELS. */
  updatedBy: string | null;
}

/**
 * One row per (channel, local date), claimed before posting:
 *  - claimed: a process owns this day's post (it is posting, or died while posting: never posted again,
 *    because we cannot know whether Slack received it — at most once beats twice);
 *  - posted: done, with the message ts;
 *  - failed: the last attempt failed with a retryable error; a later pass may claim the day again.
 */
export type LedgerStatus = 'claimed' | 'posted' | 'failed';

export interface LedgerEntry {
  channelId: string;
  localDate: string;
  status: LedgerStatus;
  /** How many passes claimed this day. */
  attempts: number;
  ts: string | null;
  error: string | null;
  /** ISO: when the row last changed (claim, completion or failure). */
  updatedAt: string;
  /** ISO: when the post was completed. */
  postedAt: string | null;
}

/** A digest to post now: the subscription and the local day it is for. */
export interface DueDigest {
  subscription: DigestSubscription;
  localDate: string;
  /** The instant of that day's slot. */
  slotAt: Date;
  /** True when this is a later attempt after a failure. */
  retry: boolean;
}

/** Why a subscription is not posted in this pass (for the CLI and logs). */
export interface SkippedDigest {
  channelId: string;
  localDate: string;
  reason: 'paused' | 'weekend' | 'not-yet' | 'before-subscription' | 'too-late' | 'posted' | 'in-progress' | 'failed-wait' | 'gave-up';
}

/** A subscription as the App Home and `/quote digest status` show it. */
export interface DigestSubscriptionSummary extends DigestSubscription {
  /** The last digest posted in the channel, if any. */
  lastPost: { localDate: string; postedAt: string | null; ts: string | null } | null;
  /** ISO instant of the next post (now when a missed one is being caught up); null while paused. */
  nextPostAt: string | null;
  /** A problem worth showing: paused, or today's post failed or is stuck; null when all is well. */
  problem: string | null;
}
