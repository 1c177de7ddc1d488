/**
 * What a digest says: the quote of the day (rotating without repeats in a channel), and what is new since
 * the channel's last digest. Choosing is pure (small functions below); `composeDigest` gathers the inputs.
 */
import { createHash } from 'crypto';
import type { StoredArticle, StoredQuote } from '../types';
import type { QuoteStore } from '../store';
import { lastPostedBefore, quoteUsedOn, usedQuoteIds } from './repository';

export const MAX_NEW_ARTICLES = 8;
export const MAX_STRONGEST_NEW = 3;
/** Quotes looked at before the rotation settles for a less card-worthy one (bounds work on big stores). */
const MAX_ROTATION_LOOKUPS = 200;

export interface NewArticle {
  article: StoredArticle;
  quoteCount: number;
}

export interface DigestContent {
  channelId: string;
  /** YYYY-MM-DD in the subscription's zone. */
  localDate: string;
  timeZone: string;
  quoteOfTheDay: StoredQuote | null;
  /** ISO time of the previous digest in this channel, or null for the first one. */
  since: string | null;
  newArticles: NewArticle[];
  /** Articles new since then beyond those listed. */
  moreArticles: number;
  strongestNew: StoredQuote[];
}

/** 0–1: how well a quote stands alone on a card. Attribution certainty first, then form. */
export function quoteStrength(q: StoredQuote): number {
  const known = q.speaker.type !== 'unknown' && q.speaker.name !== 'unknown' ? 1 : 0;
  const direct = q.kind === 'direct' ? 1 : 0;
  const whole = q.fragment ? 0 : 1;
  const length = q.text.trim().length;
  // Long enough to say something, short enough to read in a digest.
  const readable = length < 25 ? length / 25 : length > 400 ? Math.max(0.3, 400 / length) : 1;
  return 0.45 * q.confidence + 0.2 * known + 0.15 * direct + 0.1 * whole + 0.1 * readable;
}

/** Worth a full card on its own: a named speaker, a direct quote, not a fragment, a sure attribution. */
export function isCardWorthy(q: StoredQuote): boolean {
  return (
    q.speaker.type !== 'unknown' &&
    q.speaker.name !== 'unknown' &&
    q.kind === 'direct' &&
    !q.fragment &&
    q.confidence >= 0.6 &&
    q.text.trim().length >= 25
  );
}

export function strongestQuotes(quotes: StoredQuote[], n: number, excludeIds: Set<string> = new Set()): StoredQuote[] {
  return quotes
    .filter((q) => !excludeIds.has(q.id))
    .map((q) => ({ q, s: quoteStrength(q) }))
    .sort((a, b) => b.s - a.s || a.q.id.localeCompare(b.q.id))
    .slice(0, n)
    .map((x) => x.q);
}

/** A stable shuffle per (channel, date): the same day always proposes the same order (preview = post). */
export function rotationOrder(ids: string[], channelId: string, localDate: string): string[] {
  const key = (id: string) => createHash('sha1').update(`${channelId}|${localDate}|${id}`).digest('hex');
  return ids
    .map((id) => ({ id, k: key(id) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map((x) => x.id);
}

/**
 * The quote of the day: among the quotes not yet used in the channel (all of them once every one has been
 * used: a new round), the first card-worthy one in the day's order; failing that, the first that loads.
 */
export function chooseQuoteOfTheDay(
  allIds: string[],
  used: Set<string>,
  channelId: string,
  localDate: string,
  load: (id: string) => StoredQuote | null,
): StoredQuote | null {
  const unused = allIds.filter((id) => !used.has(id));
  const pool = rotationOrder(unused.length > 0 ? unused : allIds, channelId, localDate);
  let fallback: StoredQuote | null = null;
  for (const id of pool.slice(0, MAX_ROTATION_LOOKUPS)) {
    const q = load(id);
    if (!q) continue;
    if (isCardWorthy(q)) return q;
    fallback ??= q;
  }
  return fallback;
}

/** Gathers the digest for a channel and day from the store. `now` bounds "new" for a first digest. */
export function composeDigest(
  store: QuoteStore,
  sub: { channelId: string; timeZone: string },
  localDate: string,
  now: Date,
): DigestContent {
  const { channelId } = sub;
  // A day already posted shows the quote it posted; otherwise the rotation proposes one.
  const postedQuoteId = quoteUsedOn(store.db, channelId, localDate);
  const quoteOfTheDay =
    (postedQuoteId && store.getQuote(postedQuoteId)) ||
    chooseQuoteOfTheDay(store.quoteIds(), usedQuoteIds(store.db, channelId), channelId, localDate, (id) =>
      store.getQuote(id),
    );
  const since = lastPostedBefore(store.db, channelId, localDate)?.postedAt ?? null;
  const sinceIso = since ?? new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString();
  const added = store.articlesAddedSince(sinceIso).filter((a) => a.addedAt <= now.toISOString());
  const newest = [...added].sort((a, b) => b.addedAt.localeCompare(a.addedAt) || a.id.localeCompare(b.id));
  const newQuotes = newest.flatMap((a) => store.quotesOfArticle(a.id));
  const exclude = new Set(quoteOfTheDay ? [quoteOfTheDay.id] : []);
  return {
    channelId,
    localDate,
    timeZone: sub.timeZone,
    quoteOfTheDay,
    since,
    newArticles: newest.slice(0, MAX_NEW_ARTICLES).map((article) => ({ article, quoteCount: article.quoteCount })),
    moreArticles: Math.max(0, newest.length - MAX_NEW_ARTICLES),
    strongestNew: strongestQuotes(newQuotes.filter(isAttributed), MAX_STRONGEST_NEW, exclude),
  };
}

/** The "strongest new quotes" may be indirect, but never unattributed: a digest must not guess a speaker. */
function isAttributed(q: StoredQuote): boolean {
  return q.speaker.type !== 'unknown' && q.speaker.name !== 'unknown';
}
