/**
 * The speakers of one article: every person and organisation named outside quotations, in order, with
 * their variants merged to the name as first introduced in full, their roles and their gender. Later
 * stages look names and pronouns up here.
 */
import type { Gender } from './lexicon';
import { FEMALE_WORDS, MALE_WORDS, ROLE_HEADS } from './lexicon';
import { findNames, tokenize } from './names';
import { foldName, organizationMatches, personMatches } from './aliases';

export type EntityType = 'person' | 'organization';

export interface Entity {
  id: number;
  type: EntityType;
  name: string;
  role: string | null;
  aliases: Set<string>;
  /** Votes from honorifics, gendered roles and the pronouns that follow the entity's mentions. */
  male: number;
  female: number;
  /** True while the entity is known only by one word (a surname, an acronym). */
  partial: boolean;
  /**
   * Evidence that a capitalised name is a person and not a product, place or ship: a role, an honorific,
   * gendered words, or having spoken. Pronouns prefer entities with evidence.
   */
  evidence: number;
}

export interface Mention {
  entity: Entity;
  /** Offsets into Article.raw. */
  start: number;
  end: number;
  /** Global index of the sentence holding the mention. */
  sentence: number;
  /** Preceded by a preposition ("with", "by", "to"): an object, a weak antecedent. */
  object: boolean;
  /** Set when the mention is the speaker of a quote or of reported speech. */
  speaker: boolean;
}

export function genderOf(entity: Entity): Gender {
  if (entity.male > entity.female) return 'male';
  if (entity.female > entity.male) return 'female';
  return 'unknown';
}

const PREPOSITIONS = new Set(['with', 'by', 'to', 'of', 'for', 'from', 'against', 'about', 'on', 'at', 'in', 'and', 'between', 'among', 'toward', 'towards', 'than', 'like', 'including', 'as']);

