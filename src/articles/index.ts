/**
 * The articles stage: file text → Article (metadata, paragraphs with offsets into the raw text, stable id).
 * Three layouts are read: YAML front matter, the raw newspaper header of the seed, and plain text whose
 * first line may be a headline. Nothing here knows about quotes.
 */
import fs from 'fs';
import path from 'path';
import type { Article, ArticleMeta, Paragraph } from '../types';
import { ArticleError } from './errors';
import { hasFrontMatter, parseFrontMatter } from './frontMatter';
import { parseRawHeader, readDateline } from './rawHeader';
import { normalisedBody, splitParagraphs } from './paragraphs';
import { looksLikeHeadline } from './headline';
import { stableId } from './ids';

export { ArticleError } from './errors';
export { stableId } from './ids';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

/** Text with NUL bytes or many control characters is not an article (a binary file read as text). */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 4096);
  const controls = sample.match(/[\u0001-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  return controls > Math.max(4, sample.length * 0.01);
}

const EMPTY_META: ArticleMeta = { title: null, date: null, source: null, author: null, url: null, dateline: null };

interface Layout {
  meta: ArticleMeta;
  bodyStart: number;
  /** Whether the first paragraph may be a headline (only for plain files: the others name their title). */
  headlineAllowed: boolean;
}

function readLayout(raw: string, file: string): Layout {
  if (hasFrontMatter(raw)) {
    const fm = parseFrontMatter(raw, file);
    const { bodyStart, ...fields } = fm;
    return { meta: { ...EMPTY_META, ...fields }, bodyStart, headlineAllowed: fm.title === null };
  }
  const header = parseRawHeader(raw);
  if (header) {
    // The seed's export has no headline line; its title stays null rather than an invented one.
    return {
      meta: { ...EMPTY_META, date: header.date, author: header.author, source: header.source },
      bodyStart: header.bodyStart,
      headlineAllowed: false,
    };
  }
  return { meta: { ...EMPTY_META }, bodyStart: 0, headlineAllowed: true };
}

/** Move paragraph 0's start past a dateline ("NEW DELHI: ") and record the place. */
function takeDateline(paragraphs: Paragraph[], meta: ArticleMeta): Paragraph[] {
  const first = paragraphs[0];
  const dateline = first ? readDateline(first.text) : null;
  if (!first || !dateline) return paragraphs;
  meta.dateline = dateline.place;
  const rest = first.text.slice(dateline.length);
  if (rest.trim() === '') return paragraphs.slice(1).map((p, index) => ({ ...p, index }));
  return [{ ...first, start: first.start + dateline.length, text: rest }, ...paragraphs.slice(1)];
}

export function parseArticle(raw: string, file: string): Article {
  if (typeof raw !== 'string') throw new ArticleError(file, 'content is not text');
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') throw new ArticleError(file, 'the file is empty');
  if (looksBinary(text)) throw new ArticleError(file, 'the file looks binary, not text');

  const layout = readLayout(text, file);
  const meta = layout.meta;
  let paragraphs = splitParagraphs(text, layout.bodyStart);
  if (layout.headlineAllowed && paragraphs.length > 0 && looksLikeHeadline(paragraphs[0], paragraphs.slice(1))) {
    meta.title = meta.title ?? paragraphs[0].text;
    paragraphs = paragraphs.slice(1).map((p, index) => ({ ...p, index }));
  }
  paragraphs = takeDateline(paragraphs, meta);
  if (paragraphs.length === 0) throw new ArticleError(file, 'the article has no body text');

  return { file, id: stableId(normalisedBody(paragraphs)), meta, raw: text, paragraphs };
}

/**
 * Files bigger than this are refused before they are read. A news article is rarely over 100 kB; a file of
 * many megabytes is a dump or a mistake, and extracting from it would block for minutes (20 MB: ~4.5 min).
 */
export const MAX_ARTICLE_BYTES = 1_000_000;

export function readArticleFile(filePath: string): Article {
  let bytes: Buffer;
  try {
    const size = fs.statSync(filePath).size;
    if (size > MAX_ARTICLE_BYTES) {
      throw new ArticleError(filePath, `the file is ${(size / 1e6).toFixed(1)} MB; articles over ${MAX_ARTICLE_BYTES / 1e6} MB are refused`);
    }
    bytes = fs.readFileSync(filePath);
  } catch (err) {
    if (err instanceof ArticleError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new ArticleError(filePath, code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(err)})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleError(filePath, 'the file is not valid UTF-8 text');
  }
  return parseArticle(text, filePath);
}

/** Files and directories → article files (.txt, .md), sorted, without duplicates. Hidden files are skipped. */
export function listArticleFiles(paths: string[]): string[] {
  const found = new Set<string>();
  const visit = (p: string, explicit: boolean) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new ArticleError(p, 'no such file or directory');
    }
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p)) {
        if (entry.startsWith('.')) continue;
        visit(path.join(p, entry), false);
      }
    } else if (stat.isFile() && (explicit || ARTICLE_EXTENSIONS.has(path.extname(p).toLowerCase()))) {
      found.add(p);
    }
  };
  for (const p of paths) visit(p, true);
  return [...found].sort();
}
