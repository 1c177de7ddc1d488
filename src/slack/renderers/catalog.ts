/**
 * What the bot knows: `/quote sources` (articles with quote counts) and `/quote stats` (counts and the
 * speakers quoted most). Pure: the store's numbers in, a message out.
 */
import type { StoredArticle } from '../../types';
import type { KnownBlock, SlackMessage } from './types';
import { cleanText, formatDate, mrkdwnText, SECTION_TEXT_BUDGET } from './text';

/** The store's stats() as the renderers need them (the store's own type has this shape). */
export interface CatalogStats {
  articles: number;
  quotes: number;
  speakers: number;
  topSpeakers: Array<{ name: string; role: string | null; quoteCount: number }>;
  latestArticles: StoredArticle[];
}

const MAX_LISTED_ARTICLES = 40;
const MAX_LISTED_SPEAKERS = 15;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** One line per article: title (or file), source, date, quote count. Escaped mrkdwn. */
export function articleLine(a: StoredArticle): string {
  const title = a.title ?? a.file.split('/').pop() ?? a.id;
  const meta = [a.source, formatDate(a.date)].filter((x): x is string => Boolean(x)).map((x) => mrkdwnText(x, 120));
  return `• *${mrkdwnText(title, 200)}*${meta.length ? ` — ${meta.join(', ')}` : ''} · ${plural(a.quoteCount, 'quote')}`;
}

/** Pack lines into sections that respect the section text limit. */
export function linesToSections(lines: string[], idPrefix: string): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let current = '';
  for (const line of lines) {
    if (current && current.length + 1 + line.length > SECTION_TEXT_BUDGET) {
      blocks.push({ type: 'section', block_id: `${idPrefix}_${blocks.length}`, text: { type: 'mrkdwn', text: current, verbatim: true } });
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) blocks.push({ type: 'section', block_id: `${idPrefix}_${blocks.length}`, text: { type: 'mrkdwn', text: current, verbatim: true } });
  return blocks;
}

export function renderSources(articles: StoredArticle[]): SlackMessage {
  if (articles.length === 0) {
    return {
      text: 'I have no articles yet.',
      blocks: [{ type: 'section', block_id: 'empty', text: { type: 'mrkdwn', text: 'I have no articles yet. Add one with `/quote add`.' } }],
    };
  }
  const shown = articles.slice(0, MAX_LISTED_ARTICLES);
  const total = articles.reduce((n, a) => n + a.quoteCount, 0);
  const blocks: KnownBlock[] = [
    { type: 'header', block_id: 'title', text: { type: 'plain_text', text: 'Sources' } },
    { type: 'context', block_id: 'summary', elements: [{ type: 'mrkdwn', text: `${plural(articles.length, 'article')}, ${plural(total, 'quote')} · newest first` }] },
    ...linesToSections(shown.map(articleLine), 'articles'),
  ];
  if (articles.length > shown.length) {
    blocks.push({ type: 'context', block_id: 'more', elements: [{ type: 'mrkdwn', text: `…and ${articles.length - shown.length} older article(s).` }] });
  }
  return { text: `Sources: ${plural(articles.length, 'article')}, ${plural(total, 'quote')}.`, blocks };
}

export function speakerLines(stats: CatalogStats): string[] {
  return stats.topSpeakers.slice(0, MAX_LISTED_SPEAKERS).map(
    (s, i) => `${i + 1}. *${mrkdwnText(s.name, 200)}*${s.role ? `, ${mrkdwnText(s.role, 200)}` : ''} — ${plural(s.quoteCount, 'quote')}`,
  );
}

export function countsLine(stats: CatalogStats): string {
  return `*${stats.quotes}* quotes by *${stats.speakers}* speakers in *${stats.articles}* articles`;
}

export function renderStats(stats: CatalogStats): SlackMessage {
  const blocks: KnownBlock[] = [
    { type: 'header', block_id: 'title', text: { type: 'plain_text', text: 'Quotebot stats' } },
    { type: 'section', block_id: 'counts', text: { type: 'mrkdwn', text: countsLine(stats) } },
  ];
  const lines = speakerLines(stats);
  if (lines.length > 0) {
    blocks.push({ type: 'context', block_id: 'top_label', elements: [{ type: 'mrkdwn', text: 'Quoted most:' }] });
    blocks.push(...linesToSections(lines, 'speakers'));
  }
  return { text: `${stats.quotes} quotes by ${stats.speakers} speakers in ${stats.articles} articles.`, blocks };
}

/** A short friendly message: an invalid query, a refusal, something that went wrong. `text` is plain words. */
export function renderNotice(text: string, detail?: string): SlackMessage {
  const shown = cleanText(text).trim() ? text : 'Quotebot has nothing to say about that.';
  const blocks: KnownBlock[] = [{ type: 'section', block_id: 'notice', text: { type: 'mrkdwn', text: mrkdwnText(shown, 2000), verbatim: true } }];
  if (detail && cleanText(detail).trim()) {
    blocks.push({ type: 'context', block_id: 'detail', elements: [{ type: 'mrkdwn', text: mrkdwnText(detail, 1500), verbatim: true }] });
  }
  return { text: mrkdwnText(shown, 2000), blocks };
}
