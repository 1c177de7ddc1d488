import type { AllMiddlewareArgs } from '@slack/bolt';
import { answerState } from '../../answer';
import type { ListenerDeps } from '../../context';
import { guard } from '../../guard';
import { renderNotice } from '../../renderers/catalog';
import { decodeState } from '../../state';
import { surfaceOf, type ButtonArgs } from './common';

/**
 * Previous / Next and the speaker choice buttons: the button's value holds the query and position, so the
 * card is re-rendered from it and replaces itself in place.
 */
export function pageResults(deps: ListenerDeps) {
  return async ({ ack, action, body, respond }: ButtonArgs & AllMiddlewareArgs) => {
    await ack();
    await guard(
      deps.logger,
      action.action_id,
      async () => {
        const state = decodeState(action.value);
        const message = state
          ? answerState(state, deps, { surface: surfaceOf(body), userId: body.user.id })
          : renderNotice('This button has expired. Please search again.');
        await respond({ replace_original: true, ...message });
      },
      (m) => respond({ response_type: 'ephemeral', replace_original: false, ...m }),
    );
  };
}
