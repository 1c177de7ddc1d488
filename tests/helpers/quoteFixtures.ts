/**
 * Hand-built articles and quotes for store and search tests, independent of the extraction stage.
 * Quotes are located in the article text by their words, so offsets and paragraphs are real.
 */
import { createHash } from 'node:crypto';
import type { Article, Quote, Speaker, SpeakerType } from '../../src/types';

export interface ArticleSpec {
  file?: string;
  title?: string | null;
  date?: string | null;
  source?: string | null;
  author?: string | null;
  url?: string | null;
  paragraphs: string[];
}

export interface QuoteSpec {
  /** The quoted words as they appear in the article. */
  text: string;
  speaker: string;
  role?: string | null;
  type?: SpeakerType;
  aliases?: string[];
  confidence?: number;
  kind?: Quote['kind'];
}

export function buildArticle(spec: ArticleSpec): Article {
  const header = spec.title ? `${spec.title}\n\n` : '';
  let raw = header;
  const paragraphs = spec.paragraphs.map((text, index) => {
    const start = raw.length;
    raw += text;
    const p = { index, start, end: raw.length, text };
    raw += '\n\n';
    return p;
  });
  const id = createHash('sha1').update(spec.paragraphs.join('\n')).digest('hex').slice(0, 16);
  return {
    file: spec.file ?? `fixtures/${id}.txt`,
    id,
    meta: {
      title: spec.title ?? null,
      date: spec.date ?? null,
      source: spec.source ?? null,
      author: spec.author ?? null,
      url: spec.url ?? null,
    },
    raw,
    paragraphs,
  };
}

export function buildSpeaker(spec: Pick<QuoteSpec, 'speaker' | 'role' | 'type' | 'aliases'>): Speaker {
  return {
    name: spec.speaker,
    role: spec.role ?? null,
    type: spec.type ?? 'person',
    aliases: spec.aliases ?? [],
  };
}

/** Quotes found in the article text in order of the specs; throws when a text is not in the article. */
export function buildQuotes(article: Article, specs: QuoteSpec[]): Quote[] {
  return specs.map((spec) => {
    const start = article.raw.indexOf(spec.text);
    if (start < 0) throw new Error(`fixture quote not in article: ${spec.text}`);
    const end = start + spec.text.length;
    const paragraph = article.paragraphs.find((p) => p.start <= start && start < p.end)?.index ?? 0;
    return {
      id: createHash('sha1').update(`${article.id}:${start}:${end}`).digest('hex').slice(0, 16),
      text: spec.text,
      speaker: buildSpeaker(spec),
      kind: spec.kind ?? 'direct',
      paragraph,
      start,
      end,
      cue: 'said',
      confidence: spec.confidence ?? 0.9,
    };
  });
}

export interface Fixture {
  article: Article;
  quotes: Quote[];
}

export function buildFixture(article: ArticleSpec, quotes: QuoteSpec[]): Fixture {
  const a = buildArticle(article);
  return { article: a, quotes: buildQuotes(a, quotes) };
}

const RAJNATH = { speaker: 'Rajnath Singh', role: 'Defence Minister', aliases: ['Rajanth Singh', 'Rajnath'] };
const MINISTRY = { speaker: 'Ministry of Defence', type: 'organization' as const, aliases: ['the defence ministry'] };

/** The seed article's five quotes, by hand (the shape the extraction stage must produce). */
export function seedFixture(): Fixture {
  return buildFixture(
    {
      file: 'data/articles/article-2023-11-11-india-us-defence.txt',
      title: 'India-US defence ties',
      date: '2023-11-11',
      source: 'Express News Service',
      author: 'Mayank Singh',
      paragraphs: [
        'NEW DELHI: With an upswing in ties with the US, Defence Minister Rajnath Singh on Friday said the India-US defence relationship has evolved into a strategic partnership.',
        'In his opening remarks, Rajanth Singh said, “The India-US defence relationship is characterized by mutual trust, shared values, and a growing recognition of common interests in maintaining regional and global security. We increasingly find ourselves in agreement on strategic issues, including countering China’s aggression, promoting a free and open Indo-Pacific and addressing regional security challenges.”',
        '“Our teams are working on substantive outcomes,” said Rajnath.',
        '“We are charting new pathways of cooperation by pursuing stronger defence, industrial engagement, easing of technology restrictions, resilient supply chains in all domains, and maritime security,” he said.',
        '“there was a particular focus on enhancing defence industrial cooperation and getting the defence industries from both sides together to cooperatively co-develop and co-produce defence systems,” said the Ministry of Defence in a statement.',
        '“They reviewed the progress of the India-US Defence Industrial Ecosystem, INDUS-X, which was launched in June this year,” the defence ministry said.',
      ],
    },
    [
      {
        ...RAJNATH,
        text: 'The India-US defence relationship is characterized by mutual trust, shared values, and a growing recognition of common interests in maintaining regional and global security. We increasingly find ourselves in agreement on strategic issues, including countering China’s aggression, promoting a free and open Indo-Pacific and addressing regional security challenges.',
      },
      { ...RAJNATH, text: 'Our teams are working on substantive outcomes' },
      {
        ...RAJNATH,
        text: 'We are charting new pathways of cooperation by pursuing stronger defence, industrial engagement, easing of technology restrictions, resilient supply chains in all domains, and maritime security',
      },
      {
        ...MINISTRY,
        text: 'there was a particular focus on enhancing defence industrial cooperation and getting the defence industries from both sides together to cooperatively co-develop and co-produce defence systems',
      },
      {
        ...MINISTRY,
        text: 'They reviewed the progress of the India-US Defence Industrial Ecosystem, INDUS-X, which was launched in June this year',
      },
    ],
  );
}

/** A second article in which Rajnath Singh speaks again, and a different Singh appears. */
export function secondFixture(): Fixture {
  return buildFixture(
    {
      file: 'data/articles/2023-12-02-naval-exercise.md',
      title: 'Navy holds joint exercise in the Bay of Bengal',
      date: '2023-12-02',
      source: 'The Hindu',
      paragraphs: [
        'CHENNAI: Defence Minister Rajnath Singh said, “The navy stands ready to protect our shores and sea lanes.”',
        'Vice Admiral Harpreet Singh added: “Exercises like this build trust between partner navies.”',
        'A senior official said, “Weather delayed the second phase by a day.”',
      ],
    },
    [
      { ...RAJNATH, aliases: ['Rajnath'], text: 'The navy stands ready to protect our shores and sea lanes.' },
      { speaker: 'Harpreet Singh', role: 'Vice Admiral', text: 'Exercises like this build trust between partner navies.' },
      { speaker: 'unknown', type: 'unknown', text: 'Weather delayed the second phase by a day.', confidence: 0.5 },
    ],
  );
}
