/**
 * Start-up shared by the bot and the CLI: config (with .env), logger, the store opened and brought up to
 * date with the articles folder. One place, so `npm start` and `npm run cli` see the same data.
 */
import fs from 'fs';
import path from 'path';
import dotenv from 'dotenv';
import { ConfigError, loadConfig, type Config } from './config';
import type { Logger } from './config/logger';
import { openStore, type QuoteStore } from './store';
import { ingestFiles, type IngestSummary } from './store/ingestFiles';

export interface Runtime {
  config: Config;
  logger: Logger;
  store: QuoteStore;
}

/** Loads .env (never overriding the real environment) and validates it; exits with one clear line on error. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  dotenv.config({ quiet: true });
  try {
    return loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

export function openConfiguredStore(config: Config): QuoteStore {
  if (config.dbPath !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(config.dbPath)), { recursive: true });
  return openStore(config.dbPath);
}

/** Ingests the articles folder (new articles only; stored ones are recognised by their id) and logs the outcome. */
export function ingestArticlesFolder(config: Config, store: QuoteStore, logger: Logger): IngestSummary {
  if (!fs.existsSync(config.articlesDir)) {
    logger.warn({ dir: config.articlesDir }, 'articles folder not found; nothing to ingest');
    return { files: 0, articlesAdded: 0, articlesUnchanged: 0, quotesAdded: 0, errors: [] };
  }
  const summary = ingestFiles(store, [config.articlesDir]);
  for (const e of summary.errors) logger.error({ file: e.file }, `could not ingest ${e.file}: ${e.message}`);
  logger.info(
    { added: summary.articlesAdded, unchanged: summary.articlesUnchanged, quotes: summary.quotesAdded },
    `articles folder: ${summary.articlesAdded} new article(s), ${summary.quotesAdded} new quote(s)`,
  );
  return summary;
}
