/**
 * `/quote digest …` arguments → a typed command. Pure. Words may come in any order after `on`:
 * a time (09:00, 9:30, 9am, 5:30pm), an IANA zone (Europe/London, any case), `weekdays` or `daily`.
 */
import { canonicalTimeZone, formatTimeOfDay, parseTimeOfDay } from './time';

export type DigestCommand =
  | { kind: 'on'; time?: string; timeZone?: string; weekdaysOnly?: boolean }
  | { kind: 'off' }
  | { kind: 'status' }
  | { kind: 'preview' }
  | { kind: 'help' }
  | { kind: 'invalid'; message: string };

export const DIGEST_USAGE =
  '`/quote digest on [HH:MM] [time zone] [weekdays]` subscribes this channel (e.g. `/quote digest on 08:30 Europe/London weekdays`), ' +
  '`/quote digest off` stops it, `/quote digest status` tells when the next one comes, `/quote digest preview` shows it to you now.';

/** "9am" / "5:30 pm" / "09:00" → "HH:MM", or null. */
export function parseTimeWord(word: string): string | null {
  const twentyFour = parseTimeOfDay(word);
  if (twentyFour !== null) return formatTimeOfDay(twentyFour);
  const m = /^(\d{1,2})(?::([0-5]\d))?(am|pm)$/i.exec(word.trim());
  if (!m) return null;
  const hour = Number(m[1]);
  if (hour < 1 || hour > 12) return null;
  const h24 = (hour % 12) + (m[3].toLowerCase() === 'pm' ? 12 : 0);
  return formatTimeOfDay(h24 * 60 + Number(m[2] ?? 0));
}

function parseOn(words: string[]): DigestCommand {
  const command: { kind: 'on'; time?: string; timeZone?: string; weekdaysOnly?: boolean } = { kind: 'on' };
  // "5:30 pm" arrives as two words; join a bare am/pm to the word before it.
  const joined: string[] = [];
  for (const w of words) {
    if (/^(am|pm)$/i.test(w) && joined.length > 0) joined[joined.length - 1] += w;
    else joined.push(w);
  }
  for (const word of joined) {
    const lower = word.toLowerCase();
    const time = parseTimeWord(word);
    if (time) {
      if (command.time) return { kind: 'invalid', message: `Two times given (${command.time} and ${word}); give one.` };
      command.time = time;
      continue;
    }
    if (['weekdays', 'weekday', 'workdays'].includes(lower)) {
      command.weekdaysOnly = true;
      continue;
    }
    if (['daily', 'everyday', 'every-day', 'all-days'].includes(lower)) {
      command.weekdaysOnly = false;
      continue;
    }
    const zone = canonicalTimeZone(word);
    if (zone) {
      if (command.timeZone) return { kind: 'invalid', message: `Two time zones given (${command.timeZone} and ${word}); give one.` };
      command.timeZone = zone;
      continue;
    }
    if (/^\d/.test(word)) {
      return { kind: 'invalid', message: `"${word}" is not a time of day: use 24-hour HH:MM such as 09:00 or 17:30.` };
    }
    return {
      kind: 'invalid',
      message: `"${word}" is not a time zone I know: use an IANA name such as Europe/London, America/New_York or Asia/Kolkata.`,
    };
  }
  return command;
}

/**
 * Whether a command needs the workspace's time zone (issue 6: DIGEST_TIME, DIGEST_TZ, else 09:00 in the
 * workspace's zone): only `on` without a zone, when neither DIGEST_TZ nor the channel's own subscription
 * already gives one. The caller looks the zone up only then, so other commands cost no extra API call.
 */
export function needsWorkspaceTimeZone(command: DigestCommand, known: { configuredZone?: string; channelZone?: string }): boolean {
  if (command.kind !== 'on' || command.timeZone) return false;
  return !known.configuredZone && !known.channelZone;
}

export function parseDigestArgs(args: string[]): DigestCommand {
  const words = args.flatMap((a) => a.split(/\s+/)).filter(Boolean);
  const [verb, ...rest] = words;
  switch ((verb ?? 'status').toLowerCase()) {
    case 'on':
    case 'subscribe':
    case 'start':
      return parseOn(rest);
    case 'off':
    case 'unsubscribe':
    case 'stop':
      return rest.length ? { kind: 'invalid', message: '`/quote digest off` takes nothing after it.' } : { kind: 'off' };
    case 'status':
      return { kind: 'status' };
    case 'preview':
      return { kind: 'preview' };
    case 'help':
      return { kind: 'help' };
    default:
      return { kind: 'invalid', message: `I don't know "digest ${verb}". ${DIGEST_USAGE}` };
  }
}
