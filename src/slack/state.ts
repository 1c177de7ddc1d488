/**
 * What a button remembers. Slack gives each button a value of up to 2000 characters and hands it back on
 * click, so paging state lives there instead of on the server: the query text, the offset and a speaker
 * the user picked. Decoding never trusts the value: anything malformed gives null.
 */
export const BUTTON_VALUE_MAX = 2000;

export interface ResultState {
  /** The query text as the user typed it. */
  q: string;
  /** Offset of the hit the card shows. */
  o: number;
  /** A speaker name chosen from the candidates of an ambiguous question, overriding the query's. */
  s?: string;
}

/** The JSON for a button value, or null when it would not fit Slack's limit. */
export function encodeState(state: ResultState): string | null {
  const value = JSON.stringify(state);
  return value.length <= BUTTON_VALUE_MAX ? value : null;
}

export function decodeState(value: string | undefined | null): ResultState | null {
  if (!value) return null;
  try {
    const v = JSON.parse(value);
    if (!v || typeof v !== 'object' || typeof v.q !== 'string') return null;
    const o = Number.isInteger(v.o) && v.o >= 0 ? v.o : 0;
    const s = typeof v.s === 'string' && v.s.trim() !== '' ? v.s : undefined;
    return s ? { q: v.q, o, s } : { q: v.q, o };
  } catch {
    return null;
  }
}
