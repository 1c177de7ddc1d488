import { parseArticle } from '../../src/articles';
import { buildView } from '../../src/extraction/context';
import { buildCandidates } from '../../src/extraction/candidates';
import { extractQuotes } from '../../src/extraction';
import type { SieveInput } from '../../src/extraction/sieves/types';

/** An article from plain body text (paragraphs separated by blank lines), its view and its candidates. */
export function setup(body: string) {
  const article = parseArticle(body, 'test.txt');
  const view = buildView(article);
  const candidates = buildCandidates(view);
  return { article, view, candidates };
}

/** The sieve input for the candidate whose text starts with `quoteStart`. */
export function inputFor(body: string, quoteStart: string, previous: SieveInput['previous'] = []): SieveInput {
  const { article, view, candidates } = setup(body);
  const index = candidates.findIndex((c) => article.raw.slice(c.parts[0].start).startsWith(quoteStart));
  if (index < 0) throw new Error(`no quotation starting with ${quoteStart}`);
  return { view, candidates, index, previous };
}

/** The speakers' names of an article's direct quotations, in order. */
export const directSpeakers = (body: string): string[] => extractQuotes(parseArticle(body, 't.txt')).filter((q) => q.kind === 'direct').map((q) => q.speaker.name);
