import type { AllMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../../context';
import { guard } from '../../guard';
import { renderNotice } from '../../renderers/catalog';
import { renderQuoteDetail } from '../../renderers/quoteDetail';
import type { SlackMessage } from '../../renderers/types';
import type { ButtonArgs } from './common';

/** "Full quote / context": the whole quote and its paragraph, privately to whoever clicked. */
export function showContext(deps: ListenerDeps) {
  return async ({ ack, action, respond }: ButtonArgs & AllMiddlewareArgs) => {
    await ack();
    const reply = (m: SlackMessage) =>
      respond({ response_type: 'ephemeral', replace_original: false, ...m });
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
