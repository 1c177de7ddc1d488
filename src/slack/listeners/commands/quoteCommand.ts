import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { answerText } from '../../answer';
import { canEdit, type ListenerDeps } from '../../context';
import { guard } from '../../guard';
import { renderAddArticleForm } from '../../renderers/addArticle';
import { renderNotice } from '../../renderers/catalog';
import type { SlackMessage } from '../../renderers/types';
import { REFUSAL } from '../../renderers/addArticle';
import { runDigestCommand } from '../../digestBridge';

/** `/quote …`: ack at once, then answer privately through the response_url. */
export function quoteCommand(deps: ListenerDeps) {
  return async ({ command, ack, respond, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    const reply = (message: SlackMessage) => respond({ response_type: 'ephemeral', ...message });
    await guard(
      deps.logger,
      '/quote',
      async () => {
        const answer = answerText(command.text ?? '', deps, { surface: 'ephemeral', userId: command.user_id, helpPrefix: '/quote' });
        switch (answer.kind) {
          case 'message':
            await reply(answer.message);
            return;
          case 'add':
            if (!canEdit(deps.config.editors, command.user_id)) {
              deps.logger.info({ user: command.user_id }, 'refused /quote add: not an editor');
              await reply(renderNotice(REFUSAL));
              return;
            }
            await client.views.open({ trigger_id: command.trigger_id, view: renderAddArticleForm() });
            return;
          case 'digest':
            await reply(await runDigestCommand(deps, client, { args: answer.args, channelId: command.channel_id, userId: command.user_id }));
            return;
        }
      },
      reply,
    );
  };
}
