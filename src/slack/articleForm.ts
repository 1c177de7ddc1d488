/**
 * The "Add article" form's values turned into an article: the fields become YAML front matter over the
 * pasted text, so an article added in Slack is read by the same parser as a file in data/articles.
 */
import { stringify } from 'yaml';
import { parseArticle } from '../articles';
import type { Article } from '../types';
import { ADD_FORM } from './ids';

/** view.state.values as Slack sends it: block id → action id → the element's state. */
export type FormValues = Record<string, Record<string, { value?: string | null; selected_date?: string | null }>>;

export interface ArticleFields {
  title: string | null;
  source: string | null;
  date: string | null;
  url: string | null;
  text: string;
}

function field(values: FormValues, id: string): string | null {
  const state = values[id]?.[id];
  const raw = state?.value ?? state?.selected_date ?? null;
  const trimmed = typeof raw === 'string' ? raw.trim() : '';
  return trimmed === '' ? null : trimmed;
}

export function readArticleFields(values: FormValues): ArticleFields {
  return {
    title: field(values, ADD_FORM.title),
    source: field(values, ADD_FORM.source),
    date: field(values, ADD_FORM.date),
    url: field(values, ADD_FORM.url),
    text: field(values, ADD_FORM.text) ?? '',
  };
}

/** The file text the article parser reads: front matter with the fields given, then the body. */
export function articleSource(fields: ArticleFields): string {
  const meta: Record<string, string> = {};
  for (const key of ['title', 'date', 'source', 'url'] as const) {
    const value = fields[key];
    if (value) meta[key] = value;
  }
  const body = fields.text.replace(/\r\n?/g, '\n');
  if (Object.keys(meta).length === 0) return body;
  return `---\n${stringify(meta)}---\n\n${body}\n`;
}

/** Throws ArticleError (with a message fit for the user) when the text is empty or not an article. */
export function articleFromForm(values: FormValues, userId: string): Article {
  return parseArticle(articleSource(readArticleFields(values)), `slack:${userId}`);
}
