/**
 * A search answer as a message: the result card with paging, the who-said answer that leads with the
 * attribution, the honest "no match" (closest offered, never presented as the answer), and the question
 * back to the user when a speaker name is ambiguous or unknown.
 */
import type { Button } from '@slack/types';
import { isReportedSpeech, REPORTED_SPEECH_LABEL } from '../../search/display';
import type { SearchAnswer, SearchHit, SpeakerCandidate } from '../../search/types';
import { ACTIONS } from '../ids';
import { encodeState, type ResultState } from '../state';
import { attributionConfidence, quoteCardBlocks, quoteFallback, speakerLine } from './quoteCard';
import type { KnownBlock, SlackMessage, Surface } from './types';
import { mrkdwnText, percent, plain } from './text';

export interface AnswerOptions {
  surface: Surface;
  /** Where this answer sits in a paged walk: the query text and offset the buttons will carry. */
  state: ResultState;
}

const MAX_CANDIDATES = 5;
const MAX_SUGGESTIONS = 5;

function section(text: string, blockId: string): KnownBlock {
  return { type: 'section', block_id: blockId, text: { type: 'mrkdwn', text, verbatim: true } };
}

function echo(queryText: string): string {
  return `“${mrkdwnText(queryText.trim() || '…', 150)}”`;
}

function suggestionBlocks(suggestions: string[]): KnownBlock[] {
  if (suggestions.length === 0) return [];
  const lines = suggestions.slice(0, MAX_SUGGESTIONS).map((s) => `• ${mrkdwnText(s, 300)}`);
  return [section(lines.join('\n'), 'suggestions')];
}

const TIPS =
  'Try fewer or different words, a phrase in quotes (`/quote "open indo-pacific"`), `who said …`, `by &lt;speaker&gt;`, or `/quote help`.';

function positionLabel(answer: Extract<SearchAnswer, { type: 'results' }>, state: ResultState): string {
  return answer.total > 1 ? `Result ${state.o + 1} of ${answer.total}` : 'The one result';
}

/** The answer to a who-said question: the attribution first, then the quote card. */
function whoSaidBlocks(hit: SearchHit, answer: Extract<SearchAnswer, { type: 'results' }>, options: AnswerOptions): KnownBlock[] {
  // Reported speech is attributed just as surely, but the words are the article's, not the speaker's.
  const how = isReportedSpeech(hit.quote) ? `, in _${REPORTED_SPEECH_LABEL}_` : '';
  const lead = section(
    `${speakerLine(hit.quote)} said it${how}. _(match ${percent(hit.confidence)}, attribution ${percent(hit.quote.confidence)})_`,
    'lead',
  );
  return [
    lead,
    ...quoteCardBlocks(hit.quote, {
      surface: options.surface,
      paging: { state: options.state, total: answer.total },
      extraContext: [positionLabel(answer, options.state)],
    }),
  ];
}

function resultsMessage(answer: Extract<SearchAnswer, { type: 'results' }>, options: AnswerOptions): SlackMessage {
  const hit = answer.hits[0];
  const asked = echo(options.state.q);
  if (!hit && options.state.o > 0) {
    return {
      text: `That was the last result for ${asked}.`,
      blocks: [section(`That was the last result for ${asked} (${answer.total} in all).`, 'no_more'), section(TIPS, 'tips')],
    };
  }
  if (!hit) {
    return {
      text: `No quotes found for ${asked}.`,
      blocks: [section(`I found no quotes for ${asked}.`, 'no_results'), ...suggestionBlocks(answer.suggestions), section(TIPS, 'tips')],
    };
  }
  if (answer.noMatch) {
    const closest = quoteCardBlocks(hit.quote, {
      surface: options.surface,
      paging: { state: options.state, total: answer.total },
      extraContext: [`closest, match only ${percent(hit.confidence)}`],
    });
    return {
      text: `Nothing matches ${asked} well enough to answer. The closest I have: ${quoteFallback(hit.quote, 120)}`,
      blocks: [
        section(
          `Nothing I know matches ${asked} well enough to say who said it. The closest quote I have is below; it may not be what you mean.`,
          'no_match',
        ),
        ...suggestionBlocks(answer.suggestions),
        ...closest,
      ],
    };
  }
  if (answer.query.type === 'whoSaid') {
    return { text: quoteFallback(hit.quote), blocks: whoSaidBlocks(hit, answer, options) };
  }
  const heading = answer.speaker
    ? `${positionLabel(answer, options.state)} by *${mrkdwnText(answer.speaker.name, 200)}*`
    : `${positionLabel(answer, options.state)} for ${asked}`;
  return {
    text: quoteFallback(hit.quote),
    blocks: [
      { type: 'context', block_id: 'heading', elements: [{ type: 'mrkdwn', text: heading, verbatim: true }] },
      ...quoteCardBlocks(hit.quote, {
        surface: options.surface,
        paging: { state: options.state, total: answer.total },
        extraContext: [`match ${percent(hit.confidence)}`, attributionConfidence(hit.quote)],
      }),
    ],
  };
}

/** Buttons naming speakers; each re-runs the question with that speaker. */
function speakerButtons(candidates: SpeakerCandidate[], state: ResultState): KnownBlock[] {
  const buttons: Button[] = [];
  candidates.slice(0, MAX_CANDIDATES).forEach((c, i) => {
    const value = encodeState({ q: state.q, o: 0, s: c.name });
    if (!value) return;
    const label = c.role ? `${c.name} (${c.role})` : c.name;
    buttons.push({
      type: 'button',
      text: { type: 'plain_text', text: plain(label, 75), emoji: true },
      action_id: `${ACTIONS.chooseSpeaker}_${i}`,
      value,
    });
  });
  return buttons.length > 0 ? [{ type: 'actions', block_id: 'speaker_choice', elements: buttons }] : [];
}

function candidateLines(candidates: SpeakerCandidate[]): string {
  return candidates
    .slice(0, MAX_CANDIDATES)
    .map((c) => `• *${mrkdwnText(c.name, 200)}*${c.role ? `, ${mrkdwnText(c.role, 200)}` : ''} — ${c.quoteCount} quote${c.quoteCount === 1 ? '' : 's'}`)
    .join('\n');
}

/** Render any search answer. */
export function renderAnswer(answer: SearchAnswer, options: AnswerOptions): SlackMessage {
  switch (answer.type) {
    case 'results':
      return resultsMessage(answer, options);
    case 'ambiguousSpeaker': {
      const asked = mrkdwnText(answer.asked, 150);
      return {
        text: `Which “${asked}” do you mean?`,
        blocks: [
          section(`Several speakers match “${asked}”. Which one do you mean?`, 'ambiguous'),
          section(candidateLines(answer.candidates), 'candidates'),
          ...speakerButtons(answer.candidates, options.state),
        ],
      };
    }
    case 'unknownSpeaker': {
      const asked = mrkdwnText(answer.asked, 150);
      const blocks: KnownBlock[] = [section(`I know no speaker called “${asked}”.`, 'unknown_speaker')];
      if (answer.suggestions.length > 0) {
        blocks.push(section(`Did you mean:\n${candidateLines(answer.suggestions)}`, 'candidates'));
        blocks.push(...speakerButtons(answer.suggestions, options.state));
      } else {
        blocks.push(section('`/quote stats` lists the speakers I know best.', 'tips'));
      }
      return { text: `I know no speaker called “${asked}”.`, blocks };
    }
  }
}
