/**
 * npm run bench:extract — extraction throughput: MB of article text per second through
 * parseArticle + extractQuotes on one core (this process, no workers), over the news-dev corpus
 * (../shared/news-dev/articles) repeated, median of several runs. Goal (issue 3): ≥ 5 MB/s.
 * Prints one Markdown line and appends it to the table of the "Extraction throughput" section of
 * bench/results-extract.md (earlier rows are kept: the file is the before/after record).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { parseArticle } from '../src/articles';
import { extractQuotes, clearMemos } from '../src/extraction';

const CORPUS = path.resolve(__dirname, '../../shared/news-dev/articles');
const SEED_DIR = path.resolve(__dirname, '../data/articles');
const RESULTS = path.resolve(__dirname, 'results-extract.md');
const REPEAT = Number(process.env.BENCH_REPEAT ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const GOAL_MB_S = 5;

function loadTexts(): Array<{ file: string; text: string }> {
  const dirs = [CORPUS, SEED_DIR].filter((d) => fs.existsSync(d));
  return dirs.flatMap((dir) =>
    fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ file: f, text: fs.readFileSync(path.join(dir, f), 'utf8') })),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function main(): void {
  const texts = loadTexts();
  if (texts.length === 0) throw new Error(`no articles found in ${CORPUS}`);
  const bytes = texts.reduce((t, a) => t + Buffer.byteLength(a.text, 'utf8'), 0) * REPEAT;
  let quotes = 0;
  // Warm-up: JIT and lazy initialisation are not what is measured.
  for (const a of texts) quotes += extractQuotes(parseArticle(a.text, a.file)).length;
  // CPU time of this (single-threaded) process is the one-core figure; wall time is shown beside it
  // because on a shared machine other processes stretch the wall clock.
  const cpuRates: number[] = [];
  const wallRates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const wallStart = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    for (let r = 0; r < REPEAT; r++) {
      // Every pass starts cold, as a stream of new articles would: no memoised names from the last pass.
      clearMemos();
      for (const a of texts) extractQuotes(parseArticle(a.text, a.file));
    }
    const cpu = process.cpuUsage(cpuStart);
    const wallSeconds = Number(process.hrtime.bigint() - wallStart) / 1e9;
    cpuRates.push(bytes / 1e6 / ((cpu.user + cpu.system) / 1e6));
    wallRates.push(bytes / 1e6 / wallSeconds);
  }
  const mbs = median(cpuRates);
  const load = os.loadavg()[0].toFixed(1);
  const line = `| ${new Date().toISOString().slice(0, 10)} | ${texts.length} articles × ${REPEAT} (${(bytes / 1e6).toFixed(2)} MB) | ${mbs.toFixed(2)} MB/s per CPU-second (median of ${RUNS}; min ${Math.min(...cpuRates).toFixed(2)}, max ${Math.max(...cpuRates).toFixed(2)}) | ${median(wallRates).toFixed(2)} MB/s wall (load ${load}) | ${quotes} quotes per pass | ${mbs >= GOAL_MB_S ? 'meets' : 'below'} goal ${GOAL_MB_S} MB/s | Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} |`;
  console.log(line);
  writeSection(line);
}

/** Data rows of the section's table already in the file: the history is kept, the new run appended. */
function previousRows(section: string): string[] {
  return section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| date ') && !l.startsWith('| ---'));
}

function writeSection(line: string): void {
  const header = '## Extraction throughput';
  const existing = fs.existsSync(RESULTS) ? fs.readFileSync(RESULTS, 'utf8') : '# Extraction benchmarks\n\n';
  const start = existing.indexOf(header);
  const after = start === -1 ? -1 : existing.indexOf('\n## ', start + header.length);
  const old = start === -1 ? '' : existing.slice(start, after === -1 ? undefined : after + 1);
  const section = [
    header,
    '',
    'parseArticle + extractQuotes, one core, news-dev corpus (and the seed) repeated, memo tables cleared before',
    'every pass; `npm run bench:extract` (appends a row). "per CPU-second" divides by this process\'s CPU time',
    '(robust to other load, though not to cores shared with it; V8\'s GC helper threads count too).',
    '',
    '| date | input | throughput (one core) | wall clock | quotes | goal | machine |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...previousRows(old),
    line,
    '',
    '', // a blank line before the next section
  ].join('\n');
  let next: string;
  if (start === -1) next = `${existing.trimEnd()}\n\n${section}`;
  else next = existing.slice(0, start) + section + (after === -1 ? '' : existing.slice(after + 1));
  fs.writeFileSync(RESULTS, next);
}

main();
