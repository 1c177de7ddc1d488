import { runDigestPass, listSubscriptions, handleDigestCommand } from '../../src/digest';
import { ledgerSince, saveSubscription, usedQuoteIds } from '../../src/digest/repository';
import { MAX_POST_ATTEMPTS } from '../../src/digest/pass';
import { RETRY_AFTER_MINUTES } from '../../src/digest/due';
import { expectValidMessage } from '../helpers/blockKit';
import { addArticle, digestDeps, fakeSlack, platformError, rateLimitedError, storeWithQuotes, testClock } from './helpers';

// 09:00 in New York on Friday 2027-01-15 (EST) is 14:00Z.
const SLOT = '2027-01-15T14:00:00.000Z';

function setup(startIso = '2027-01-15T12:00:00Z', sub: Partial<{ time: string; timeZone: string; weekdaysOnly: boolean }> = {}) {
  const clock = testClock(startIso);
  // The store's own clock (for articles' addedAt): the fixtures arrive two weeks before.
  let storeTime = new Date('2027-01-01T00:00:00Z');
  const store = storeWithQuotes(() => storeTime);
  const setStoreTime = (iso: string) => {
    storeTime = new Date(iso);
  };
  const slack = fakeSlack();
  const deps = digestDeps(store, slack, clock);
  saveSubscription(
    store.db,
    { channelId: 'C1', time: '09:00', timeZone: 'America/New_York', weekdaysOnly: false, ...sub },
    'U1',
    '2027-01-01T00:00:00.000Z',
  );
  return { clock, store, slack, deps, setStoreTime };
}

