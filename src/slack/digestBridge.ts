/**
 * The Slack side of `/quote digest …` and of the Home tab's subscription list: the digest module decides
 * (src/digest), this only passes Slack's ids in and makes sure its answer is a valid message.
 */
import type { WebClient } from '@slack/web-api';
import { handleDigestCommand, listSubscriptions, type DigestSubscriptionSummary } from '../digest';
import type { ListenerDeps } from './context';
import type { KnownBlock, SlackMessage } from './renderers/types';

export interface DigestCommandInput {
  args: string[];
  channelId: string;
  userId: string;
}

export async function runDigestCommand(deps: ListenerDeps, client: WebClient, input: DigestCommandInput): Promise<SlackMessage> {
  const reply = await handleDigestCommand(input, { store: deps.store, client, logger: deps.logger, config: deps.config });
  const text = reply.text?.trim() ? reply.text : 'Daily digest';
  return { text, blocks: (reply.blocks as KnownBlock[] | undefined) ?? [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}

export function digestSubscriptions(deps: ListenerDeps): DigestSubscriptionSummary[] {
  return listSubscriptions(deps.store);
}
