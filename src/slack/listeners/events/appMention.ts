import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { answerText } from '../../answer';
import type { ListenerDeps } from '../../context';
import { guard } from '../../guard';
import { renderNotice } from '../../renderers/catalog';
import type { SlackMessage } from '../../renderers/types';

/** `@Quotebot who said …`: answers in the mention's thread (or the thread it was made in). */
export function appMention(deps: ListenerDeps) {
  return async ({ event, client }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs) => {
    const threadTs = event.thread_ts ?? event.ts;
    const post = (message: SlackMessage) =>
      client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, unfurl_links: false, unfurl_media: false, ...message });
    await guard(
      deps.logger,
      'app_mention',
      async () => {
        const reply = answerText(event.text ?? '', deps, { surface: 'public', userId: event.user, helpPrefix: '@Quotebot' });
        if (reply.kind === 'message') await post(reply.message);
        else if (reply.kind === 'add') await post(renderNotice('To add an article, use `/quote add` or the “Add article” shortcut.'));
        else await post(renderNotice('Digests are managed with `/quote digest …` in the channel.'));
      },
      post,
    );
  };
}