describe('runDigestPass', () => {
  it('posts on time once, completes the ledger with the ts, and the post is valid Block Kit', async () => {
    const { clock, store, slack, deps } = setup(SLOT);
    const report = await runDigestPass(deps, clock.now());
    expect(report.posted).toEqual([{ channelId: 'C1', localDate: '2027-01-15', ts: '1800000000.000001' }]);
    expect(slack.posts).toHaveLength(1);
    expect(slack.posts[0].channel).toBe('C1');
    expectValidMessage({ text: slack.posts[0].text, blocks: slack.posts[0].blocks });
    expect(slack.posts[0].blocks[0]).toMatchObject({ type: 'header', text: { text: 'Daily quotes · Friday 15 Jan 2027' } });
    const [row] = ledgerSince(store.db, '2027-01-01');
    expect(row).toMatchObject({ channelId: 'C1', localDate: '2027-01-15', status: 'posted', ts: '1800000000.000001', attempts: 1 });
    // Any later pass that day — a croner wake-up, the sweep, a restart — posts nothing.
    clock.set('2027-01-15T14:00:30Z');
    expect((await runDigestPass(deps, clock.now())).skipped).toEqual([{ channelId: 'C1', localDate: '2027-01-15', reason: 'posted' }]);
    expect(slack.posts).toHaveLength(1);
  });

  it('off and on again the same day does not post that day twice; status shows the last post', async () => {
    const { clock, slack, deps } = setup(SLOT);
    await runDigestPass(deps, clock.now());
    await handleDigestCommand({ args: ['off'], channelId: 'C1', userId: 'U1' }, deps);
    await handleDigestCommand({ args: ['on', '09:00', 'America/New_York'], channelId: 'C1', userId: 'U1' }, deps);
    clock.set('2027-01-15T14:20:00Z');
    expect((await runDigestPass(deps, clock.now())).skipped[0].reason).toBe('posted');
    expect(slack.posts).toHaveLength(1);
    const status = await handleDigestCommand({ args: ['status'], channelId: 'C1', userId: 'U1' }, deps);
    expect(status.text).toContain('Last post: Friday 15 Jan 2027');
    expect(status.text).toContain('Next post: Saturday 16 Jan 2027, 09:00 (America/New_York)');
  });

  it('restart before the slot: nothing until the slot, then one post', async () => {
    const { clock, slack, deps } = setup('2027-01-15T13:00:00Z');
    expect((await runDigestPass(deps, clock.now())).posted).toEqual([]);
    clock.set(SLOT);
    expect((await runDigestPass(deps, clock.now())).posted).toHaveLength(1);
    expect(slack.posts).toHaveLength(1);
  });

  it('restart after the slot: a fresh process on the same store catches up once, within the grace window', async () => {
    const { clock, store, slack } = setup('2027-01-15T16:30:00Z');
    const firstProcess = digestDeps(store, slack, clock);
    expect((await runDigestPass(firstProcess, clock.now())).posted).toHaveLength(1);
    const afterRestart = digestDeps(store, slack, clock);
    clock.set('2027-01-15T16:31:00Z');
    expect((await runDigestPass(afterRestart, clock.now())).posted).toEqual([]);
    expect(slack.posts).toHaveLength(1);
  });

  it('never posts for a day long past: down from Friday to Monday morning posts only Monday’s', async () => {
    const { clock, slack, deps } = setup('2027-01-18T13:00:00Z');
    const report = await runDigestPass(deps, clock.now());
    expect(report.posted).toEqual([]);
    expect(report.skipped[0]).toMatchObject({ localDate: '2027-01-18', reason: 'not-yet' });
    clock.set('2027-01-18T14:00:00Z');
    expect((await runDigestPass(deps, clock.now())).posted.map((p) => p.localDate)).toEqual(['2027-01-18']);
    expect(slack.posts).toHaveLength(1);
  });

  it.each([
    ['Europe/London', '01:30', '2027-03-27T00:00:00Z', ['2027-03-27T01:30:00.000Z', '2027-03-28T01:00:00.000Z', '2027-03-29T00:30:00.000Z']],
    ['America/New_York', '01:30', '2027-11-06T04:00:00Z', ['2027-11-06T05:30:00.000Z', '2027-11-07T05:30:00.000Z', '2027-11-08T06:30:00.000Z']],
  ])('DST in %s: passes every 10 minutes for three days post once a day', async (timeZone, time, start, expected) => {
    const { clock, slack, deps } = setup(start, { timeZone, time });
    const postedAt: string[] = [];
    for (let i = 0; i < 3 * 24 * 6; i++) {
      const report = await runDigestPass(deps, clock.now());
      postedAt.push(...report.posted.map(() => clock.now().toISOString()));
      clock.set(new Date(clock.now().getTime() + 10 * 60000).toISOString());
    }
    expect(postedAt).toEqual(expected);
    expect(slack.posts).toHaveLength(3);
  });

  it('pauses on not_in_channel with the reason, stops trying, and `digest on` resumes it', async () => {
    const { clock, store, slack, deps } = setup(SLOT);
    slack.failNext.push(platformError('not_in_channel'));
    const report = await runDigestPass(deps, clock.now());
    expect(report.paused).toEqual([{ channelId: 'C1', localDate: '2027-01-15', reason: 'not_in_channel' }]);
    const [summary] = listSubscriptions(store, clock.now());
    expect(summary).toMatchObject({ pausedReason: 'not_in_channel', nextPostAt: null });
    expect(summary.problem).toMatch(/Paused \(not_in_channel\).*invite me/);
    clock.set('2027-01-15T14:30:00Z');
    expect((await runDigestPass(deps, clock.now())).skipped[0].reason).toBe('paused');
    expect(slack.posts).toHaveLength(0);
    // Someone invites the bot and turns the digest on again: today's digest still goes out, once.
    await handleDigestCommand({ args: ['on'], channelId: 'C1', userId: 'U1' }, deps);
    clock.set('2027-01-15T14:45:00Z');
    expect((await runDigestPass(deps, clock.now())).posted).toHaveLength(1);
    expect(slack.posts).toHaveLength(1);
  });

  it('other errors: bounded retries with backoff, then the ledger says failed; a later pass retries the day', async () => {
    const { clock, store, slack, deps } = setup(SLOT);
    slack.failNext.push(...Array.from({ length: MAX_POST_ATTEMPTS }, () => platformError('internal_error')));
    const report = await runDigestPass(deps, clock.now());
    expect(report.failed).toEqual([{ channelId: 'C1', localDate: '2027-01-15', error: 'internal_error' }]);
    expect(clock.sleeps.filter((ms) => ms >= 1000)).toEqual([1000, 4000]);
    expect(ledgerSince(store.db, '2027-01-01')[0]).toMatchObject({ status: 'failed', error: 'internal_error' });
    expect(listSubscriptions(store, clock.now())[0].problem).toMatch(/failed \(internal_error\)/);
    // Too soon: waits; after RETRY_AFTER_MINUTES: claims the day again and posts.
    expect((await runDigestPass(deps, clock.now())).skipped[0].reason).toBe('failed-wait');
    clock.set(new Date(clock.now().getTime() + RETRY_AFTER_MINUTES * 60000).toISOString());
    expect((await runDigestPass(deps, clock.now())).posted).toHaveLength(1);
    expect(ledgerSince(store.db, '2027-01-01')[0]).toMatchObject({ status: 'posted', attempts: 2 });
    expect(slack.posts).toHaveLength(1);
  });

  it('429 handed back by the client: waits Retry-After, then posts', async () => {
    const { clock, slack, deps } = setup(SLOT);
    slack.failNext.push(rateLimitedError(7));
    expect((await runDigestPass(deps, clock.now())).posted).toHaveLength(1);
    expect(clock.sleeps).toContain(7000);
  });

  it('posts to several channels one after another, each once', async () => {
    const { clock, store, slack, deps } = setup(SLOT);
    for (const channelId of ['C2', 'C3']) {
      saveSubscription(store.db, { channelId, time: '09:00', timeZone: 'America/New_York', weekdaysOnly: false }, 'U1', '2027-01-10T00:00:00Z');
    }
    const report = await runDigestPass(deps, clock.now());
    expect(report.posted.map((p) => p.channelId)).toEqual(['C1', 'C2', 'C3']);
    expect(slack.posts.map((p) => p.channel)).toEqual(['C1', 'C2', 'C3']);
  });

  it('rotates the quote of the day without repeats until every quote has been used', async () => {
    const { clock, store, slack, deps } = setup(SLOT);
    const total = store.quoteIds().length;
    const chosen: string[] = [];
    for (let day = 0; day < total + 1; day++) {
      clock.set(new Date(Date.parse(SLOT) + day * 86400000).toISOString());
      await runDigestPass(deps, clock.now());
      const card = slack.posts[day].blocks.find((b: any) => b.block_id === 'quote_context');
      chosen.push(card.elements[0].text.match(/`(Q-[^`]+)`/)[1]);
    }
    expect(new Set(chosen.slice(0, total)).size).toBe(total);
    // Day total+1 starts a new round: the rotation record holds just that day's quote.
    expect(usedQuoteIds(store.db, 'C1').size).toBe(1);
    // Card-worthy quotes (named speaker, direct, sure) come before the unattributed one.
    const unknownShort = store.quoteIds().map((id) => store.getQuote(id)!).find((q) => q.speaker.type === 'unknown')!.shortId;
    expect(chosen.indexOf(unknownShort)).toBe(total - 1);
  });

  it('lists what is new since the last digest: new articles with quote counts and the strongest named quotes', async () => {
    const { clock, store, slack, deps, setStoreTime } = setup(SLOT);
    await runDigestPass(deps, clock.now());
    // First digest: the fixtures arrived two weeks ago, nothing in the last day.
    expect(slack.posts[0].blocks.find((b: any) => b.block_id === 'digest_new_none')).toBeDefined();
    setStoreTime('2027-01-15T20:00:00Z');
    addArticle(store, 'The new tariff');
    setStoreTime('2027-01-16T01:00:00Z');
    addArticle(store, 'The harbour plan');
    clock.set('2027-01-16T14:00:00Z');
    await runDigestPass(deps, clock.now());
    const post = slack.posts[1];
    expectValidMessage({ text: post.text, blocks: post.blocks });
    const title = post.blocks.find((b: any) => b.block_id === 'digest_new_title').text.text;
    expect(title).toBe('*New since the last digest* (15 Jan 2027)');
    const articles = post.blocks.find((b: any) => b.block_id === 'digest_new_articles_0').text.text;
    expect(articles.split('\n')).toEqual([
      '• *The harbour plan* — Wire · 2 quotes',
      '• *The new tariff* — Wire · 2 quotes',
    ]);
    // The two named new quotes, minus the quote of the day if the rotation picked one of them; never "hm, fine."
    const qotd = post.blocks.find((b: any) => b.block_id === 'quote').text.text;
    const strongest = post.blocks.filter((b: any) => /^digest_new_quote_/.test(b.block_id)).map((b: any) => b.text.text);
    const expected = ['The harbour plan', 'The new tariff'].filter((t) => !qotd.includes(t));
    expect(strongest.map((t: string) => t.match(/“(The [a-z ]+) changes/i)?.[1])).toEqual(expected);
    expect(strongest.every((t: string) => t.includes('*Asha Rao*, Minister'))).toBe(true);
    expect(post.text).toMatch(/^Daily quotes for Saturday 16 Jan 2027 · Quote of the day: “.+” — .+ · 2 new articles\.$/);
  });
});
