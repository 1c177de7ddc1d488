import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { answerState } from '../../answer';
import type { ListenerDeps } from '../../context';
import { guard } from '../../guard';
import { renderNotice } from '../../renderers/catalog';
import type { SlackMessage } from '../../renderers/types';
import { decodeSlack, cleanText } from '../../../search/query';

/** The longest quoted passage of at least three words in a message ("…" or “…”), if any. */
function longestQuoted(text: string): string | null {
  const spans = [...text.matchAll(/["“]([^"“”]+)["”]/g)].map((m) => m[1].trim()).filter((s) => s.split(/\s+/).length >= 3);
  return spans.sort((a, b) => b.length - a.length)[0] ?? null;
}

/**
 * The query a message asks: a who-said question about the passage it quotes, or about all its words when
 * it quotes nothing. Slack markup and quote marks are removed so the words, not the punctuation, decide.
 */
export function whoSaidQuery(messageText: string): string | null {
  const readable = decodeSlack(cleanText(messageText));
  const words = (longestQuoted(readable) ?? readable)
    .replace(/^\s*who\s+(said|says)\b:?/i, '')
    .replace(/["“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return words ? `who said ${words}` : null;
}

/** Message shortcut "Who said this?": the best stored quote for the message, privately. */
export function whoSaidThis(deps: ListenerDeps) {
  return async ({ ack, shortcut, client, respond }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs) => {
    await ack();
    const userId = shortcut.user.id;
    const tell = async (message: SlackMessage) => {
      try {
        await client.chat.postEphemeral({ channel: shortcut.channel.id, user: userId, ...message });
      } catch (err) {
        // The bot may not be in the channel (not_in_channel): the shortcut's response_url still reaches the user.
        deps.logger.warn({ code: (err as { data?: { error?: string } }).data?.error }, 'postEphemeral failed; answering via response_url');
        await respond({ response_type: 'ephemeral', ...message });
      }
    };
    await guard(
      deps.logger,
      'who_said_this',
      async () => {
        const q = whoSaidQuery(shortcut.message.text ?? '');
        await tell(q ? answerState({ q, o: 0 }, deps, { surface: 'ephemeral', userId }) : renderNotice('That message has no text I can look up.'));
      },
      tell,
    );
  };
}
