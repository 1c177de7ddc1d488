/**
 * The "Add article" flow as views: the form (title, source, date, URL, text), the preview of the quotes and
 * speakers extraction found (Save stores them), the confirmation, and the polite refusal for non-editors.
 */
import type { Article, Quote } from '../../types';
import { ADD_FORM, VIEWS } from '../ids';
import { escapeMrkdwn } from './escape';
import type { KnownBlock, ModalView } from './types';
import { quoteBlockText } from './quoteCard';
import { formatDate, mrkdwnText, percent, plain } from './text';

/** Slack's limit for a plain_text_input's value. */
export const ARTICLE_TEXT_MAX = 3000;
/** Quotes listed in the preview (each one block; views hold 100 blocks). */
const MAX_PREVIEW_QUOTES = 40;

export interface FormPrefill {
  text?: string;
  url?: string;
}

function input(blockId: string, label: string, element: any, optional: boolean, hint?: string): KnownBlock {
  return {
    type: 'input',
    block_id: blockId,
    optional,
    label: { type: 'plain_text', text: label },
    element: { action_id: blockId, ...element },
    ...(hint ? { hint: { type: 'plain_text', text: hint } } : {}),
  } as KnownBlock;
}

export function renderAddArticleForm(prefill: FormPrefill = {}, privateMetadata = ''): ModalView {
  const text = prefill.text ? prefill.text.slice(0, ARTICLE_TEXT_MAX) : undefined;
  return {
    type: 'modal',
    callback_id: VIEWS.addArticle,
    title: { type: 'plain_text', text: 'Add an article' },
    submit: { type: 'plain_text', text: 'Find quotes' },
    close: { type: 'plain_text', text: 'Cancel' },
    private_metadata: privateMetadata,
    blocks: [
      input(ADD_FORM.title, 'Headline', { type: 'plain_text_input', max_length: 300 }, true),
      input(ADD_FORM.source, 'Source', { type: 'plain_text_input', max_length: 150, placeholder: { type: 'plain_text', text: 'e.g. Express News Service' } }, true),
      input(ADD_FORM.date, 'Date published', { type: 'datepicker' }, true),
      input(ADD_FORM.url, 'Link to the article', { type: 'url_text_input' }, true),
      input(
        ADD_FORM.text,
        'Article text',
        { type: 'plain_text_input', multiline: true, max_length: ARTICLE_TEXT_MAX, ...(text ? { initial_value: text } : {}) },
        false,
        'Paste the article body; quotes and their speakers are found in it and shown before anything is saved.',
      ),
    ],
  };
}

function quoteBlock(q: Quote, i: number): KnownBlock {
  const who = q.speaker.type === 'unknown' || q.speaker.name === 'unknown' ? '_unnamed speaker_' : `*${mrkdwnText(q.speaker.name, 150)}*`;
  const role = q.speaker.role ? `, ${mrkdwnText(q.speaker.role, 150)}` : '';
  return {
    type: 'section',
    block_id: `preview_quote_${i}`,
    text: { type: 'mrkdwn', text: `${quoteBlockText(q, 400)}\n— ${who}${role}  _(${percent(q.confidence)} sure)_`, verbatim: true },
  };
}

/** Distinct speakers with their quote counts, most quoted first. */
export function speakersOf(quotes: Quote[]): Array<{ name: string; role: string | null; count: number }> {
  const byName = new Map<string, { name: string; role: string | null; count: number }>();
  for (const q of quotes) {
    const entry = byName.get(q.speaker.name) ?? { name: q.speaker.name, role: q.speaker.role, count: 0 };
    entry.count++;
    byName.set(q.speaker.name, entry);
  }
  return [...byName.values()].sort((a, b) => b.count - a.count);
}

export function renderArticlePreview(article: Article, quotes: Quote[], privateMetadata: string): ModalView {
  const meta = [article.meta.source, formatDate(article.meta.date)].filter((x): x is string => Boolean(x));
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      block_id: 'preview_article',
      text: {
        type: 'mrkdwn',
        text: `*${mrkdwnText(article.meta.title ?? 'Untitled article', 300)}*${meta.length ? `\n${meta.map((m) => mrkdwnText(m, 150)).join(' · ')}` : ''}`,
        verbatim: true,
      },
    },
  ];
  if (quotes.length === 0) {
    blocks.push({
      type: 'section',
      block_id: 'preview_none',
      text: { type: 'mrkdwn', text: 'I found no quotes in this text. Saving keeps the article so later versions of the extractor can look again.' },
    });
  } else {
    const speakers = speakersOf(quotes)
      .slice(0, 20)
      .map((s) => `${mrkdwnText(s.name, 100)}${s.role ? ` (${mrkdwnText(s.role, 100)})` : ''} ×${s.count}`)
      .join(', ');
    blocks.push({
      type: 'context',
      block_id: 'preview_summary',
      elements: [{ type: 'mrkdwn', text: `Found ${quotes.length} quote${quotes.length === 1 ? '' : 's'} by: ${speakers}`, verbatim: true }],
    });
    blocks.push({ type: 'divider' }, ...quotes.slice(0, MAX_PREVIEW_QUOTES).map(quoteBlock));
    if (quotes.length > MAX_PREVIEW_QUOTES) {
      blocks.push({ type: 'context', block_id: 'preview_more', elements: [{ type: 'mrkdwn', text: `…and ${quotes.length - MAX_PREVIEW_QUOTES} more.` }] });
    }
  }
  return {
    type: 'modal',
    callback_id: VIEWS.articlePreview,
    title: { type: 'plain_text', text: 'Check the quotes' },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Cancel' },
    private_metadata: privateMetadata,
    blocks,
  };
}

/** A view with one message and a Close button: the outcome of saving, or a refusal. */
export function renderNoticeModal(title: string, message: string): ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: plain(title, 24) },
    close: { type: 'plain_text', text: 'Close' },
    blocks: [{ type: 'section', block_id: 'notice', text: { type: 'mrkdwn', text: mrkdwnText(message, 2900), verbatim: true } }],
  };
}

export function renderSaved(title: string | null, quotesAdded: number, added: boolean): ModalView {
  const name = title ?? 'the article';
  const message = added
    ? `Saved “${name}”: ${quotesAdded} quote${quotesAdded === 1 ? '' : 's'} added. Find them with /quote.`
    : `I already had “${name}”, so nothing was added (0 quotes).`;
  return renderNoticeModal(added ? 'Article saved' : 'Already saved', message);
}

export const REFUSAL =
  'Sorry, adding articles is limited to the editors of this workspace. Ask one of them to add it, or ask an admin to add you to QUOTEBOT_EDITORS.';

export function renderRefusal(): ModalView {
  return renderNoticeModal('Not an editor', REFUSAL);
}

/** Escaped for the top-level text when a refusal goes to a channel. */
export const REFUSAL_TEXT = escapeMrkdwn(REFUSAL);
