/**
 * Resolving what a user typed after "by" to a speaker: full name, alias, surname, first name, role, or a
 * misspelling of any of them ("rajanth", "Singh", "defence minister", "the ministry"). Several equally good
 * speakers make the name ambiguous; none makes it unknown, with the nearest names as suggestions.
 */
import type { SpeakerRecord } from '../store';
import { editDistance, speakerKey, words } from '../store/text';
import type { SpeakerCandidate } from './types';

export type SpeakerResolution =
  | { kind: 'resolved'; speaker: SpeakerRecord; score: number }
  | { kind: 'ambiguous'; candidates: SpeakerRecord[] }
  | { kind: 'unknown'; suggestions: SpeakerRecord[] };

/** How well a speaker answers the name asked for; one ladder, best rung wins. */
const SCORE = {
  name: 1,
  alias: 0.95,
  /** Every word asked is a word of the name or an alias (surname, first name, "the ministry"). */
  nameWords: 0.85,
  /** Every word asked is a word of the role ("defence minister"). */
  roleWords: 0.8,
  /** Every word asked is a misspelling of a name, alias or role word; minus a little per edit. */
  fuzzy: 0.7,
  fuzzyPerEdit: 0.05,
} as const;

/** Words in a name or role that never identify anyone by themselves. */
const NAME_NOISE = new Set(['the', 'of', 'a', 'an', 'and', 'for', 'mr', 'mrs', 'ms', 'dr']);

const MAX_CANDIDATES = 5;
const MAX_SUGGESTIONS = 3;

interface IndexedSpeaker {
  record: SpeakerRecord;
  nameKey: string;
  aliasKeys: Set<string>;
  nameWords: Set<string>;
  roleWords: Set<string>;
}

function maxEdits(word: string): number {
  if (word.length <= 2) return 0;
  return word.length <= 6 ? 1 : 2;
}

export function toCandidate(s: SpeakerRecord): SpeakerCandidate {
  return { name: s.name, role: s.role, quoteCount: s.quoteCount };
}

/** Speakers indexed by their words, built once per store generation. */
export class SpeakerDirectory {
  private readonly speakers: IndexedSpeaker[];
  private readonly byWord = new Map<string, IndexedSpeaker[]>();

  constructor(records: SpeakerRecord[]) {
    this.speakers = records.map((record) => {
      const aliasKeys = new Set(record.aliases.map(speakerKey));
      const nameWords = new Set([record.name, ...record.aliases].flatMap(words).filter((w) => !NAME_NOISE.has(w)));
      const roleWords = new Set(words(record.role ?? '').filter((w) => !NAME_NOISE.has(w)));
      return { record, nameKey: speakerKey(record.name), aliasKeys, nameWords, roleWords };
    });
    for (const s of this.speakers) {
      for (const w of new Set([...s.nameWords, ...s.roleWords])) {
        const list = this.byWord.get(w);
        if (list) list.push(s);
        else this.byWord.set(w, [s]);
      }
    }
  }

  get size(): number {
    return this.speakers.length;
  }

  resolve(asked: string): SpeakerResolution {
    const key = speakerKey(asked);
    const askedWords = words(key).filter((w) => !NAME_NOISE.has(w));
    if (askedWords.length === 0) return { kind: 'unknown', suggestions: [] };

    const scored = new Map<IndexedSpeaker, number>();
    const offer = (s: IndexedSpeaker, score: number) => {
      if (score > (scored.get(s) ?? 0)) scored.set(s, score);
    };

    // Exact rungs: only speakers sharing the first asked word can qualify.
    for (const s of this.byWord.get(askedWords[0]) ?? []) {
      if (s.nameKey === key) offer(s, SCORE.name);
      else if (s.aliasKeys.has(key)) offer(s, SCORE.alias);
      else if (askedWords.every((w) => s.nameWords.has(w))) offer(s, SCORE.nameWords);
      else if (askedWords.every((w) => s.roleWords.has(w))) offer(s, SCORE.roleWords);
    }
    if (scored.size === 0) this.fuzzyMatches(askedWords, offer);
    if (scored.size === 0) return { kind: 'unknown', suggestions: this.nearest(key) };

    const best = Math.max(...scored.values());
    const top = [...scored.entries()]
      .filter(([, score]) => score >= best - 1e-9)
      .map(([s]) => s.record)
      .sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name));
    if (top.length === 1) return { kind: 'resolved', speaker: top[0], score: best };
    return { kind: 'ambiguous', candidates: top.slice(0, MAX_CANDIDATES) };
  }

  /** Every asked word within a few edits of some word of the speaker: total edits decide the score. */
  private fuzzyMatches(askedWords: string[], offer: (s: IndexedSpeaker, score: number) => void): void {
    const perWord = askedWords.map((w) => {
      const close = new Map<IndexedSpeaker, number>();
      const limit = maxEdits(w);
      if (limit === 0) {
        for (const s of this.byWord.get(w) ?? []) close.set(s, 0);
        return close;
      }
      for (const [word, speakers] of this.byWord) {
        const d = editDistance(w, word, limit);
        if (d > limit) continue;
        for (const s of speakers) close.set(s, Math.min(close.get(s) ?? Infinity, d));
      }
      return close;
    });
    for (const [s, firstEdits] of perWord[0]) {
      let edits = firstEdits;
      let all = true;
      for (const close of perWord.slice(1)) {
        const d = close.get(s);
        if (d === undefined) {
          all = false;
          break;
        }
        edits += d;
      }
      if (all) offer(s, SCORE.fuzzy - SCORE.fuzzyPerEdit * edits);
    }
  }

  /** Names closest to what was asked, for "did you mean". */
  private nearest(key: string): SpeakerRecord[] {
    const limit = Math.max(2, Math.floor(key.length / 3));
    return this.speakers
      .map((s) => ({ s, d: Math.min(editDistance(key, s.nameKey, limit), ...[...s.nameWords].map((w) => editDistance(key, w, limit))) }))
      .filter(({ d }) => d <= limit)
      .sort((a, b) => a.d - b.d || b.s.record.quoteCount - a.s.record.quoteCount)
      .slice(0, MAX_SUGGESTIONS)
      .map(({ s }) => s.record);
  }
}
