import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { answerText } from '../../answer';
import type { ListenerDeps } from '../../context';
import { guard } from '../../guard';
import { renderNotice } from '../../renderers/catalog';
import type { SlackMessage } from '../../renderers/types';

/** A direct message to the bot is answered like the slash command; bots, edits and joins are ignored. */
export function directMessage(deps: ListenerDeps) {
  return async ({ event, client }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs) => {
    const message = event as { channel_type?: string; subtype?: string; bot_id?: string; text?: string; user?: string; channel: string };
    if (message.channel_type !== 'im' || message.subtype !== undefined || message.bot_id || !message.user) return;
    const post = (m: SlackMessage) => client.chat.postMessage({ channel: message.channel, unfurl_links: false, unfurl_media: false, ...m });
    await guard(
      deps.logger,
      'message.im',
      async () => {
        const reply = answerText(message.text ?? '', deps, { surface: 'public', userId: message.user, helpPrefix: '/quote' });
        if (reply.kind === 'message') await post(reply.message);
        else if (reply.kind === 'add') await post(renderNotice('To add an article, use `/quote add` or the “Add article” shortcut.'));
        else await post(renderNotice('Digests are for channels: type `/quote digest …` in the channel that should get one.'));
      },
      post,
    );
  };
}
