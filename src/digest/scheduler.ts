/**
 * Timers that wake the digest: one croner job per active subscription, at its time in its zone
 * (weekdays-only → Monday–Friday), plus a catch-up pass at start and a light sweep every few minutes that
 * re-reads subscriptions (another process or a slash command may have changed them) and retries failed
 * days. Every wake-up runs the same pass; passes never overlap; the pass and the ledger decide, so an
 * extra wake-up can never post twice.
 */
import { Cron } from 'croner';
import type { DigestDeps } from './deps';
import { boundedClient, clockOf } from './deps';
import { runDigestPass } from './pass';
import { listSubscriptionRows, seedSubscription } from './repository';
import type { DigestSubscription } from './types';
import { canonicalTimeZone } from './time';

const SWEEP_PATTERN = '*/5 * * * *';

/** In-process notification that subscriptions changed (from the slash command), so jobs follow at once. */
const changeListeners = new Set<() => void>();
export function notifySubscriptionsChanged(): void {
  for (const listener of changeListeners) listener();
}

export function cronPatternFor(sub: Pick<DigestSubscription, 'time' | 'weekdaysOnly'>): string {
  const [h, m] = sub.time.split(':').map(Number);
  return `${m} ${h} * * ${sub.weekdaysOnly ? '1-5' : '*'}`;
}

function jobKey(sub: DigestSubscription): string {
  return `${cronPatternFor(sub)}|${sub.timeZone}`;
}

/** DIGEST_CHANNELS → subscriptions at config.digest.time in config.digest.timeZone (UTC when unset). */
export function seedConfiguredChannels(deps: DigestDeps): string[] {
  const { config, store } = deps;
  const timeZone = (config.digest.timeZone && canonicalTimeZone(config.digest.timeZone)) || 'UTC';
  const nowIso = clockOf(deps)().toISOString();
  return config.digest.channels.filter((channelId) =>
    seedSubscription(store.db, { channelId, time: config.digest.time, timeZone, weekdaysOnly: false }, nowIso),
  );
}

export interface DigestScheduler {
  /** Settles when the catch-up pass at start has finished (tests and logs wait on it). */
  caughtUp: Promise<void>;
  /** Stops the timers and waits for a pass in flight (it may hold a claim) to finish. */
  stop(): Promise<void>;
}

export function startDigestScheduler(given: DigestDeps): DigestScheduler {
  const deps: DigestDeps = { ...given, client: boundedClient(given.client) };
  const { logger } = deps;
  const now = clockOf(deps);
  const jobs = new Map<string, { key: string; job: Cron }>();
  let stopped = false;
  let chain: Promise<void> = Promise.resolve();

  const pass = (why: string) => {
    chain = chain
      .then(async () => {
        if (stopped) return;
        const report = await runDigestPass(deps, now());
        if (report.posted.length || report.failed.length || report.paused.length) {
          logger.info({ why, posted: report.posted, failed: report.failed, paused: report.paused }, 'digest pass');
        }
      })
      .catch((e) => logger.error({ err: e, why }, 'digest pass failed'));
    return chain;
  };

  const reconcile = () => {
    if (stopped) return;
    let subs: DigestSubscription[];
    try {
      subs = listSubscriptionRows(deps.store.db).filter((s) => !s.pausedReason);
    } catch (e) {
      logger.error({ err: e }, 'digest: could not read subscriptions');
      return;
    }
    const wanted = new Map(subs.map((s) => [s.channelId, s]));
    for (const [channelId, entry] of jobs) {
      const sub = wanted.get(channelId);
      if (!sub || jobKey(sub) !== entry.key) {
        entry.job.stop();
        jobs.delete(channelId);
      }
    }
    for (const sub of subs) {
      if (jobs.has(sub.channelId)) continue;
      const job = new Cron(cronPatternFor(sub), { timezone: sub.timeZone, name: `digest:${sub.channelId}`, unref: true }, () => {
        void pass(`slot ${sub.channelId}`);
      });
      jobs.set(sub.channelId, { key: jobKey(sub), job });
    }
  };

  try {
    const seeded = seedConfiguredChannels(deps);
    if (seeded.length) logger.info({ channels: seeded }, 'digest: subscribed channels from DIGEST_CHANNELS');
  } catch (e) {
    logger.error({ err: e }, 'digest: could not seed DIGEST_CHANNELS');
  }
  reconcile();
  const onChange = () => {
    reconcile();
    void pass('subscriptions changed');
  };
  changeListeners.add(onChange);
  const sweep = new Cron(SWEEP_PATTERN, { name: 'digest:sweep', unref: true }, () => {
    reconcile();
    void pass('sweep');
  });
  // Catch up on a digest missed while the bot was down (same local day, within the grace window).
  const caughtUp = pass('start');

  return {
    caughtUp,
    async stop() {
      stopped = true;
      changeListeners.delete(onChange);
      sweep.stop();
      for (const { job } of jobs.values()) job.stop();
      jobs.clear();
      await chain;
    },
  };
}
