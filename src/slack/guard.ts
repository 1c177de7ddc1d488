/**
 * The work after an ack runs inside `guard`: a failure (the search, the store, a Slack API call or a
 * response_url that no longer works) is logged in one clear line and, where possible, told to the user
 * in friendly words; it never becomes an unhandled rejection.
 */
import type { Logger } from '../config/logger';
import { renderNotice } from './renderers/catalog';
import type { SlackMessage } from './renderers/types';

export const SORRY = 'Sorry, something went wrong on my side while answering. Please try again in a moment.';
export const BUSY = 'I am busy answering many requests right now; please try again in a moment.';

/**
 * Load shedding: at most this many answers wait for their turn. Beyond it a new request is told BUSY at
 * once instead of queueing, so an overload costs some users a retry rather than costing everyone seconds
 * of delay and the process unbounded memory. A search costs ~1–6 ms of CPU (docs/reliability.md §6), so
 * a full queue is roughly one second of work: well inside the time a user waits for an answer.
 */
export const MAX_WAITING_ANSWERS = 200;

export function sorryMessage(): SlackMessage {
  return renderNotice(SORRY);
}

export function busyMessage(): SlackMessage {
  return renderNotice(BUSY);
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

/** Requests told BUSY in the current overload; the first and the last of an overload log one line each. */
let shedding = 0;

/** Whether a new piece of work must be refused now (see MAX_WAITING_ANSWERS). */
function mustShed(): boolean {
  return waiting.length >= MAX_WAITING_ANSWERS;
}

/** Answers waiting for their turn now (for tests and diagnostics). */
export function waitingAnswers(): number {
  return waiting.length;
}

export async function guard(
  logger: Logger,
  what: string,
  work: () => Promise<void>,
  tellUser?: (message: SlackMessage) => Promise<unknown>,
): Promise<void> {
  try {
    // Work nobody can be told about (no tellUser) is never shed: it is rare and must not be lost silently.
    if (tellUser && mustShed()) {
      if (shedding++ === 0) logger.warn({ what, waiting: waiting.length }, `overloaded: ${MAX_WAITING_ANSWERS} answers waiting; telling new requests to try again`);
      await tellUser(busyMessage());
      return;
    }
    if (shedding > 0 && waiting.length === 0) {
      logger.info({ shed: shedding }, `overload over: ${shedding} requests were told to try again`);
      shedding = 0;
    }
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
