/**
 * npm run eval:attribution [-- --verbose] [-- --errors]
 * Runs extractQuotes over every gold file in tests/fixtures/attribution/ (synthetic/ included) and prints
 * detection precision/recall/F1, speaker accuracy on found quotes, end-to-end F1, non-speech spans taken
 * and indirect-speech recall. --verbose: one row per article. --errors: every miss and wrong speaker.
 */
import { extractQuotes } from '../src/extraction';
import { loadGoldCases, scoreCase, summarise, type CaseScore } from '../tests/helpers/attributionScore';

const args = new Set(process.argv.slice(2));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const f3 = (x: number) => x.toFixed(3);

function main(): void {
  const { cases, missing } = loadGoldCases();
  for (const m of missing) console.error(`skipped (article text not found): ${m}`);
  const scores: CaseScore[] = cases.map((c) => scoreCase(c.gold, c.article, extractQuotes(c.article)));
  const s = summarise(scores);

  if (args.has('--verbose')) {
    console.log('| article | gold | pred | found | speaker ok | non-speech taken | indirect |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of scores) {
      console.log(`| ${r.article.replace(/\.txt$/, '')} | ${r.goldDirect} | ${r.predictedDirect} | ${r.found} | ${r.speakerRight} | ${r.nonSpeechTaken}/${r.nonSpeech} | ${r.indirectFound}/${r.goldIndirect} |`);
    }
    console.log('');
  }
  if (args.has('--errors')) {
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
  console.log(`Attribution harness: ${s.articles} articles, ${s.goldDirect} gold direct quotes, ${s.predictedDirect} predicted`);
  console.log(`  detection         P ${f3(s.detection.precision)}  R ${f3(s.detection.recall)}  F1 ${f3(s.detection.f1)}`);
  console.log(`  speaker accuracy  ${f3(s.speakerAccuracy)} (${s.speakerRight}/${s.found} found quotes)`);
  console.log(`  end-to-end        P ${f3(s.endToEnd.precision)}  R ${f3(s.endToEnd.recall)}  F1 ${f3(s.endToEnd.f1)}`);
  console.log(`  non-speech taken  ${s.nonSpeechTaken}/${s.nonSpeech}`);
  console.log(`  indirect recall   ${pct(s.indirectRecall)} (speaker right on ${pct(s.indirectSpeakerAccuracy)} of those found)`);
}

main();
