/**
 * Slack and the network failing under the real Bolt app (HTTP mode, fake Web API on 127.0.0.1), and what
 * must never leak or be allowed. Complements tests/slack/faults.test.ts (response_url 500, invalid_auth,
 * 429 + Retry-After, a rejected token at start) and tests/slack/app.test.ts (signature, stale timestamp,
 * body limit): here 500s, a slow Slack, every flow's logs and bodies grepped for the secrets, and who may
 * manage what.
 */
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/config/logger';
import { createApp } from '../../src/slack/app';
import { startFakeSlack } from '../helpers/fakeSlack';
import { eventCallback, globalShortcut, slashCommand } from '../helpers/slackRequests';
import { expectValidMessage } from '../helpers/blockKit';
import { BOT_TOKEN, SECRET, responseAt, settle, startBot, type Bot } from '../slack/harness';
import { hasLiveMarkup } from '../slack/fixtures';
import { messageProblems } from '../helpers/blockKit';
import { hostileText, parsedTexts } from './generators';
import fc from 'fast-check';

const EDITOR = 'U0EDITOR';
const TIMEOUT_MS = 1000;
let bot: Bot;
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  // Calls to Slack are abandoned after 1 s here (10 s by default), so timeouts are quick to show.
  bot = await startBot({ QUOTEBOT_EDITORS: EDITOR, SLACK_TIMEOUT_MS: String(TIMEOUT_MS) });
});
afterAll(async () => {
  await bot.stop();
  process.off('unhandledRejection', onRejection);
});
beforeEach(() => bot.fake.reset());
afterEach(() => expect(rejections).toEqual([]));

let mentionCounter = 0;
const mention = (text: string, channel = 'C0GENERAL') =>
  eventCallback({ type: 'app_mention', user: 'U0ALICE', text: `<@U0BOT> ${text}`, ts: `${1_700_000_000 + ++mentionCounter}.000100`, channel });

const errorLines = () => bot.logs.filter((l) => /"level":(50|60)/.test(l));

describe('hostile input through the real app', () => {
  it('every generated /quote and mention is acknowledged and answered with a valid message that pings no one', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const url = bot.fake.responseUrl(`fuzz${++n}`);
        const ack = await bot.send(slashCommand({ text, responseUrl: url }));
        expect(ack.status).toBe(200);
        const reply = await responseAt(bot, url);
        expect(messageProblems(reply)).toEqual([]);
        expect(hasLiveMarkup(parsedTexts(reply))).toBe(false);
        expect(reply.text).not.toContain('Sorry, something went wrong');
        const posts = bot.fake.callsTo('chat.postMessage').length;
        await bot.send(mention(text));
        const [post] = (await bot.fake.waitFor('chat.postMessage', posts + 1)).slice(-1);
        expect(messageProblems(post.body)).toEqual([]);
        expect(hasLiveMarkup(parsedTexts(post.body))).toBe(false);
      }),
      { numRuns: 150 },
    );
    expect(bot.logs.filter((l) => /"level":(50|60)/.test(l))).toEqual([]);
  }, 30_000);
});

