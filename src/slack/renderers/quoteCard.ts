/**
 * The quote card: one stored quote as Block Kit. The quote as a block quote, the speaker in bold with
 * role, a context line with source, date, headline and the short id, and the buttons that fit the surface.
 */
import type { Button, ActionsBlock } from '@slack/types';
import { displayQuoteText, isReportedSpeech, REPORTED_SPEECH_LABEL, withQuoteMarks } from '../../search/display';
import type { Quote, StoredQuote } from '../../types';
import { ACTIONS } from '../ids';
import { encodeState, type ResultState } from '../state';
import { escapeMrkdwn } from './escape';
import type { KnownBlock, Surface } from './types';
import { blockQuote, CARD_QUOTE_CHARS, cleanText, formatDate, mrkdwnText, percent, plain, safeUrl, truncate } from './text';

/** "Rajnath Singh" or, for a speaker the article does not name, what it says about them. Plain, unescaped. */
export function speakerName(quote: StoredQuote): string {
  const s = quote.speaker;
  if (s.type === 'unknown' || !s.name || s.name === 'unknown') {
    return s.description ? `Unnamed speaker (${s.description})` : 'Unnamed speaker';
  }
  return s.name;
}

/** "*Rajnath Singh*, Defence Minister" — escaped mrkdwn. */
export function speakerLine(quote: StoredQuote): string {
  const name = `*${mrkdwnText(speakerName(quote), 200)}*`;
  return quote.speaker.role ? `${name}, ${mrkdwnText(quote.speaker.role, 200)}` : name;
}

/** "Express News Service · 11 Nov 2023 · _headline_ · Q-3f9a" — escaped mrkdwn. */
export function contextLine(quote: StoredQuote): string {
  const a = quote.article;
  const parts: string[] = [];
  if (a.source) parts.push(mrkdwnText(a.source, 120));
  const date = formatDate(a.date);
  if (date) parts.push(escapeMrkdwn(date));
  if (a.title) parts.push(`_${mrkdwnText(a.title, 300)}_`);
  parts.push(`\`${escapeMrkdwn(quote.shortId)}\``);
  return parts.join('  ·  ');
}

/** The quote's words as escaped mrkdwn, cut to `max`, in quotation marks only when they are verbatim. */
export function quoteMrkdwn(quote: Pick<Quote, 'text' | 'kind'>, max: number): string {
  return withQuoteMarks(quote, mrkdwnText(displayQuoteText(quote), max));
}

/** "_Reported speech — not verbatim_" for indirect speech, so a paraphrase never passes for a quote; else null. */
export function reportedSpeechNote(quote: Pick<Quote, 'kind'>): string | null {
  if (!isReportedSpeech(quote)) return null;
  return `_${REPORTED_SPEECH_LABEL.charAt(0).toUpperCase()}${REPORTED_SPEECH_LABEL.slice(1)}_`;
}

/** The quote as a block quote, under the reported-speech note when it is one. Escaped mrkdwn. */
export function quoteBlockText(quote: Pick<Quote, 'text' | 'kind'>, max: number): string {
  const note = reportedSpeechNote(quote);
  const body = blockQuote(quoteMrkdwn(quote, max));
  return note ? `${note}\n${body}` : body;
}

/** One line for the top-level `text` fallback and for notifications: “quote” — Speaker, role (source, date). */
export function quoteFallback(quote: StoredQuote, maxQuote = 200): string {
  const who = quote.speaker.role ? `${speakerName(quote)}, ${quote.speaker.role}` : speakerName(quote);
  const where = [quote.article.source, formatDate(quote.article.date)].filter(Boolean).join(', ');
  const words = withQuoteMarks(quote, truncate(cleanText(displayQuoteText(quote)).replace(/\s+/g, ' '), maxQuote));
  const label = isReportedSpeech(quote) ? `(${REPORTED_SPEECH_LABEL}) ` : '';
  const text = `${label}${words} — ${who}${where ? ` (${where})` : ''}`;
  return escapeMrkdwn(text);
}

export interface CardOptions {
  surface: Surface;
  /** Paging: the state of the card shown, with the total, to build Previous/Next. */
  paging?: { state: ResultState; total: number };
  /** Shown under the quote on cards a user shared: "Shared by <@U123>". Already safe mrkdwn. */
  sharedBy?: string;
  /** Extra context elements (match confidence …), safe mrkdwn. */
  extraContext?: string[];
}

function button(text: string, actionId: string, extra: Partial<Button> = {}): Button {
  return { type: 'button', text: { type: 'plain_text', text: plain(text, 75), emoji: true }, action_id: actionId, ...extra };
}

/** The buttons of a card for its surface; empty when there is nothing to do. */
function cardActions(quote: StoredQuote, options: CardOptions): ActionsBlock | null {
  const elements: Button[] = [];
  const isTruncated = cleanText(displayQuoteText(quote)).length > CARD_QUOTE_CHARS;
  if (options.surface === 'ephemeral') {
    elements.push(button('Share in channel', ACTIONS.shareQuote, { value: quote.id, style: 'primary' }));
  }
  if (options.surface !== 'shared') {
    elements.push(button(isTruncated ? 'Full quote / context' : 'Context', ACTIONS.showContext, { value: quote.id }));
  }
  const url = safeUrl(quote.article.url);
  if (url) elements.push(button('Source', ACTIONS.openSource, { url, value: quote.id }));
  if (options.paging && options.surface !== 'shared') {
    const { state, total } = options.paging;
    const previous = state.o > 0 ? encodeState({ ...state, o: state.o - 1 }) : null;
    const next = state.o + 1 < total ? encodeState({ ...state, o: state.o + 1 }) : null;
    if (previous) elements.push(button('◀ Previous', ACTIONS.previousResult, { value: previous }));
    if (next) elements.push(button('Next ▶', ACTIONS.nextResult, { value: next }));
  }
  return elements.length > 0 ? { type: 'actions', block_id: 'card_actions', elements } : null;
}

/** The blocks of one quote card. */
export function quoteCardBlocks(quote: StoredQuote, options: CardOptions): KnownBlock[] {
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      block_id: 'quote',
      text: { type: 'mrkdwn', text: `${quoteBlockText(quote, CARD_QUOTE_CHARS)}\n— ${speakerLine(quote)}`, verbatim: true },
    },
    {
      type: 'context',
      block_id: 'quote_context',
      elements: [
        { type: 'mrkdwn', text: contextLine(quote), verbatim: true },
        ...(options.extraContext ?? []).map((text) => ({ type: 'mrkdwn' as const, text, verbatim: true })),
      ],
    },
  ];
  if (options.sharedBy) {
    blocks.push({ type: 'context', block_id: 'shared_by', elements: [{ type: 'mrkdwn', text: `Shared by ${options.sharedBy}` }] });
  }
  const actions = cardActions(quote, options);
  if (actions) blocks.push(actions);
  return blocks;
}

/** Confidence of the attribution itself, as a context element. */
export function attributionConfidence(quote: StoredQuote): string {
  return `attribution ${percent(quote.confidence)}`;
}
