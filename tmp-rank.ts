import fs from 'node:fs';
import Fuse from 'fuse.js';
import { openStore } from './src/store';
import { Vocabulary } from './src/search/vocabulary';
import { queryWords, contentWords } from './src/search/queryWords';
import { matchQuality, WordMatcher } from './src/search/score';
import { FUSE_OPTIONS } from './src/search/ranking';
const base = `bench/.cache/synthetic-g3-s1-10000`;
const queries = JSON.parse(fs.readFileSync(`${base}.queries.json`, 'utf8')).filter((q: any) => q.kind !== 'speaker');
const store = openStore(`${base}.db`, { readonly: true });
const vocab = new Vocabulary(store.terms(), store.quoteCount());
const rows = store.candidateRows(Array.from({ length: 100 }, (_, i) => i * 37 + 1));
let tq = 0, tf = 0, cq = 0, cf = 0;
for (const q of queries) {
  const qws = queryWords(q.query.text, q.query.phrases, vocab);
  const m = new WordMatcher(qws);
  let c = process.cpuUsage();
  for (const row of rows) matchQuality(m, { text: row.text, meta: row.speaker.name + ' ' + row.speaker.aliases.join(' '), title: row.title });
  let d = process.cpuUsage(c); cq += d.user + d.system;
  c = process.cpuUsage();
  const docs = rows.slice(0, 30).map((row, index) => ({ index, text: row.text, speaker: row.speaker.name, aliases: row.speaker.aliases.join(' | '), role: row.speaker.role ?? '' }));
  new Fuse(docs, FUSE_OPTIONS).search(contentWords(qws).map((w) => w.forms[0] ?? w.word).join(' '));
  d = process.cpuUsage(c); cf += d.user + d.system;
}
console.log('quality 100 rows cpu ms/query', (cq / 1000 / queries.length).toFixed(2), 'fuse 30 docs', (cf / 1000 / queries.length).toFixed(2));
