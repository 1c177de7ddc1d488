import { startDigestScheduler } from '../../src/digest';
import { cronPatternFor } from '../../src/digest/scheduler';
import { listSubscriptionRows, ledgerSince } from '../../src/digest/repository';
import { digestDeps, fakeSlack, storeWithQuotes, testClock } from './helpers';

describe('startDigestScheduler', () => {
  it('seeds DIGEST_CHANNELS, catches up a missed digest on start, and a restart posts nothing more', async () => {
    // First start at 08:00 in New York: seeds the channels, nothing is due yet.
    const clock = testClock('2027-01-15T13:00:00Z');
    const store = storeWithQuotes(clock.now);
    const slack = fakeSlack();
    const env = { DIGEST_CHANNELS: 'C7,C8', DIGEST_TIME: '09:00', DIGEST_TZ: 'America/New_York' };
    const first = startDigestScheduler(digestDeps(store, slack, clock, env));
    await first.caughtUp;
    await first.stop();
    expect(listSubscriptionRows(store.db).map((s) => [s.channelId, s.time, s.timeZone])).toEqual([
      ['C7', '09:00', 'America/New_York'],
      ['C8', '09:00', 'America/New_York'],
    ]);
    expect(slack.posts).toEqual([]);

    // Down over the 09:00 slot, back at 10:00: the catch-up pass at start posts both, once.
    clock.set('2027-01-15T15:00:00Z');
    const second = startDigestScheduler(digestDeps(store, slack, clock, env));
    await second.caughtUp;
    await second.stop();
    expect(slack.posts.map((p) => p.channel)).toEqual(['C7', 'C8']);

    clock.set('2027-01-15T15:05:00Z');
    const restarted = startDigestScheduler(digestDeps(store, slack, clock, env));
    await restarted.caughtUp;
    await restarted.stop();
    expect(slack.posts).toHaveLength(2);
    expect(ledgerSince(store.db, '2027-01-15').map((e) => e.status)).toEqual(['posted', 'posted']);
  });

  it('schedules each subscription at its minute and hour, Monday to Friday for weekdays', () => {
    expect(cronPatternFor({ time: '09:05', weekdaysOnly: false })).toBe('5 9 * * *');
    expect(cronPatternFor({ time: '23:30', weekdaysOnly: true })).toBe('30 23 * * 1-5');
  });
});
