/**
 * Floors on the search quality of the whole pipeline — reader, extractor, store and search — over the
 * labelled set, exactly as `npm run eval:search` measures it. The floors sit just under the figures reached
 * (see the report in scripts/eval-search.ts's output), so a change that makes answers worse fails here.
 * Skipped only where the shared development corpus is absent (the labels refer to its articles).
 */
import fs from 'node:fs';
import { openStore, type QuoteStore } from '../../src/store';
import { createSearch } from '../../src/search';
import { ingestCorpus, loadLabelledSet, runQueries, scoreQueries, type EvalScore, type QueryOutcome } from '../../scripts/eval-search';

/** Reached when written: top-1 84/86, top-3 85/86, no-answer 13/13, speaker queries 25/26. */
const FLOORS = {
  top1: 0.95,
  top3: 0.97,
  noAnswerPrecision: 0.92,
  speakerTop1: 0.9,
} as const;

const set = loadLabelledSet();
const corpusPresent = set.corpus.every((p) => fs.existsSync(p));

(corpusPresent ? describe : describe.skip)('search quality over the labelled set (real pipeline)', () => {
  let store: QuoteStore;
  let outcomes: QueryOutcome[];
  let score: EvalScore;
  beforeAll(() => {
    store = openStore(':memory:');
    const corpus = ingestCorpus(store, set.corpus);
    expect(corpus.failures).toEqual([]);
    outcomes = runQueries(createSearch(store), set.queries);
    score = scoreQueries(outcomes);
  });
  afterAll(() => store.close());

  /** The misses, readable in a failure message. */
  const misses = () => score.misses.map((m) => `${m.id}: ${m.query} → ${m.top[0] ? `${m.top[0].speaker}: ${m.top[0].text.slice(0, 60)}` : m.answer}`);

  it('finds the right quote and speaker first, and within the first three', () => {
    // The misses ride along so a failure says which queries went wrong.
    expect({ top1AboveFloor: score.top1Accuracy >= FLOORS.top1, top1: score.top1Accuracy, misses: misses() }).toMatchObject({ top1AboveFloor: true });
    expect(score.top3Accuracy).toBeGreaterThanOrEqual(FLOORS.top3);
  });

  it('resolves speaker queries (readings, roles, descriptions) first', () => {
    const speaker = score.byKind.speaker;
    expect(speaker.top1 / speaker.queries).toBeGreaterThanOrEqual(FLOORS.speakerTop1);
  });

  it('does not answer confidently where the corpus holds no answer', () => {
    expect(score.noAnswerPrecision).toBeGreaterThanOrEqual(FLOORS.noAnswerPrecision);
  });

  it('never puts the right words first under a wrong speaker for "who said"', () => {
    const wrong = outcomes.filter((o) => o.kind === 'whoSaid' && o.wrongSpeakerFirst).map((o) => `${o.id}: ${o.top[0]?.speaker}`);
    expect(wrong).toEqual([]);
  });
});
