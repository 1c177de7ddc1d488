/**
 * What is due now: a pure function of (now, subscriptions, ledger, grace). Timers only wake the process;
 * this decides. A subscription's day is due when its local slot has come, at most `graceMinutes` ago, on
 * the same local date, and the ledger holds nothing final for that (channel, date).
 */
import type { DigestSubscription, DueDigest, LedgerEntry, SkippedDigest } from './types';
import { addDays, isWeekend, localDate, zonedTimeToInstant } from './time';

/** How late a missed digest may still go out (same local day only). */
export const DEFAULT_GRACE_MINUTES = 6 * 60;
/** Passes that may claim one day before it is given up (each pass also retries within itself). */
export const MAX_ATTEMPTS_PER_DAY = 4;
/** After a failed pass, wait this long before a later pass tries the same day again. */
export const RETRY_AFTER_MINUTES = 10;

export interface DigestPlan {
  due: DueDigest[];
  skipped: SkippedDigest[];
}

export function ledgerKey(channelId: string, date: string): string {
  return `${channelId}\u0000${date}`;
}

export function indexLedger(ledger: LedgerEntry[]): Map<string, LedgerEntry> {
  return new Map(ledger.map((e) => [ledgerKey(e.channelId, e.localDate), e]));
}

export function slotFor(subscription: DigestSubscription, date: string): Date {
  return zonedTimeToInstant(date, subscription.time, subscription.timeZone);
}

type Decision = { due: true; retry: boolean } | { due: false; reason: SkippedDigest['reason'] };

function decide(
  now: Date,
  sub: DigestSubscription,
  date: string,
  entry: LedgerEntry | undefined,
  graceMinutes: number,
): Decision {
  if (sub.pausedReason) return { due: false, reason: 'paused' };
  if (sub.weekdaysOnly && isWeekend(date)) return { due: false, reason: 'weekend' };
  const slot = slotFor(sub, date);
  const lateBy = now.getTime() - slot.getTime();
  if (lateBy < 0) return { due: false, reason: 'not-yet' };
  // A digest is owed only for slots while subscribed: subscribing at 10:00 for 09:00 starts tomorrow.
  if (slot.getTime() < Date.parse(sub.createdAt)) return { due: false, reason: 'before-subscription' };
  if (entry?.status === 'posted') return { due: false, reason: 'posted' };
  if (entry?.status === 'claimed') return { due: false, reason: 'in-progress' };
  if (lateBy > graceMinutes * 60000) return { due: false, reason: 'too-late' };
  if (entry?.status === 'failed') {
    if (entry.attempts >= MAX_ATTEMPTS_PER_DAY) return { due: false, reason: 'gave-up' };
    const sinceFailure = now.getTime() - Date.parse(entry.updatedAt);
    if (sinceFailure < RETRY_AFTER_MINUTES * 60000) return { due: false, reason: 'failed-wait' };
    return { due: true, retry: true };
  }
  return { due: true, retry: false };
}

/** Every subscription's fate in this pass, in a stable order (channel id). */
export function planDigests(
  now: Date,
  subscriptions: DigestSubscription[],
  ledger: LedgerEntry[],
  graceMinutes: number = DEFAULT_GRACE_MINUTES,
): DigestPlan {
  const byKey = indexLedger(ledger);
  const plan: DigestPlan = { due: [], skipped: [] };
  const ordered = [...subscriptions].sort((a, b) => a.channelId.localeCompare(b.channelId));
  for (const sub of ordered) {
    // Only the subscription's current local day counts: a day long past is never posted.
    const date = localDate(now, sub.timeZone);
    const decision = decide(now, sub, date, byKey.get(ledgerKey(sub.channelId, date)), graceMinutes);
    if (decision.due) {
      plan.due.push({ subscription: sub, localDate: date, slotAt: slotFor(sub, date), retry: decision.retry });
    } else {
      plan.skipped.push({ channelId: sub.channelId, localDate: date, reason: decision.reason });
    }
  }
  return plan;
}

export function dueDigests(
  now: Date,
  subscriptions: DigestSubscription[],
  ledger: LedgerEntry[],
  graceMinutes: number = DEFAULT_GRACE_MINUTES,
): DueDigest[] {
  return planDigests(now, subscriptions, ledger, graceMinutes).due;
}

/**
 * When this subscription will next post: now when it is due (catching up), else the next slot on a
 * day that is neither skipped as a weekend nor already done. Null while paused.
 */
export function nextPostTime(
  now: Date,
  sub: DigestSubscription,
  ledger: LedgerEntry[],
  graceMinutes: number = DEFAULT_GRACE_MINUTES,
): Date | null {
  if (sub.pausedReason) return null;
  const byKey = indexLedger(ledger);
  const today = localDate(now, sub.timeZone);
  const todayDecision = decide(now, sub, today, byKey.get(ledgerKey(sub.channelId, today)), graceMinutes);
  if (todayDecision.due) return now;
  if (todayDecision.reason === 'failed-wait') {
    const failedAt = Date.parse(byKey.get(ledgerKey(sub.channelId, today))!.updatedAt);
    return new Date(failedAt + RETRY_AFTER_MINUTES * 60000);
  }
  for (let i = 0; i <= 8; i++) {
    const date = addDays(today, i);
    if (sub.weekdaysOnly && isWeekend(date)) continue;
    const slot = slotFor(sub, date);
    if (slot.getTime() <= now.getTime()) continue;
    if (slot.getTime() < Date.parse(sub.createdAt)) continue;
    if (byKey.get(ledgerKey(sub.channelId, date))?.status === 'posted') continue;
    return slot;
  }
  return null;
}
