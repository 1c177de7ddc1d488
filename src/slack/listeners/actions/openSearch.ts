import type { AllMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../../context';
import { guard } from '../../guard';
import { renderSearchModal } from '../../renderers/searchModal';
import type { ButtonArgs } from './common';

/** "Search quotes" on the daily digest: opens the search modal for whoever clicked (the trigger id lives 3 s). */
export function openSearch(deps: ListenerDeps) {
  return async ({ ack, body, client }: ButtonArgs & AllMiddlewareArgs) => {
    await ack();
    await guard(deps.logger, 'digest_search', async () => {
      await client.views.open({ trigger_id: body.trigger_id, view: renderSearchModal() });
    });
  };
}
