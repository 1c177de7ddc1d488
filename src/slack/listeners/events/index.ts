import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../context';
import { appHomeOpened } from './appHomeOpened';
import { appMention } from './appMention';
import { directMessage } from './directMessage';
import { firstDelivery } from './firstDelivery';

export function register(app: App, deps: ListenerDeps): void {
  app.event('app_mention', firstDelivery(deps), appMention(deps));
  // message.im arrives as a `message` event with channel_type "im"; the listener checks it.
  app.event('message', firstDelivery(deps), directMessage(deps));
  app.event('app_home_opened', appHomeOpened(deps));
}
