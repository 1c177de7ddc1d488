import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { answerAsMessage } from '../../answer';
import type { ListenerDeps } from '../../context';
import { sorryMessage } from '../../guard';
import { SEARCH_FORM } from '../../ids';
import { renderSearchModal } from '../../renderers/searchModal';

/**
 * Search in the search modal: answered inside the modal (response_action "update") with what `/quote`
 * would say, the query kept in the input so the user can refine it. The search is synchronous and fast,
 * so it fits in the ack; a failure shows the usual apology in the modal instead of Slack's generic error.
 */
export function searchSubmitted(deps: ListenerDeps) {
  return async ({ ack, body, view }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const query = view.state.values[SEARCH_FORM.query]?.[SEARCH_FORM.query]?.value ?? '';
    let answer;
    try {
      answer = answerAsMessage(query, deps, { surface: 'public', userId: body.user.id, helpPrefix: '/quote' });
    } catch (err) {
      deps.logger.error({ err, what: 'search_quotes' }, 'search_quotes failed: the search modal could not answer');
      answer = sorryMessage();
    }
    await ack({ response_action: 'update', view: renderSearchModal(query, answer) });
  };
}
