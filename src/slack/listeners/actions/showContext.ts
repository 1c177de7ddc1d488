import type { AllMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../../context';
import { guard } from '../../guard';
import { renderNotice } from '../../renderers/catalog';
import { renderQuoteDetail } from '../../renderers/quoteDetail';
import { renderMessageModal } from '../../renderers/searchModal';
import type { SlackMessage } from '../../renderers/types';
import { modalOf, type ButtonArgs } from './common';

/**
 * "Full quote / context": the whole quote and its paragraph, privately to whoever clicked; from the
 * search modal, as a view pushed over it (Back returns to the results).
 */
export function showContext(deps: ListenerDeps) {
  return async ({ ack, action, body, respond, client }: ButtonArgs & AllMiddlewareArgs) => {
    await ack();
    const reply = modalOf(body)
      ? (m: SlackMessage) => client.views.push({ trigger_id: body.trigger_id, view: renderMessageModal('Full quote', m) })
      : (m: SlackMessage) => respond({ response_type: 'ephemeral', replace_original: false, ...m });
    await guard(
      deps.logger,
      'show_context',
      async () => {
        const quote = deps.store.getQuote(action.value ?? '');
        await reply(quote ? renderQuoteDetail(quote) : renderNotice('That quote is no longer in my archive.'));
      },
      reply,
    );
  };
}
