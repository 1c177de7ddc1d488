import type { AllMiddlewareArgs } from '@slack/bolt';
import type { ButtonArgs } from './common';

/** The Source button opens its URL in the browser; Slack still sends the click, which only needs an ack. */
export function openSource() {
  return async ({ ack }: ButtonArgs & AllMiddlewareArgs) => {
    await ack();
  };
}
