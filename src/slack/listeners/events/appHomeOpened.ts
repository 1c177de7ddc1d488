import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../../context';
import { digestSubscriptions } from '../../digestBridge';
import { guard } from '../../guard';
import { renderHome } from '../../renderers/home';

/** Publishes the Home tab each time a user opens it, so the numbers are current. */
export function appHomeOpened(deps: ListenerDeps) {
  return async ({ event, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    if (event.tab !== 'home') return;
    await guard(deps.logger, 'app_home_opened', async () => {
      const view = renderHome({ stats: deps.store.stats(), subscriptions: digestSubscriptions(deps) });
      await client.views.publish({ user_id: event.user, view });
    });
  };
}
