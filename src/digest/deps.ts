import { webApi } from '@slack/bolt';
import type { Config } from '../config';
import type { Logger } from '../config/logger';
import type { QuoteStore } from '../store';

/** What the digest needs from the outside world; tests inject the clock, the sleep and a fake Slack. */
export interface DigestDeps {
  store: QuoteStore;
  /** Only chat.postMessage is used. */
  client: webApi.WebClient;
  logger: Logger;
  config: Config;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** How late a missed digest may still be posted the same local day (default DEFAULT_GRACE_MINUTES). */
  graceMinutes?: number;
}

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function clockOf(deps: DigestDeps): () => Date {
  return deps.now ?? (() => new Date());
}

/**
 * Slack's client retries failed requests for up to half an hour by default, which would hold every later
 * digest behind one broken channel. Digests use a copy with few, short retries (429s still wait out
 * Retry-After); the pass adds its own bounded retries and the ledger lets a later pass try again.
 */
export const DIGEST_RETRY_CONFIG = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 4000 };

export function boundedClient(client: webApi.WebClient): webApi.WebClient {
  if (!(client instanceof webApi.WebClient)) return client; // a test double: use it as it is
  return new webApi.WebClient(client.token, {
    slackApiUrl: client.slackApiUrl,
    logLevel: webApi.LogLevel.ERROR,
    retryConfig: DIGEST_RETRY_CONFIG,
  });
}
