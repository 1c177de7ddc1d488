import { LogLevel } from '@slack/bolt';
import pino from 'pino';
import { createBoltLogger } from '../../src/slack/boltLogger';

function capture() {
  const lines: any[] = [];
  const logger = pino({ level: 'debug' }, { write: (l: string) => void lines.push(JSON.parse(l)) });
  return { lines, logger };
}

describe('Bolt logger adapter', () => {
  it('writes Bolt messages into the pino stream, tagged as bolt, with errors as err', () => {
    const { lines, logger } = capture();
    const bolt = createBoltLogger(logger);
    bolt.info('listening on', 3000);
    bolt.error('failed:', new Error('boom'));
    expect(lines[0]).toMatchObject({ level: 30, component: 'bolt', msg: 'listening on 3000' });
    expect(lines[1]).toMatchObject({ level: 50, component: 'bolt', msg: 'failed:' });
    expect(lines[1].err.message).toBe('boom');
  });

  it('maps levels both ways and honours setLevel', () => {
    const { lines, logger } = capture();
    const bolt = createBoltLogger(logger);
    expect(bolt.getLevel()).toBe(LogLevel.DEBUG);
    bolt.setLevel(LogLevel.WARN);
    expect(bolt.getLevel()).toBe(LogLevel.WARN);
    bolt.info('hidden');
    bolt.warn('shown');
    expect(lines.map((l) => l.msg)).toEqual(['shown']);
  });

  it('names its component with setName', () => {
    const { lines, logger } = capture();
    const bolt = createBoltLogger(logger);
    bolt.setName('socket-mode');
    bolt.warn('x');
    expect(lines[0].component).toBe('socket-mode');
  });
});
