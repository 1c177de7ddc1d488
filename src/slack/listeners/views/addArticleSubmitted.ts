import { randomUUID } from 'crypto';
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { ArticleError } from '../../../articles';
import { extractQuotes } from '../../../extraction';
import { articleFromForm, type FormValues } from '../../articleForm';
import { canEdit, type ListenerDeps } from '../../context';
import { ADD_FORM } from '../../ids';
import { renderArticlePreview, renderRefusal, renderNoticeModal } from '../../renderers/addArticle';
import { cleanText } from '../../renderers/text';

/** The user's words for an ArticleError: its message without the internal "slack:U…" label. */
function friendly(err: ArticleError | Error): string {
  return cleanText(err.message.replace(/slack:[UW][A-Z0-9]+:?\s*/g, '')).slice(0, 300) || 'This text could not be read as an article.';
}

/**
 * The form was submitted: read the article, extract its quotes, and replace the form with a preview.
 * Nothing is stored yet; the draft waits in memory under a token the preview carries.
 */
export function addArticleSubmitted(deps: ListenerDeps) {
  return async ({ ack, body, view }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const userId = body.user.id;
    if (!canEdit(deps.config.editors, userId)) {
      deps.logger.info({ user: userId }, 'refused article submission: not an editor');
      await ack({ response_action: 'update', view: renderRefusal() });
      return;
    }
    try {
      const article = articleFromForm(view.state.values as FormValues, userId);
      const quotes = extractQuotes(article);
      const token = randomUUID();
      deps.memory.drafts.set(token, { userId, article, quotes });
      await ack({ response_action: 'update', view: renderArticlePreview(article, quotes, token) });
    } catch (err) {
      if (err instanceof ArticleError) {
        await ack({ response_action: 'errors', errors: { [ADD_FORM.text]: friendly(err) } });
        return;
      }
      deps.logger.error({ err }, 'extracting a submitted article failed');
      await ack({ response_action: 'update', view: renderNoticeModal('Could not read it', 'Sorry, something went wrong while reading this article. Please try again.') });
    }
  };
}
