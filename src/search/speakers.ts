/**
 * Resolving what a user typed after "by" to a speaker: full name, alias, surname, first name, role, or a
 * misspelling of any of them ("rajanth", "Singh", "defence minister", "the ministry"). Several equally good
 * speakers make the name ambiguous; none makes it unknown, with the nearest names as suggestions.
 *
 * A person's own name words identify them; a role ("County sheriff") or an organisation's name ("Alachua
 * Sheriff's Office", "Emergencies Ministry") only describes them, so words of either sit on one rung and
 * "by the sheriff" asks which of the sheriffs rather than picking the one whose name holds the word.
 */
import type { SpeakerRecord } from '../store';
import { editDistance } from '../extraction/editDistance';
import { speakerKey, words } from '../store/text';
import type { SpeakerCandidate } from './types';

export type SpeakerResolution =
  | {
      kind: 'resolved';
      speaker: SpeakerRecord;
      score: number;
      /**
       * Other speakers the name also identifies, less well (an alias or name words where `speaker` has the
       * exact name: "Erdogan" is one speaker's whole name and another's alias), best first.
       */
      others?: SpeakerRecord[];
    }
  | { kind: 'ambiguous'; candidates: SpeakerRecord[] }
  | { kind: 'unknown'; suggestions: SpeakerRecord[] };

/** How well a speaker answers the name asked for; one ladder, best rung wins. */
const SCORE = {
  name: 1,
  alias: 0.95,
  /** Every word asked is a word of a person's name or alias (surname, first name). */
  nameWords: 0.85,
  /** Every word asked describes the speaker: a word of their role ("defence minister") or of an organisation's name or alias ("the ministry"). */
  descriptionWords: 0.8,
  /** Every word asked is a misspelling of a name, alias or role word; minus a little per edit. */
  fuzzy: 0.7,
  fuzzyPerEdit: 0.05,
} as const;

/** Words in a name or role that never identify anyone by themselves. */
const NAME_NOISE = new Set(['the', 'of', 'a', 'an', 'and', 'for', 'mr', 'mrs', 'ms', 'dr']);

const MAX_CANDIDATES = 5;
const MAX_SUGGESTIONS = 3;
/** Words whose close speakers are remembered (a directory lives for one store generation). */
const CLOSE_CACHE_SIZE = 2000;

interface IndexedSpeaker {
  record: SpeakerRecord;
  nameKey: string;
  aliasKeys: Set<string>;
  /** Words of the name and aliases, for "did you mean". */
  ownWords: Set<string>;
  /** Words of a person's name and aliases (empty for organisations: their names describe). */
  nameWords: Set<string>;
  /** Words of the role, and of an organisation's name and aliases. */
  descriptionWords: Set<string>;
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
  private readonly closeCache = new Map<string, Map<IndexedSpeaker, number>>();

  constructor(records: SpeakerRecord[]) {
    this.speakers = records.map((record) => {
      const aliasKeys = new Set(record.aliases.map(speakerKey));
      const ownWords = [record.name, ...record.aliases].flatMap(words).filter((w) => !NAME_NOISE.has(w));
      const roleWords = words(record.role ?? '').filter((w) => !NAME_NOISE.has(w));
      const isOrganisation = record.type === 'organization';
      return {
        record,
        nameKey: speakerKey(record.name),
        aliasKeys,
        ownWords: new Set(ownWords),
        nameWords: new Set(isOrganisation ? [] : ownWords),
        descriptionWords: new Set(isOrganisation ? [...roleWords, ...ownWords] : roleWords),
      };
    });
    for (const s of this.speakers) {
      for (const w of new Set([...s.nameWords, ...s.descriptionWords])) {
        const list = this.byWord.get(w);
        if (list) list.push(s);
        else this.byWord.set(w, [s]);
      }
    }
  }

  get size(): number {
    return this.speakers.length;
  }

  /**
   * The speaker(s) a name denotes. `suggest: false` skips the "did you mean" scan for an unknown name (the
   * search tries several readings of one query and needs suggestions only when none resolves).
   */
  resolve(asked: string, options: { suggest?: boolean } = {}): SpeakerResolution {
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
      else if (askedWords.every((w) => s.descriptionWords.has(w))) offer(s, SCORE.descriptionWords);
    }
    if (scored.size === 0) this.fuzzyMatches(askedWords, offer);
    if (scored.size === 0) return { kind: 'unknown', suggestions: options.suggest === false ? [] : this.nearest(key) };

    const best = Math.max(...scored.values());
    const top = [...scored.entries()]
      .filter(([, score]) => score >= best - 1e-9)
      .map(([s]) => s.record)
      .sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name));
    if (top.length === 1) {
      const others = [...scored.entries()]
        .filter(([, score]) => score < best - 1e-9 && score >= SCORE.nameWords)
        .sort(([a, sa], [b, sb]) => sb - sa || b.record.quoteCount - a.record.quoteCount)
        .map(([s]) => s.record);
      return { kind: 'resolved', speaker: top[0], score: best, ...(others.length ? { others } : {}) };
    }
    return { kind: 'ambiguous', candidates: top.slice(0, MAX_CANDIDATES) };
  }

  /**
   * Every asked word within a few edits of some word of the speaker: total edits decide the score. Words
   * are matched one at a time, narrowing the speakers still in the running, so a long reading that is not
   * a name stops at its first word no speaker has.
   */
  private fuzzyMatches(askedWords: string[], offer: (s: IndexedSpeaker, score: number) => void): void {
    let edits: Map<IndexedSpeaker, number> | null = null;
    for (const w of askedWords) {
      const close = this.closeSpeakers(w);
      const next = new Map<IndexedSpeaker, number>();
      for (const [s, d] of close) {
        const before = edits === null ? 0 : edits.get(s);
        if (before !== undefined) next.set(s, before + d);
      }
      if (next.size === 0) return;
      edits = next;
    }
    for (const [s, total] of edits ?? []) offer(s, SCORE.fuzzy - SCORE.fuzzyPerEdit * total);
  }

  /**
   * Speakers with a word within a few edits of `w`, with the fewest edits. A scan of every speaker word, so
   * remembered: the readings of one query, and names asked again, share the words.
   */
  private closeSpeakers(w: string): Map<IndexedSpeaker, number> {
    const cached = this.closeCache.get(w);
    if (cached) return cached;
    const close = new Map<IndexedSpeaker, number>();
    const limit = maxEdits(w);
    if (limit === 0) {
      for (const s of this.byWord.get(w) ?? []) close.set(s, 0);
    } else {
      for (const [word, speakers] of this.byWord) {
        const d = editDistance(w, word, limit);
        if (d > limit) continue;
        for (const s of speakers) close.set(s, Math.min(close.get(s) ?? Infinity, d));
      }
    }
    if (this.closeCache.size >= CLOSE_CACHE_SIZE) this.closeCache.clear();
    this.closeCache.set(w, close);
    return close;
  }

  /** Names closest to what was asked, for "did you mean". */
  private nearest(key: string): SpeakerRecord[] {
    const limit = Math.max(2, Math.floor(key.length / 3));
    return this.speakers
      .map((s) => ({ s, d: Math.min(editDistance(key, s.nameKey, limit), ...[...s.ownWords].map((w) => editDistance(key, w, limit))) }))
      .filter(({ d }) => d <= limit)
      .sort((a, b) => a.d - b.d || b.s.record.quoteCount - a.s.record.quoteCount)
      .slice(0, MAX_SUGGESTIONS)
      .map(({ s }) => s.record);
  }
}