/** Up to `count` words right before `position`, nearest last (a backward scan: no regex over the whole text). */
export function wordsBefore(text: string, position: number, count: number): string[] {
  const words: string[] = [];
  let i = position;
  while (words.length < count) {
    while (i > 0 && /\s/.test(text[i - 1])) i--;
    const end = i;
    while (i > 0 && /[\p{L}'’-]/u.test(text[i - 1])) i--;
    if (i === end) break;
    words.unshift(text.slice(i, end));
  }
  return words;
}

const NOT_IN_ROLE = /^(?:the|a|an|and|of|with|by|to|for|said|says|told|as|in|on|at|from|his|her|its|their)$/i;

/** A lower-case role right before a name: "regional governor Boris Dubrovsky" → "regional governor". */
export function lowercaseRoleBefore(text: string, nameStart: number): string | null {
  const words = wordsBefore(text, nameStart, 4);
  const head = words[words.length - 1];
  if (!head || !/^[\p{Ll}]/u.test(head) || !ROLE_HEADS.has(head.toLowerCase())) return null;
  // Keep only the role's own words: stop at determiners and prepositions ("the", "of").
  let i = words.length - 1;
  while (i > 0 && !NOT_IN_ROLE.test(words[i - 1])) i--;
  return words.slice(i).join(' ');
}

/** How many sentences back a surname still points at the person just mentioned. */
const RECENT_SENTENCES = 2;

export class Registry {
  readonly entities: Entity[] = [];
  readonly mentions: Mention[] = [];

  private create(type: EntityType, name: string, role: string | null, partial: boolean): Entity {
    const entity: Entity = { id: this.entities.length, type, name, role, aliases: new Set(), male: 0, female: 0, partial, evidence: role ? 1 : 0 };
    this.entities.push(entity);
    this.index(entity, name);
    this.recency = null;
    return entity;
  }

  private recency: Entity[] | null = null;
  /** Folded names and aliases → entity, for the exact lookups that make up most of the traffic. */
  private readonly byFoldedName = new Map<string, Entity>();

  /**
   * Entities by the initials of the words of their names and aliases. Every matcher (surname, misspelling,
   * organisation description) needs the mention's last word to match a word of the entity with the same
   * first letter, so only those entities are compared.
   */
  private readonly byInitial = new Map<string, Set<Entity>>();

  private index(entity: Entity, name: string): void {
    const folded = foldName(name);
    if (!this.byFoldedName.has(folded)) this.byFoldedName.set(folded, entity);
    for (const word of folded.split(' ')) {
      if (word === '') continue;
      const set = this.byInitial.get(word[0]) ?? new Set<Entity>();
      set.add(entity);
      this.byInitial.set(word[0], set);
    }
  }

  /** Entities that may match a name (a word with the initial of its last word), most recent first. */
  private candidatesFor(name: string): Entity[] {
    const words = foldName(name).split(' ').filter(Boolean);
    const last = words[words.length - 1];
    const sharing = last ? this.byInitial.get(last[0]) : undefined;
    if (!sharing) return [];
    return this.byRecency().filter((e) => sharing.has(e));
  }

  private hasAlias(entity: Entity, folded: string): boolean {
    for (const a of entity.aliases) if (foldName(a) === folded) return true;
    return false;
  }

  /** Entities, most recently mentioned first, each once (cached until the next mention or entity). */
  private byRecency(): Entity[] {
    if (this.recency) return this.recency;
    const seen = new Set<Entity>();
    const ordered: Entity[] = [];
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const e = this.mentions[i].entity;
      if (!seen.has(e)) {
        seen.add(e);
        ordered.push(e);
      }
    }
    for (const e of this.entities) if (!seen.has(e)) ordered.push(e);
    this.recency = ordered;
    return ordered;
  }

  /**
   * The person a name refers to. Several people may share a surname ("Tony Mendez", "Jonna Mendez"): the
   * one mentioned in the last sentences wins; otherwise the first introduced (news refers to its main
   * subject by surname).
   */
  findPerson(name: string, position = Infinity): Entity | null {
    const folded = foldName(name);
    // Quick path: a name seen before and already an entity's full name.
    const exact = this.byFoldedName.get(folded);
    if (exact && exact.type === 'person' && foldName(exact.name) === folded) return exact;
    const matches = this.candidatesFor(name).filter((e) => e.type === 'person' && (personMatches(e.name, name) || this.hasAlias(e, folded)));
    if (matches.length <= 1) return matches[0] ?? null;
    const last = this.mentions.filter((m) => m.start < position).pop();
    const recentSentence = last ? last.sentence - RECENT_SENTENCES : -1;
    const recent = this.mentions.filter((m) => m.start < position && m.sentence >= recentSentence && matches.includes(m.entity)).pop();
    if (recent) return recent.entity;
    return [...matches].sort((a, b) => a.id - b.id)[0];
  }

  findOrganization(name: string): Entity | null {
    const folded = foldName(name);
    const exact = this.byFoldedName.get(folded);
    if (exact && exact.type === 'organization') return exact;
    return this.candidatesFor(name).find((e) => e.type === 'organization' && organizationMatches(e.name, name)) ?? null;
  }

  /** Add (or merge) a person; the first full mention names the entity. */
  addPerson(name: string, role: string | null): Entity {
    const found = this.findPerson(name);
    const isFull = name.trim().split(/\s+/).length > 1;
    if (found) {
      if (foldName(found.name) !== foldName(name)) {
        if (found.partial && isFull && personMatches(name, found.name)) {
          found.aliases.add(found.name);
          found.name = name;
          this.index(found, name);
          found.partial = false;
        } else {
          found.aliases.add(name);
          this.index(found, name);
        }
      }
      if (!found.role && role) found.role = role;
      if (role) found.evidence++;
      return found;
    }
    return this.create('person', name, role, !isFull);
  }

  addOrganization(name: string): Entity {
    const found = this.findOrganization(name);
    if (found) {
      if (foldName(found.name) !== foldName(name)) {
        found.aliases.add(name);
        this.index(found, name);
      }
      return found;
    }
    return this.create('organization', name, null, false);
  }

  /** Remember another way the article names an entity ("Rajnath", "defence ministry"). */
  noteAlias(entity: Entity, name: string): void {
    const alias = name.trim();
    if (alias !== '' && foldName(alias) !== foldName(entity.name)) {
      entity.aliases.add(alias);
      this.index(entity, alias);
    }
  }

  addMention(entity: Entity, start: number, end: number, sentence: number, object: boolean): Mention {
    const mention: Mention = { entity, start, end, sentence, object, speaker: false };
    // Keep mentions ordered by position (most arrive in order; a binary search places the rest).
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start <= start) lo = mid + 1;
      else hi = mid;
    }
    this.mentions.splice(lo, 0, mention);
    this.recency = null;
    return mention;
  }

  /** Mentions before `position`, nearest first. */
  mentionsBefore(position: number): Mention[] {
    return this.mentions.filter((m) => m.end <= position).reverse();
  }
}

