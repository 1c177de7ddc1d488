/**
 * Every identifier Slack routes on, in one place: the slash command, action ids, shortcut and view
 * callback ids. Listeners register with these; renderers put them on buttons and views; the manifest test
 * checks manifest.yml against them, so a rename cannot leave Slack and the code disagreeing.
 */
export const COMMAND = '/quote';

export const ACTIONS = {
  shareQuote: 'share_quote',
  showContext: 'show_context',
  previousResult: 'previous_result',
  nextResult: 'next_result',
  openSource: 'open_source',
  /** Speaker choice buttons carry a numeric suffix (choose_speaker_0 …) so action ids stay unique. */
  chooseSpeaker: 'choose_speaker',
  /** "Search quotes" on the daily digest post: opens the search modal. */
  digestSearch: 'digest_search',
} as const;

export const SHORTCUTS = {
  whoSaidThis: 'who_said_this',
  addArticleFromMessage: 'add_article_message',
  addArticle: 'add_article',
} as const;

export const VIEWS = {
  addArticle: 'add_article_form',
  articlePreview: 'add_article_preview',
  /** The search modal (opened from the digest); it answers inside itself on submit. */
  searchQuotes: 'search_quotes',
} as const;

/** Block and action id of the search modal's one input, read back on submission. */
export const SEARCH_FORM = { query: 'search_query' } as const;

/** Block and action ids inside the "Add article" form, read back on submission. */
export const ADD_FORM = {
  title: 'title',
  source: 'source',
  date: 'date',
  url: 'url',
  text: 'text',
} as const;

export const EVENTS = ['app_mention', 'message.im', 'app_home_opened'] as const;
