/**
 * "Full quote / context": the whole quote (never cut) and the paragraph around it, split into as many
 * sections as Block Kit limits need; and the copy of a card a user shared with the channel.
 */
import { displayQuoteText, isReportedSpeech, REPORTED_SPEECH_LABEL, withQuoteMarks } from '../../search/display';
import type { StoredQuote } from '../../types';
import { quoteCardBlocks, quoteFallback, speakerLine, contextLine } from './quoteCard';
import type { KnownBlock, SlackMessage } from './types';
import { blockQuote, chunkEscaped, cleanText, userMention } from './text';

/** Room for the whole quote and its paragraph while staying well inside 50 blocks. */
const MAX_CHUNKS_EACH = 20;

function chunkSections(text: string, idPrefix: string, asQuote: boolean): KnownBlock[] {
  const chunks = chunkEscaped(text);
  const shown = chunks.slice(0, MAX_CHUNKS_EACH);
  const blocks: KnownBlock[] = shown.map((chunk, i) => ({
    type: 'section',
    block_id: `${idPrefix}_${i}`,
    text: { type: 'mrkdwn', text: asQuote ? blockQuote(chunk) : chunk, verbatim: true },
  }));
  if (chunks.length > shown.length) {
    blocks.push({
      type: 'context',
      block_id: `${idPrefix}_more`,
      elements: [{ type: 'mrkdwn', text: `…${chunks.length - shown.length} more part(s) are in the article itself.` }],
    });
  }
  return blocks;
}

/** "*Rajnath Singh*, Defence Minister said:", or for reported speech, said so plainly. */
function saidLine(quote: StoredQuote): string {
  return isReportedSpeech(quote) ? `${speakerLine(quote)} said (_${REPORTED_SPEECH_LABEL}_):` : `${speakerLine(quote)} said:`;
}

export function renderQuoteDetail(quote: StoredQuote): SlackMessage {
  const blocks: KnownBlock[] = [
    { type: 'section', block_id: 'speaker', text: { type: 'mrkdwn', text: saidLine(quote), verbatim: true } },
    ...chunkSections(withQuoteMarks(quote, displayQuoteText(quote)), 'full_quote', true),
  ];
  const context = cleanText(quote.context ?? '').trim();
  if (context && context !== cleanText(quote.text).trim()) {
    blocks.push({ type: 'divider' });
    blocks.push({ type: 'context', block_id: 'context_label', elements: [{ type: 'mrkdwn', text: `In context (paragraph ${quote.paragraph + 1}):` }] });
    blocks.push(...chunkSections(context, 'paragraph', false));
  }
  blocks.push({ type: 'context', block_id: 'quote_context', elements: [{ type: 'mrkdwn', text: contextLine(quote), verbatim: true }] });
  return { text: quoteFallback(quote), blocks };
}

/** The card as the channel sees it when a user shares it: no controls, credited to who shared it. */
export function renderSharedQuote(quote: StoredQuote, sharedByUserId: string): SlackMessage {
  const who = userMention(sharedByUserId) ?? 'a teammate';
  return {
    text: quoteFallback(quote),
    blocks: quoteCardBlocks(quote, { surface: 'shared', sharedBy: who }),
  };
}

