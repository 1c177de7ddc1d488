/**
 * How a stored quote is shown to people, for every surface (Slack cards, the console, the CLI). Pure and
 * Slack-free: each surface escapes and cuts the text its own way, but what the words are, whether they
 * wear quotation marks and how reported speech is labelled is decided here, once.
 *
 * The stored text stays verbatim (search and ids depend on it); only its display changes.
 */
import type { Quote } from '../types';

/** The label every surface puts on a quote that is reported (indirect) speech, not the speaker's own words. */
export const REPORTED_SPEECH_LABEL = 'reported speech — not verbatim';

/** Opening and closing marks of a direct quote. */
export const QUOTE_MARKS = { open: '“', close: '”' } as const;

/** Reported speech ("he said the talks would go on") paraphrases: showing it in quotation marks would put words in the speaker's mouth. */
export function isReportedSpeech(quote: Pick<Quote, 'kind'>): boolean {
  return quote.kind === 'indirect';
}

/**
 * The words to show. News style ends a quote that leads into its attribution with a comma
 * (`"We will go on," he said`); that comma belongs to the sentence around the quote, so it is dropped.
 */
export function displayQuoteText(quote: Pick<Quote, 'text'>): string {
  return quote.text.trimEnd().replace(/\s*,$/, '');
}

/**
 * Put `shown` (the display text, already escaped or cut by the surface) in quotation marks when the quote
 * is verbatim; reported speech is shown bare, since it never was the speaker's wording.
 */
export function withQuoteMarks(quote: Pick<Quote, 'kind'>, shown: string): string {
  return isReportedSpeech(quote) ? shown : `${QUOTE_MARKS.open}${shown}${QUOTE_MARKS.close}`;
}
