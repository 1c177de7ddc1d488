/**
 * Entry point of `npm start`. With Slack credentials it runs the Bolt app (Socket Mode or HTTP) and the
 * daily digest; without them it runs in local mode, a console that answers queries as the bot would.
 */
import { createSearch } from './search';
import { createConsoleSession, runConsole, SLACK_HINT } from './cli/console';
import { createApp } from './slack/app';
import { startDigestScheduler } from './digest';
import { createLogger } from './config/logger';
import { ingestArticlesFolder, loadConfigOrExit, openConfiguredStore } from './runtime';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  const store = openConfiguredStore(config);
  ingestArticlesFolder(config, store, logger);
  const search = createSearch(store);

  if (config.mode === 'local') {
    const stats = store.stats();
    const banner =
      `Quotebot (local mode): ${stats.quotes} quotes by ${stats.speakers} speakers in ${stats.articles} article(s). ` +
      `Type a query such as \`indo-pacific\` or \`help\`; \`quit\` ends.\n${SLACK_HINT}`;
    await runConsole(createConsoleSession({ store, search }), {
      input: process.stdin,
      output: process.stdout,
      errorOutput: process.stderr,
      interactive: Boolean(process.stdin.isTTY),
      banner,
    });
    store.close();
    return;
  }

  const bot = createApp(config, { store, search, logger });
  await bot.start();
  const digest = startDigestScheduler({ store, client: bot.app.client, logger, config });
  logger.info({ mode: config.mode, port: config.mode === 'http' ? config.port : undefined }, 'Quotebot is running');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Stop taking requests first, then let the digest finish what it has claimed, then close the store.
    const timer = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, 8000);
    timer.unref();
    try {
      await bot.stop();
      await digest.stop();
    } finally {
      store.close();
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

process.on('unhandledRejection', (reason) => {
  process.stderr.write(`Unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}\n`);
});

main().catch((err) => {
  process.stderr.write(`Quotebot could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
