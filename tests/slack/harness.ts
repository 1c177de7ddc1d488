/**
 * Starts the real Bolt app in HTTP mode on 127.0.0.1 (a free port) against the fake Slack Web API, with a
 * store seeded from data/articles through the real article reader, extractor and store. Logs are captured
 * so tests can check them (and that no secret ever appears in them).
 */
import path from 'path';
import { listArticleFiles, readArticleFile } from '../../src/articles';
import { loadConfig, type Config } from '../../src/config';
import { createLogger } from '../../src/config/logger';
import { extractQuotes } from '../../src/extraction';
import { createSearch } from '../../src/search';
import { createApp, type QuotebotApp } from '../../src/slack/app';
import { openStore, type QuoteStore } from '../../src/store';
import { startFakeSlack, type FakeSlack } from '../helpers/fakeSlack';
import { send, type SlackRequest, type SentResponse } from '../helpers/slackRequests';

export const SECRET = 'test-signing-secret-5f2a9c';
export const BOT_TOKEN = 'xoxb-test-token-8d41e7';

export interface Bot {
  baseUrl: string;
  fake: FakeSlack;
  store: QuoteStore;
  config: Config;
  bot: QuotebotApp;
  logs: string[];
  /** Send a signed request to /slack/events. */
  send(request: SlackRequest, headers?: Record<string, string>): Promise<SentResponse>;
  stop(): Promise<void>;
}

export function seedStore(store: QuoteStore): void {
  for (const file of listArticleFiles([path.resolve(__dirname, '../../data/articles')])) {
    const article = readArticleFile(file);
    store.ingest(article, extractQuotes(article));
  }
}

export async function startBot(env: Record<string, string> = {}): Promise<Bot> {
  const fake = await startFakeSlack();
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    ...env,
  });
  const logs: string[] = [];
  const logger = createLogger(config, { destination: { write: (line: string) => void logs.push(line) }, pretty: false });
  const store = openStore(':memory:');
  seedStore(store);
  const bot = createApp(config, { store, search: createSearch(store), logger });
  await bot.start();
  const baseUrl = `http://127.0.0.1:${bot.port()}`;
  return {
    baseUrl,
    fake,
    store,
    config,
    bot,
    logs,
    send: (request, headers) => send(baseUrl, request, { secret: SECRET }, headers),
    async stop() {
      await bot.stop();
      await fake.close();
      store.close();
    },
  };
}

/** Let the work after an ack finish (for asserting that something did NOT happen). */
export const settle = (ms = 150) => new Promise((r) => setTimeout(r, ms));

/** Wait until a call to `path` (a response_url's path) has been recorded, and return its body. */
export async function responseAt(bot: Bot, url: string, timeoutMs = 10_000): Promise<any> {
  const path = new URL(url).pathname;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const call = bot.fake.calls.find((c) => c.path === path);
    if (call) return call.body;
    if (Date.now() > deadline) throw new Error(`nothing was posted to ${path}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Every button of a message or view, by action id. */
export function buttons(message: { blocks?: any[] }): Map<string, any> {
  const out = new Map<string, any>();
  for (const b of message.blocks ?? []) if (b.type === 'actions') for (const e of b.elements) out.set(e.action_id, e);
  return out;
}
