/**
 * A deterministic synthetic newsroom archive for the search benchmark.
 *
 * Quote text comes from a word-bigram model trained on real quotations (the attribution fixtures, plus the
 * Wikinews development corpus when it sits beside the project in ../shared/news-dev), so sentences have the
 * shape, function words and phrase repetition of real quotes. Real archives also keep growing a vocabulary
 * of names, places and numbers: a Zipf-distributed stock of invented proper nouns and numbers is woven in.
 * Speakers (people with roles and organisations) are drawn with Zipf popularity. Same seed → same archive.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Article, Quote, Speaker } from '../src/types';

/** Bump when the generator changes, so cached stores are rebuilt. */
export const GENERATOR_VERSION = 3;

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sampler of ranks 0..n-1 with probability ∝ 1/(rank+1)^s. */
function zipf(n: number, s: number, rnd: () => number): () => number {
  const cum = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += 1 / Math.pow(i + 1, s);
    cum[i] = total;
  }
  return () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const ROOT = path.resolve(__dirname, '..');

/** Real quotation and news text to learn sentence shape from. */
export function loadCorpus(): { sentences: string[][]; words: number; sources: string[] } {
  const texts: string[] = [];
  const sources: string[] = [];
  const fixtures = path.join(ROOT, 'tests/fixtures/attribution');
  for (const file of fs.readdirSync(fixtures).filter((f) => f.endsWith('.json')).sort()) {
    const data = JSON.parse(fs.readFileSync(path.join(fixtures, file), 'utf8')) as Record<string, unknown>;
    for (const key of ['direct', 'indirect']) {
      for (const q of (data[key] as Array<{ text?: string; parts?: string[] }> | undefined) ?? []) {
        texts.push(q.text ?? '', ...(q.parts ?? []));
      }
    }
  }
  sources.push('tests/fixtures/attribution (quotes)');
  const news = path.resolve(ROOT, '../shared/news-dev/articles');
  if (fs.existsSync(news)) {
    for (const file of fs.readdirSync(news).filter((f) => f.endsWith('.txt')).sort()) {
      const body = fs.readFileSync(path.join(news, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
      texts.push(body);
    }
    sources.push('../shared/news-dev/articles (Wikinews bodies)');
  }
  const sentences: string[][] = [];
  let words = 0;
  for (const t of texts) {
    for (const s of t.replace(/\[\.\.\.\]|[“”"]/g, ' ').split(/(?<=[.!?])\s+/)) {
      const ws = s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
      if (ws.length >= 4) {
        sentences.push(ws);
        words += ws.length;
      }
    }
  }
  return { sentences, words, sources };
}

/** Word bigram chain: from each word, the words that followed it (duplicates keep frequencies). */
class Bigrams {
  private readonly next = new Map<string, string[]>();
  private readonly starts: string[] = [];
  constructor(sentences: string[][]) {
    for (const s of sentences) {
      this.starts.push(s[0]);
      for (let i = 0; i < s.length; i++) {
        const key = s[i];
        const follower = i + 1 < s.length ? s[i + 1] : '';
        const list = this.next.get(key);
        if (list) list.push(follower);
        else this.next.set(key, [follower]);
      }
    }
  }
  sentence(rnd: () => number, maxWords: number): string[] {
    const out = [this.starts[Math.floor(rnd() * this.starts.length)]];
    while (out.length < maxWords) {
      const options = this.next.get(out[out.length - 1]);
      if (!options) break;
      const w = options[Math.floor(rnd() * options.length)];
      if (!w) break;
      out.push(w);
    }
    return out;
  }
}

const SYLLABLES = 'ka lo mi ra ten sor vel da an bri co gan hol is jun kre lu mar nor os pa qui ron sa ti ul var wen yor zel'.split(' ');
const FIRST = (
  'Aisha Ahmed Alan Alejandro Amara Ana Andrei Anita Arjun Aylin Ben Carlos Chen Chloe Daniel David Dmitri Elena Emma Fatima ' +
  'Felix Gabriel Grace Hana Hassan Ibrahim Ingrid Isabel Jack James Jin Joao Jose Julia Kamala Karen Kenji Lars Layla Lena Leo ' +
  'Lin Lucas Maria Mark Maya Mehmet Mei Michael Mohammed Nadia Naomi Nikolai Noah Olga Omar Pablo Patrick Pedro Priya Rahul ' +
  'Rajnath Rosa Sakura Samuel Sara Sergei Sofia Sunita Tariq Thomas Tomas Valentina Victor Wei Yara Yusuf Zainab Zoe'
).split(' ');
const SURNAMES = (
  'Abe Adeyemi Ahmed Ali Alvarez Anderson Bakr Banerjee Becker Bianchi Brown Campbell Chan Chaudhry Costa Cruz Dubois Edwards ' +
  'Fernandez Fischer Garcia Gomez Gonzalez Gupta Haddad Hansen Hernandez Hoffmann Hughes Ibrahim Ivanov Jensen Johnson Kaur ' +
  'Khan Kim Kowalski Kumar Larsen Laurent Lee Lopez Martin Martinez Meyer Miller Mokoena Moreau Muller Murphy Nakamura Nguyen ' +
  'Novak Okafor Okonkwo Olsen Ortiz Park Patel Perez Petrov Popescu Rahman Ramirez Reddy Rossi Russo Sanchez Santos Schmidt ' +
  'Schneider Sharma Silva Singh Smith Sokolov Suzuki Tanaka Taylor Thompson Tran Vargas Volkov Wagner Walker Wang Weber ' +
  'Williams Wilson Wong Yamamoto Yilmaz Zhang Zhou'
).split(' ');
const ROLES = [
  'Defence Minister', 'Foreign Minister', 'Prime Minister', 'President', 'spokesperson', 'police chief', 'mayor', 'senator',
  'chief executive', 'professor of economics', 'union leader', 'health minister', 'coach', 'judge', 'lawyer', 'governor',
  'fire chief', 'lead researcher', 'ambassador', 'opposition leader',
];
const ORG_KINDS = ['Ministry of {x}', '{x} Police', '{x} Health Authority', 'the {x} Council', '{x} Football Club', '{x} University'];
const SOURCES = ['Express News Service', 'Reuters', 'Associated Press', 'The Hindu', 'BBC News', 'Wikinews', 'Agence France-Presse', 'The Guardian'];

export interface SyntheticArchive {
  speakers: Speaker[];
  /** Articles in order, each with its quotes, generated lazily (a million quotes do not fit comfortably in memory). */
  articles(): Generator<{ article: Article; quotes: Quote[] }>;
  corpus: { words: number; sources: string[] };
}

function pseudoWord(i: number): string {
  let n = i + 7;
  let w = '';
  do {
    w += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return w[0].toUpperCase() + w.slice(1);
}

/** Speakers for an archive of `quotes` quotes: more speakers in bigger archives, as in real ones. */
function makeSpeakers(count: number, rnd: () => number): Speaker[] {
  const seen = new Set<string>();
  const speakers: Speaker[] = [];
  let guard = 0;
  while (speakers.length < count && guard++ < count * 50) {
    if (rnd() < 0.1) {
      const place = pseudoWord(Math.floor(rnd() * 5000));
      const name = ORG_KINDS[Math.floor(rnd() * ORG_KINDS.length)].replace('{x}', place).replace(/^the /, '');
      if (seen.has(name)) continue;
      seen.add(name);
      speakers.push({ name, role: null, type: 'organization', aliases: [`the ${name.split(' ').slice(-1)[0].toLowerCase()}`] });
      continue;
    }
    const first = FIRST[Math.floor(rnd() * FIRST.length)];
    // Beyond the stock of common surnames, invented ones: archives hold far more family names than a list.
    const surname = rnd() < 0.6 ? SURNAMES[Math.floor(rnd() * SURNAMES.length)] : pseudoWord(Math.floor(rnd() * 20000));
    const name = `${first} ${surname}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const role = rnd() < 0.6 ? ROLES[Math.floor(rnd() * ROLES.length)] : null;
    speakers.push({ name, role, type: 'person', aliases: [surname, first] });
  }
  return speakers;
}

export function speakerCountFor(quotes: number): number {
  return Math.max(100, Math.round(Math.sqrt(quotes) * 5));
}

/** Generate an archive of about `quoteCount` quotes (exactly that many), deterministically from `seed`. */
export function generateArchive(quoteCount: number, seed = 20231111): SyntheticArchive {
  const rnd = mulberry32(seed);
  const corpus = loadCorpus();
  const chain = new Bigrams(corpus.sentences);
  const speakers = makeSpeakers(speakerCountFor(quoteCount), rnd);
  const pickSpeaker = zipf(speakers.length, 1, rnd);
  const properNouns = zipf(50_000, 1.1, rnd);
  const quoteLength = () => 20 + Math.floor((rnd() + rnd() + rnd()) / 3 * 60); // 20–80 words, mean 50

  function quoteText(): string {
    const target = quoteLength();
    const out: string[] = [];
    while (out.length < target) {
      const s = chain.sentence(rnd, target - out.length + 5);
      for (let i = 0; i < s.length; i++) {
        const r = rnd();
        if (r < 0.03) s[i] = pseudoWord(properNouns());
        else if (r < 0.04) s[i] = String(Math.floor(rnd() * (rnd() < 0.5 ? 100 : 100000)));
      }
      out.push(...s);
    }
    let text = out.slice(0, target).join(' ').replace(/[,;:]$/, '');
    text = text[0].toUpperCase() + text.slice(1);
    return text;
  }

  const start = Date.UTC(2015, 0, 1);
  const articleCount = quoteCount / 8;
  function* articles(): Generator<{ article: Article; quotes: Quote[] }> {
  let made = 0;
  let n = 0;
  while (made < quoteCount) {
    const perArticle = Math.min(quoteCount - made, 4 + Math.floor(rnd() * 9));
    const cast = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => speakers[pickSpeaker()]);
    const title = chain.sentence(rnd, 10).join(' ').replace(/[.,;:!?]+$/, '');
    const paragraphs: Article['paragraphs'] = [];
    let raw = `${title}\n\n`;
    const pending: Array<{ text: string; speaker: Speaker; start: number; end: number; paragraph: number }> = [];
    for (let i = 0; i < perArticle; i++) {
      const speaker = cast[Math.floor(rnd() * cast.length)];
      const text = quoteText();
      const pStart = raw.length;
      raw += '“';
      const qStart = raw.length;
      raw += text;
      const qEnd = raw.length;
      raw += `,” said ${speaker.role ? `${speaker.role} ` : ''}${speaker.name}.`;
      paragraphs.push({ index: i, start: pStart, end: raw.length, text: raw.slice(pStart) });
      raw += '\n\n';
      pending.push({ text, speaker, start: qStart, end: qEnd, paragraph: i });
    }
    const id = createHash('sha1').update(`synthetic:${seed}:${n}:${raw}`).digest('hex').slice(0, 16);
    // Nine years of news, oldest first.
    const date = new Date(start + Math.floor(Math.min(1, n / articleCount) * 365 * 9) * 86_400_000).toISOString().slice(0, 10);
    const article: Article = {
      file: `synthetic/${String(n).padStart(7, '0')}.txt`,
      id,
      meta: { title, date, source: SOURCES[n % SOURCES.length], author: null, url: null },
      raw,
      paragraphs,
    };
    const quotes: Quote[] = pending.map((p) => ({
      id: createHash('sha1').update(`${id}:${p.start}:${p.end}`).digest('hex').slice(0, 16),
      text: p.text,
      speaker: p.speaker,
      kind: 'direct',
      paragraph: p.paragraph,
      start: p.start,
      end: p.end,
      cue: 'said',
      confidence: 0.9,
    }));
    yield { article, quotes };
    made += perArticle;
    n++;
  }
  }
  return { speakers, articles, corpus: { words: corpus.words, sources: corpus.sources } };
}
