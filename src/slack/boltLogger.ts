/**
 * Bolt logs through this adapter into the process's pino logger, so there is one log stream (with its
 * redaction) rather than Bolt's console output beside it.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../config/logger';

const TO_PINO: Record<LogLevel, string> = {
  [LogLevel.DEBUG]: 'debug',
  [LogLevel.INFO]: 'info',
  [LogLevel.WARN]: 'warn',
  [LogLevel.ERROR]: 'error',
};

function toBoltLevel(pinoLevel: string): LogLevel {
  switch (pinoLevel) {
    case 'trace':
    case 'debug':
      return LogLevel.DEBUG;
    case 'info':
      return LogLevel.INFO;
    case 'warn':
      return LogLevel.WARN;
    default:
      return LogLevel.ERROR;
  }
}

/** Bolt passes any number of arguments; errors become pino's `err`, everything else one message string. */
function split(args: unknown[]): { err?: Error; msg: string } {
  const err = args.find((a): a is Error => a instanceof Error);
  const msg = args
    .filter((a) => a !== err)
    .map((a) => (typeof a === 'string' ? a : safeJson(a)))
    .join(' ');
  return { err, msg: msg || err?.message || '' };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function createBoltLogger(base: Logger): BoltLogger {
  let logger: Logger = base.child({ component: 'bolt' });
  const write = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    const { err, msg } = split(args);
    if (err) logger[level]({ err }, msg);
    else logger[level](msg);
  };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel(level: LogLevel) {
      logger.level = TO_PINO[level] ?? 'info';
    },
    getLevel(): LogLevel {
      return toBoltLevel(logger.level);
    },
    setName(name: string) {
      logger = base.child({ component: name });
    },
  };
}
