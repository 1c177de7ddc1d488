/**
 * Scoring of extracted quotes against the gold labels in tests/fixtures/attribution/ (format in its README).
 * Pure functions, shared by `npm run eval:attribution` (scripts/eval-attribution.ts) and the jest regression guard.
 */
import fs from 'fs';
import path from 'path';
import type { Article, Quote } from '../../src/types';
import { parseArticle } from '../../src/articles';

export interface GoldDirect {
  text: string;
  parts?: string[];
  speaker: string;
  type: 'person' | 'organization' | 'unknown';
  accept?: string[];
  fragment?: boolean;
  note?: string;
}

export interface GoldIndirect {
  text: string;
  speaker: string;
  type: 'person' | 'organization' | 'unknown';
  accept?: string[];
}

export interface GoldFile {
  article: string;
  /** Synthetic cases may carry their own article text. */
  articleText?: string;
  direct: GoldDirect[];
  nonSpeech?: string[];
  indirect?: GoldIndirect[];
}

export interface GoldCase {
  goldPath: string;
  gold: GoldFile;
  article: Article;
}

const PROJECT_ROOT = path.resolve(__dirname, '../..');
export const GOLD_DIR = path.join(PROJECT_ROOT, 'tests/fixtures/attribution');
export const CORPUS_DIR = path.resolve(PROJECT_ROOT, '../shared/news-dev/articles');
const SEED_DIR = path.join(PROJECT_ROOT, 'data/articles');

/** Where an article's text lives: inline, beside the gold file, the news-dev corpus, or data/articles. */
export function articleTextFor(goldPath: string, gold: GoldFile): { text: string; file: string } | null {
  if (typeof gold.articleText === 'string') return { text: gold.articleText, file: goldPath };
  const candidates = [path.join(path.dirname(goldPath), gold.article), path.join(CORPUS_DIR, gold.article), path.join(SEED_DIR, gold.article)];
  for (const file of candidates) if (fs.existsSync(file)) return { text: fs.readFileSync(file, 'utf8'), file };
  return null;
}

/** The blind held-out set lives in this sub-folder: scored on its own, never tuned on, never in the floors. */
export const HELDOUT_DIR = path.join(GOLD_DIR, 'heldout');

export type GoldSet = 'development' | 'heldout';

/** Which set a gold file belongs to: held-out when it lies under heldout/, development otherwise. */
export function goldSetOf(goldPath: string): GoldSet {
  const relative = path.relative(HELDOUT_DIR, goldPath);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? 'heldout' : 'development';
}

/**
 * Gold cases of one set (default: the development set, which is what the regression floors guard).
 * The development set is every gold file under `dir` except those under heldout/.
 */
export function loadGoldCases(dir: string = GOLD_DIR, set: GoldSet = 'development'): { cases: GoldCase[]; missing: string[] } {
  const files: string[] = [];
  const walk = (d: string) => {
    if (!fs.existsSync(d)) return;
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.json') && goldSetOf(p) === set) files.push(p);
    }
  };
  walk(dir);
  const cases: GoldCase[] = [];
  const missing: string[] = [];
  for (const goldPath of files.sort()) {
    const gold = JSON.parse(fs.readFileSync(goldPath, 'utf8')) as GoldFile;
    const source = articleTextFor(goldPath, gold);
    if (!source) {
      missing.push(goldPath);
      continue;
    }
    cases.push({ goldPath, gold, article: parseArticle(source.text, source.file) });
  }
  return { cases, missing };
}

/** Names compared case- and diacritics-insensitively, without a leading article or punctuation. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}' ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function speakerMatches(gold: { speaker: string; type: string; accept?: string[] }, quote: Quote): boolean {
  if (gold.type === 'unknown' || normaliseName(gold.speaker) === 'unknown') return quote.speaker.type === 'unknown';
  const predicted = normaliseName(quote.speaker.name);
  return [gold.speaker, ...(gold.accept ?? [])].some((n) => normaliseName(n) === predicted);
}

interface Span {
  start: number;
  end: number;
}

/**
 * Locate gold texts in the article body (not its front matter or title), each occurrence used once, in order.
 * A text inside quotation marks is found where a mark opens right before it, not inside a longer quotation
 * that happens to contain the same words.
 */
