/**
 * The raw header some newspaper exports carry before the body, as in the seed:
 *
 *    date 2023-11-11 Mayank Singh By
 *
 *   Express News Service
 *
 *   NEW DELHI: With an upswing in ties ...
 *
 * Line 1 holds the date and the author (the export put "By" after the name); the next short line without
 * sentence punctuation is the source. The dateline ("NEW DELHI:") is read separately by `readDateline`.
 */
import { normaliseDate } from './dates';

export interface RawHeader {
  date: string | null;
  author: string | null;
  source: string | null;
  /** Offset in the raw text where the body begins (after the header lines). */
  bodyStart: number;
}

const DATE_LINE = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+(.*?))?[ \t]*$/i;

/** "Mayank Singh By" or "By Mayank Singh" → "Mayank Singh". */
function authorFrom(text: string | undefined): string | null {
  if (!text) return null;
  const name = text.replace(/^by\s+/i, '').replace(/\s+by$/i, '').trim();
  return name === '' ? null : name;
}

/** A source line is short, has no sentence punctuation and is not the start of the body. */
function looksLikeSourceLine(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > 60) return false;
  if (/[.!?:;"“”]/.test(text)) return false;
  return text.split(/\s+/).length <= 6;
}

interface Line {
  text: string;
  start: number;
  end: number;
}

function linesOf(raw: string, from: number, count: number): Line[] {
  const lines: Line[] = [];
  let pos = from;
  while (lines.length < count && pos <= raw.length) {
    const nl = raw.indexOf('\n', pos);
    const end = nl === -1 ? raw.length : nl;
    lines.push({ text: raw.slice(pos, end).replace(/\r$/, ''), start: pos, end: nl === -1 ? end : end + 1 });
    if (nl === -1) break;
    pos = nl + 1;
  }
  return lines;
}

export function parseRawHeader(raw: string): RawHeader | null {
  const [first] = linesOf(raw, 0, 1);
  const dateLine = first ? DATE_LINE.exec(first.text) : null;
  if (!first || !dateLine) return null;
  let bodyStart = first.end;
  let source: string | null = null;
  // Skip blank lines, then take one source line if the next non-blank line looks like one.
  for (const line of linesOf(raw, first.end, 6)) {
    if (line.text.trim() === '') {
      bodyStart = line.end;
      continue;
    }
    if (source === null && looksLikeSourceLine(line.text)) {
      source = line.text.trim();
      bodyStart = line.end;
      continue;
    }
    break;
  }
  return { date: normaliseDate(dateLine[1]), author: authorFrom(dateLine[2]), source, bodyStart };
}

/**
 * "NEW DELHI:" / "LONDON —" / "WASHINGTON, Nov 10 (Reuters) -" at the start of the body: the place, upper case.
 * (Japanese wires and papers write a typewriter dash with no blanks: "MATSUE--The Matsue District Court"; Latin
 * American papers a stop and a hyphen: "SAN FRANCISCO DE MACORÍS.- The Ministry of Public Health".)
 */
const DATELINE =
  /^(\p{Lu}[\p{Lu}.'’-]*?(?:[ \t]+\p{Lu}[\p{Lu}.'’-]*?){0,3})(?:,[^:\n—–]{0,40})?(?:[ \t]*(?::|[ \t][—–-])[ \t]+|--[ \t]*(?=\p{Lu})|\.-[ \t]+(?=\p{Lu}))/u;

export function readDateline(body: string): { place: string; length: number } | null {
  const match = DATELINE.exec(body);
  if (!match) return null;
  // A dateline place is upper case; a sentence like "A: ..." is not a dateline.
  if (match[1].replace(/[^A-Z]/g, '').length < 2) return null;
  return { place: match[1], length: match[0].length };
}
