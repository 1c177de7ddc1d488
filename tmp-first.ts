import fs from 'node:fs';
import { openStore } from './src/store';
import { createSearch } from './src/search';
const store = openStore(`bench/.cache/synthetic-g3-s1-100000.db`, { readonly: true });
const s = createSearch(store);
const queries = JSON.parse(fs.readFileSync(`bench/.cache/synthetic-g3-s1-100000.queries-q2.json`, 'utf8'));
for (const q of queries.slice(0, 60)) s.run(q.query);
for (const text of ['inzvestigative committee on their', 'in local czuncil but', 'inzvestigative committee on their']) {
  const q = { type: 'search', text, phrases: [], filters: {} } as any;
  const c = process.cpuUsage(); const t = performance.now(); s.run(q, { limit: 5 }); const d = process.cpuUsage(c);
  console.log(text, 'cpu', ((d.user + d.system) / 1000).toFixed(1), 'wall', (performance.now() - t).toFixed(1));
}
