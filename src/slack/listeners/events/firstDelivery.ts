import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../../context';

/**
 * Slack redelivers an event when it did not see our ack in time (X-Slack-Retry-Num / retry_num). We ack
 * before working, so a retry means the first delivery is already being answered: answering again would
 * post twice. Retries are dropped, and so is any event id already seen (a redelivery without the header).
 */
export function firstDelivery(deps: ListenerDeps) {
  return async ({ context, body, next }: SlackEventMiddlewareArgs & AllMiddlewareArgs) => {
    const eventId = (body as { event_id?: string }).event_id;
    if (context.retryNum !== undefined && context.retryNum > 0) {
      deps.logger.info({ eventId, retryNum: context.retryNum, reason: context.retryReason }, 'ignored a retried Slack event');
      return;
    }
    if (eventId) {
      if (deps.memory.seenEvents.has(eventId)) {
        deps.logger.info({ eventId }, 'ignored a duplicate Slack event');
        return;
      }
      deps.memory.seenEvents.set(eventId, true);
    }
    await next();
  };
}
