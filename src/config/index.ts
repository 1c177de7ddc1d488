/**
 * The one config loader. Reads the environment (and `.env` through dotenv, done by the entry points),
 * validates it with zod, and decides the run mode. A missing or malformed variable becomes one clear line
 * naming it (ConfigError), never a stack trace.
 */
import { z } from 'zod';

export type RunMode = 'socket' | 'http' | 'local';

export interface Config {
  mode: RunMode;
  slack: {
    botToken?: string;
    appToken?: string;
    signingSecret?: string;
    /** Web API base URL (WebClient's slackApiUrl), e.g. a fake Slack in tests. Ends with a slash. */
    apiUrl?: string;
    /** How long one call to Slack (Web API or response_url) may take before it is abandoned. */
    timeoutMs: number;
  };
  port: number;
  /** Host the HTTP server binds to. */
  host: string;
  dbPath: string;
  articlesDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Slack user ids allowed to add articles and delete quotes; empty = everyone. */
  editors: string[];
  digest: {
    /** HH:MM, local time of each subscription. */
    time: string;
    /** IANA zone; undefined = the workspace's (team) time zone, else UTC. */
    timeZone?: string;
    /** Channel ids subscribed at start. */
    channels: string[];
  };
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());
const csv = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : []),
  z.array(z.string()),
);

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const EnvSchema = z.object({
  SLACK_BOT_TOKEN: z.preprocess(
    emptyToUndefined,
    z.string().regex(/^xoxb-/, 'must be a bot token starting with xoxb-').optional(),
  ),
  SLACK_APP_TOKEN: z.preprocess(
    emptyToUndefined,
    z.string().regex(/^xapp-/, 'must be an app-level token starting with xapp-').optional(),
  ),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_API_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
  SLACK_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(100).max(120_000).default(10_000)),
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
  HOST: z.preprocess(emptyToUndefined, z.string().default('0.0.0.0')),
  QUOTEBOT_DB: z.preprocess(emptyToUndefined, z.string().default('data/quotebot.db')),
  QUOTEBOT_ARTICLES: z.preprocess(emptyToUndefined, z.string().default('data/articles')),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  QUOTEBOT_EDITORS: csv,
  DIGEST_TIME: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:MM, e.g. 09:00')
      .default('09:00'),
  ),
  DIGEST_TZ: z.preprocess(
    emptyToUndefined,
    z.string().refine(isValidTimeZone, 'must be an IANA time zone such as Europe/London').optional(),
  ),
  DIGEST_CHANNELS: csv,
});

/** Decide the mode from which credentials are present; half a set of credentials is an error, not a guess. */
function decideMode(env: z.infer<typeof EnvSchema>): RunMode {
  const { SLACK_BOT_TOKEN: bot, SLACK_APP_TOKEN: app, SLACK_SIGNING_SECRET: secret } = env;
  if (!bot && !app && !secret) return 'local';
  if (!bot) {
    throw new ConfigError(
      'SLACK_BOT_TOKEN is missing: set it (xoxb-…) together with SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode), or unset all Slack variables to run locally.',
    );
  }
  if (app) return 'socket';
  if (secret) return 'http';
  throw new ConfigError(
    'SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is missing: set SLACK_APP_TOKEN (xapp-…) for Socket Mode or SLACK_SIGNING_SECRET for HTTP mode.',
  );
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0] ?? 'environment');
    throw new ConfigError(`${name} is invalid: ${issue.message}.`);
  }
  const e = parsed.data;
  const apiUrl = e.SLACK_API_URL ? (e.SLACK_API_URL.endsWith('/') ? e.SLACK_API_URL : `${e.SLACK_API_URL}/`) : undefined;
  return {
    mode: decideMode(e),
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      appToken: e.SLACK_APP_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      apiUrl,
      timeoutMs: e.SLACK_TIMEOUT_MS,
    },
    port: e.PORT,
    host: e.HOST,
    dbPath: e.QUOTEBOT_DB,
    articlesDir: e.QUOTEBOT_ARTICLES,
    logLevel: e.LOG_LEVEL,
    editors: e.QUOTEBOT_EDITORS,
    digest: { time: e.DIGEST_TIME, timeZone: e.DIGEST_TZ, channels: e.DIGEST_CHANNELS },
  };
}

/** Values that must never appear in logs or messages. */
export function secretValues(config: Config): string[] {
  return [config.slack.botToken, config.slack.appToken, config.slack.signingSecret].filter(
    (s): s is string => typeof s === 'string' && s.length > 0,
  );
}
