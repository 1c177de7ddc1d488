/**
 * The work after an ack runs inside `guard`: a failure (the search, the store, a Slack API call or a
 * response_url that no longer works) is logged in one clear line and, where possible, told to the user
 * in friendly words; it never becomes an unhandled rejection.
 */
import type { Logger } from '../config/logger';
import { renderNotice } from './renderers/catalog';
import type { SlackMessage } from './renderers/types';

export const SORRY = 'Sorry, something went wrong on my side while answering. Please try again in a moment.';

export function sorryMessage(): SlackMessage {
  return renderNotice(SORRY);
}

function describe(err: unknown): { code?: string; message: string } {
  const e = err as { code?: string; data?: { error?: string }; message?: string };
  return { code: e?.data?.error ?? e?.code, message: e?.message ?? String(err) };
}

/**
 * Work after an ack waits its turn: one piece per turn of the event loop, so requests that have arrived
 * meanwhile are verified and acknowledged (Slack allows 3 s) before the next search runs. Without this a
 * burst of commands acknowledges late, behind the searches of the commands before it.
 */
const waiting: Array<() => void> = [];
function acknowledgementsFirst(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (waiting.length === 1) setImmediate(releaseNext);
  });
}
function releaseNext(): void {
  waiting.shift()?.();
  if (waiting.length > 0) setImmediate(releaseNext);
}

export async function guard(
  logger: Logger,
  what: string,
  work: () => Promise<void>,
  tellUser?: (message: SlackMessage) => Promise<unknown>,
): Promise<void> {
  try {
    await acknowledgementsFirst();
    await work();
  } catch (err) {
    const { code, message } = describe(err);
    logger.error({ err, code, what }, `${what} failed: ${message}`);
    if (!tellUser) return;
    try {
      await tellUser(sorryMessage());
    } catch (second) {
      logger.warn({ code: describe(second).code, what }, `${what}: could not tell the user either`);
    }
  }
}
