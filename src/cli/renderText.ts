/**
 * Plain-text rendering of search answers for the local console and the CLI: the same content the Slack
 * cards show (speaker, role, quote, source, date, short id, confidence), as readable lines.
 */
import { displayQuoteText, isReportedSpeech, REPORTED_SPEECH_LABEL, withQuoteMarks } from '../search/display';
import type { SearchAnswer, SearchHit } from '../search/types';
import type { StoredArticle, StoredQuote } from '../types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023-11-11" → "11 Nov 2023"; anything else is returned as it is. */
export function formatDate(iso: string | null): string | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

function speakerLine(quote: StoredQuote): string {
  const { name, role, type, description } = quote.speaker;
  if (type === 'unknown') return `unknown speaker${description ? ` (${description})` : ''}`;
  return role ? `${name}, ${role}` : name;
}

export function articleLine(article: StoredArticle): string {
  return [article.source, formatDate(article.date), article.title ? `“${article.title}”` : null, article.url]
    .filter(Boolean)
    .join(' · ');
}

function hitLines(hit: SearchHit, index: number): string[] {
  const q = hit.quote;
  const label = isReportedSpeech(q) ? ` (${REPORTED_SPEECH_LABEL})` : '';
  return [
    `${index}. ${withQuoteMarks(q, displayQuoteText(q))}${label}`,
    `   — ${speakerLine(q)}`,
    `   ${articleLine(q.article)}  [${q.shortId}] match ${percent(hit.confidence)}`,
  ];
}

export function renderAnswerText(answer: SearchAnswer): string {
  switch (answer.type) {
    case 'ambiguousSpeaker':
      return [
        `More than one speaker matches “${answer.asked}”. Which one do you mean?`,
        ...answer.candidates.map((c) => `  • by ${c.name}${c.role ? ` (${c.role})` : ''} — ${c.quoteCount} quote(s)`),
      ].join('\n');
    case 'unknownSpeaker':
      return [
        `I know no speaker called “${answer.asked}”.`,
        ...(answer.suggestions.length
          ? ['Did you mean:', ...answer.suggestions.map((c) => `  • by ${c.name}${c.role ? ` (${c.role})` : ''}`)]
          : ['Try `sources` to see the articles I know, or `stats` for the speakers.']),
      ].join('\n');
    case 'results':
      return renderResults(answer);
  }
}

function renderResults(answer: Extract<SearchAnswer, { type: 'results' }>): string {
  const lines: string[] = [];
  const { hits, noMatch, suggestions } = answer;
  if (hits.length === 0) {
    lines.push('No quote matches that.');
  } else if (noMatch) {
    lines.push('No quote matches that well enough to be an answer. The closest:');
  } else if (answer.query.type === 'whoSaid') {
    const top = hits[0].quote;
    lines.push(
      `${top.speaker.type === 'unknown' ? 'An unnamed speaker' : speakerLine(top)} said it` +
        ` — ${articleLine(top.article)} (match ${percent(hits[0].confidence)})`,
    );
  } else if (answer.speaker) {
    lines.push(`Quotes by ${answer.speaker.name}${answer.speaker.role ? `, ${answer.speaker.role}` : ''}:`);
  }
  hits.forEach((hit, i) => lines.push(...hitLines(hit, answer.offset + i + 1)));
  if (hits.length > 0 && answer.offset + hits.length < answer.total) {
    lines.push(`(${answer.offset + hits.length} of ${answer.total} — type \`next\` for more)`);
  }
  for (const s of suggestions) lines.push(`Tip: ${s}`);
  return lines.join('\n');
}
