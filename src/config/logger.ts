/**
 * One log stream for the whole process: pino, JSON in production, readable in local mode.
 * Secrets are redacted by path (pino `redact`) and, as a second line of defence, by value in every
 * serialised line, so a token that slips into a message or error text is still never written.
 */
import pino, { type Logger, type DestinationStream } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from './index';
import { secretValues } from './index';

export type { Logger };

const REDACT_PATHS = [
  'token',
  '*.token',
  'botToken',
  '*.botToken',
  'appToken',
  '*.appToken',
  'signingSecret',
  '*.signingSecret',
  'config.slack',
  'headers.authorization',
  '*.headers.authorization',
  'req.headers.authorization',
];

/** Replace every occurrence of any secret value in a serialised log line. */
function scrubbingStream(target: DestinationStream, secrets: string[]): DestinationStream {
  if (secrets.length === 0) return target;
  return {
    write(line: string) {
      let out = line;
      for (const s of secrets) out = out.split(s).join('[Redacted]');
      target.write(out);
    },
  };
}

export interface LoggerOptions {
  /** Where lines go; defaults to stdout (JSON) or a pretty stream on stderr in local mode. */
  destination?: DestinationStream;
  pretty?: boolean;
}

export function createLogger(config: Pick<Config, 'logLevel' | 'mode' | 'slack'>, options: LoggerOptions = {}): Logger {
  const usePretty = options.pretty ?? config.mode === 'local';
  // Local mode talks to a person on stdout; logs go to stderr so they never mix with answers.
  const base: DestinationStream =
    options.destination ??
    (usePretty
      ? pretty({ destination: 2, colorize: process.stderr.isTTY, sync: true, ignore: 'pid,hostname', singleLine: true })
      : pino.destination({ dest: 1, sync: true }));
  const stream = scrubbingStream(base, secretValues(config as Config));
  return pino({ level: config.logLevel, redact: { paths: REDACT_PATHS, censor: '[Redacted]' } }, stream);
}
