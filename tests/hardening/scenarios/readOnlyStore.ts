/**
 * Run as a separate process (as an unprivileged user when the tests run as root, since root ignores file
 * permissions): open the store at argv[2] the way the bot does, answer a search, try to add an article.
 * Prints one JSON line with what happened.
 */
import { loadConfig } from '../../../src/config';
import { openConfiguredStore } from '../../../src/runtime';
import { createSearch } from '../../../src/search';
import { buildFixture } from '../../helpers/quoteFixtures';

const dbPath = process.argv[2];
const out: Record<string, unknown> = {};
try {
  const store = openConfiguredStore(loadConfig({ QUOTEBOT_DB: dbPath, LOG_LEVEL: 'silent' }));
  out.readonly = store.readonly;
  out.quotes = store.quoteCount();
  const answer = createSearch(store).run({ type: 'search', text: 'indo-pacific', phrases: [], filters: {} }, { limit: 3 });
  out.topSpeaker = answer.type === 'results' ? (answer.hits[0]?.quote.speaker.name ?? null) : null;
  const extra = buildFixture({ paragraphs: ['“A new article arrives,” said Ann Example.'] }, [{ text: 'A new article arrives', speaker: 'Ann Example' }]);
  try {
    store.ingest(extra.article, extra.quotes);
    out.ingest = 'added';
  } catch (e) {
    out.ingest = (e as Error).message;
  }
  out.quotesAfter = store.quoteCount();
  store.close();
} catch (e) {
  out.openError = (e as Error).message;
}
process.stdout.write(`${JSON.stringify(out)}\n`);
