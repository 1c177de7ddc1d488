import fs from 'node:fs';
import Fuse from 'fuse.js';
import { openStore } from './src/store';
const base = `bench/.cache/synthetic-v3-10000`;
const queries = JSON.parse(fs.readFileSync(`${base}.queries.json`, 'utf8')).filter((q: any) => q.kind !== 'speaker').slice(0, 60);
const store = openStore(`${base}.db`, { readonly: true });
const rows = store.candidateRows(Array.from({ length: 200 }, (_, i) => i * 37 + 1));
const docs = rows.map((r, index) => ({ index, text: r.text, speaker: r.speaker.name, aliases: r.speaker.aliases.join(' | '), role: r.speaker.role ?? '', title: r.title ?? '' }));
const variants: Record<string, any> = {
  five_keys_t06: { keys: [{ name: 'text', weight: 3 }, 'speaker', 'aliases', 'role', 'title'], includeScore: true, ignoreLocation: true, ignoreDiacritics: true, threshold: 0.6, shouldSort: false },
  five_keys_t04: { keys: [{ name: 'text', weight: 3 }, 'speaker', 'aliases', 'role', 'title'], includeScore: true, ignoreLocation: true, threshold: 0.4, shouldSort: false },
  two_keys_t04: { keys: [{ name: 'text', weight: 3 }, 'speaker'], includeScore: true, ignoreLocation: true, threshold: 0.4, shouldSort: false },
  token_any: { keys: [{ name: 'text', weight: 3 }, 'speaker', 'aliases', 'role', 'title'], includeScore: true, useTokenSearch: true, ignoreLocation: true, threshold: 0.4, shouldSort: false },
};
for (const [name, opts] of Object.entries(variants)) {
  const t0 = performance.now();
  let n = 0;
  for (const q of queries) { const f = new Fuse(docs, opts); n += f.search(q.fuseText).length; }
  console.log(name, ((performance.now() - t0) / queries.length).toFixed(2), 'ms/query', n);
}
