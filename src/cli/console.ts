/**
 * Local mode: the bot's main job without Slack. A console session answers each line a person types with
 * the same answer the bot gives in Slack, as text. The session (pure apart from the store it reads) is apart
 * from the terminal loop so tests can drive it line by line.
 */
import readline from 'readline';
import type { Readable, Writable } from 'stream';
import { parseQuery } from '../search/query';
import { formatHelpText } from '../search/help';
import type { Search } from '../search';
import type { ParsedQuery } from '../search/types';
import type { QuoteStore } from '../store';
import { articleLine, renderAnswerText } from './renderText';

const PAGE_SIZE = 3;

export const SLACK_HINT =
  'To connect to Slack, put SLACK_BOT_TOKEN with SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) in .env — see README.md.';

export interface ConsoleSession {
  answer(line: string): string;
}

type PageableQuery = Extract<ParsedQuery, { type: 'search' | 'whoSaid' | 'bySpeaker' }>;

export function createConsoleSession(deps: { store: QuoteStore; search: Search }): ConsoleSession {
  // The last pageable query and where its page ended, for `next`.
  let last: { query: PageableQuery; offset: number } | null = null;

  const runPage = (query: PageableQuery, offset: number): string => {
    const answer = deps.search.run(query, { limit: PAGE_SIZE, offset });
    last = { query, offset };
    return renderAnswerText(answer);
  };

  return {
    answer(line: string): string {
      const query = parseQuery(line);
      switch (query.type) {
        case 'help':
          return formatHelpText();
        case 'invalid':
          return query.message;
        case 'search':
        case 'whoSaid':
        case 'bySpeaker':
          return runPage(query, 0);
        case 'next':
          if (!last) return 'There is nothing to page through yet: search for something first.';
          return runPage(last.query, last.offset + PAGE_SIZE);
        case 'random':
        case 'id':
          return renderAnswerText(deps.search.run(query, { limit: 1 }));
        case 'sources': {
          const articles = deps.store.listArticles();
          if (articles.length === 0) return 'No articles yet. Add some with `npm run cli -- ingest <file or folder>`.';
          return [`${articles.length} article(s):`, ...articles.map((a) => `  • ${articleLine(a)} — ${a.quoteCount} quote(s)`)].join('\n');
        }
        case 'stats': {
          const s = deps.store.stats();
          return [
            `${s.quotes} quotes by ${s.speakers} speakers in ${s.articles} articles.`,
            ...(s.topSpeakers.length ? ['Top speakers:'] : []),
            ...s.topSpeakers.map((t) => `  • ${t.name}${t.role ? ` (${t.role})` : ''} — ${t.quoteCount}`),
          ].join('\n');
        }
        case 'add':
          return 'In local mode, add articles with `npm run cli -- ingest <file or folder>`; in Slack, use `/quote add`.';
        case 'digest':
          return 'The daily digest posts to Slack channels: use `/quote digest on` in a channel, or `npm run cli -- digest run` to run one pass.';
      }
    },
  };
}

export interface ConsoleIO {
  input: Readable;
  output: Writable;
  /** Interactive (a terminal): show a prompt and keep going; otherwise answer each line and end at EOF. */
  interactive: boolean;
  banner: string;
  /** Where the banner goes when not interactive, so piped answers stay clean. */
  errorOutput?: Writable;
}

/** Runs the console until the input ends (or the person types `quit`/`exit`). */
export function runConsole(session: ConsoleSession, io: ConsoleIO): Promise<void> {
  const rl = readline.createInterface({
    input: io.input,
    output: io.interactive ? io.output : undefined,
    terminal: io.interactive,
  });
  (io.interactive ? io.output : (io.errorOutput ?? io.output)).write(`${io.banner}\n`);
  if (io.interactive) {
    rl.setPrompt('quote> ');
    rl.prompt();
  }
  return new Promise((resolve) => {
    rl.on('line', (line) => {
      const text = line.trim();
      if (/^(quit|exit)$/i.test(text)) {
        rl.close();
        return;
      }
      if (text !== '') {
        let reply: string;
        try {
          reply = session.answer(text);
        } catch (err) {
          // A failing query must never end the session: say so and keep answering.
          reply = `Sorry, that query failed: ${err instanceof Error ? err.message : String(err)}`;
        }
        io.output.write(`${reply}\n${io.interactive ? '\n' : ''}`);
      }
      if (io.interactive) rl.prompt();
    });
    rl.on('close', () => resolve());
  });
}
