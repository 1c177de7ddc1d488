/**
 * YAML front matter between `---` lines at the very top of a file. Only the keys of ArticleMeta are read;
 * others (licence, tags) are ignored so new corpora can carry extra fields without breaking ingestion.
 */
import { parse as parseYaml } from 'yaml';
import { ArticleError } from './errors';
import { normaliseDate } from './dates';

export interface FrontMatter {
  title: string | null;
  date: string | null;
  source: string | null;
  author: string | null;
  url: string | null;
  /** Offset in the raw text just after the closing `---` line. */
  bodyStart: number;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*(?:\r?\n|$)/m;

export function hasFrontMatter(raw: string): boolean {
  return OPENING.test(raw);
}

const FLAT_LINE = /^([A-Za-z_][\w-]*):[ \t]*(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^"'#\s[\]{}&*!|>%@`,][^#]*?|))[ \t]*$/;

/**
 * The common case, read without the YAML parser: one `key: value` per line, values plain or quoted without
 * escapes. Anything else (lists, multi-line values, escapes, comments) returns null and goes to the parser.
 */
function readFlatMapping(text: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const m = FLAT_LINE.exec(line);
    if (!m || (m[2] !== undefined && m[2].includes('\\'))) return null;
    out[m[1]] = m[2] ?? (m[3] !== undefined ? m[3].replace(/''/g, "'") : m[4]);
  }
  return out;
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  const text = String(value).trim();
  return text === '' ? null : text;
}

export function parseFrontMatter(raw: string, file: string): FrontMatter {
  const opening = OPENING.exec(raw);
  if (!opening) throw new ArticleError(file, 'no YAML front matter');
  const rest = raw.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) throw new ArticleError(file, 'YAML front matter is not closed by a "---" line');
  const yamlText = rest.slice(0, closing.index);
  let data: unknown = readFlatMapping(yamlText);
  try {
    if (data === null) data = parseYaml(yamlText);
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new ArticleError(file, `YAML front matter is malformed (${reason})`);
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new ArticleError(file, 'YAML front matter must be a mapping of keys to values');
  }
  const fields = (data ?? {}) as Record<string, unknown>;
  return {
    title: asText(fields.title),
    date: normaliseDate(fields.date),
    source: asText(fields.source),
    author: asText(fields.author),
    url: asText(fields.url),
    bodyStart: opening[0].length + closing.index + closing[0].length,
  };
}
