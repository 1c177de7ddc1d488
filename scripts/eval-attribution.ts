/**
 * npm run eval:attribution [-- --verbose] [-- --errors]
 * Runs extractQuotes over every gold file in tests/fixtures/attribution/ and prints, for the development set
 * (every gold file outside heldout/, synthetic/ included) and the blind held-out set (heldout/) separately,
 * then both together: detection precision/recall/F1, speaker accuracy on found quotes, end-to-end F1,
 * non-speech spans taken and indirect-speech recall.
 * --verbose: one row per article. --errors: every miss and wrong speaker — for the development set only:
 * the held-out set is scored, never read case by case (tuning on it would make its figures meaningless).
 * --development: the development set alone (use it while changing the extractor; read the held-out
 * figures once, when the change is done).
 */
import { extractQuotes } from '../src/extraction';
import { loadGoldCases, scoreCase, summarise, type CaseScore, type GoldSet, type Summary } from '../tests/helpers/attributionScore';

const args = new Set(process.argv.slice(2));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const f3 = (x: number) => x.toFixed(3);

function scoreSet(set: GoldSet): CaseScore[] {
  const { cases, missing } = loadGoldCases(undefined, set);
  for (const m of missing) console.error(`skipped (article text not found): ${m}`);
  return cases.map((c) => scoreCase(c.gold, c.article, extractQuotes(c.article)));
}

function printTable(scores: CaseScore[]): void {
  console.log('| article | gold | pred | found | speaker ok | non-speech taken | indirect |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of scores) {
    console.log(`| ${r.article.replace(/\.txt$/, '')} | ${r.goldDirect} | ${r.predictedDirect} | ${r.found} | ${r.speakerRight} | ${r.nonSpeechTaken}/${r.nonSpeech} | ${r.indirectFound}/${r.goldIndirect} |`);
  }
  console.log('');
}

function printErrors(scores: CaseScore[]): void {
  for (const r of scores) {
    if (r.errors.length === 0) continue;
    console.log(`## ${r.article}`);
    for (const e of r.errors) {
      const who = e.kind === 'wrongSpeaker' ? ` expected=${e.expected} got=${e.got} (${e.sieve})` : e.expected ? ` expected=${e.expected}` : e.got ? ` got=${e.got} (${e.sieve})` : '';
      console.log(`  ${e.kind}:${who} :: ${e.text.slice(0, 100)}`);
    }
  }
  console.log('');
}

function printSummary(title: string, s: Summary): void {
  console.log(`${title}: ${s.articles} articles, ${s.goldDirect} gold direct quotes, ${s.predictedDirect} predicted`);
  if (s.articles === 0) {
    console.log('  (no gold files)');
    return;
  }
  console.log(`  detection         P ${f3(s.detection.precision)}  R ${f3(s.detection.recall)}  F1 ${f3(s.detection.f1)}`);
  console.log(`  speaker accuracy  ${f3(s.speakerAccuracy)} (${s.speakerRight}/${s.found} found quotes)`);
  console.log(`  end-to-end        P ${f3(s.endToEnd.precision)}  R ${f3(s.endToEnd.recall)}  F1 ${f3(s.endToEnd.f1)}`);
  console.log(`  non-speech taken  ${s.nonSpeechTaken}/${s.nonSpeech}`);
  console.log(`  indirect recall   ${pct(s.indirectRecall)} (speaker right on ${pct(s.indirectSpeakerAccuracy)} of those found)`);
}

/** Speaker precision of each sieve (right/total over the quotes it attributed): what its confidence should say. */
function printSieves(s: Summary): void {
  const rows = Object.entries(s.bySieve).sort((a, b) => b[1].total - a[1].total);
  console.log('  per sieve (speaker right / attributed):');
  for (const [sieve, t] of rows) console.log(`    ${sieve.padEnd(22)} ${f3(t.right / t.total)}  (${t.right}/${t.total})`);
}

/** One line for both sets together (the figures pooled over every quotation, not averaged per set). */
function printCombined(s: Summary): void {
  console.log(
    `Combined (${s.articles} articles, ${s.goldDirect} gold direct): detection F1 ${f3(s.detection.f1)}, speaker ${f3(s.speakerAccuracy)}, ` +
      `end-to-end F1 ${f3(s.endToEnd.f1)}, non-speech taken ${s.nonSpeechTaken}/${s.nonSpeech}, indirect recall ${pct(s.indirectRecall)}`,
  );
}

function main(): void {
  const development = scoreSet('development');
  if (args.has('--verbose')) printTable(development);
  if (args.has('--errors')) printErrors(development);
  printSummary('Attribution harness — development set', summarise(development));
  printSieves(summarise(development));
  if (args.has('--development')) return;
  const heldout = scoreSet('heldout');
  console.log('');
  printSummary('Attribution harness — held-out set (blind; never tuned on)', summarise(heldout));
  console.log('');
  printCombined(summarise([...development, ...heldout]));
}

main();
