/**
 * From what a user typed to what the bot answers, for every surface (slash command, mention, DM, buttons).
 * Parsing is src/search/query.ts, searching src/search; this decides which card answers which query and
 * remembers each user's last search for `next`. Surface-specific work (opening a modal, the digest) is
 * handed back to the caller as a Reply.
 */
import { parseQuery } from '../search/query';
import type { ParsedQuery } from '../search/types';
import type { ListenerDeps } from './context';
import { renderAnswer } from './renderers/answerMessage';
import { renderNotice, renderSources, renderStats } from './renderers/catalog';
import { renderHelp } from './renderers/help';
import type { SlackMessage, Surface } from './renderers/types';
import type { ResultState } from './state';

export type Reply =
  | { kind: 'message'; message: SlackMessage }
  /** `/quote add`: the caller opens the form (it has the trigger id). */
  | { kind: 'add' }
  /** `/quote digest …`: the caller hands the words to the digest. */
  | { kind: 'digest'; args: string[] };

export interface AnswerContext {
  surface: Surface;
  userId?: string;
  /** What the user types before a command on this surface, for help: "/quote" or "@Quotebot". */
  helpPrefix?: string;
}

/** A query with the speaker a user picked from candidates put in place of whatever the text named. */
export function withSpeaker(query: ParsedQuery, speaker: string | undefined): ParsedQuery {
  if (!speaker) return query;
  switch (query.type) {
    case 'bySpeaker':
      return { ...query, speaker };
    case 'random':
      return { ...query, speaker };
    case 'search':
    case 'whoSaid':
      return { type: 'bySpeaker', speaker, text: query.text, phrases: query.phrases, filters: query.filters };
    default:
      return query;
  }
}

const SEARCHABLE = new Set<ParsedQuery['type']>(['search', 'whoSaid', 'bySpeaker', 'random', 'id']);

/** Run one page (one card) of a search and render it. Unknown query kinds fall back to help. */
export function answerState(state: ResultState, deps: ListenerDeps, ctx: AnswerContext): SlackMessage {
  const query = withSpeaker(parseQuery(state.q), state.s);
  if (!SEARCHABLE.has(query.type)) return renderHelp(ctx.helpPrefix);
  const answer = deps.search.run(query, { limit: 1, offset: state.o });
  if (ctx.userId && answer.type === 'results' && answer.hits.length > 0) deps.memory.lastQuery.set(ctx.userId, state);
  return renderAnswer(answer, { surface: ctx.surface, state });
}

export function answerText(text: string, deps: ListenerDeps, ctx: AnswerContext): Reply {
  const query = parseQuery(text);
  const message = (m: SlackMessage): Reply => ({ kind: 'message', message: m });
  switch (query.type) {
    case 'help':
      return message(renderHelp(ctx.helpPrefix));
    case 'sources':
      return message(renderSources(deps.store.listArticles()));
    case 'stats':
      return message(renderStats(deps.store.stats()));
    case 'add':
      return { kind: 'add' };
    case 'digest':
      return { kind: 'digest', args: query.args };
    case 'invalid':
      return message(renderNotice(query.message, 'Type `/quote help` for examples.'));
    case 'next': {
      const last = ctx.userId ? deps.memory.lastQuery.get(ctx.userId) : undefined;
      if (!last) return message(renderNotice('There is no earlier search to continue. Search for something first.'));
      return message(answerState({ ...last, o: last.o + 1 }, deps, ctx));
    }
    default:
      return message(answerState({ q: text, o: 0 }, deps, ctx));
  }
}

/** What surfaces without a channel of their own (the search modal) say to `add` and `digest …`. */
export const ADD_ELSEWHERE = 'To add an article, use `/quote add` or the “Add article” shortcut.';
export const DIGEST_ELSEWHERE = 'Digests are managed with `/quote digest …` in the channel that should get one.';

/**
 * The answer to a query typed where only a message can be shown (the search modal): the same answer the
 * slash command gives, with `add` and `digest` pointed to where they work.
 */
export function answerAsMessage(text: string, deps: ListenerDeps, ctx: AnswerContext): SlackMessage {
  const reply = answerText(text, deps, ctx);
  switch (reply.kind) {
    case 'message':
      return reply.message;
    case 'add':
      return renderNotice(ADD_ELSEWHERE);
    case 'digest':
      return renderNotice(DIGEST_ELSEWHERE);
  }
}
