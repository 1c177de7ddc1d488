/** Shared pieces for the digest tests: a store with hand-built quotes, a scripted fake Slack client, a clock. */
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { openStore, type QuoteStore } from '../../src/store';
import type { DigestDeps } from '../../src/digest';
import { buildFixture, secondFixture, seedFixture } from '../helpers/quoteFixtures';

/** A store holding the two fixture articles (8 quotes); `now` is its clock for `addedAt`. */
export function storeWithQuotes(now: () => Date, path = ':memory:'): QuoteStore {
  const store = openStore(path, { now });
  for (const f of [seedFixture(), secondFixture()]) store.ingest(f.article, f.quotes);
  return store;
}

/** One more article with one named and one unattributed quote, ingested at the store's current time. */
export function addArticle(store: QuoteStore, title: string): void {
  const f = buildFixture(
    {
      title,
      source: 'Wire',
      paragraphs: [`Minister Asha Rao said, “${title} changes how the port works from today.”`, 'Someone said, “hm, fine.”'],
    },
    [
      { speaker: 'Asha Rao', role: 'Minister', text: `${title} changes how the port works from today.` },
      { speaker: 'unknown', type: 'unknown', text: 'hm, fine.', confidence: 0.3 },
    ],
  );
  store.ingest(f.article, f.quotes);
}

/** A Slack Web API error as @slack/web-api throws it for `{ ok: false, error }`. */
export function platformError(error: string): Error {
  return Object.assign(new Error(`An API error occurred: ${error}`), {
    code: 'slack_webapi_platform_error',
    data: { ok: false, error },
  });
}

export function rateLimitedError(retryAfterSeconds: number): Error {
  return Object.assign(new Error('A rate limit was exceeded'), {
    code: 'slack_webapi_rate_limited_error',
    retryAfter: retryAfterSeconds,
  });
}

export interface FakeSlack {
  client: DigestDeps['client'];
  posts: Array<{ channel: string; text: string; blocks: any[] }>;
  /** Errors to throw on the next calls, in order (undefined = succeed). */
  failNext: Array<Error | undefined>;
}

export function fakeSlack(): FakeSlack {
  const fake: FakeSlack = { posts: [], failNext: [], client: undefined as never };
  let n = 0;
  fake.client = {
    chat: {
      postMessage: async (args: { channel: string; text: string; blocks: any[] }) => {
        const error = fake.failNext.shift();
        if (error) throw error;
        fake.posts.push(args);
        n += 1;
        return { ok: true, ts: `1800000000.${String(n).padStart(6, '0')}`, channel: args.channel };
      },
    },
  } as never;
  return fake;
}

/** A clock the test moves by hand; sleeping advances it (no real timers). */
export function testClock(iso: string) {
  let t = Date.parse(iso);
  const sleeps: number[] = [];
  return {
    now: () => new Date(t),
    set: (next: string) => {
      t = Date.parse(next);
    },
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
    sleeps,
  };
}

export function digestDeps(store: QuoteStore, slack: FakeSlack, clock: ReturnType<typeof testClock>, env: Record<string, string> = {}): DigestDeps {
  return {
    store,
    client: slack.client,
    logger: pino({ level: 'silent' }),
    config: loadConfig(env),
    now: clock.now,
    sleep: clock.sleep,
  };
}
