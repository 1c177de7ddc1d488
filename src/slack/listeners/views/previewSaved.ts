import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { canEdit, type ListenerDeps } from '../../context';
import { renderNoticeModal, renderRefusal, renderSaved } from '../../renderers/addArticle';

/** Save on the preview: store the article and its quotes in one transaction and say how many were added. */
export function previewSaved(deps: ListenerDeps) {
  return async ({ ack, body, view }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const userId = body.user.id;
    const token = view.private_metadata;
    const draft = token ? deps.memory.drafts.get(token) : undefined;
    if (!canEdit(deps.config.editors, userId)) {
      await ack({ response_action: 'update', view: renderRefusal() });
      return;
    }
    if (!draft || draft.userId !== userId) {
      await ack({ response_action: 'update', view: renderNoticeModal('Preview expired', 'This preview has expired. Please add the article again.') });
      return;
    }
    try {
      const result = deps.store.ingest(draft.article, draft.quotes);
      deps.memory.drafts.delete(token);
      deps.logger.info({ user: userId, articleId: result.articleId, quotesAdded: result.quotesAdded }, 'article added from Slack');
      await ack({ response_action: 'update', view: renderSaved(draft.article.meta.title, result.quotesAdded, result.added) });
    } catch (err) {
      deps.logger.error({ err, user: userId }, 'saving an article from Slack failed');
      await ack({
        response_action: 'update',
        view: renderNoticeModal('Not saved', 'Sorry, I could not save this article right now (the archive cannot be written). Nothing was changed; please try again later.'),
      });
    }
  };
}
