/**
 * `/quote digest on` without a zone and without DIGEST_TZ subscribes in the time zone of the person who
 * typed it (users.info), the workspace's zone as Slack lets a bot see it; if Slack does not say, UTC, and
 * the reply says so.
 */
import { getSubscription } from '../../../../src/digest/repository';
import { ZONE_UNKNOWN_NOTE } from '../../../../src/slack/digestBridge';
import { expectValidMessage } from '../../../helpers/blockKit';
import { CHANNEL, slashCommand, USER } from '../../../helpers/slackRequests';
import { allTexts } from '../../fixtures';
import { responseAt, startBot, type Bot } from '../../harness';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});
beforeEach(() => bot.fake.reset());

/** `/quote <text>` typed in `channel` (each test its own channel, so subscriptions never carry over). */
async function digest(text: string, channel: string): Promise<any> {
  const responseUrl = bot.fake.responseUrl();
  expect((await bot.send(slashCommand({ text, responseUrl, channel }))).status).toBe(200);
  const message = await responseAt(bot, responseUrl);
  expectValidMessage(message);
  return message;
}

const joined = (m: any) => [m.text, ...allTexts(m.blocks)].join('\n');

describe('/quote digest on: the default time zone', () => {
  it('is the subscribing user’s zone from users.info', async () => {
    bot.fake.failNext('users.info', { body: { ok: true, user: { id: USER.id, tz: 'Asia/Kolkata', tz_offset: 19800 } } });
    const m = await digest('digest on 08:00', 'C0KOLKATA');
    expect(bot.fake.callsTo('users.info').map((c) => c.body.user)).toEqual([USER.id]);
    expect(getSubscription(bot.store.db, 'C0KOLKATA')).toMatchObject({ time: '08:00', timeZone: 'Asia/Kolkata' });
    expect(joined(m)).toContain('(Asia/Kolkata)');
    expect(joined(m)).not.toContain(ZONE_UNKNOWN_NOTE);
  });

  it('falls back to UTC when users.info fails, and says so', async () => {
    bot.fake.failNext('users.info', { body: { ok: false, error: 'missing_scope' } });
    const m = await digest('digest on', 'C0UTC');
    expect(getSubscription(bot.store.db, 'C0UTC')).toMatchObject({ time: '09:00', timeZone: 'UTC' });
    expect(m.text).toContain(ZONE_UNKNOWN_NOTE);
    expect(m.blocks.some((b: any) => b.block_id === 'digest_zone_unknown')).toBe(true);
    expect(bot.logs.join('\n')).toContain('users.info failed (missing_scope)');
  });

  it('asks Slack nothing when the user gives a zone or the channel already has one', async () => {
    await digest('digest on 07:30 Europe/London', 'C0LONDON');
    await digest('digest on 10:00', 'C0LONDON');
    expect(getSubscription(bot.store.db, 'C0LONDON')).toMatchObject({ time: '10:00', timeZone: 'Europe/London' });
    expect(bot.fake.callsTo('users.info')).toHaveLength(0);
  });
});

describe('/quote digest on with DIGEST_TZ', () => {
  let configured: Bot;
  beforeAll(async () => {
    configured = await startBot({ DIGEST_TZ: 'America/New_York' });
  });
  afterAll(async () => {
    await configured.stop();
  });

  it('uses DIGEST_TZ without asking Slack', async () => {
    const responseUrl = configured.fake.responseUrl();
    await configured.send(slashCommand({ text: 'digest on', responseUrl }));
    await responseAt(configured, responseUrl);
    expect(getSubscription(configured.store.db, CHANNEL.id)?.timeZone).toBe('America/New_York');
    expect(configured.fake.callsTo('users.info')).toHaveLength(0);
  });
});
