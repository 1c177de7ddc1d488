/**
 * The domain model shared by every stage. Data flows one way:
 *   articles (Article) → extraction (Quote[]) → store (StoredQuote) → search (SearchAnswer) → slack / cli.
 * Nothing here knows about Slack, SQLite or Fuse.js.
 */

/** Metadata of an article, from YAML front matter, a raw newspaper header, or the first line. */
export interface ArticleMeta {
  title: string | null;
  /** ISO date, YYYY-MM-DD. */
  date: string | null;
  source: string | null;
  author: string | null;
  url: string | null;
  /** The place of a dateline such as "NEW DELHI:", when the body starts with one. */
  dateline?: string | null;
}

/** One paragraph of the article body; offsets are into Article.raw (the whole file text). */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface Article {
  /** The file's path as it was given (or a label such as "slack:U123" for articles added in Slack). */
  file: string;
  /** Stable id: a hash of the article's normalised body text, so the same article ingested twice is one article. */
  id: string;
  meta: ArticleMeta;
  /** The complete file text as read (after BOM removal). All character offsets refer to this string. */
  raw: string;
  /** The body paragraphs (front matter, header and dateline excluded from paragraph 0's start). */
  paragraphs: Paragraph[];
}

export type SpeakerType = 'person' | 'organization' | 'unknown';

export interface Speaker {
  /** Canonical name as first introduced in the article ("Rajnath Singh", "Ministry of Defence"), or "unknown". */
  name: string;
  /** Title or role, kept apart from the name ("Defence Minister"). */
  role: string | null;
  type: SpeakerType;
  /** Other ways the article names this speaker ("Rajanth Singh", "Rajnath", "the defence ministry"). */
  aliases: string[];
  /** For unknown speakers, the description the article gives ("an official"). */
  description?: string | null;
}

export type QuoteKind = 'direct' | 'indirect';

export interface Quote {
  /** Stable id: hash of article id + start offset + end offset. */
  id: string;
  /** The quoted words without the quotation marks; split quotes joined with " … ". */
  text: string;
  speaker: Speaker;
  kind: QuoteKind;
  /** Index of the paragraph the quote starts in. */
  paragraph: number;
  /** Character offsets in Article.raw of the quoted text (first char inside the opening mark .. end of the last part). */
  start: number;
  end: number;
  /** The speech verb or phrase that attributed the quote ("said", "according to"), null when none. */
  cue: string | null;
  /** 0–1: how sure the attribution is. */
  confidence: number;
  /** A short quoted fragment woven into an attributed sentence ("she called it “distressing”"). */
  fragment?: boolean;
  /** For split quotes: the offsets of each quoted part. */
  parts?: Array<{ start: number; end: number }>;
  /** The name of the sieve that attributed the quote, for debugging and evaluation. */
  sieve?: string;
}

/** An article as the store keeps it. */
export interface StoredArticle extends ArticleMeta {
  id: string;
  file: string;
  quoteCount: number;
  /** ISO timestamp of ingestion. */
  addedAt: string;
}

/** A quote as the store returns it: with its article and a short id users can type. */
export interface StoredQuote extends Quote {
  articleId: string;
  /** "Q-3f9a": a short stable id derived from the quote id. */
  shortId: string;
  article: StoredArticle;
  /** The paragraph around the quote, for "Full quote / context". */
  context: string;
}
