/**
 * The Bolt app over real HTTP: request verification (signature, stale timestamp, body size),
 * url_verification, GET /health, and no secret in any log line.
 */
import { BODY_LIMIT_BYTES } from '../../src/slack/app';
import { send, signature, slashCommand, urlVerification } from '../helpers/slackRequests';
import { BOT_TOKEN, SECRET, settle, startBot, type Bot } from './harness';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});

describe('HTTP mode', () => {
  it('answers url_verification with the challenge', async () => {
    const res = await bot.send(urlVerification('challenge-xyz'));
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ challenge: 'challenge-xyz' });
  });

  it('answers GET /health with 200', async () => {
    const res = await fetch(`${bot.baseUrl}/health`);
    expect(res.status).toBe(200);
  });

  it('rejects a wrong signature with 401 and does nothing', async () => {
    const request = slashCommand({ text: 'indo-pacific', responseUrl: bot.fake.responseUrl('bad-sig') });
    const res = await send(bot.baseUrl, request, { secret: SECRET, signature: signature('not-the-secret', Math.floor(Date.now() / 1000), request.body) });
    expect(res.status).toBe(401);
    await settle();
    expect(bot.fake.calls.filter((c) => c.path.endsWith('bad-sig'))).toEqual([]);
  });

  it('rejects a correctly signed request older than 5 minutes with 401', async () => {
    const request = slashCommand({ text: 'indo-pacific', responseUrl: bot.fake.responseUrl('stale') });
    const res = await send(bot.baseUrl, request, { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(res.status).toBe(401);
  });

  it('refuses a body over the size limit', async () => {
    const request = slashCommand({ text: 'x'.repeat(BODY_LIMIT_BYTES + 10), responseUrl: bot.fake.responseUrl('huge') });
    const res = await bot.send(request);
    expect(res.status).toBeGreaterThanOrEqual(400);
    await settle();
    expect(bot.fake.calls.filter((c) => c.path.endsWith('huge'))).toEqual([]);
  });

  it('never writes the bot token or signing secret to the logs', async () => {
    await bot.send(slashCommand({ text: 'indo-pacific', responseUrl: bot.fake.responseUrl() }));
    await bot.fake.waitFor('response_url');
    const all = bot.logs.join('');
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SECRET);
  });
});
