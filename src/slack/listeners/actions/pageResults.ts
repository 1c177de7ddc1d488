import type { AllMiddlewareArgs } from '@slack/bolt';
import { answerState } from '../../answer';
import type { ListenerDeps } from '../../context';
import { guard } from '../../guard';
import { renderNotice } from '../../renderers/catalog';
import { renderSearchModal } from '../../renderers/searchModal';
import type { SlackMessage } from '../../renderers/types';
import { decodeState } from '../../state';
import { modalOf, surfaceOf, type ButtonArgs } from './common';

/**
 * Previous / Next and the speaker choice buttons: the button's value holds the query and position, so the
 * card is re-rendered from it and replaces itself in place: in its message, or in the search modal.
 */
export function pageResults(deps: ListenerDeps) {
  return async ({ ack, action, body, respond, client }: ButtonArgs & AllMiddlewareArgs) => {
    await ack();
    const state = decodeState(action.value);
    const modal = modalOf(body);
    const show = modal
      ? (m: SlackMessage) => client.views.update({ view_id: modal.id, hash: modal.hash, view: renderSearchModal(state?.q, m) })
      : (m: SlackMessage) => respond({ replace_original: true, ...m });
    await guard(
      deps.logger,
      action.action_id,
      async () => {
        await show(
          state
            ? answerState(state, deps, { surface: surfaceOf(body), userId: body.user.id })
            : renderNotice('This button has expired. Please search again.'),
        );
      },
      modal ? show : (m) => respond({ response_type: 'ephemeral', replace_original: false, ...m }),
    );
  };
}
