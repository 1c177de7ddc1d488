import { ConfigError, loadConfig, secretValues } from '../../src/config';

describe('loadConfig', () => {
  it('runs in local mode with no Slack variables, with defaults', () => {
    const c = loadConfig({});
    expect(c.mode).toBe('local');
    expect(c.port).toBe(3000);
    expect(c.dbPath).toBe('data/quotebot.db');
    expect(c.articlesDir).toBe('data/articles');
    expect(c.editors).toEqual([]);
    expect(c.digest).toEqual({ time: '09:00', timeZone: undefined, channels: [] });
  });

  it('treats empty strings (as in a copied .env.example) as unset', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: ' ', PORT: '', DIGEST_TZ: '' }).mode).toBe('local');
  });

  it('chooses Socket Mode with a bot and an app token', () => {
    const c = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(c.mode).toBe('socket');
  });

  it('chooses HTTP mode with a bot token and a signing secret, and normalises the API URL', () => {
    const c = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's3cret',
      PORT: '8080',
      SLACK_API_URL: 'http://127.0.0.1:4000/api',
    });
    expect(c.mode).toBe('http');
    expect(c.port).toBe(8080);
    expect(c.slack.apiUrl).toBe('http://127.0.0.1:4000/api/');
  });

  it('parses lists of editors and digest channels', () => {
    const c = loadConfig({ QUOTEBOT_EDITORS: 'U1, U2,,', DIGEST_CHANNELS: 'C1,C2', DIGEST_TZ: 'Europe/London' });
    expect(c.editors).toEqual(['U1', 'U2']);
    expect(c.digest.channels).toEqual(['C1', 'C2']);
    expect(c.digest.timeZone).toBe('Europe/London');
  });

  it.each([
    [{ SLACK_BOT_TOKEN: 'xoxp-user' , SLACK_APP_TOKEN: 'xapp-1'}, /^SLACK_BOT_TOKEN is invalid: must be a bot token/],
    [{ SLACK_APP_TOKEN: 'xapp-1' }, /^SLACK_BOT_TOKEN is missing/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, /SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is missing/],
    [{ PORT: 'eighty' }, /^PORT is invalid/],
    [{ PORT: '70000' }, /^PORT is invalid/],
    [{ DIGEST_TIME: '25:00' }, /^DIGEST_TIME is invalid: must be a time of day/],
    [{ DIGEST_TZ: 'Mars/Olympus' }, /^DIGEST_TZ is invalid: must be an IANA time zone/],
    [{ SLACK_API_URL: 'not a url' }, /^SLACK_API_URL is invalid/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL is invalid/],
  ])('rejects %j with one clear line naming the variable', (env, message) => {
    let error: unknown;
    try {
      loadConfig(env as NodeJS.ProcessEnv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('lists the secret values so they can be scrubbed from logs', () => {
    const c = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-abc', SLACK_SIGNING_SECRET: 'shh' });
    expect(secretValues(c).sort()).toEqual(['shh', 'xoxb-abc']);
  });
});
