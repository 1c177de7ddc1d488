/**
 * Answers shown in a modal instead of a message: the search modal (opened from the digest's "Search
 * quotes" button) and the full quote / context pushed over it. The content is the message the other
 * renderers already make, placed in a view; nothing here decides what an answer says.
 */
import { SEARCH_FORM, VIEWS } from '../ids';
import type { KnownBlock, ModalView, SlackMessage } from './types';
import { plain } from './text';

/** Slack's limit for a plain_text_input's initial value is 3000; a query this long is not a query. */
const QUERY_MAX = 500;

function searchInput(query: string | undefined): KnownBlock {
  const initial = query?.trim() ? plain(query, QUERY_MAX) : undefined;
  return {
    type: 'input',
    block_id: SEARCH_FORM.query,
    label: { type: 'plain_text', text: 'Search quotes' },
    element: {
      type: 'plain_text_input',
      action_id: SEARCH_FORM.query,
      max_length: QUERY_MAX,
      placeholder: { type: 'plain_text', text: 'who said "maritime security"   ·   by Rajnath' },
      ...(initial ? { initial_value: initial } : {}),
    },
    hint: { type: 'plain_text', text: 'Words, a "phrase", who said …, by <speaker>, id Q-3f9a: the same as /quote.' },
  };
}

/**
 * The search modal: the query input on top (kept, so the user can refine and search again) and, after a
 * search, the answer below it. The answer is a message rendered for a public surface, since a view has no
 * response_url to share through: its Next / Previous, speaker and context buttons update this view.
 */
export function renderSearchModal(query?: string, answer?: SlackMessage): ModalView {
  const blocks: KnownBlock[] = [searchInput(query)];
  if (answer) blocks.push({ type: 'divider', block_id: 'search_answer_divider' }, ...answer.blocks);
  return {
    type: 'modal',
    callback_id: VIEWS.searchQuotes,
    title: { type: 'plain_text', text: 'Search quotes' },
    submit: { type: 'plain_text', text: 'Search' },
    close: { type: 'plain_text', text: 'Close' },
    blocks,
  };
}

/** A message (full quote / context) as a view pushed over the modal it was asked from. */
export function renderMessageModal(title: string, message: SlackMessage): ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: plain(title, 24) },
    close: { type: 'plain_text', text: 'Back' },
    blocks: message.blocks,
  };
}
