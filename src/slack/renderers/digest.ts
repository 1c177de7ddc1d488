/**
 * The daily digest as Block Kit, and the `/quote digest status` answer. Pure: data in, message out.
 * The post: a header with the date, the quote of the day as a full card, what is new since the channel's
 * last digest (articles with their quote counts, the strongest new quotes), and a button to search.
 */
import type { DigestContent } from '../../digest/compose';
import type { DigestSubscriptionSummary } from '../../digest/types';
import type { StoredQuote } from '../../types';
import { ACTIONS } from '../ids';
import { articleLine, linesToSections } from './catalog';
import { quoteBlockText, quoteCardBlocks, quoteFallback, speakerLine } from './quoteCard';
import { formatDate, mrkdwnText } from './text';
import type { KnownBlock, SlackMessage } from './types';

/** The digest's "Search quotes" button; the Slack listeners answer it with the search modal. */
export const DIGEST_SEARCH_ACTION = ACTIONS.digestSearch;
/** How much of each "strongest new quote" the digest shows; the card of the quote of the day shows more. */
const NEW_QUOTE_CHARS = 280;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "2027-01-15" → "Friday 15 Jan 2027". */
export function digestDateLabel(localDate: string): string {
  const [y, m, d] = localDate.split('-').map(Number);
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${weekday} ${formatDate(localDate)}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function newQuoteSection(q: StoredQuote, i: number): KnownBlock {
  const text = `${quoteBlockText(q, NEW_QUOTE_CHARS)}\n— ${speakerLine(q)}  \`${mrkdwnText(q.shortId, 20)}\``;
  return { type: 'section', block_id: `digest_new_quote_${i}`, text: { type: 'mrkdwn', text, verbatim: true } };
}

function whatIsNewBlocks(c: DigestContent): KnownBlock[] {
  const heading = c.since ? `*New since the last digest* (${mrkdwnText(formatDate(c.since.slice(0, 10)) ?? '', 20)})` : '*New in the last day*';
  const blocks: KnownBlock[] = [
    { type: 'section', block_id: 'digest_new_title', text: { type: 'mrkdwn', text: heading } },
  ];
  if (c.newArticles.length === 0) {
    blocks.push({ type: 'context', block_id: 'digest_new_none', elements: [{ type: 'mrkdwn', text: 'No new articles.' }] });
    return blocks;
  }
  const lines = c.newArticles.map((n) => articleLine({ ...n.article, quoteCount: n.quoteCount }));
  if (c.moreArticles > 0) lines.push(`…and ${plural(c.moreArticles, 'more article')}`);
  blocks.push(...linesToSections(lines, 'digest_new_articles'));
  if (c.strongestNew.length > 0) {
    blocks.push({ type: 'context', block_id: 'digest_new_quotes_label', elements: [{ type: 'mrkdwn', text: 'Strongest new quotes:' }] });
    blocks.push(...c.strongestNew.map(newQuoteSection));
  }
  return blocks;
}

function fallbackText(c: DigestContent): string {
  const parts = [`Daily quotes for ${digestDateLabel(c.localDate)}`];
  if (c.quoteOfTheDay) parts.push(`Quote of the day: ${quoteFallback(c.quoteOfTheDay)}`);
  const newCount = c.newArticles.length + c.moreArticles;
  parts.push(newCount > 0 ? `${plural(newCount, 'new article')}.` : 'No new articles.');
  return parts.join(' · ');
}

/** The digest message posted in the channel. */
export function renderDigestPost(c: DigestContent): SlackMessage {
  const blocks: KnownBlock[] = [
    { type: 'header', block_id: 'digest_header', text: { type: 'plain_text', text: `Daily quotes · ${digestDateLabel(c.localDate)}` } },
  ];
  if (c.quoteOfTheDay) {
    blocks.push({ type: 'context', block_id: 'digest_qotd_label', elements: [{ type: 'mrkdwn', text: ':speech_balloon: *Quote of the day*' }] });
    blocks.push(...quoteCardBlocks(c.quoteOfTheDay, { surface: 'public' }));
  } else {
    blocks.push({ type: 'section', block_id: 'digest_empty', text: { type: 'mrkdwn', text: 'No quotes stored yet: add articles and they will appear here.' } });
  }
  blocks.push({ type: 'divider', block_id: 'digest_divider' });
  blocks.push(...whatIsNewBlocks(c));
  blocks.push({
    type: 'actions',
    block_id: 'digest_actions',
    elements: [
      { type: 'button', action_id: DIGEST_SEARCH_ACTION, text: { type: 'plain_text', text: 'Search quotes', emoji: true }, value: 'search' },
    ],
  });
  blocks.push({ type: 'context', block_id: 'digest_footer', elements: [{ type: 'mrkdwn', text: 'Or type `/quote &lt;words&gt;` anywhere. `/quote digest status` tells when the next digest comes.' }] });
  return { text: fallbackText(c), blocks };
}

/** What `/quote digest preview` shows the user who asked: the post, marked as a private preview. */
export function renderDigestPreview(c: DigestContent): SlackMessage {
  const post = renderDigestPost(c);
  return {
    text: `Preview (only you can see this): ${post.text}`,
    blocks: [
      { type: 'context', block_id: 'digest_preview_note', elements: [{ type: 'mrkdwn', text: ':eyes: *Preview*: this is what the digest would post now. Only you can see it.' }] },
      ...post.blocks,
    ],
  };
}

/** "Friday 15 Jan 2027, 09:00 (Europe/London)" for an instant, in the subscription's zone. */
export function formatInstant(iso: string, timeZone: string): string {
  const d = new Date(iso);
  const date = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
  return `${digestDateLabel(date)}, ${time} (${timeZone})`;
}

/** The status of a channel's digest, for `/quote digest status` (and after `on` / `off`). */
export function renderDigestStatus(summary: DigestSubscriptionSummary | null, heading?: string): SlackMessage {
  if (!summary) {
    const text = `${heading ? `${heading} ` : ''}This channel gets no daily digest. Type \`/quote digest on 09:00 Europe/London\` (time, zone and \`weekdays\` are optional) to start one.`;
    return { text, blocks: [{ type: 'section', block_id: 'digest_status', text: { type: 'mrkdwn', text } }] };
  }
  const s = summary;
  const days = s.weekdaysOnly ? 'on weekdays' : 'every day';
  const lines = [
    `${heading ? `${heading}\n` : ''}*Daily digest:* ${mrkdwnText(s.time, 10)} ${mrkdwnText(s.timeZone, 60)}, ${days}.`,
    s.nextPostAt ? `*Next post:* ${mrkdwnText(formatInstant(s.nextPostAt, s.timeZone), 120)}` : '*Next post:* none while paused',
    s.lastPost ? `*Last post:* ${mrkdwnText(digestDateLabel(s.lastPost.localDate), 60)}` : '*Last post:* none yet',
  ];
  if (s.problem) lines.push(`:warning: ${mrkdwnText(s.problem, 500)}`);
  const text = lines.join('\n');
  return {
    text: text.replace(/\*/g, ''),
    blocks: [
      { type: 'section', block_id: 'digest_status', text: { type: 'mrkdwn', text, verbatim: true } },
      { type: 'context', block_id: 'digest_status_help', elements: [{ type: 'mrkdwn', text: '`/quote digest preview` shows the next digest privately · `/quote digest off` stops it.' }] },
    ],
  };
}
