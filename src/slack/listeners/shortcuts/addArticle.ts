import type { AllMiddlewareArgs, GlobalShortcut, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { canEdit, type ListenerDeps } from '../../context';
import { guard } from '../../guard';
import { renderAddArticleForm, renderRefusal } from '../../renderers/addArticle';

/** Slack's escapes in a message's text undone, so the form shows what the author wrote. */
function unescapeSlack(text: string): string {
  return text
    .replace(/<([^<>|]+)\|([^<>]*)>/g, '$2')
    .replace(/<(https?:[^<>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** "Add article" (global shortcut, or message shortcut prefilled with the message): opens the form. */
export function addArticle(deps: ListenerDeps) {
  return async ({ ack, shortcut, client }: SlackShortcutMiddlewareArgs<GlobalShortcut | MessageShortcut> & AllMiddlewareArgs) => {
    await ack();
    await guard(deps.logger, 'add_article', async () => {
      if (!canEdit(deps.config.editors, shortcut.user.id)) {
        deps.logger.info({ user: shortcut.user.id }, 'refused add article: not an editor');
        await client.views.open({ trigger_id: shortcut.trigger_id, view: renderRefusal() });
        return;
      }
      const text = shortcut.type === 'message_action' ? unescapeSlack(shortcut.message.text ?? '') : undefined;
      await client.views.open({ trigger_id: shortcut.trigger_id, view: renderAddArticleForm({ text }) });
    });
  };
}
