import { dueDigests, nextPostTime, planDigests, DEFAULT_GRACE_MINUTES, RETRY_AFTER_MINUTES } from '../../src/digest/due';
import type { DigestSubscription, LedgerEntry } from '../../src/digest/types';

function sub(overrides: Partial<DigestSubscription> = {}): DigestSubscription {
  return {
    channelId: 'C1',
    time: '09:00',
    timeZone: 'America/New_York',
    weekdaysOnly: false,
    pausedReason: null,
    createdAt: '2027-01-01T00:00:00.000Z',
    updatedAt: '2027-01-01T00:00:00.000Z',
    updatedBy: null,
    ...overrides,
  };
}

function entry(overrides: Partial<LedgerEntry>): LedgerEntry {
  return {
    channelId: 'C1',
    localDate: '2027-01-15',
    status: 'posted',
    attempts: 1,
    ts: '1.0001',
    error: null,
    updatedAt: '2027-01-15T14:00:01.000Z',
    postedAt: '2027-01-15T14:00:01.000Z',
    ...overrides,
  };
}

const at = (iso: string) => new Date(iso);
// 09:00 in New York on 2027-01-15 (EST) is 14:00Z.
const SLOT = '2027-01-15T14:00:00.000Z';

/**
 * Runs a pass every `stepMinutes` from `from` to `to`, "posting" what is due into the ledger the way
 * runDigestPass does, and returns the posts: the whole scheduler minus Slack, driven by an injected clock.
 */
function simulate(subs: DigestSubscription[], from: string, to: string, stepMinutes: number) {
  const ledger: LedgerEntry[] = [];
  const posts: Array<{ channelId: string; date: string; at: string }> = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += stepMinutes * 60000) {
    const now = new Date(t);
    for (const d of dueDigests(now, subs, ledger)) {
      posts.push({ channelId: d.subscription.channelId, date: d.localDate, at: now.toISOString() });
      ledger.push(entry({ channelId: d.subscription.channelId, localDate: d.localDate, updatedAt: now.toISOString() }));
    }
  }
  return posts;
}

