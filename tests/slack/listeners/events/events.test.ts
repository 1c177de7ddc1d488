/** Events API end to end: mentions answer in thread, retries never answer twice, DMs, App Home. */
import { expectValidMessage, expectValidView } from '../../../helpers/blockKit';
import { eventCallback } from '../../../helpers/slackRequests';
import { allTexts } from '../../fixtures';
import { settle, startBot, type Bot } from '../../harness';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});
beforeEach(() => bot.fake.reset());

const joined = (m: any) => [m.text, ...allTexts(m.blocks)].join('\n');

function mention(text: string, extra: Record<string, unknown> = {}) {
  return { type: 'app_mention', user: 'U0ALICE', text: `<@U0BOT> ${text}`, ts: '1700000100.000100', channel: 'C0GENERAL', ...extra };
}

describe('app_mention', () => {
  it('answers in the thread of the mention', async () => {
    const res = await bot.send(eventCallback(mention('who said "maritime security"?')));
    expect(res.status).toBe(200);
    const [post] = await bot.fake.waitFor('chat.postMessage');
    expectValidMessage(post.body);
    expect(post.body.channel).toBe('C0GENERAL');
    expect(post.body.thread_ts).toBe('1700000100.000100');
    expect(joined(post.body)).toContain('*Rajnath Singh*, Defence Minister said it');
    expect(post.body.link_names).toBeUndefined();
  });

  it('answers a mention inside a thread in that thread', async () => {
    await bot.send(eventCallback(mention('by Austin', { ts: '1700000200.000200', thread_ts: '1700000000.000001' })));
    const [post] = await bot.fake.waitFor('chat.postMessage');
    expectValidMessage(post.body);
    expect(post.body.thread_ts).toBe('1700000000.000001');
  });

  it('never answers a retried event twice (X-Slack-Retry-Num, or the same event id again)', async () => {
    const request = eventCallback(mention('indo-pacific'), { eventId: 'Ev0RETRY1' });
    await bot.send(request);
    await bot.fake.waitFor('chat.postMessage');
    const retry = await bot.send(request, { 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' });
    expect(retry.status).toBe(200);
    await bot.send(request);
    await settle(300);
    expect(bot.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('answers a mention with no question with help', async () => {
    await bot.send(eventCallback(mention('')));
    const [post] = await bot.fake.waitFor('chat.postMessage');
    expectValidMessage(post.body);
    expect(joined(post.body)).toContain('@Quotebot');
  });
});

describe('message.im', () => {
  const dm = (extra: Record<string, unknown>) => ({ type: 'message', channel: 'D0ALICE', channel_type: 'im', user: 'U0ALICE', ts: '1700000300.000100', ...extra });

  it('answers a direct message like the slash command', async () => {
    await bot.send(eventCallback(dm({ text: 'free and open indo-pacific' })));
    const [post] = await bot.fake.waitFor('chat.postMessage');
    expectValidMessage(post.body);
    expect(post.body.channel).toBe('D0ALICE');
    expect(joined(post.body)).toContain('*Rajnath Singh*, Defence Minister');
  });

  it('ignores bot messages, edits and messages outside DMs', async () => {
    await bot.send(eventCallback(dm({ text: 'indo', bot_id: 'B0OTHER' })));
    await bot.send(eventCallback(dm({ text: 'indo', subtype: 'message_changed' })));
    await bot.send(eventCallback(dm({ text: 'indo', channel_type: 'channel', channel: 'C0GENERAL' })));
    await settle(300);
    expect(bot.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });
});

describe('app_home_opened', () => {
  it('publishes the Home tab with what the bot knows, digests and usage', async () => {
    await bot.send(eventCallback({ type: 'app_home_opened', user: 'U0ALICE', channel: 'D0ALICE', tab: 'home' }));
    const [publish] = await bot.fake.waitFor('views.publish');
    expect(publish.body.user_id).toBe('U0ALICE');
    expectValidView(publish.body.view);
    const all = allTexts(publish.body.view.blocks).join('\n');
    expect(all).toMatch(/\*\d+\* quotes by \*\d+\* speakers in \*1\* articles/);
    expect(all).toContain('Daily digests');
    expect(all).toContain('How to use it');
  });

  it('does nothing for the messages tab', async () => {
    await bot.send(eventCallback({ type: 'app_home_opened', user: 'U0ALICE', channel: 'D0ALICE', tab: 'messages' }));
    await settle();
    expect(bot.fake.callsTo('views.publish')).toHaveLength(0);
  });
});
