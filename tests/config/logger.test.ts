import { Writable } from 'stream';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/config/logger';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { lines, destination: destination as any };
}

describe('createLogger', () => {
  const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-secret-bot-token', SLACK_SIGNING_SECRET: 'sign-me-secret' });

  it('writes JSON lines at the configured level', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ ...config, logLevel: 'info' }, { destination, pretty: false });
    logger.debug('hidden');
    logger.info({ n: 1 }, 'shown');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ msg: 'shown', n: 1 });
  });

  it('never writes a secret, whether logged by path, inside a message, or in an error', () => {
    const { lines, destination } = capture();
    const logger = createLogger(config, { destination, pretty: false });
    logger.info({ token: 'xoxb-secret-bot-token', config }, 'starting');
    logger.info(`calling Slack with xoxb-secret-bot-token and sign-me-secret`);
    logger.error({ err: new Error('invalid_auth for xoxb-secret-bot-token') }, 'failed');
    const all = lines.join('');
    expect(all).not.toContain('xoxb-secret-bot-token');
    expect(all).not.toContain('sign-me-secret');
    expect(all).toContain('[Redacted]');
  });
});