describe('dueDigests: what is due now', () => {
  it('posts on time, at the slot and not a minute before', () => {
    expect(dueDigests(at('2027-01-15T13:59:00Z'), [sub()], [])).toEqual([]);
    const due = dueDigests(at(SLOT), [sub()], []);
    expect(due).toHaveLength(1);
    expect(due[0]).toMatchObject({ localDate: '2027-01-15', retry: false });
    expect(due[0].slotAt.toISOString()).toBe(SLOT);
  });

  it('after a restart past the slot: posts once if not yet posted, never if the ledger says posted', () => {
    const afterRestart = at('2027-01-15T15:10:00Z');
    expect(dueDigests(afterRestart, [sub()], [])).toHaveLength(1);
    expect(planDigests(afterRestart, [sub()], [entry({})]).skipped).toEqual([
      { channelId: 'C1', localDate: '2027-01-15', reason: 'posted' },
    ]);
  });

  it('a restart before the slot waits for the slot', () => {
    expect(planDigests(at('2027-01-15T12:00:00Z'), [sub()], []).skipped[0].reason).toBe('not-yet');
  });

  it('catches up within the grace window and never after it, nor for days long past', () => {
    const grace = DEFAULT_GRACE_MINUTES * 60000;
    expect(dueDigests(new Date(Date.parse(SLOT) + grace), [sub()], [])).toHaveLength(1);
    expect(planDigests(new Date(Date.parse(SLOT) + grace + 60000), [sub()], []).skipped[0].reason).toBe('too-late');
    // Down for three days, back the morning of the 18th before the slot: nothing for the 15th–17th.
    expect(planDigests(at('2027-01-18T13:00:00Z'), [sub()], []).skipped[0]).toEqual({
      channelId: 'C1',
      localDate: '2027-01-18',
      reason: 'not-yet',
    });
    const posts = simulate([sub()], '2027-01-18T13:00:00Z', '2027-01-19T13:00:00Z', 15);
    expect(posts).toEqual([{ channelId: 'C1', date: '2027-01-18', at: '2027-01-18T14:00:00.000Z' }]);
  });

  it('uses each subscription’s local date at the day boundary, not UTC’s', () => {
    const lateNY = sub({ channelId: 'CNY', time: '23:30' });
    const earlyTokyo = sub({ channelId: 'CTK', time: '13:00', timeZone: 'Asia/Tokyo' });
    // 04:35Z on the 16th is 23:35 on the 15th in New York and 13:35 on the 16th in Tokyo.
    const due = dueDigests(at('2027-01-16T04:35:00Z'), [lateNY, earlyTokyo], []);
    expect(due.map((d) => [d.subscription.channelId, d.localDate])).toEqual([
      ['CNY', '2027-01-15'],
      ['CTK', '2027-01-16'],
    ]);
    // New York's 23:30 missed until 00:05 the next local day is not posted: a new day has begun.
    expect(planDigests(at('2027-01-16T05:05:00Z'), [lateNY], []).skipped[0]).toEqual({
      channelId: 'CNY',
      localDate: '2027-01-16',
      reason: 'not-yet',
    });
  });

  it.each([
    ['America/New_York', '02:30', '2027-03-13T00:00:00Z', '2027-03-16T00:00:00Z', ['2027-03-13T07:30:00.000Z', '2027-03-14T07:00:00.000Z', '2027-03-15T06:30:00.000Z']],
    ['America/New_York', '01:30', '2027-11-06T00:00:00Z', '2027-11-09T00:00:00Z', ['2027-11-06T05:30:00.000Z', '2027-11-07T05:30:00.000Z', '2027-11-08T06:30:00.000Z']],
    ['Europe/London', '01:30', '2027-03-27T00:00:00Z', '2027-03-30T00:00:00Z', ['2027-03-27T01:30:00.000Z', '2027-03-28T01:00:00.000Z', '2027-03-29T00:30:00.000Z']],
    ['Europe/London', '01:30', '2027-10-30T00:00:00Z', '2027-11-02T00:00:00Z', ['2027-10-30T00:30:00.000Z', '2027-10-31T00:30:00.000Z', '2027-11-01T01:30:00.000Z']],
    ['Europe/London', '09:00', '2027-03-27T00:00:00Z', '2027-03-30T00:00:00Z', ['2027-03-27T09:00:00.000Z', '2027-03-28T08:00:00.000Z', '2027-03-29T08:00:00.000Z']],
  ])('DST in %s at %s: one post per local day, neither skipped nor doubled', (timeZone, time, from, to, expected) => {
    const posts = simulate([sub({ timeZone, time })], from, to, 5);
    expect(posts.map((p) => p.at)).toEqual(expected);
    expect(new Set(posts.map((p) => p.date)).size).toBe(posts.length);
  });

  it('skips weekends for weekday subscriptions, in the subscription’s zone', () => {
    const posts = simulate([sub({ weekdaysOnly: true })], '2027-01-15T00:00:00Z', '2027-01-19T00:00:00Z', 30);
    expect(posts.map((p) => p.date)).toEqual(['2027-01-15', '2027-01-18']); // Fri, Mon
  });

  it('owes no digest for a slot before the subscription existed', () => {
    const late = sub({ createdAt: '2027-01-15T15:00:00.000Z' });
    expect(planDigests(at('2027-01-15T15:01:00Z'), [late], []).skipped[0].reason).toBe('before-subscription');
    expect(nextPostTime(at('2027-01-15T15:01:00Z'), late, [])?.toISOString()).toBe('2027-01-16T14:00:00.000Z');
    expect(dueDigests(at('2027-01-16T14:00:00Z'), [late], [])).toHaveLength(1);
  });

  it('never posts to a paused subscription', () => {
    expect(planDigests(at(SLOT), [sub({ pausedReason: 'not_in_channel' })], []).skipped[0].reason).toBe('paused');
    expect(nextPostTime(at(SLOT), sub({ pausedReason: 'not_in_channel' }), [])).toBeNull();
  });

  it('leaves a claimed day alone, and retries a failed one after a wait, a bounded number of times', () => {
    const claimed = entry({ status: 'claimed', ts: null, postedAt: null });
    expect(planDigests(at('2027-01-15T14:30:00Z'), [sub()], [claimed]).skipped[0].reason).toBe('in-progress');
    const failed = entry({ status: 'failed', ts: null, postedAt: null, attempts: 1, updatedAt: '2027-01-15T14:00:05.000Z' });
    expect(planDigests(at('2027-01-15T14:05:00Z'), [sub()], [failed]).skipped[0].reason).toBe('failed-wait');
    const later = new Date(Date.parse(failed.updatedAt) + RETRY_AFTER_MINUTES * 60000);
    expect(dueDigests(later, [sub()], [failed])[0]).toMatchObject({ retry: true });
    expect(planDigests(later, [sub()], [{ ...failed, attempts: 99 }]).skipped[0].reason).toBe('gave-up');
  });

  it('tells the next post time: the next slot, now when catching up, tomorrow once posted', () => {
    expect(nextPostTime(at('2027-01-15T10:00:00Z'), sub(), [])?.toISOString()).toBe(SLOT);
    expect(nextPostTime(at('2027-01-15T15:00:00Z'), sub(), [])?.toISOString()).toBe('2027-01-15T15:00:00.000Z');
    expect(nextPostTime(at('2027-01-15T15:00:00Z'), sub(), [entry({})])?.toISOString()).toBe('2027-01-16T14:00:00.000Z');
    // Friday after the post, weekdays only: Monday.
    expect(nextPostTime(at('2027-01-15T15:00:00Z'), sub({ weekdaysOnly: true }), [entry({})])?.toISOString()).toBe(
      '2027-01-18T14:00:00.000Z',
    );
  });
});