describe('Web API faults', () => {
  it('a 500 from chat.postMessage is retried and the answer is posted once', async () => {
    bot.fake.failNext('chat.postMessage', { status: 500, body: { ok: false, error: 'internal_error' } });
    const errorsBefore = errorLines().length;
    await bot.send(mention('maritime security'));
    const calls = await bot.fake.waitFor('chat.postMessage', 2, 8000);
    expectValidMessage(calls[1].body);
    await settle(300);
    expect(bot.fake.callsTo('chat.postMessage')).toHaveLength(2);
    expect(errorLines().length).toBe(errorsBefore);
  });

  it('500s that do not stop: gives up after the retries with one clear log line, and the next mention is answered', async () => {
    const fail = { status: 500, body: { ok: false, error: 'internal_error' } };
    bot.fake.failNext('chat.postMessage', fail, fail, fail, fail, fail, fail);
    const errorsBefore = errorLines().length;
    await bot.send(mention('indo-pacific'));
    // The answer and then the apology, each tried three times, all failing.
    await bot.fake.waitFor('chat.postMessage', 6, 15_000);
    await settle(300);
    const newErrors = errorLines().slice(errorsBefore);
    expect(newErrors).toHaveLength(1);
    expect(newErrors[0]).toContain('app_mention failed');
    expect(bot.fake.callsTo('chat.postMessage')).toHaveLength(6);

    bot.fake.reset();
    await bot.send(mention('indo-pacific'));
    const [post] = await bot.fake.waitFor('chat.postMessage');
    expectValidMessage(post.body);
  }, 20_000);

  it('a slow Slack (0.6 s per call) delays the answer, never the acknowledgement', async () => {
    bot.fake.failNext('chat.postMessage', { delayMs: 600 });
    const res = await bot.send(mention('maritime security'));
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(1500); // the ack does not wait for Slack
    const [post] = await bot.fake.waitFor('chat.postMessage', 1, 5000);
    expectValidMessage(post.body);
  });

  it('a Web API call that hangs is abandoned after the timeout and retried; the answer is posted', async () => {
    bot.fake.failNext('chat.postMessage', { delayMs: 5000 });
    const errorsBefore = errorLines().length;
    await bot.send(mention('maritime security'));
    const calls = await bot.fake.waitFor('chat.postMessage', 2, 6000);
    expectValidMessage(calls[1].body);
    expect(errorLines().length).toBe(errorsBefore);
  });

  it('a response_url that hangs is abandoned after the timeout: logged, the user gets the apology, the next command is answered', async () => {
    const url = bot.fake.responseUrl('hangs');
    bot.fake.failNext('response_url', { delayMs: 5000 });
    const started = Date.now();
    await bot.send(slashCommand({ text: 'indo-pacific', responseUrl: url }));
    const calls = await bot.fake.waitFor('response_url', 2, 5000);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 1500);
    expect(calls[1].body.text).toContain('Sorry, something went wrong');
    expect(bot.logs.some((l) => l.includes('/quote failed') && /abort|timeout/i.test(l))).toBe(true);
    const next = bot.fake.responseUrl();
    await bot.send(slashCommand({ text: 'indo-pacific', responseUrl: next }));
    expectValidMessage(await responseAt(bot, next));
  });

  it('a response_url that hangs up mid-answer is logged and the next command is answered', async () => {
    const url = bot.fake.responseUrl('hangs-up');
    bot.fake.failNext('response_url', { status: 502, body: 'Bad gateway' }, { status: 502, body: 'Bad gateway' });
    await bot.send(slashCommand({ text: 'indo-pacific', responseUrl: url }));
    await bot.fake.waitFor('response_url', 2);
    await settle(200);
    expect(bot.logs.some((l) => l.includes('/quote') && l.includes('could not tell the user either'))).toBe(true);
    const next = bot.fake.responseUrl();
    await bot.send(slashCommand({ text: 'indo-pacific', responseUrl: next }));
    expectValidMessage(await responseAt(bot, next));
  });
});

describe('permissions', () => {
  it('only QUOTEBOT_EDITORS open the Add article form; others get a polite refusal that is logged', async () => {
    const refused = bot.fake.responseUrl('not-editor');
    await bot.send(slashCommand({ text: 'add', responseUrl: refused, user: 'U0MALLORY' }));
    const refusal = await responseAt(bot, refused);
    expect(refusal.text).toMatch(/editor/i);
    expect(bot.fake.callsTo('views.open')).toHaveLength(0);
    expect(bot.logs.some((l) => l.includes('refused') && l.includes('U0MALLORY'))).toBe(true);

    await bot.send(globalShortcut('add_article', 'U0MALLORY'));
    await settle();
    expect(bot.fake.callsTo('views.open').every((c) => JSON.stringify(c.body.view).match(/editor/i))).toBe(true);

    await bot.send(slashCommand({ text: 'add', responseUrl: bot.fake.responseUrl(), user: EDITOR }));
    const opens = await bot.fake.waitFor('views.open', bot.fake.callsTo('views.open').length + 1);
    expect(JSON.stringify(opens[opens.length - 1].body.view)).not.toMatch(/not an editor/i);
  });

  it('a digest is managed only from inside its channel: no command reaches another channel', async () => {
    const inChannel = (channel: string, text: string, user = 'U0ALICE') => {
      const url = bot.fake.responseUrl();
      return bot.send(slashCommand({ text, responseUrl: url, channel, user })).then(() => responseAt(bot, url));
    };
    await inChannel('C0NEWS', 'digest on 09:00 UTC');
    const subscribed = () => bot.store.db.prepare('SELECT channel_id FROM digest_subscriptions ORDER BY channel_id').pluck().all();
    expect(subscribed()).toEqual(['C0NEWS']);
    // From another channel, naming the first one in every way a user might: never touches it.
    for (const text of ['digest off C0NEWS', 'digest off <#C0NEWS|news>', 'digest off #news', 'digest on 10:00 <#C0NEWS>']) {
      await inChannel('C0OTHER', text, 'U0MALLORY');
    }
    const rows = bot.store.db.prepare("SELECT channel_id, time FROM digest_subscriptions WHERE channel_id = 'C0NEWS'").all();
    expect(rows).toEqual([{ channel_id: 'C0NEWS', time: '09:00' }]);
    await inChannel('C0NEWS', 'digest off');
    expect(subscribed()).not.toContain('C0NEWS');
  });
});

