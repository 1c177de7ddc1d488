import { openStore } from './src/store';
import { createSearch } from './src/search';
const store = openStore(`bench/.cache/synthetic-g3-s1-100000.db`, { readonly: true });
const s = createSearch(store);
const a = s.run({ type: process.argv[3] as any ?? 'search', text: process.argv[2], phrases: [], filters: {} } as any, { limit: 4 });
if (a.type === 'results') for (const h of a.hits) console.log(h.confidence, h.quote.speaker.name, '|', h.highlights.map(([x, y]) => h.quote.text.slice(x, y)).join(','), '|', h.quote.text.slice(0, 120));
