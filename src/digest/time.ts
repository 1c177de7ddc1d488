/**
 * Wall-clock arithmetic in IANA time zones, with nothing but Intl. Pure functions of (instant, zone).
 *
 * The one rule for daylight-saving edges, chosen to agree with croner (which fires the jobs):
 *  - a local time that does not exist that day (spring forward, e.g. 02:30 in New York) means the first
 *    instant after the gap (03:00 local);
 *  - a local time that happens twice (fall back, e.g. 01:30 in London) means its first occurrence.
 * So every local date has exactly one slot: a day is neither skipped nor doubled.
 */

export interface LocalDateTime {
  /** YYYY-MM-DD */
  date: string;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

export function isValidTimeZone(zone: string): boolean {
  if (!zone || !/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$|^UTC$/i.test(zone)) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone as people write it ("europe/london" → "Europe/London"), or null when it is not a zone.
 * Not ICU's resolved id, which may be a legacy alias ("Asia/Kolkata" resolves to "Asia/Calcutta").
 */
export function canonicalTimeZone(zone: string): string | null {
  const trimmed = zone.trim();
  if (!isValidTimeZone(trimmed)) return null;
  const resolved = formatterFor(trimmed).resolvedOptions().timeZone;
  if (resolved.toLowerCase() === trimmed.toLowerCase()) return resolved;
  if (/^(utc|gmt)$/i.test(trimmed)) return trimmed.toUpperCase();
  // Intl reads zone names in any case; this only makes them read well.
  return trimmed.toLowerCase().replace(/(^|[/_])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function localDateTime(instant: Date, zone: string): LocalDateTime {
  const fields: Record<string, number> = {};
  for (const p of formatterFor(zone).formatToParts(instant)) {
    if (p.type !== 'literal') fields[p.type] = Number(p.value);
  }
  const date = `${fields.year}-${pad2(fields.month)}-${pad2(fields.day)}`;
  return {
    date,
    hour: fields.hour,
    minute: fields.minute,
    second: fields.second,
    weekday: weekdayOf(date),
  };
}

export function localDate(instant: Date, zone: string): string {
  return localDateTime(instant, zone).date;
}

/** 0 = Sunday … 6 = Saturday, for a YYYY-MM-DD calendar date. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const w = weekdayOf(date);
  return w === 0 || w === 6;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Minutes the zone is ahead of UTC at this instant (New York in winter: -300). */
export function zoneOffsetMinutes(instant: Date, zone: string): number {
  const l = localDateTime(instant, zone);
  const [y, m, d] = l.date.split('-').map(Number);
  const asUtc = Date.UTC(y, m - 1, d, l.hour, l.minute, l.second);
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - whole) / 60000);
}

/** "HH:MM" or "H:MM" → minutes after midnight, or null when it is not a time of day. */
export function parseTimeOfDay(text: string): number | null {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function formatTimeOfDay(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/**
 * The instant at which the wall clock in `zone` shows `time` ("HH:MM") on `date`, per the DST rule above.
 */
export function zonedTimeToInstant(date: string, time: string, zone: string): Date {
  const minutes = parseTimeOfDay(time);
  if (minutes === null) throw new Error(`not a time of day: ${time}`);
  const [y, m, d] = date.split('-').map(Number);
  const wallAsUtc = Date.UTC(y, m - 1, d, Math.floor(minutes / 60), minutes % 60);
  const day = 24 * 60 * 60 * 1000;
  // Offsets on either side of any transition near this date; every real instant uses one of them.
  const before = zoneOffsetMinutes(new Date(wallAsUtc - day), zone);
  const after = zoneOffsetMinutes(new Date(wallAsUtc + day), zone);
  const matches = [...new Set([before, after])]
    .map((offset) => wallAsUtc - offset * 60000)
    .filter((t) => {
      const l = localDateTime(new Date(t), zone);
      return l.date === date && l.hour * 60 + l.minute === minutes;
    })
    .sort((a, b) => a - b);
  if (matches.length > 0) return new Date(matches[0]);
  // In the gap: find the transition, the first instant using the later offset, between the two readings.
  let lo = wallAsUtc - after * 60000; // still on the old offset
  let hi = wallAsUtc - before * 60000; // already on the new offset
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (zoneOffsetMinutes(new Date(mid), zone) === after) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}
