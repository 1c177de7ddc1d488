import fs from 'node:fs';
import { openStore } from './src/store';
import { createSearch } from './src/search';
const size = Number(process.argv[2] ?? 10000);
const base = `bench/.cache/synthetic-g3-s1-${size}`;
const queries = JSON.parse(fs.readFileSync(`${base}.queries-q2.json`, 'utf8'));
const store = openStore(`${base}.db`, { readonly: true });
const s = createSearch(store);
s.run(queries[0].query);
const by: Record<string, number[]> = {};
const c0 = process.cpuUsage();
const t0 = performance.now();
for (const q of queries) { const c = process.cpuUsage(); s.run(q.query, { limit: 5 }); const d = process.cpuUsage(c); (by[q.kind] ??= []).push((d.user + d.system) / 1000); }
const cu = process.cpuUsage(c0);
console.log('wall', (performance.now() - t0).toFixed(0), 'cpu', ((cu.user + cu.system) / 1000).toFixed(0));
for (const [k, v] of Object.entries(by)) { v.sort((a, b) => a - b); console.log(k, 'cpu p50', v[Math.floor(v.length / 2)].toFixed(1), 'p99', v[Math.ceil(v.length * 0.99) - 1].toFixed(1)); }
