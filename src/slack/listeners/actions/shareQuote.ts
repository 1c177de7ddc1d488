import type { AllMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../../context';
import { guard } from '../../guard';
import { renderNotice } from '../../renderers/catalog';
import { renderSharedQuote } from '../../renderers/quoteDetail';
import type { ButtonArgs } from './common';

/** "Share in channel": posts the card for everyone through the response_url, credited to the sharer. */
export function shareQuote(deps: ListenerDeps) {
  return async ({ ack, action, body, respond }: ButtonArgs & AllMiddlewareArgs) => {
    await ack();
    await guard(
      deps.logger,
      'share_quote',
      async () => {
        const quote = deps.store.getQuote(action.value ?? '');
        if (!quote) {
          await respond({ response_type: 'ephemeral', replace_original: false, ...renderNotice('That quote is no longer in my archive.') });
          return;
        }
        await respond({ response_type: 'in_channel', replace_original: false, ...renderSharedQuote(quote, body.user.id) });
      },
      (m) => respond({ response_type: 'ephemeral', replace_original: false, ...m }),
    );
  };
}
