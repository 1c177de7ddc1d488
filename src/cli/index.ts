/**
 * `npm run cli -- <verb>`: the operator's and the tests' door to every stage.
 *   extract <file>... [--json]          quotes and speakers of article files (JSON Lines with --json)
 *   ingest <file|dir>...                add articles to the store (progress bar on many files)
 *   search <query> [--json] [--limit N] search the store as the bot would
 *   backup <file>                       online backup of the store (SQLite backup API)
 *   digest run [--now ISO] | digest preview --channel C
 * With `npm run --silent`, JSON output is the only thing on stdout; logs go to stderr.
 */
import { parseArgs } from 'util';
import { readArticleFile, listArticleFiles } from '../articles';
import { extractQuotes } from '../extraction';
import { createSearch } from '../search';
import { parseQuery } from '../search/query';
import { formatHelpText } from '../search/help';
import { ingestFiles, errorMessage } from '../store/ingestFiles';
import { createLogger } from '../config/logger';
import { ingestArticlesFolder, loadConfigOrExit, openConfiguredStore } from '../runtime';
import { runDigestCli } from './digest';
import { renderAnswerText } from './renderText';
import { createProgressReporter } from './progress';
import type { Article, Quote } from '../types';
import type { SearchAnswer } from '../search/types';

const USAGE = `Usage: npm run cli -- <verb> [options]
  extract <file>... [--json]           print the quotes and speakers found in article files
  ingest <file|dir>...                 add articles to the store
  search <query> [--json] [--limit N]  search the store as the bot would
  backup <file>                        write an online backup of the store to <file>
  digest run [--now ISO-8601]          run one digest scheduling pass (posts what is due)
  digest preview --channel <id>        print the digest blocks for a channel`;

type Out = (line: string) => void;

/** The skeleton's JSON Lines contract for `extract --json`, one object per file. */
export function extractionRecord(file: string, article: Article, quotes: Quote[]) {
  const { title, date, source, author, url } = article.meta;
  return {
    file,
    article: { title, date, source, author, url },
    quotes: quotes.map((q) => ({
      id: q.id,
      text: q.text,
      speaker: { name: q.speaker.name, role: q.speaker.role, type: q.speaker.type },
      kind: q.kind,
      paragraph: q.paragraph,
      start: q.start,
      end: q.end,
      cue: q.cue,
      confidence: q.confidence,
      ...(q.fragment ? { fragment: true } : {}),
    })),
  };
}

function extractCommand(args: string[], out: Out, err: Out): number {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length === 0) {
    err('extract needs at least one article file.');
    return 2;
  }
  let failures = 0;
  let files: string[];
  try {
    files = listArticleFiles(positionals);
  } catch (e) {
    err(errorMessage(e));
    return 1;
  }
  for (const file of files) {
    try {
      const article = readArticleFile(file);
      const quotes = extractQuotes(article);
      if (values.json) {
        out(JSON.stringify(extractionRecord(file, article, quotes)));
      } else {
        out(`${file}: ${quotes.length} quote(s)${article.meta.title ? ` — ${article.meta.title}` : ''}`);
        for (const q of quotes) {
          const who = q.speaker.role ? `${q.speaker.name} (${q.speaker.role})` : q.speaker.name;
          out(`  [${q.kind}] ${who}: “${q.text}”`);
        }
      }
    } catch (e) {
      failures += 1;
      err(errorMessage(e));
    }
  }
  return failures > 0 ? 1 : 0;
}

export function searchRecord(answer: SearchAnswer, query: string) {
  if (answer.type !== 'results') {
    const names = answer.type === 'ambiguousSpeaker' ? answer.candidates : answer.suggestions;
    return { query, results: [], noMatch: true, [answer.type]: { asked: answer.asked, candidates: names } };
  }
  return {
    query,
    results: answer.hits.map((h) => ({
      id: h.quote.id,
      shortId: h.quote.shortId,
      text: h.quote.text,
      speaker: { name: h.quote.speaker.name, role: h.quote.speaker.role, type: h.quote.speaker.type },
      kind: h.quote.kind,
      article: {
        title: h.quote.article.title,
        date: h.quote.article.date,
        source: h.quote.article.source,
        author: h.quote.article.author,
        url: h.quote.article.url,
      },
      score: h.confidence,
      confidence: h.confidence,
    })),
    total: answer.total,
    noMatch: answer.noMatch,
    ...(answer.suggestions.length ? { suggestions: answer.suggestions } : {}),
  };
}

async function main(argv: string[]): Promise<number> {
  const out: Out = (line) => process.stdout.write(`${line}\n`);
  const err: Out = (line) => process.stderr.write(`${line}\n`);
  const [verb, ...args] = argv;
  if (!verb || verb === 'help' || verb === '--help') {
    out(USAGE);
    return verb ? 0 : 2;
  }
  if (verb === 'extract') return extractCommand(args, out, err);

  const config = loadConfigOrExit();
  // The CLI's stdout is for results; its logs go to stderr, readable.
  const logger = createLogger(config, { pretty: true });
  const store = openConfiguredStore(config);
  try {
    switch (verb) {
      case 'ingest': {
        if (args.length === 0) {
          err('ingest needs at least one file or folder.');
          return 2;
        }
        const progress = createProgressReporter(process.stderr);
        const summary = ingestFiles(store, args, { onProgress: progress.update });
        progress.stop();
        for (const e of summary.errors) err(`✗ ${e.message}`);
        const stats = store.stats();
        out(
          `Ingested ${summary.files} file(s): ${summary.articlesAdded} new article(s), ${summary.articlesUnchanged} already stored, ` +
            `${summary.quotesAdded} new quote(s), ${summary.errors.length} error(s). ` +
            `The store now holds ${stats.articles} articles, ${stats.quotes} quotes, ${stats.speakers} speakers.`,
        );
        return summary.errors.length > 0 ? 1 : 0;
      }
      case 'search': {
        const { values, positionals } = parseArgs({
          args,
          options: { json: { type: 'boolean' }, limit: { type: 'string' } },
          allowPositionals: true,
        });
        const text = positionals.join(' ');
        const limit = values.limit === undefined ? 5 : Number(values.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
          err('--limit must be a whole number from 1 to 100.');
          return 2;
        }
        ingestArticlesFolder(config, store, logger);
        const query = parseQuery(text);
        if (query.type === 'invalid') {
          err(query.message);
          return 2;
        }
        if (!['search', 'whoSaid', 'bySpeaker', 'random', 'id'].includes(query.type)) {
          out(values.json ? JSON.stringify({ query: text, results: [], noMatch: true }) : formatHelpText());
          return 0;
        }
        const answer = createSearch(store).run(query, { limit });
        out(values.json ? JSON.stringify(searchRecord(answer, text)) : renderAnswerText(answer));
        return 0;
      }
      case 'backup': {
        const dest = args[0];
        if (!dest) {
          err('backup needs a destination file.');
          return 2;
        }
        await store.backup(dest);
        out(`Backed up ${config.dbPath} to ${dest}.`);
        return 0;
      }
      case 'digest':
        ingestArticlesFolder(config, store, logger);
        return await runDigestCli(args, { config, logger, store, out });
      default:
        err(`Unknown verb "${verb}".\n${USAGE}`);
        return 2;
    }
  } finally {
    store.close();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`Error: ${errorMessage(e)}\n`);
      process.exitCode = 1;
    },
  );
}
