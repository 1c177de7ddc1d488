/**
 * The one factory for the Bolt app, in every mode: Socket Mode (bot + app token) or HTTP mode (bot token +
 * signing secret, Bolt's `/slack/events`), both with `GET /health`. Listeners are registered from
 * ./listeners; this file only wires receivers, the Web API client and error handling.
 */
import type { Server } from 'http';
import type { AddressInfo } from 'net';
import { App, HTTPReceiver, SocketModeReceiver, type CustomRoute, type Receiver } from '@slack/bolt';
import type { Config } from '../config';
import { createBoltLogger } from './boltLogger';
import { createMemory, type AppDeps, type ListenerDeps, type Memory } from './context';
import * as actions from './listeners/actions';
import * as commands from './listeners/commands';
import * as events from './listeners/events';
import * as shortcuts from './listeners/shortcuts';
import * as views from './listeners/views';

export type { AppDeps } from './context';

export interface QuotebotApp {
  app: App;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** HTTP mode: the port actually bound (useful with port 0). */
  port(): number | undefined;
}

/** Requests bigger than this are refused before parsing; the largest real payload (the article form) is ~20 kB. */
export const BODY_LIMIT_BYTES = 512 * 1024;

const healthRoute: CustomRoute = {
  path: '/health',
  method: ['GET'],
  handler: (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{"ok":true}');
  },
};

/**
 * fetch that gives up after `ms` unless the caller brings its own signal (the Web API client does, with the
 * same timeout): a response_url that never answers would otherwise hold its request open for minutes.
 */
export function fetchWithTimeout(ms: number): typeof fetch {
  return (input, init) => fetch(input, init?.signal ? init : { ...init, signal: AbortSignal.timeout(ms) });
}

function createReceiver(config: Config, boltLogger: ReturnType<typeof createBoltLogger>): Receiver {
  if (config.mode === 'socket') {
    if (!config.slack.appToken) throw new Error('Socket Mode needs SLACK_APP_TOKEN');
    return new SocketModeReceiver({
      appToken: config.slack.appToken,
      logger: boltLogger,
      customRoutes: [healthRoute],
      installerOptions: { port: config.port },
    });
  }
  if (config.mode === 'http') {
    if (!config.slack.signingSecret) throw new Error('HTTP mode needs SLACK_SIGNING_SECRET');
    return new HTTPReceiver({
      signingSecret: config.slack.signingSecret,
      endpoints: '/slack/events',
      logger: boltLogger,
      customRoutes: [healthRoute],
      bodyLimit: BODY_LIMIT_BYTES,
    });
  }
  throw new Error('createApp needs Slack credentials; local mode runs the console instead');
}

export function createApp(config: Config, deps: AppDeps, memory: Memory = createMemory()): QuotebotApp {
  const boltLogger = createBoltLogger(deps.logger);
  const receiver = createReceiver(config, boltLogger);
  const app = new App({
    token: config.slack.botToken,
    receiver,
    logger: boltLogger,
    // The token is checked (auth.test) in start(), where a failure stops start-up with a clear error,
    // instead of in the constructor, where it would be an unhandled rejection cached for every request.
    deferInitialization: true,
    clientOptions: {
      slackApiUrl: config.slack.apiUrl,
      // A few quick retries for what is safe to retry; the listener logs and answers if they run out.
      retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2000 },
      timeout: config.slack.timeoutMs,
      // Bolt's respond() (the response_url) uses this fetch too, with no timeout of its own.
      fetch: fetchWithTimeout(config.slack.timeoutMs),
    },
  });

  const listenerDeps: ListenerDeps = { ...deps, config, memory };
  commands.register(app, listenerDeps);
  events.register(app, listenerDeps);
  actions.register(app, listenerDeps);
  shortcuts.register(app, listenerDeps);
  views.register(app, listenerDeps);

  app.error(async (error) => {
    deps.logger.error({ err: error, code: (error as { code?: string }).code }, 'unhandled error in a Slack listener');
  });

  let server: Server | undefined;
  return {
    app,
    async start() {
      await app.init();
      if (config.mode === 'http') {
        server = (await app.start({ port: config.port, host: config.host })) as Server;
      } else {
        await app.start();
      }
    },
    async stop() {
      await app.stop();
    },
    port() {
      const address = server?.address() as AddressInfo | null | undefined;
      return address?.port;
    },
  };
}
