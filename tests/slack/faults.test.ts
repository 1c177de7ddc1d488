/**
 * Slack failing under the bot: a response_url that errors, Web API errors (invalid_auth, 429 with
 * Retry-After), a token Slack rejects at start. Each is logged, the user is told where possible, nothing
 * crashes, and the next request works.
 */
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/config/logger';
import { createApp } from '../../src/slack/app';
import { startFakeSlack } from '../helpers/fakeSlack';
import { eventCallback, slashCommand } from '../helpers/slackRequests';
import { expectValidMessage } from '../helpers/blockKit';
import { allTexts } from './fixtures';
import { BOT_TOKEN, responseAt, settle, startBot, type Bot } from './harness';

let bot: Bot;
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
  process.off('unhandledRejection', onRejection);
});
beforeEach(() => bot.fake.reset());
afterEach(() => expect(rejections).toEqual([]));

const mention = (text: string) => eventCallback({ type: 'app_mention', user: 'U0ALICE', text: `<@U0BOT> ${text}`, ts: `${Date.now() / 1000}`, channel: 'C0GENERAL' });

describe('faults', () => {
  it('a response_url answering 500 is logged, the user gets a friendly retry note, and the next command works', async () => {
    const failing = bot.fake.responseUrl('fails-once');
    bot.fake.failNext('response_url', { status: 500, body: { ok: false } });
    await bot.send(slashCommand({ text: 'indo-pacific', responseUrl: failing }));
    const calls = await bot.fake.waitFor('response_url', 2);
    expect(calls[1].body.text).toContain('Sorry, something went wrong');
    expectValidMessage(calls[1].body);
    expect(bot.logs.join('')).toContain('/quote failed');

    const next = bot.fake.responseUrl();
    await bot.send(slashCommand({ text: 'indo-pacific', responseUrl: next }));
    expect(allTexts((await responseAt(bot, next)).blocks).join()).toContain('Rajnath Singh');
  });

  it('invalid_auth from chat.postMessage is logged in one line and the next mention is answered', async () => {
    bot.fake.failNext('chat.postMessage', { body: { ok: false, error: 'invalid_auth' } }, { body: { ok: false, error: 'invalid_auth' } });
    await bot.send(mention('indo-pacific'));
    await bot.fake.waitFor('chat.postMessage', 2);
    await settle();
    expect(bot.logs.filter((l) => l.includes('app_mention failed') && l.includes('invalid_auth'))).toHaveLength(1);

    bot.fake.reset();
    await bot.send(mention('indo-pacific'));
    const [post] = await bot.fake.waitFor('chat.postMessage');
    expectValidMessage(post.body);
  });

  it('a 429 with Retry-After is waited out and the answer is posted once', async () => {
    bot.fake.failNext('chat.postMessage', { status: 429, headers: { 'Retry-After': '1' }, body: { ok: false, error: 'ratelimited' } });
    await bot.send(mention('maritime security'));
    const calls = await bot.fake.waitFor('chat.postMessage', 2, 8000);
    expectValidMessage(calls[1].body);
    await settle(300);
    expect(bot.fake.callsTo('chat.postMessage')).toHaveLength(2);
  });
});

describe('start-up', () => {
  it('stops with a clear error when Slack rejects the bot token', async () => {
    const fake = await startFakeSlack();
    fake.failNext('auth.test', { body: { ok: false, error: 'invalid_auth' } });
    const config = loadConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: 's', SLACK_API_URL: fake.apiUrl, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
    const app = createApp(config, { store: {} as any, search: {} as any, logger: createLogger(config, { destination: { write: () => undefined } }) });
    await expect(app.start()).rejects.toThrow(/invalid_auth/);
    await fake.close();
  });

  it('builds a Socket Mode app without touching the network until started', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: 'xapp-1-test', LOG_LEVEL: 'silent', SLACK_API_URL: 'http://127.0.0.1:9/api/' });
    expect(config.mode).toBe('socket');
    const app = createApp(config, { store: {} as any, search: {} as any, logger: createLogger(config, { destination: { write: () => undefined } }) });
    expect(app.app).toBeDefined();
  });
});
