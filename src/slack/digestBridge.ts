/**
 * The Slack side of `/quote digest …` and of the Home tab's subscription list: the digest module decides
 * (src/digest), this only passes Slack's ids in, looks up the workspace's time zone when the digest needs
 * it, and makes sure its answer is a valid message.
 */
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../config/logger';
import { handleDigestCommand, listSubscriptions, type DigestSubscriptionSummary } from '../digest';
import { needsWorkspaceTimeZone, parseDigestArgs } from '../digest/command';
import { getSubscription } from '../digest/repository';
import { canonicalTimeZone } from '../digest/time';
import type { ListenerDeps } from './context';
import { escapeMrkdwn } from './renderers/escape';
import type { KnownBlock, SlackMessage } from './renderers/types';

export interface DigestCommandInput {
  args: string[];
  channelId: string;
  userId: string;
}

export const ZONE_UNKNOWN_NOTE =
  'I could not read your time zone from Slack, so the digest uses UTC. To choose one, add it: `/quote digest on 09:00 Europe/London`.';

/**
 * The time zone in the profile of the person subscribing, standing in for the workspace's (Slack gives a
 * bot no workspace zone; users.info needs the users:read scope). Null when Slack does not say.
 */
export async function userTimeZone(client: WebClient, userId: string, logger: Logger): Promise<string | null> {
  try {
    const res = await client.users.info({ user: userId });
    const zone = res.user?.tz ? canonicalTimeZone(res.user.tz) : null;
    if (!zone) logger.warn({ user: userId }, 'users.info gave no usable time zone; the digest falls back to UTC');
    return zone;
  } catch (err) {
    const code = (err as { data?: { error?: string }; code?: string }).data?.error ?? (err as { code?: string }).code;
    logger.warn({ user: userId, code }, `users.info failed (${code ?? 'unknown error'}); the digest falls back to UTC`);
    return null;
  }
}

export async function runDigestCommand(deps: ListenerDeps, client: WebClient, input: DigestCommandInput): Promise<SlackMessage> {
  const command = parseDigestArgs(input.args);
  const channelZone = getSubscription(deps.store.db, input.channelId)?.timeZone;
  const lookUp = needsWorkspaceTimeZone(command, { configuredZone: deps.config.digest.timeZone, channelZone });
  const teamTimeZone = lookUp ? await userTimeZone(client, input.userId, deps.logger) : null;

  const reply = await handleDigestCommand(
    { ...input, teamTimeZone: teamTimeZone ?? undefined },
    { store: deps.store, client, logger: deps.logger, config: deps.config },
  );
  // A reply without blocks is the digest's plain words (usage, or what was wrong with the input), which may
  // echo what the user typed: escaped, so `<!channel>` or a fake link typed there stays text.
  const text = reply.blocks ? reply.text : escapeMrkdwn(reply.text?.trim() ? reply.text : 'Daily digest');
  const blocks = (reply.blocks as KnownBlock[] | undefined) ?? [{ type: 'section', text: { type: 'mrkdwn', text } }];
  if (lookUp && !teamTimeZone) {
    return {
      text: `${text}\n${ZONE_UNKNOWN_NOTE}`,
      blocks: [...blocks, { type: 'context', block_id: 'digest_zone_unknown', elements: [{ type: 'mrkdwn', text: `:warning: ${ZONE_UNKNOWN_NOTE}` }] }],
    };
  }
  return { text, blocks };
}

export function digestSubscriptions(deps: ListenerDeps): DigestSubscriptionSummary[] {
  return listSubscriptions(deps.store);
}
