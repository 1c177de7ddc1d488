/**
 * The search-quality harness's scoring and its labelled set. The search and the extractor are not used
 * here (a fake search answers), so these tests pin the scoring rules themselves; floors on the real
 * pipeline's figures belong in a test that runs `runQueries` over the real store.
 */
jest.mock('../../src/extraction', () => ({ extractQuotes: () => [] }), { virtual: true });
jest.mock('../../src/search', () => ({ createSearch: () => ({ run: () => null }) }), { virtual: true });

import fs from 'node:fs';
import path from 'node:path';
import {
  hitIsRight,
  judgeAnswer,
  loadLabelledSet,
  normaliseText,
  runQueries,
  scoreQueries,
  seededRandom,
  speakerMatches,
  formatReport,
  type LabelledQuery,
  type RunnableSearch,
} from '../../scripts/eval-search';
import { parseQuery } from '../../src/search/query';
import type { ParsedQuery, SearchAnswer, SearchHit } from '../../src/search/types';
import type { StoredQuote } from '../../src/types';

function hit(text: string, speaker: string, confidence = 0.9, aliases: string[] = []): SearchHit {
  const quote = {
    id: `${speaker}:${text}`,
    text,
    speaker: { name: speaker, role: null, type: 'person', aliases },
  } as unknown as StoredQuote;
  return { quote, confidence, highlights: [] };
}

function results(query: ParsedQuery, hits: SearchHit[], noMatch = false): SearchAnswer {
  return { type: 'results', query, hits, total: hits.length, offset: 0, limit: 5, noMatch, suggestions: [] };
}

const label = (expect: LabelledQuery['expect'], query = 'q'): LabelledQuery => ({
  id: query,
  kind: expect === 'noMatch' ? 'noAnswer' : 'typo',
  query,
  expect,
});

describe('matching a hit against a label', () => {
  it('compares quote text ignoring case, spacing and curly quotes', () => {
    expect(normaliseText('  China’s   “Aggression”\n')).toBe('china\'s "aggression"');
    expect(hitIsRight(hit('We are charting new  pathways of cooperation', 'Rajnath Singh'), { quote: 'charting NEW pathways' })).toBe(true);
    expect(hitIsRight(hit('Something else', 'Rajnath Singh'), { quote: 'charting new pathways' })).toBe(false);
  });

  it('matches speakers by whole words either way, accents folded, aliases included', () => {
    expect(speakerMatches({ name: 'Smith', aliases: [] }, 'Tristan Smith')).toBe(true);
    expect(speakerMatches({ name: 'Defence Minister Rajnath Singh', aliases: [] }, 'Rajnath Singh')).toBe(true);
    expect(speakerMatches({ name: 'Joachim Brudzinski', aliases: [] }, 'Joachim Brudziński')).toBe(true);
    expect(speakerMatches({ name: 'the defence ministry', aliases: ['Ministry of Defence'] }, 'Ministry of Defence')).toBe(true);
    expect(speakerMatches({ name: 'Lloyd Austin', aliases: [] }, 'Rajnath Singh')).toBe(false);
    expect(speakerMatches({ name: 'Mayank Singh', aliases: [] }, 'Rajnath Singh')).toBe(false);
    expect(speakerMatches({ name: 'unknown', aliases: [] }, 'Rajnath Singh')).toBe(false);
  });

  it('accepts any of several labelled quotes', () => {
    const either = { quote: ['first wording', 'second wording'], speaker: 'Rajnath Singh' };
    expect(hitIsRight(hit('the second wording here', 'Rajnath Singh'), either)).toBe(true);
    expect(hitIsRight(hit('a third wording', 'Rajnath Singh'), either)).toBe(false);
  });

  it('counts a question back as right when the expected speakers are among the candidates', () => {
    const q = parseQuery('by the ministry');
    const asked = (names: string[]): SearchAnswer => ({
      type: 'ambiguousSpeaker',
      query: q,
      asked: 'the ministry',
      candidates: names.map((name) => ({ name, role: null, quoteCount: 1 })),
    });
    const want = label({ ambiguous: ['Ministry of Defence'] });
    expect(judgeAnswer(want, q, asked(['Emergencies Ministry', 'Ministry of Defence'])).rank).toBe(1);
    expect(judgeAnswer(want, q, asked(['Emergencies Ministry'])).rank).toBeNull();
    expect(judgeAnswer(want, q, results(q, [hit('x', 'Ministry of Defence')])).rank).toBeNull();
    expect(judgeAnswer(want, q, asked(['Emergencies Ministry'])).offered).toEqual(['Emergencies Ministry']);
  });

  it('needs both quote and speaker when both are labelled', () => {
    const expectBoth = { quote: 'free and open', speaker: 'Rajnath Singh' };
    expect(hitIsRight(hit('a free and open Indo-Pacific', 'Rajnath Singh'), expectBoth)).toBe(true);
    expect(hitIsRight(hit('a free and open Indo-Pacific', 'Lloyd Austin'), expectBoth)).toBe(false);
    expect(hitIsRight(hit('anything', 'Lloyd Austin'), 'any')).toBe(true);
    expect(hitIsRight(hit('anything', 'Lloyd Austin'), 'noMatch')).toBe(false);
  });
});