describe('secrets', () => {
  it('never appear in logs, in anything sent to Slack, or in errors, through every flow and fault', async () => {
    const flows = async () => {
      const urls = ['s1', 's2', 's3', 's4', 's5', 's6', 's7'].map((id) => bot.fake.responseUrl(id));
      await bot.send(slashCommand({ text: 'indo-pacific', responseUrl: urls[0] }));
      await bot.send(slashCommand({ text: 'help', responseUrl: urls[1] }));
      await bot.send(slashCommand({ text: 'stats', responseUrl: urls[2] }));
      await bot.send(slashCommand({ text: 'add', responseUrl: urls[3], user: 'U0MALLORY' }));
      await bot.send(slashCommand({ text: 'digest status', responseUrl: urls[4] }));
      await bot.send(slashCommand({ text: 'who said free and open', responseUrl: urls[5] }));
      bot.fake.failNext('response_url', { status: 500, body: { ok: false } });
      await bot.send(slashCommand({ text: 'maritime', responseUrl: urls[6] }));
      bot.fake.failNext('chat.postMessage', { body: { ok: false, error: 'invalid_auth' } }, { body: { ok: false, error: 'invalid_auth' } });
      await bot.send(mention('indo-pacific'));
      bot.fake.failNext('chat.postMessage', { status: 500, body: { ok: false, error: 'internal_error' } });
      await bot.send(mention('maritime security'));
      await bot.fake.waitFor('response_url', 8, 8000);
      await bot.fake.waitFor('chat.postMessage', 4, 8000);
      await settle(300);
    };
    const logsBefore = bot.logs.length;
    await flows();

    // The token did travel: in the Authorization header of Web API calls, and nowhere else.
    const apiCalls = bot.fake.calls.filter((c) => c.method !== 'response_url');
    expect(apiCalls.length).toBeGreaterThan(0);
    expect(apiCalls.every((c) => c.headers.authorization === `Bearer ${BOT_TOKEN}`)).toBe(true);
    const sent = JSON.stringify(bot.fake.calls.map((c) => ({ body: c.body, headers: { ...c.headers, authorization: undefined } })));
    const logs = bot.logs.slice(logsBefore).join('');
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [BOT_TOKEN, SECRET]) {
      expect(logs).not.toContain(secret);
      expect(sent.includes(secret)).toBe(false);
    }
  }, 20_000);

  it('a token Slack rejects at start stops the app with an error that does not contain the token', async () => {
    const fake = await startFakeSlack();
    fake.failNext('auth.test', { body: { ok: false, error: 'invalid_auth' } });
    const config = loadConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug' });
    const logs: string[] = [];
    const app = createApp(config, { store: {} as any, search: {} as any, logger: createLogger(config, { destination: { write: (l: string) => void logs.push(l) } }) });
    const error = await app.start().then(
      () => null,
      (e: Error) => e,
    );
    await fake.close();
    expect(error).not.toBeNull();
    expect(`${error!.message}\n${error!.stack}\n${JSON.stringify(error)}`).not.toContain(BOT_TOKEN);
    expect(logs.join('')).not.toContain(BOT_TOKEN);
    expect(logs.join('')).not.toContain(SECRET);
  });

  it('configuration errors name the variable, never its value', () => {
    const bad = 'not-a-token-but-secret-looking-123';
    for (const env of [{ SLACK_BOT_TOKEN: bad, SLACK_SIGNING_SECRET: SECRET }, { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: bad }, { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: bad }]) {
      let message = '';
      try {
        loadConfig(env);
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).not.toBe('');
      expect(message).not.toContain(bad);
      expect(message).not.toContain(SECRET);
      expect(message).not.toContain(BOT_TOKEN);
    }
  });
});
