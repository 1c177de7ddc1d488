import fs from 'node:fs';
import { openStore } from './src/store';
import { generateArchive } from './bench/synthetic';
const a = generateArchive(20000, 1);
const items = [...a.articles()];
for (const batch of [1, 100, 1000]) {
  for (const f of ['/tmp/b.db', '/tmp/b.db-wal', '/tmp/b.db-shm']) fs.rmSync(f, { force: true });
  const s = openStore('/tmp/b.db');
  const t = performance.now();
  for (let i = 0; i < items.length; i += batch) s.ingestBatch(items.slice(i, i + batch));
  const t1 = performance.now();
  s.optimizeIndex();
  console.log('batch', batch, 'ingest', ((t1 - t) / 1000).toFixed(2), 's for 20k; optimize', ((performance.now() - t1) / 1000).toFixed(2));
  s.close();
}
