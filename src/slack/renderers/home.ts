/**
 * The App Home tab: what the bot knows (counts, top speakers, latest additions), the workspace's digest
 * subscriptions, and how to use it.
 */
import type { DigestSubscription } from '../../digest/types';
import { escapeMrkdwn } from './escape';
import { articleLine, countsLine, linesToSections, speakerLines, type CatalogStats } from './catalog';
import { helpBlocks } from './help';
import type { HomeView, KnownBlock } from './types';

const MAX_LATEST = 8;
const MAX_SUBSCRIPTIONS = 20;

/** A subscription as the Home tab lists it; the digest's summary adds the next post and any problem. */
export type HomeSubscription = DigestSubscription & { nextPostAt?: string | null; problem?: string | null };

function subscriptionLine(s: HomeSubscription): string {
  const days = s.weekdaysOnly ? 'weekdays' : 'every day';
  const problem = s.problem ?? (s.pausedReason ? `paused: ${s.pausedReason}` : null);
  const paused = problem ? ` — _${escapeMrkdwn(problem.replace(/[*_~`]/g, ''))}_` : '';
  // Channel ids come from Slack; a <#C…> reference renders the channel's name and pings no one.
  const channel = /^[CGD][A-Z0-9]+$/.test(s.channelId) ? `<#${s.channelId}>` : 'a channel';
  const tz = s.timeZone.replace(/[<>&]/g, '');
  return `• ${channel} at ${s.time.replace(/[<>&]/g, '')} ${tz}, ${days}${paused}`;
}

export interface HomeData {
  stats: CatalogStats;
  subscriptions: HomeSubscription[];
}

export function renderHome({ stats, subscriptions }: HomeData): HomeView {
  const blocks: KnownBlock[] = [
    { type: 'header', block_id: 'home_title', text: { type: 'plain_text', text: 'Quotebot: who said what' } },
    { type: 'section', block_id: 'home_counts', text: { type: 'mrkdwn', text: `I know ${countsLine(stats)}.` } },
  ];
  const speakers = speakerLines(stats).slice(0, 5);
  if (speakers.length) {
    blocks.push({ type: 'context', block_id: 'home_speakers_label', elements: [{ type: 'mrkdwn', text: 'Quoted most:' }] });
    blocks.push(...linesToSections(speakers, 'home_speakers'));
  }
  const latest = stats.latestArticles.slice(0, MAX_LATEST).map(articleLine);
  if (latest.length) {
    blocks.push({ type: 'context', block_id: 'home_latest_label', elements: [{ type: 'mrkdwn', text: 'Latest additions:' }] });
    blocks.push(...linesToSections(latest, 'home_latest'));
  }
  blocks.push({ type: 'divider' }, { type: 'header', block_id: 'home_digest_title', text: { type: 'plain_text', text: 'Daily digests' } });
  const subs = subscriptions.slice(0, MAX_SUBSCRIPTIONS).map(subscriptionLine);
  blocks.push(
    ...(subs.length
      ? linesToSections(subs, 'home_digests')
      : [{ type: 'section' as const, block_id: 'home_digests_none', text: { type: 'mrkdwn' as const, text: 'No channel gets a digest yet. In a channel, type `/quote digest on 09:00`.' } }]),
  );
  blocks.push({ type: 'divider' }, { type: 'header', block_id: 'home_help_title', text: { type: 'plain_text', text: 'How to use it' } }, ...helpBlocks('/quote'));
  return { type: 'home', blocks };
}