describe('judging and scoring answers', () => {
  const q = parseQuery('free open indo pacfic');
  const want = { quote: 'free and open', speaker: 'Rajnath Singh' };
  const right = hit('promoting a free and open Indo-Pacific', 'Rajnath Singh');
  const wrongSpeaker = hit('promoting a free and open Indo-Pacific', 'Lloyd Austin');
  const other = hit('maritime security', 'Lloyd Austin');

  it('ranks the first right hit', () => {
    expect(judgeAnswer(label(want), q, results(q, [right])).rank).toBe(1);
    expect(judgeAnswer(label(want), q, results(q, [other, other, right])).rank).toBe(3);
    expect(judgeAnswer(label(want), q, results(q, [other])).rank).toBeNull();
  });

  it('flags the right quote under a wrong speaker, and confident wrong answers', () => {
    const outcome = judgeAnswer(label(want), q, results(q, [wrongSpeaker, right]));
    expect(outcome.wrongSpeakerFirst).toBe(true);
    expect(outcome.confident).toBe(true);
    const score = scoreQueries([outcome]);
    expect(score).toMatchObject({ top1: 0, top3: 1, confidentWrong: 1, wrongSpeakerFirst: 1 });
  });

  it('counts a no-answer query as abstained on noMatch, no hits, unknown speaker, or low confidence', () => {
    const none = label('noMatch');
    expect(judgeAnswer(none, q, results(q, [other], true)).abstained).toBe(true);
    expect(judgeAnswer(none, q, results(q, [])).abstained).toBe(true);
    const by = parseQuery('by Taylor Swift');
    expect(judgeAnswer(none, by, { type: 'unknownSpeaker', query: by, asked: 'Taylor Swift', suggestions: [] }).abstained).toBe(true);
    expect(judgeAnswer(none, q, results(q, [hit('x', 'y', 0.3)]), { answerThreshold: 0.5 }).abstained).toBe(true);
    expect(judgeAnswer(none, q, results(q, [hit('x', 'y', 0.7)]), { answerThreshold: 0.5 }).abstained).toBe(false);
    expect(judgeAnswer(none, q, results(q, [other])).abstained).toBe(false);
  });

  it('computes accuracy, no-answer precision and per-kind figures', () => {
    const outcomes = [
      judgeAnswer(label(want, 'a'), q, results(q, [right])),
      judgeAnswer(label(want, 'b'), q, results(q, [other, right])),
      judgeAnswer(label(want, 'c'), q, results(q, [other], true)),
      judgeAnswer(label(want, 'd'), q, results(q, [right])),
      judgeAnswer(label('noMatch', 'e'), q, results(q, [other], true)),
      judgeAnswer(label('noMatch', 'f'), q, results(q, [other])),
    ];
    const score = scoreQueries(outcomes);
    expect(score.answerable).toBe(4);
    expect(score.top1Accuracy).toBeCloseTo(0.5);
    expect(score.top3Accuracy).toBeCloseTo(0.75);
    expect(score.confidentWrong).toBe(1); // "b": wrong first hit, not flagged; "c" was flagged noMatch
    expect(score.noAnswerPrecision).toBeCloseTo(0.5);
    expect(score.misses.map((m) => m.id)).toEqual(['b', 'c', 'f']);
    expect(score.byKind.typo).toEqual({ queries: 4, top1: 2, top3: 3 });
    expect(score.byKind.noAnswer).toEqual({ queries: 2, top1: 1, top3: 1 });
    const text = formatReport(score, { files: 1, articles: 1, quotes: 3, failures: [], missingPaths: [] }, 0.1, true);
    expect(text).toMatch(/top-1 accuracy: +50\.0% \(2\/4\)/);
    expect(text).toContain('- [f] f');
  });

  it('runs each query through parseQuery, skipping non-search commands, with seeded randomness', () => {
    const seen: ParsedQuery[] = [];
    const fake: RunnableSearch = {
      run(query, options) {
        seen.push(query);
        expect(typeof options?.random?.()).toBe('number');
        return results(query, [right]);
      },
    };
    const outcomes = runQueries(fake, [label(want, 'by Rajnath'), label('noMatch', 'help')]);
    expect(seen.map((s) => s.type)).toEqual(['bySpeaker']);
    expect(outcomes[1]).toMatchObject({ answer: 'notSearched', abstained: true });
    expect(seededRandom(7)()).toBe(seededRandom(7)());
  });
});

