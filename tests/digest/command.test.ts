import { handleDigestCommand, listSubscriptions } from '../../src/digest';
import { needsWorkspaceTimeZone, parseDigestArgs, parseTimeWord } from '../../src/digest/command';
import { getSubscription, seedSubscription } from '../../src/digest/repository';
import { expectValidMessage } from '../helpers/blockKit';
import { digestDeps, fakeSlack, storeWithQuotes, testClock } from './helpers';

describe('parseDigestArgs', () => {
  it.each([
    [['on'], { kind: 'on' }],
    [['on', '08:30'], { kind: 'on', time: '08:30' }],
    [['on', 'europe/london', '7:05', 'weekdays'], { kind: 'on', time: '07:05', timeZone: 'Europe/London', weekdaysOnly: true }],
    [['on 5:30', 'pm', 'America/New_York', 'daily'], { kind: 'on', time: '17:30', timeZone: 'America/New_York', weekdaysOnly: false }],
    [['OFF'], { kind: 'off' }],
    [[], { kind: 'status' }],
    [['status'], { kind: 'status' }],
    [['preview'], { kind: 'preview' }],
  ])('%j → %j', (args, expected) => {
    expect(parseDigestArgs(args as string[])).toEqual(expected);
  });

  it.each([
    [['on', '25:00'], /not a time of day/],
    [['on', 'Mars/Olympus'], /not a time zone I know/],
    [['on', '09:00', '10:00'], /Two times/],
    [['on', 'UTC', 'Asia/Tokyo'], /Two time zones/],
    [['off', 'now'], /takes nothing/],
    [['sometimes'], /don't know "digest sometimes"/],
  ])('%j is refused with a reason', (args, message) => {
    const parsed = parseDigestArgs(args);
    expect(parsed.kind).toBe('invalid');
    expect((parsed as { message: string }).message).toMatch(message);
  });

  it('reads 12-hour times', () => {
    expect(parseTimeWord('9am')).toBe('09:00');
    expect(parseTimeWord('12am')).toBe('00:00');
    expect(parseTimeWord('12:15pm')).toBe('12:15');
    expect(parseTimeWord('13pm')).toBeNull();
  });
});

describe('needsWorkspaceTimeZone', () => {
  const on = parseDigestArgs(['on']);
  it('is needed only for `on` without a zone, when neither DIGEST_TZ nor the channel gives one', () => {
    expect(needsWorkspaceTimeZone(on, {})).toBe(true);
    expect(needsWorkspaceTimeZone(parseDigestArgs(['on', '08:00', 'weekdays']), {})).toBe(true);
    expect(needsWorkspaceTimeZone(parseDigestArgs(['on', 'Asia/Tokyo']), {})).toBe(false);
    expect(needsWorkspaceTimeZone(on, { configuredZone: 'Europe/London' })).toBe(false);
    expect(needsWorkspaceTimeZone(on, { channelZone: 'America/New_York' })).toBe(false);
    for (const args of [['off'], ['status'], ['preview'], ['on', 'nowhere']]) {
      expect(needsWorkspaceTimeZone(parseDigestArgs(args), {})).toBe(false);
    }
  });
});

describe('handleDigestCommand', () => {
  function setup(env: Record<string, string> = {}) {
    const clock = testClock('2027-01-15T12:00:00Z');
    const store = storeWithQuotes(clock.now);
    const deps = digestDeps(store, fakeSlack(), clock, env);
    return { clock, store, deps };
  }
  const input = (args: string[], extra: object = {}) => ({ args, channelId: 'C1', userId: 'U1', ...extra });

  it('on: subscribes the channel it was typed in, with defaults DIGEST_TIME, DIGEST_TZ, then the team zone', async () => {
    const { store, deps } = setup({ DIGEST_TIME: '07:45' });
    const reply = await handleDigestCommand(input(['on'], { teamTimeZone: 'Asia/Kolkata' }), deps);
    expect(getSubscription(store.db, 'C1')).toMatchObject({ time: '07:45', timeZone: 'Asia/Kolkata', weekdaysOnly: false, updatedBy: 'U1' });
    expectValidMessage(reply);
    expect(reply.text).toMatch(/turned on/);
    // 07:45 in Kolkata on the 16th (the 15th's has passed: 12:00Z is 17:30 there).
    expect(reply.text).toContain('Saturday 16 Jan 2027, 07:45 (Asia/Kolkata)');

    const withZone = setup({ DIGEST_TZ: 'Europe/London' });
    await handleDigestCommand(input(['on'], { teamTimeZone: 'Asia/Kolkata' }), withZone.deps);
    expect(getSubscription(withZone.store.db, 'C1')).toMatchObject({ time: '09:00', timeZone: 'Europe/London' });
  });

  it('on again changes only what is given and lifts a pause; off unsubscribes', async () => {
    const { store, deps, clock } = setup();
    await handleDigestCommand(input(['on', '08:00', 'America/New_York', 'weekdays']), deps);
    store.db.prepare("UPDATE digest_subscriptions SET paused_reason = 'is_archived'").run();
    const reply = await handleDigestCommand(input(['on', '10:30']), deps);
    expect(reply.text).toMatch(/updated/);
    expect(getSubscription(store.db, 'C1')).toMatchObject({ time: '10:30', timeZone: 'America/New_York', weekdaysOnly: true, pausedReason: null });
    expect(listSubscriptions(store, clock.now())).toHaveLength(1);
    expect((await handleDigestCommand(input(['off']), deps)).text).toMatch(/turned off/);
    expect(getSubscription(store.db, 'C1')).toBeNull();
    expect((await handleDigestCommand(input(['off']), deps)).text).toMatch(/had no daily digest/);
  });

  it('status: next post, last post and problems; for an unsubscribed channel, how to subscribe', async () => {
    const { deps } = setup();
    const none = await handleDigestCommand(input(['status']), deps);
    expect(none.text).toMatch(/gets no daily digest.*digest on/);
    await handleDigestCommand(input(['on', '09:00', 'America/New_York']), deps);
    const status = await handleDigestCommand(input([]), deps);
    expectValidMessage(status);
    expect(status.text).toContain('Next post: Friday 15 Jan 2027, 09:00 (America/New_York)');
    expect(status.text).toContain('Last post: none yet');
  });

  it('preview: the digest as it would be posted now, privately, as valid Block Kit', async () => {
    const { deps } = setup();
    const reply = await handleDigestCommand(input(['preview']), deps);
    expectValidMessage(reply);
    expect(reply.blocks![0].block_id).toBe('digest_preview_note');
    expect(reply.blocks!.some((b) => b.block_id === 'quote')).toBe(true);
  });

  it('invalid arguments answer with the reason and change nothing', async () => {
    const { store, deps } = setup();
    const reply = await handleDigestCommand(input(['on', '9.30']), deps);
    expect(reply.text).toMatch(/not a time of day/);
    expect(getSubscription(store.db, 'C1')).toBeNull();
  });

  it('seeding (DIGEST_CHANNELS) never overrides what users set', () => {
    const { store } = setup();
    expect(seedSubscription(store.db, { channelId: 'C9', time: '09:00', timeZone: 'UTC', weekdaysOnly: false }, 'x')).toBe(true);
    store.db.prepare("UPDATE digest_subscriptions SET time = '06:00' WHERE channel_id = 'C9'").run();
    expect(seedSubscription(store.db, { channelId: 'C9', time: '09:00', timeZone: 'UTC', weekdaysOnly: false }, 'x')).toBe(false);
    expect(getSubscription(store.db, 'C9')?.time).toBe('06:00');
  });
});
