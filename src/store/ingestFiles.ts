/**
 * The ingestion pipeline for files: read (src/articles) → extract (src/extraction) → store, one article at
 * a time. Each article is stored in its own transaction by `store.ingest`, so one bad file never blocks or
 * damages the others: its error is collected with the file's name and the rest go on.
 */
import { listArticleFiles, readArticleFile } from '../articles';
import { extractQuotes } from '../extraction';
import type { QuoteStore } from './index';

export interface IngestFileError {
  file: string;
  message: string;
}

export interface IngestSummary {
  files: number;
  articlesAdded: number;
  /** Articles already in the store (same text), left as they were. */
  articlesUnchanged: number;
  quotesAdded: number;
  errors: IngestFileError[];
}

export interface IngestOptions {
  /** Called after each file with how many are done of how many. */
  onProgress?: (done: number, total: number, file: string) => void;
}

export function ingestFiles(store: QuoteStore, paths: string[], options: IngestOptions = {}): IngestSummary {
  const summary: IngestSummary = { files: 0, articlesAdded: 0, articlesUnchanged: 0, quotesAdded: 0, errors: [] };
  let files: string[] = [];
  try {
    files = listArticleFiles(paths);
  } catch (err) {
    summary.errors.push({ file: paths.join(', '), message: errorMessage(err) });
    return summary;
  }
  summary.files = files.length;
  files.forEach((file, i) => {
    try {
      const article = readArticleFile(file);
      const result = store.ingest(article, extractQuotes(article));
      if (result.added) summary.articlesAdded += 1;
      else summary.articlesUnchanged += 1;
      summary.quotesAdded += result.quotesAdded;
    } catch (err) {
      summary.errors.push({ file, message: errorMessage(err) });
    }
    options.onProgress?.(i + 1, files.length, file);
  });
  return summary;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
