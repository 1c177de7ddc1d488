import fs from 'node:fs';
import { openStore } from './src/store';
import { createSearch } from './src/search';
import { words } from './src/store/text';
const size = Number(process.argv[2] ?? 100000);
const kind = process.argv[3];
const base = `bench/.cache/synthetic-g3-s1-${size}`;
const queries = JSON.parse(fs.readFileSync(`${base}.queries-q2.json`, 'utf8')).filter((q: any) => !kind || q.kind === kind);
const store = openStore(`${base}.db`, { readonly: true });
const s = createSearch(store);
for (const q of queries) {
  const a = s.run(q.query, { limit: 3 });
  if (a.type !== 'results') { if (q.kind === 'speaker') console.log('SPEAKER', q.query.speaker, '→', a.type, JSON.stringify((a as any).candidates ?? (a as any).suggestions).slice(0, 200), 'want', q.expect.speaker); continue; }
  if (q.kind === 'speaker') { if (a.speaker?.name !== q.expect.speaker) console.log('SPEAKER', q.query.speaker, '→', a.speaker?.name, 'want', q.expect.speaker); continue; }
  const top = a.hits[0]?.quote;
  const ok = top && (top.id === q.expect.quoteId || words(top.text).join(' ').includes(q.expect.window.join(' '))) && (q.kind !== 'whoSaid' || (top.speaker.name === q.expect.speaker && !a.noMatch));
  if (!ok) console.log(q.kind, JSON.stringify(q.query.text), 'window', q.expect.window.join(' '), '| noMatch', a.noMatch, 'conf', a.hits.map(h => h.confidence), '| top:', top?.speaker.name, 'want', q.expect.speaker, top?.id === q.expect.quoteId, '|', top?.text.slice(0, 100));
}
