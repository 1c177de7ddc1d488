/**
 * `npm run cli -- digest run [--now ISO-8601]`: one scheduling pass, posting what is due through the Web
 * API (SLACK_BOT_TOKEN, SLACK_API_URL), printing what it posted and skipped.
 * `npm run cli -- digest preview --channel C [--now ISO-8601]`: the digest's message as JSON.
 * Operators use them by hand; tests use them to race two processes on one store.
 */
import { parseArgs } from 'util';
import { webApi } from '@slack/bolt';
import type { Config } from '../config';
import type { Logger } from '../config/logger';
import type { QuoteStore } from '../store';
import { runDigestPass, seedConfiguredChannels, type DigestDeps, type DigestPassReport } from '../digest';
import { composeDigest } from '../digest/compose';
import { DIGEST_RETRY_CONFIG } from '../digest/deps';
import { getSubscription } from '../digest/repository';
import { canonicalTimeZone, localDate } from '../digest/time';
import { renderDigestPost } from '../slack/renderers/digest';

export interface DigestCliContext {
  config: Config;
  logger: Logger;
  store: QuoteStore;
  out: (line: string) => void;
}

const USAGE = 'Usage: digest run [--now ISO-8601] | digest preview --channel <id> [--now ISO-8601]';

function parseNow(text: string | undefined): Date | null | 'invalid' {
  if (text === undefined) return null;
  const d = new Date(text);
  return /^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(d.getTime()) ? d : 'invalid';
}

/** A Web API client for one-off CLI passes: bounded retries, so a pass ends in seconds, not half an hour. */
function cliClient(config: Config): webApi.WebClient {
  return new webApi.WebClient(config.slack.botToken, {
    slackApiUrl: config.slack.apiUrl,
    logLevel: webApi.LogLevel.ERROR,
    retryConfig: DIGEST_RETRY_CONFIG,
  });
}

export function formatPassReport(report: DigestPassReport): string[] {
  const lines = [`Digest pass at ${report.now}:`];
  for (const p of report.posted) lines.push(`  posted   ${p.channelId} ${p.localDate} ts=${p.ts}`);
  for (const p of report.paused) lines.push(`  paused   ${p.channelId} ${p.localDate} (${p.reason})`);
  for (const f of report.failed) lines.push(`  failed   ${f.channelId} ${f.localDate} (${f.error})`);
  for (const s of report.skipped) lines.push(`  skipped  ${s.channelId} ${s.localDate} (${s.reason})`);
  lines.push(
    `${report.posted.length} posted, ${report.skipped.length} skipped, ${report.failed.length} failed, ${report.paused.length} paused.`,
  );
  return lines;
}

export async function runDigestCli(args: string[], ctx: DigestCliContext): Promise<number> {
  const { config, logger, store, out } = ctx;
  const [sub, ...rest] = args;
  let values: { now?: string; channel?: string };
  try {
    values = parseArgs({ args: rest, options: { now: { type: 'string' }, channel: { type: 'string' } } }).values;
  } catch (e) {
    out(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  const fixedNow = parseNow(values.now);
  if (fixedNow === 'invalid') {
    out(`--now must be an ISO-8601 date and time such as 2027-01-15T14:00:00Z.\n${USAGE}`);
    return 2;
  }
  const now = () => fixedNow ?? new Date();

  if (sub === 'run') {
    if (!config.slack.botToken) {
      out('digest run posts to Slack: set SLACK_BOT_TOKEN (and SLACK_API_URL to use a stand-in for Slack).');
      return 2;
    }
    const deps: DigestDeps = { store, client: cliClient(config), logger, config, now };
    seedConfiguredChannels(deps);
    const report = await runDigestPass(deps, now());
    for (const line of formatPassReport(report)) out(line);
    return report.failed.length > 0 ? 1 : 0;
  }

  if (sub === 'preview') {
    if (!values.channel) {
      out(`digest preview needs --channel <id>.\n${USAGE}`);
      return 2;
    }
    const subscription = getSubscription(store.db, values.channel);
    const timeZone =
      subscription?.timeZone ?? ((config.digest.timeZone && canonicalTimeZone(config.digest.timeZone)) || 'UTC');
    const at = now();
    const content = composeDigest(store, { channelId: values.channel, timeZone }, localDate(at, timeZone), at);
    out(JSON.stringify(renderDigestPost(content), null, 2));
    return 0;
  }

  out(USAGE);
  return 2;
}