describe('the labelled set', () => {
  const set = loadLabelledSet();

  it('has at least 60 queries of every kind, with unique ids and some no-answer cases', () => {
    expect(set.queries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(set.queries.map((q) => q.id)).size).toBe(set.queries.length);
    const kinds = new Set(set.queries.map((q) => q.kind));
    for (const kind of ['typo', 'whoSaid', 'speaker', 'random', 'filter', 'noAnswer']) expect(kinds).toContain(kind);
    expect(set.queries.filter((q) => q.expect === 'noMatch').length).toBeGreaterThanOrEqual(8);
  });

  it('holds queries that all parse to searches', () => {
    for (const q of set.queries) {
      expect(['search', 'whoSaid', 'bySpeaker', 'random']).toContain(parseQuery(q.query).type);
    }
  });

  // The labels must name text that is really in the corpus: each expected quote once, in an article that
  // also names the expected speaker. Skipped where the shared development corpus is not present.
  const corpusPresent = set.corpus.every((p) => fs.existsSync(p));
  (corpusPresent ? it : it.skip)('labels quotes found verbatim in exactly one article that names the speaker', () => {
    const files = set.corpus.flatMap((dir) =>
      fs.statSync(dir).isDirectory() ? fs.readdirSync(dir).map((f) => path.join(dir, f)) : [dir],
    );
    const texts = files.map((f) => normaliseText(fs.readFileSync(f, 'utf8')));
    const folded = texts.map((t) => t.normalize('NFD').replace(/\p{M}/gu, ''));
    const fold = (name: string) => normaliseText(name).normalize('NFD').replace(/\p{M}/gu, '');
    const named = (name: string, among: number[]) => among.some((i) => folded[i].includes(fold(name)));
    for (const q of set.queries) {
      if (typeof q.expect !== 'object') continue;
      if ('ambiguous' in q.expect) {
        for (const name of q.expect.ambiguous) expect({ id: q.id, name, named: named(name, texts.map((_t, i) => i)) }).toMatchObject({ named: true });
        continue;
      }
      const { quote, speaker } = q.expect;
      const alternatives = quote === undefined ? [] : Array.isArray(quote) ? quote : [quote];
      let holding = texts.map((_t, i) => i);
      for (const alternative of alternatives) {
        holding = texts.flatMap((t, i) => (t.includes(normaliseText(alternative)) ? [i] : []));
        expect({ id: q.id, alternative, articles: holding.length }).toMatchObject({ articles: 1 });
      }
      if (speaker) expect({ id: q.id, named: named(speaker, holding) }).toEqual({ id: q.id, named: true });
    }
  });
});
