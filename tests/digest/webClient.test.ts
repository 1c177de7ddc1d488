/**
 * The pass against Slack's real WebClient (bounded as the scheduler bounds it) and a fake Web API on
 * 127.0.0.1: the error shapes the pass classifies are the ones @slack/web-api really produces.
 */
import { webApi } from '@slack/bolt';
import { runDigestPass, listSubscriptions } from '../../src/digest';
import { boundedClient } from '../../src/digest/deps';
import { ledgerSince, saveSubscription } from '../../src/digest/repository';
import { startFakeSlack, type FakeSlack } from '../helpers/fakeSlack';
import { digestDeps, fakeSlack as scriptedClient, storeWithQuotes, testClock } from './helpers';

const SLOT = '2027-01-15T14:00:00.000Z';

describe('runDigestPass with the real WebClient', () => {
  let slack: FakeSlack;
  beforeAll(async () => {
    slack = await startFakeSlack();
  });
  afterAll(() => slack.close());
  beforeEach(() => slack.reset());

  function setup() {
    const clock = testClock(SLOT);
    const store = storeWithQuotes(clock.now);
    const deps = digestDeps(store, scriptedClient(), clock);
    deps.client = boundedClient(new webApi.WebClient('xoxb-test', { slackApiUrl: slack.apiUrl, logLevel: webApi.LogLevel.ERROR }));
    saveSubscription(store.db, { channelId: 'C1', time: '09:00', timeZone: 'America/New_York', weekdaysOnly: false }, 'U1', SLOT);
    return { clock, store, deps };
  }

  it('posts through chat.postMessage and records the ts Slack returned', async () => {
    const { clock, store, deps } = setup();
    const report = await runDigestPass(deps, clock.now());
    const [call] = slack.callsTo('chat.postMessage');
    expect(call.body.channel).toBe('C1');
    expect(call.headers.authorization).toBe('Bearer xoxb-test');
    expect(report.posted).toHaveLength(1);
    expect(ledgerSince(store.db, '2027-01-01')[0].ts).toBe(report.posted[0].ts);
  });

  it('pauses on not_in_channel, channel_not_found and is_archived', async () => {
    for (const error of ['not_in_channel', 'channel_not_found', 'is_archived']) {
      slack.reset();
      const { clock, store, deps } = setup();
      slack.failNext('chat.postMessage', { body: { ok: false, error } });
      const report = await runDigestPass(deps, clock.now());
      expect(report.paused).toEqual([{ channelId: 'C1', localDate: '2027-01-15', reason: error }]);
      expect(listSubscriptions(store, clock.now())[0].pausedReason).toBe(error);
      expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    }
  });

  it('a 429 is waited out with Retry-After by the client, then posted once', async () => {
    const { clock, deps } = setup();
    slack.failNext('chat.postMessage', { status: 429, headers: { 'Retry-After': '1' }, body: { ok: false, error: 'ratelimited' } });
    const report = await runDigestPass(deps, clock.now());
    expect(report.posted).toHaveLength(1);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('other errors are retried a bounded number of times, then the day is marked failed', async () => {
    const { clock, store, deps } = setup();
    slack.failNext('chat.postMessage', ...[1, 2, 3].map(() => ({ body: { ok: false, error: 'internal_error' } })));
    const report = await runDigestPass(deps, clock.now());
    expect(report.failed).toEqual([{ channelId: 'C1', localDate: '2027-01-15', error: 'internal_error' }]);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(3);
    expect(ledgerSince(store.db, '2027-01-01')[0].status).toBe('failed');
  });
});
