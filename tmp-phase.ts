import fs from 'node:fs';
import { openStore } from './src/store';
import { Vocabulary } from './src/search/vocabulary';
import { queryWords, contentWords } from './src/search/queryWords';
import { candidatePlan } from './src/search/plan';
import { rankCandidates } from './src/search/ranking';
import { WordMatcher } from './src/search/score';
const size = Number(process.argv[2] ?? 10000);
const base = `bench/.cache/synthetic-g3-s1-${size}`;
const queries = JSON.parse(fs.readFileSync(`${base}.queries-q2.json`, 'utf8')).filter((q: any) => q.kind !== 'speaker');
const store = openStore(`${base}.db`, { readonly: true });
let t = performance.now();
const vocab = new Vocabulary(store.terms(), store.quoteCount());
console.log('vocab', vocab.size, (performance.now() - t).toFixed(0), 'ms');
const T: Record<string, number> = { words: 0, sql: 0, rows: 0, rank: 0, hits: 0 };
const stagesUsed: number[] = [0,0,0,0,0]; let exprs = 0; let pooled = 0;
for (const q of queries) {
  let a = performance.now();
  const qws = queryWords(q.query.text, q.query.phrases, vocab);
  let b = performance.now(); T.words += b - a; a = b;
  const pool = new Set<number>(); let si = 0;
  for (const stage of candidatePlan(qws, vocab)) { si++; for (const m of stage) { exprs++; for (const r of store.candidates({ match: m, limit: 200 })) pool.add(r); } if (pool.size >= Number(process.env.ENOUGH ?? 40)) break; }
  stagesUsed[si]++; pooled += pool.size;
  b = performance.now(); T.sql += b - a; a = b;
  const rows = store.candidateRows([...pool].slice(0, 200));
  b = performance.now(); T.rows += b - a; a = b;
  const ranked = rankCandidates(rows, contentWords(qws).map((w) => w.forms[0] ?? w.word).join(' '), new WordMatcher(qws));
  b = performance.now(); T.rank += b - a; a = b;
  store.quotesByRowid(ranked.slice(0, 5).map((r) => r.row.rowid));
  b = performance.now(); T.hits += b - a; a = b;
}
for (const k of Object.keys(T)) console.log(k, (T[k] / queries.length).toFixed(2), 'ms/query');
console.log('stages used', stagesUsed, 'exprs/query', (exprs / queries.length).toFixed(1), 'pool', (pooled / queries.length).toFixed(0));