/**
 * Read every name of a sentence (quotations masked) into the registry.
 * @param masked the sentence text with quoted characters replaced by spaces (offsets unchanged)
 * @param offset where the sentence starts in Article.raw
 */
export function registerSentenceNames(registry: Registry, masked: string, offset: number, sentence: number): void {
  for (const name of findNames(masked)) {
    const prev = (wordsBefore(masked, name.start, 1)[0] ?? '').toLowerCase();
    const object = PREPOSITIONS.has(prev);
    let entity: Entity | null = null;
    if (name.kind === 'organization') entity = registry.addOrganization(name.name);
    else if (name.kind === 'person') entity = registry.addPerson(name.name, name.role ?? lowercaseRoleBefore(masked, name.start));
    else {
      // One capitalised word: a later mention of someone already named, an acronym, or a new surname
      // with a role ("Minister Zinichev"); a bare unknown word (a place, a brand) is not registered.
      entity = registry.findPerson(name.name) ?? registry.findOrganization(name.name);
      if (entity) registry.noteAlias(entity, name.name);
      const roleBefore = name.role ?? lowercaseRoleBefore(masked, name.start);
      const speaks = /^\s+(?:[\p{Ll}]+ly\s+|also\s+|once\s+|later\s+)?(?:said|says|told|tells|added|adds|stated|wrote|writes|tweeted|explained|noted|warned|argued|claimed|insisted|commented|replied|responded|announced|recalled|described|called)\b/u.test(masked.slice(name.end));
      if (!entity && (roleBefore || speaks) && !/^[\p{Lu}]{2,6}$/u.test(name.name)) entity = registry.addPerson(name.name, roleBefore);
      if (!entity && /^[\p{Lu}]{2,6}$/u.test(name.name)) entity = registry.addOrganization(name.name);
      if (entity && entity.type === 'person' && name.role && !entity.role) entity.role = name.role;
    }
    if (!entity) continue;
    if (name.gender === 'male') entity.male += 2;
    if (name.gender === 'female') entity.female += 2;
    if (name.gender !== 'unknown') entity.evidence++;
    registry.addMention(entity, offset + name.start, offset + name.end, sentence, object);
    // "Federal Security Service (FSB)": the bracketed acronym is an alias.
    const acronym = /^\s*\(([\p{Lu}][\p{Lu}\p{N}&.]{1,8})\)/u.exec(masked.slice(name.end));
    if (acronym && entity.type === 'organization') registry.noteAlias(entity, acronym[1]);
  }
}

/** Gender evidence from the pronouns that follow a person's mention in the same or the next sentence. */
export function votePronounGender(registry: Registry, sentenceTexts: string[]): void {
  const peoplePerSentence = new Map<number, number>();
  for (const m of registry.mentions) {
    if (m.entity.type === 'person') peoplePerSentence.set(m.sentence, (peoplePerSentence.get(m.sentence) ?? 0) + 1);
  }
  for (const mention of registry.mentions) {
    if (mention.entity.type !== 'person') continue;
    // An object counts only when it is the sole person of its sentence ("spoke with Anne Sacoolas. She …").
    if (mention.object && (peoplePerSentence.get(mention.sentence) ?? 0) > 1) continue;
    const next = sentenceTexts[mention.sentence + 1] ?? '';
    const firstWord = tokenize(next)[0]?.text.toLowerCase() ?? '';
    if (MALE_WORDS.has(firstWord) && (firstWord === 'he' || firstWord === 'his')) mention.entity.male += 1;
    if (FEMALE_WORDS.has(firstWord) && (firstWord === 'she' || firstWord === 'her')) mention.entity.female += 1;
  }
}
