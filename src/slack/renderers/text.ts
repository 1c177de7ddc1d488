/**
 * Small pure text helpers shared by the renderers: cutting article text to Block Kit limits without
 * breaking words or escape sequences, and formatting dates, roles and confidences one way everywhere.
 */
import { escapeMrkdwn } from './escape';

/** Slack's hard limit for a section's text is 3000; we stay under it with room for our own markup. */
export const SECTION_TEXT_BUDGET = 2800;
/** How much of a quote a result card shows before offering the full text. */
export const CARD_QUOTE_CHARS = 600;

/**
 * Remove characters that have no business in a chat message: control characters (except newline and tab)
 * and lone surrogates, which would make the payload invalid UTF-8 when Slack encodes it.
 */
export function cleanText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Cut text to at most `max` characters, at a word boundary when one is near, ending with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = Math.max(1, max - 1);
  let cut = text.slice(0, room);
  const lastSpace = cut.search(/\s\S*$/);
  if (lastSpace > room * 0.6) cut = cut.slice(0, lastSpace);
  // Never end on half of a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Plain text (for plain_text fields, which Slack does not parse): cleaned and cut. */
export function plain(text: string, max: number): string {
  const cleaned = cleanText(text).replace(/\s+/g, ' ').trim();
  return truncate(cleaned || '—', max);
}

/** Article or user text for a mrkdwn field: cleaned, cut to `max` raw characters, then escaped. */
export function mrkdwnText(text: string, max: number): string {
  return escapeMrkdwn(truncate(cleanText(text), max));
}

/**
 * Split long untrusted text into escaped pieces that each fit `budget` characters after escaping,
 * breaking at whitespace when possible, so a 100 kB paragraph becomes several valid sections.
 */
export function chunkEscaped(text: string, budget: number = SECTION_TEXT_BUDGET): string[] {
  const cleaned = cleanText(text);
  const chunks: string[] = [];
  let rest = cleaned;
  while (rest.length > 0) {
    // Escaping at most quintuples a character (& → &amp;), so this many raw characters always fit.
    let take = Math.min(rest.length, budget);
    while (take > 1 && escapeMrkdwn(rest.slice(0, take)).length > budget) take = Math.floor(take * 0.9);
    if (take < rest.length) {
      const space = rest.slice(0, take).search(/\s\S*$/);
      if (space > take * 0.6) take = space + 1;
      if (/[\uD800-\uDBFF]$/.test(rest.slice(0, take))) take -= 1;
    }
    chunks.push(escapeMrkdwn(rest.slice(0, take)));
    rest = rest.slice(take);
  }
  return chunks.length > 0 ? chunks : [''];
}

/** Prefix every line with Slack's block-quote marker. The text must already be escaped. */
export function blockQuote(escaped: string): string {
  return escaped
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023-11-11" → "11 Nov 2023"; anything else is returned as it is (or null). */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** 0.923 → "92%". */
export function percent(confidence: number): string {
  const clamped = Number.isFinite(confidence) ? Math.min(1, Math.max(0, confidence)) : 0;
  return `${Math.round(clamped * 100)}%`;
}

/** Only http(s) URLs become links; anything else (javascript:, slack://, junk) is not linked. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    const href = parsed.toString();
    return href.length <= 3000 ? href : null;
  } catch {
    return null;
  }
}

/** A Slack user id from a payload, checked, so a mention we write ourselves can only ever name a user. */
export function userMention(userId: string | null | undefined): string | null {
  return userId && /^[UW][A-Z0-9]{2,}$/.test(userId) ? `<@${userId}>` : null;
}
