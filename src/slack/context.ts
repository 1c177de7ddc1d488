/**
 * What every listener gets: the app's dependencies, the config, and the bot's small bounded memory.
 */
import type { Config } from '../config';
import type { Logger } from '../config/logger';
import type { Search } from '../search';
import type { QuoteStore } from '../store';
import type { Article, Quote } from '../types';
import { BoundedMap } from './boundedMap';
import type { ResultState } from './state';

export interface AppDeps {
  store: QuoteStore;
  search: Search;
  logger: Logger;
}

/** An article between the form and Save: parsed and extracted, waiting for the user's confirmation. */
export interface ArticleDraft {
  userId: string;
  article: Article;
  quotes: Quote[];
}

export interface Memory {
  /** The last search of each user, for `/quote next`. */
  lastQuery: BoundedMap<string, ResultState>;
  /** Drafts by a random token kept in the preview view's private_metadata. */
  drafts: BoundedMap<string, ArticleDraft>;
  /** Event ids already answered, so a redelivered event never gets a second answer. */
  seenEvents: BoundedMap<string, true>;
}

export interface ListenerDeps extends AppDeps {
  config: Config;
  memory: Memory;
}

const HOUR = 60 * 60 * 1000;

export function createMemory(now: () => number = Date.now): Memory {
  return {
    lastQuery: new BoundedMap(10_000, 24 * HOUR, now),
    drafts: new BoundedMap(1_000, 2 * HOUR, now),
    seenEvents: new BoundedMap(10_000, HOUR, now),
  };
}

/** Editors may add articles; an empty list means everyone may. */
export function canEdit(editors: readonly string[], userId: string | undefined): boolean {
  if (editors.length === 0) return true;
  return typeof userId === 'string' && editors.includes(userId);
}
