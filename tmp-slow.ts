import fs from 'node:fs';
import { openStore } from './src/store';
import { createSearch } from './src/search';
import { Vocabulary } from './src/search/vocabulary';
import { queryWords } from './src/search/queryWords';
import { candidatePlan } from './src/search/plan';
const size = Number(process.argv[2] ?? 100000);
const base = `bench/.cache/synthetic-g3-s1-${size}`;
const queries = JSON.parse(fs.readFileSync(`${base}.queries-q2.json`, 'utf8'));
const store = openStore(`${base}.db`, { readonly: true });
const s = createSearch(store);
for (const q of queries.slice(0, 30)) s.run(q.query);
const vocab = new Vocabulary(store.terms(), store.quoteCount());
const times: Array<[number, any]> = [];
for (const q of queries) { const c = process.cpuUsage(); s.run(q.query, { limit: 5 }); const d = process.cpuUsage(c); times.push([(d.user + d.system) / 1000, q]); }
times.sort((a, b) => b[0] - a[0]);
for (const [ms, q] of times.slice(0, 6)) {
  const qws = queryWords(q.query.text ?? '', q.query.phrases ?? [], vocab);
  console.log(ms.toFixed(1), q.kind, JSON.stringify(q.query.text ?? q.query.speaker), qws.map(w => `${w.word}${w.common ? '(c)' : ''}[${w.forms.map(f => f + ':' + vocab.frequency(f)).join(',')}]`).join(' '));
  const plan = candidatePlan(qws, vocab);
  for (const st of plan) for (const m of st) { const c = process.cpuUsage(); const n = store.candidates({ match: m, limit: 150 }).length; const d = process.cpuUsage(c); console.log('   ', ((d.user + d.system) / 1000).toFixed(1), 'ms', n, m); }
}
