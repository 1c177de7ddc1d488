import { openStore } from './src/store';
import { createSearch } from './src/search';
const store = openStore(`bench/.cache/synthetic-g3-s1-100000.db`, { readonly: true });
const s = createSearch(store);
const q = { type: 'search', text: process.argv[2], phrases: [], filters: {} } as any;
for (let i = 0; i < 5; i++) s.run(q);
const c = process.cpuUsage(); const N = 100;
for (let i = 0; i < N; i++) s.run(q, { limit: 5 });
const d = process.cpuUsage(c); console.log('cpu ms/query', ((d.user + d.system) / 1000 / N).toFixed(2));