function locate(raw: string, texts: string[], bodyStart = 0): Array<Span | null> {
  const used = new Set<number>();
  return texts.map((text) => {
    const occurrences: number[] = [];
    for (let at = raw.indexOf(text, bodyStart); at !== -1; at = raw.indexOf(text, at + 1)) if (!used.has(at)) occurrences.push(at);
    if (occurrences.length === 0) return null;
    const opensQuote = (at: number) => /["“«'‘]\s*$/.test(raw.slice(Math.max(0, at - 3), at));
    const at = occurrences.find(opensQuote) ?? occurrences[0];
    used.add(at);
    return { start: at, end: at + text.length };
  });
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** A prediction finds a gold span when they share most of the gold text and the prediction is not far larger. */
export function substantialOverlap(gold: Span, predicted: Span): boolean {
  const shared = overlap(gold, predicted);
  return shared >= 0.5 * (gold.end - gold.start) && shared >= 0.3 * (predicted.end - predicted.start);
}

/** For a multi-part prediction, the span it covers is from its first to its last part. */
function predictedSpans(quote: Quote): Span[] {
  return quote.parts && quote.parts.length > 0 ? quote.parts : [{ start: quote.start, end: quote.end }];
}

export interface CaseError {
  kind: 'missed' | 'spurious' | 'wrongSpeaker' | 'nonSpeechTaken' | 'indirectMissed' | 'goldTextNotFound';
  text: string;
  expected?: string;
  got?: string;
  sieve?: string;
}

export interface CaseScore {
  article: string;
  goldDirect: number;
  predictedDirect: number;
  found: number;
  speakerRight: number;
  nonSpeech: number;
  nonSpeechTaken: number;
  goldIndirect: number;
  indirectFound: number;
  indirectSpeakerRight: number;
  errors: CaseError[];
  /** Per attribution sieve: found quotes (and reported speech) it attributed, and how many of those were right. */
  bySieve: Record<string, SieveTally>;
}

export interface SieveTally {
  right: number;
  total: number;
}

function tally(bySieve: Record<string, SieveTally>, sieve: string | undefined, right: boolean): void {
  const t = (bySieve[sieve ?? 'none'] ??= { right: 0, total: 0 });
  t.total++;
  if (right) t.right++;
}

export function scoreCase(gold: GoldFile, article: Article, quotes: Quote[]): CaseScore {
  const raw = article.raw;
  const direct = quotes.filter((q) => q.kind === 'direct');
  const indirect = quotes.filter((q) => q.kind === 'indirect');
  const errors: CaseError[] = [];
  const bodyStart = article.paragraphs[0]?.start ?? 0;
  const goldSpans = locate(raw, gold.direct.map((g) => g.text), bodyStart);
  const taken = new Set<number>();
  let laterPartsOfPredictions = 0;
  let found = 0;
  let speakerRight = 0;
  const bySieve: Record<string, SieveTally> = {};

  gold.direct.forEach((g, i) => {
    const span = goldSpans[i];
    if (!span) {
      errors.push({ kind: 'goldTextNotFound', text: g.text });
      return;
    }
    let match = direct.findIndex((q, k) => !taken.has(k) && predictedSpans(q).some((p) => substantialOverlap(span, p)));
    // A quotation the gold gives as an entry of its own may come out as a later part of one predicted quotation
    // ("“A,” said X, who …. “B.”" read as one split quote): the same finding, as the converse case below, and
    // that prediction counts once more among the predictions.
    if (match === -1) {
      match = direct.findIndex((q, k) => taken.has(k) && predictedSpans(q).slice(1).some((p) => substantialOverlap(span, p)));
      if (match !== -1) laterPartsOfPredictions++;
    }
    if (match === -1) {
      errors.push({ kind: 'missed', text: g.text, expected: g.speaker });
      return;
    }
    taken.add(match);
    found++;
    tally(bySieve, direct[match].sieve, speakerMatches(g, direct[match]));
    if (speakerMatches(g, direct[match])) speakerRight++;
    else errors.push({ kind: 'wrongSpeaker', text: g.text, expected: g.speaker, got: direct[match].speaker.name, sieve: direct[match].sieve });
  });

  // A quotation the gold keeps as a later part of one entry (a continuation paragraph, the second half of a
  // split quote) may come out as a quotation of its own: with the right speaker it is the same finding, not a
  // spurious one; with another speaker it is a wrong speaker.
  const laterParts: Array<{ gold: GoldDirect; span: Span }> = [];
  gold.direct.forEach((g) => {
    const spans = locate(raw, (g.parts ?? []).filter((t) => t !== g.text), bodyStart);
    for (const span of spans) if (span) laterParts.push({ gold: g, span });
  });
  let continuationsRight = 0;
  direct.forEach((q, k) => {
    if (taken.has(k)) return;
    const part = laterParts.find((lp) => predictedSpans(q).some((p) => substantialOverlap(lp.span, p)));
    if (!part) return;
    taken.add(k);
    if (speakerMatches(part.gold, q)) continuationsRight++;
    else errors.push({ kind: 'wrongSpeaker', text: q.text, expected: part.gold.speaker, got: q.speaker.name, sieve: q.sieve });
  });

  const nonSpeechSpans = locate(raw, gold.nonSpeech ?? [], bodyStart);
  let nonSpeechTaken = 0;
  direct.forEach((q, k) => {
    if (taken.has(k)) return;
    const isNonSpeech = nonSpeechSpans.some((s) => s && predictedSpans(q).some((p) => substantialOverlap(s, p)));
    if (isNonSpeech) {
      nonSpeechTaken++;
      errors.push({ kind: 'nonSpeechTaken', text: q.text, got: q.speaker.name, sieve: q.sieve });
    } else errors.push({ kind: 'spurious', text: q.text, got: q.speaker.name, sieve: q.sieve });
  });

  const indirectGold = gold.indirect ?? [];
  const indirectSpans = locate(raw, indirectGold.map((g) => g.text), bodyStart);
  let indirectFound = 0;
  let indirectSpeakerRight = 0;
  indirectGold.forEach((g, i) => {
    const span = indirectSpans[i];
    // Gold indirect text is the first words of the clause: found when a prediction covers most of them.
    const hit = span ? indirect.find((q) => overlap(span, q) >= 0.5 * (span.end - span.start)) : undefined;
    if (!hit) {
      errors.push({ kind: 'indirectMissed', text: g.text, expected: g.speaker });
      return;
    }
    indirectFound++;
    tally(bySieve, hit.sieve, speakerMatches(g, hit));
    if (speakerMatches(g, hit)) indirectSpeakerRight++;
  });

  return {
    article: gold.article,
    goldDirect: gold.direct.length,
    predictedDirect: direct.length - continuationsRight + laterPartsOfPredictions,
    found,
    speakerRight,
    nonSpeech: (gold.nonSpeech ?? []).length,
    nonSpeechTaken,
    goldIndirect: indirectGold.length,
    indirectFound,
    indirectSpeakerRight,
    errors,
    bySieve,
  };
}

export interface Summary {
  articles: number;
  goldDirect: number;
  predictedDirect: number;
  found: number;
  speakerRight: number;
  detection: { precision: number; recall: number; f1: number };
  speakerAccuracy: number;
  endToEnd: { precision: number; recall: number; f1: number };
  nonSpeech: number;
  nonSpeechTaken: number;
  indirectRecall: number;
  indirectSpeakerAccuracy: number;
  /** Speaker precision of each sieve over the found quotes it attributed. */
  bySieve: Record<string, SieveTally>;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function summarise(scores: CaseScore[]): Summary {
  const sum = (key: keyof Omit<CaseScore, 'article' | 'errors' | 'bySieve'>) => scores.reduce((t, s) => t + s[key], 0);
  const bySieve: Record<string, SieveTally> = {};
  for (const score of scores) {
    for (const [sieve, t] of Object.entries(score.bySieve)) {
      const into = (bySieve[sieve] ??= { right: 0, total: 0 });
      into.right += t.right;
      into.total += t.total;
    }
  }
  const goldDirect = sum('goldDirect');
  const predictedDirect = sum('predictedDirect');
  const found = sum('found');
  const speakerRight = sum('speakerRight');
  const dp = ratio(found, predictedDirect);
  const dr = ratio(found, goldDirect);
  const ep = ratio(speakerRight, predictedDirect);
  const er = ratio(speakerRight, goldDirect);
  return {
    articles: scores.length,
    goldDirect,
    predictedDirect,
    found,
    speakerRight,
    detection: { precision: dp, recall: dr, f1: f1(dp, dr) },
    speakerAccuracy: ratio(speakerRight, found),
    endToEnd: { precision: ep, recall: er, f1: f1(ep, er) },
    nonSpeech: sum('nonSpeech'),
    nonSpeechTaken: sum('nonSpeechTaken'),
    indirectRecall: ratio(sum('indirectFound'), sum('goldIndirect')),
    indirectSpeakerAccuracy: ratio(sum('indirectSpeakerRight'), sum('indirectFound')),
    bySieve,
  };
}
